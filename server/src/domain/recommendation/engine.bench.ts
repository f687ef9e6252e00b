// Micro-benchmark of recommend(): a synthetic catalog of realistic size (100 products, 512-dim
// embeddings, six segments, co-occurrence for every product), profiles holding a few products.
// Run: npx tsx server/src/domain/recommendation/engine.bench.ts [products] [calls]
import { performance } from 'node:perf_hooks';
import { recommend } from './engine.js';
import { profile, syntheticMarket } from './test-fixtures.js';
import type { CustomerProfile } from './types.js';

const nProducts = Number(process.argv[2] ?? 100);
const calls = Number(process.argv[3] ?? 20_000);
const dim = 512;

const { catalog, peers, unit } = syntheticMarket(42, nProducts, dim);
const offered = new Set(catalog.filter((_, i) => i % 10 !== 9).map((p) => p.id));
const segments = ['YOUNG_PROFESSIONAL', 'AFFLUENT', 'RETIREMENT_PLANNER', 'CREDIT_BUILDER', 'FARMER'] as const;
const profiles: CustomerProfile[] = Array.from({ length: 64 }, (_, i) =>
  profile({
    customerId: i,
    segment: segments[i % segments.length],
    age: 22 + (i % 50),
    annualIncome: 300_000 + i * 60_000,
    creditScore: i % 6 === 0 ? null : 600 + ((i * 37) % 250),
    heldProductIds: [catalog[i % nProducts].id, catalog[(i * 7) % nProducts].id, catalog[(i * 13) % nProducts].id],
    goals: 'buy a first home, save for my daughter\'s education',
    needEmbedding: unit(),
  }),
);

function run(k: number, n: number): number {
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const recs = recommend(profiles[i & 63], { catalog, peers, offeredProductIds: offered }, k);
    sink += recs.length;
  }
  const t1 = performance.now();
  if (sink < 0) console.log(sink);
  return ((t1 - t0) * 1000) / n;
}

run(5, 2_000); // warm-up: let the JIT optimise
for (const k of [5, 10, 50]) {
  const us = run(k, calls);
  console.log(`recommend(k=${k}) over ${nProducts} products x ${dim} dims: ${us.toFixed(1)} µs/call (${Math.round(1e6 / us)} calls/s on one core)`);
}
