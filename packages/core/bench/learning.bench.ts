import { cpus } from 'node:os';
import {
  CategoryModel,
  createCategorizer,
  DEFAULT_LEARNED_THRESHOLD,
  type Categorize,
} from '../src/index.js';
import { generateCorpus, VENDOR_COUNT, type CorpusCharge } from './learning-corpus.js';

// A simulated user corrects the first k charges of each vendor; later charges are scored.
const PER_VENDOR = 60;
const SCORED_FROM = 10;
const corpus = generateCorpus(PER_VENDOR);
const byVendor = new Map<string, CorpusCharge[]>();
for (const charge of corpus)
  byVendor.set(charge.vendor, [...(byVendor.get(charge.vendor) ?? []), charge]);
const later = [...byVendor.values()].flatMap((charges) => charges.slice(SCORED_FROM));

function share(categorize: Categorize): { right: number; learned: number } {
  let right = 0;
  let learned = 0;
  for (const charge of later) {
    const decided = categorize(charge.input);
    if (decided.category === charge.truth) right++;
    if (decided.categorySource === 'LEARNED') learned++;
  }
  return { right: right / later.length, learned: learned / later.length };
}

function modelAfter(corrections: number, except: string | null = null): CategoryModel {
  const model = new CategoryModel();
  for (const [vendor, charges] of byVendor)
    if (vendor !== except)
      for (const charge of charges.slice(0, corrections)) model.learn(charge.input, charge.truth);
  return model;
}

// A vendor never corrected, each in turn: how many of its charges the others' lessons claim.
function strayShare(corrections: number): number {
  let stray = 0;
  for (const [vendor, charges] of byVendor) {
    const categorize = createCategorizer({ learned: { model: modelAfter(corrections, vendor) } });
    for (const charge of charges)
      if (categorize(charge.input).categorySource === 'LEARNED') stray++;
  }
  return stray / corpus.length;
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const baseline = share(createCategorizer());
console.log(
  `Learning: ${VENDOR_COUNT} vendors, ${corpus.length} charges, ${later.length} scored (each vendor's charges after the ${SCORED_FROM}th); threshold ${DEFAULT_LEARNED_THRESHOLD}; Node ${process.version}; ${cpus()[0]?.model ?? 'unknown CPU'}; one thread`,
);
console.log(`  rules only (built-in patterns, default):        ${percent(baseline.right)} right`);
for (const corrections of [1, 3, 10]) {
  const result = share(createCategorizer({ learned: { model: modelAfter(corrections) } }));
  console.log(
    `  after ${String(corrections).padStart(2)} correction(s) per vendor:             ${percent(result.right)} right (${percent(result.learned)} LEARNED; a vendor never corrected: ${percent(strayShare(corrections))} of its charges LEARNED)`,
  );
}

// Throughput on one thread: predictions over the scored charges, repeated.
const model = modelAfter(3);
const inputs = later.map((charge) => charge.input);
let checksum = 0;
const predictions = 300_000;
for (let i = 0; i < 20_000; i++)
  checksum += model.guess(inputs[i % inputs.length]!)?.confidence ?? 0;
let cpu = process.cpuUsage();
let start = process.hrtime.bigint();
for (let i = 0; i < predictions; i++)
  checksum += model.guess(inputs[i % inputs.length]!)?.confidence ?? 0;
let wallMs = Number(process.hrtime.bigint() - start) / 1e6;
let used = process.cpuUsage(cpu);
console.log(
  `  predict (category and confidence, as categorizing does): ${Math.round(predictions / ((used.user + used.system) / 1e6)).toLocaleString('en-US')} predictions per CPU-second, ${Math.round(predictions / (wallMs / 1000)).toLocaleString('en-US')}/s wall clock (${model.toJSON().categories.length} categories, ${Math.round(model.examples)} corrections)`,
);

// One correction: learn it, and serialize the model as the API stores it.
const corrections = corpus.slice(0, 2_000);
const learner = modelAfter(3);
cpu = process.cpuUsage();
start = process.hrtime.bigint();
for (const charge of corrections) learner.learn(charge.input, charge.truth);
wallMs = Number(process.hrtime.bigint() - start) / 1e6;
used = process.cpuUsage(cpu);
const serializeStart = process.hrtime.bigint();
const stored = JSON.stringify(learner.toJSON());
const serializeMs = Number(process.hrtime.bigint() - serializeStart) / 1e6;
console.log(
  `  learn one correction: ${((wallMs * 1000) / corrections.length).toFixed(1)} µs (CPU ${((used.user + used.system) / corrections.length).toFixed(1)} µs); the model of ${Math.round(learner.examples)} corrections serializes to ${(stored.length / 1024).toFixed(0)} KiB in ${serializeMs.toFixed(1)} ms`,
);
console.log(`checksum ${checksum.toFixed(3)}`);
