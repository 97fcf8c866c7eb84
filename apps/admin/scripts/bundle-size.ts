/**
 * Prints the gzip size of the JavaScript a first visit downloads (the entry chunk and
 * everything it imports statically, from Vite's manifest) and fails above the budget.
 * Lazy chunks (charts, the support console) are listed apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}

const BUDGET_KB = 250;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>;

function staticClosure(keys: string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    staticClosure(manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

function sizes(file: string) {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
const initialKeys = staticClosure(entries);
const jsFiles = (keys: Iterable<string>) =>
  [...keys]
    .map((key) => manifest[key]?.file)
    .filter((file): file is string => !!file?.endsWith('.js'));

const initial = jsFiles(initialKeys).map(sizes);
const lazy = jsFiles(Object.keys(manifest).filter((key) => !initialKeys.has(key))).map(sizes);
const total = initial.reduce((sum, chunk) => sum + chunk.gzip, 0);

console.log('Initial JavaScript (gzip):');
for (const chunk of initial)
  console.log(`  ${chunk.file}  ${kb(chunk.raw)} KB raw, ${kb(chunk.gzip)} KB gzip`);
console.log('Lazy chunks (gzip):');
for (const chunk of lazy) console.log(`  ${chunk.file}  ${kb(chunk.gzip)} KB`);
console.log(`Initial JavaScript total: ${kb(total)} KB gzip (budget ${BUDGET_KB} KB)`);

if (total > BUDGET_KB * 1024) {
  console.error(`Over budget by ${kb(total - BUDGET_KB * 1024)} KB gzip.`);
  process.exit(1);
}
