// Measures the embedder through the worker pool (no cache): model load, single-text latency,
// batched latency and throughput. Usage:
//   npx tsx server/src/ml/bench-embedder.ts [model=use-lite] [modelDir] [workers=1]
import { isolationFor, resolveBackend } from './backend-spec.js';
import { WorkerPoolEmbedder } from './worker-pool.js';

const [model = 'use-lite', modelDir, workersArg = '1'] = process.argv.slice(2);
const workers = Number(workersArg);

const SENTENCES = [
  'credit card with airline miles and lounge access',
  'a small loan to buy a tractor before the sowing season',
  'I want to save for my daughter’s education',
  'home loan with a low interest rate for a first apartment',
  'working capital for my shop during the festive season',
  'health insurance for my parents',
  'cashback on groceries and fuel',
  'invest monthly in an index fund',
];
let counter = 0;
/** Distinct texts, so nothing is answered from a cache on either side. */
const fresh = (n: number) => Array.from({ length: n }, () => `${SENTENCES[counter % SENTENCES.length]} (${counter++})`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

const t0 = performance.now();
const backend = resolveBackend({ model, modelDir, workers });
const isolation = isolationFor(backend);
const pool = await WorkerPoolEmbedder.start({ init: { backend }, isolation, workers });
console.log(`${pool.modelId}: ${pool.dimensions} dims, ${workers} worker ${isolation}(s)`);
console.log(`start (spawn + load + warm-up): ${ms(performance.now() - t0)}; model load inside worker: ${ms(pool.stats.lastLoadMs)}`);

const single: number[] = [];
for (let i = 0; i < 30; i++) {
  const t = performance.now();
  await pool.embed(fresh(1));
  single.push(performance.now() - t);
}
console.log(`single text, sequential: median ${ms(median(single))}`);

for (const size of [8, 32, 64, 256]) {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await pool.embed(fresh(size));
    runs.push(performance.now() - t);
  }
  const m = median(runs);
  console.log(`batch of ${size}: median ${ms(m)} (${ms(m / size)}/text, ${Math.round((size / m) * 1000)} texts/s)`);
}

// Many callers at once, one text each: what the server sees under load.
const callers = 200;
const t = performance.now();
await Promise.all(fresh(callers).map((text) => pool.embed([text])));
const elapsed = performance.now() - t;
console.log(
  `${callers} concurrent single-text calls: ${ms(elapsed)} total, ${Math.round((callers / elapsed) * 1000)} texts/s in ${pool.stats.batches} model calls so far`,
);
await pool.close();
