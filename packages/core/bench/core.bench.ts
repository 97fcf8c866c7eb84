import { cpus } from 'node:os';
import { Bench, type Task } from 'tinybench';
import {
  createCategorizer,
  mapCharge,
  parseStripeCharge,
  type StripeChargeInput,
} from '../src/index.js';
import { generateCharges } from './generate.js';

// 1,000,000 distinct generated charges, handled page by page as the sync engine does, so the
// heap holds one page at a time. Generating a page is not timed.
const pageSize = Number(process.env.BENCH_PAGE_SIZE ?? 1000);
const pages = Math.ceil(Number(process.env.BENCH_CHARGES ?? 1_000_000) / pageSize);
const categorize = createCategorizer();

// Summed into a checksum that is printed, so no work can be optimized away.
let checksum = 0;

/** Times `work` on every page that `prepare` builds, and the CPU time it used. */
function pagedTask(prepare: (page: unknown[]) => unknown[], work: (page: unknown[]) => void) {
  let next = 0;
  let page: unknown[] = [];
  let cpuStart = process.cpuUsage();
  const cpuMicros: number[] = [];
  const options = {
    beforeEach: () => {
      page = prepare(generateCharges(pageSize, (next++ % pages) * pageSize));
      cpuStart = process.cpuUsage();
    },
    afterEach: () => {
      const used = process.cpuUsage(cpuStart);
      cpuMicros.push(used.user + used.system);
    },
  };
  const reset = () => {
    next = 0;
    cpuMicros.length = 0;
  };
  return { fn: () => work(page), options, cpuMicros, reset };
}

const rawPages = pagedTask(
  (page) => page,
  (page) => {
    for (const charge of page)
      checksum += categorize(mapCharge(parseStripeCharge(charge))).category.length;
  },
);
const parsedPages = pagedTask(
  (page) => page.map(parseStripeCharge),
  (page) => {
    for (const charge of page as StripeChargeInput[])
      checksum += categorize(mapCharge(charge)).category.length;
  },
);

const bench = new Bench({ iterations: pages, time: 0, warmupIterations: 50, warmupTime: 0 });
bench.add('parse + map + categorize (raw JSON objects in)', rawPages.fn, rawPages.options);
bench.add('map + categorize (parsed charges in)', parsedPages.fn, parsedPages.options);
await bench.warmup();
for (const task of [rawPages, parsedPages]) task.reset();
await bench.run();

const rate = (charges: number, ms: number) =>
  Math.round(charges / (ms / 1000)).toLocaleString('en-US');
function report(task: Task, cpuMicros: number[]): string {
  const samples = [...(task.result?.samples ?? [])].sort((a, b) => a - b);
  const totalMs = samples.reduce((sum, ms) => sum + ms, 0);
  const medianMs = samples[Math.floor(samples.length / 2)] ?? Number.NaN;
  const cpuMs = cpuMicros.reduce((sum, micros) => sum + micros, 0) / 1000;
  return (
    `${task.name}:\n  ${rate(samples.length * pageSize, cpuMs)} charges per CPU-second, ` +
    `${rate(samples.length * pageSize, totalMs)} charges/s wall clock (median page: ${rate(pageSize, medianMs)} charges/s)`
  );
}

console.log(
  `${(pages * pageSize).toLocaleString('en-US')} generated charges in pages of ${pageSize}; ` +
    `Node ${process.version}; ${cpus()[0]?.model ?? 'unknown CPU'}; one thread`,
);
const [rawTask, parsedTask] = bench.tasks;
if (rawTask) console.log(report(rawTask, rawPages.cpuMicros));
if (parsedTask) console.log(report(parsedTask, parsedPages.cpuMicros));
console.log(`checksum ${checksum}`);
