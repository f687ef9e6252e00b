// npm run bench:scale
//
// Recommendation and credit-decision latency on BENCH_SCALE_SMALL (default 10,000) against
// BENCH_SCALE_LARGE (default 1,000,000; quick 20,000) seeded customers on PostgreSQL, each in its
// own database (cg_bench_scale_small, cg_bench_scale_large, dropped at the end), seeded as the
// README's scale data set (`npm run seed -- --customers N --transactions-per-month 0`). The
// server runs with the hot-read cache off, so every request reads the database: what a larger
// table could slow down. Each operation is sent at an even BENCH_SCALE_RATE per second for
// BENCH_SCALE_SECONDS (after BENCH_SCALE_WARMUP seconds left out) to customers spread over the
// whole table. Target: large / small within 1.2x. The stock Apollo baseline is measured at the
// same rate, as this run's noise floor.
import { once } from 'node:events';
import { QUICK, knob, machine, sampleCustomers, withDatabases, writeResult } from './common.js';
import { printFigures, runFleet, type Figures, type FleetRequest } from './fleet/index.js';
import { BENCH_PII_INDEX_KEY, BENCH_PII_KEYS, startProcess } from './lib.js';
import { DECIDE_MUTATION, RECOMMEND_QUERY, decideRequests, recommendRequests, startCreditgraphTarget, startStockTarget, stockRequests, type Target } from './targets.js';

const small = knob('BENCH_SCALE_SMALL', 10_000, 2_000);
const large = knob('BENCH_SCALE_LARGE', 1_000_000, 20_000);
const rate = knob('BENCH_SCALE_RATE', 20, 20);
const seconds = knob('BENCH_SCALE_SECONDS', 30, 8);
const warmup = knob('BENCH_SCALE_WARMUP', 5, 2);
const TARGET_RATIO = 1.2;

async function seed(url: string, customers: number): Promise<number> {
  const started = Date.now();
  console.error(`seeding ${customers} customers (npm run seed -- --customers ${customers} --transactions-per-month 0)`);
  const child = startProcess('seeds/cli.ts', { DATABASE_URL: url, LOG_LEVEL: 'warn', PII_KEYS: BENCH_PII_KEYS, PII_INDEX_KEY: BENCH_PII_INDEX_KEY }, ['--customers', String(customers), '--transactions-per-month', '0']);
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`seeding ${customers} customers failed (exit ${code})`);
  const s = (Date.now() - started) / 1000;
  console.error(`seeded ${customers} in ${s.toFixed(0)} s`);
  return s;
}

async function paced(t: Target, name: string, requests: FleetRequest[]): Promise<Figures> {
  const run = await runFleet({ name, mode: 'paced', url: t.url, headers: t.headers, requests, connections: 100, rate, seconds: warmup + seconds, workers: 1 });
  if (run.firstError) console.error(`${name}: ${run.errors} errors, the first: ${run.firstError}`);
  return run.figures({ fromMs: warmup * 1000, name });
}

async function measureSize(label: string, url: string, customers: number) {
  {
    const seedSeconds = await seed(url, customers);
    const t = await startCreditgraphTarget({ databaseUrl: url, customers, env: { HOT_CACHE_TTL_SECONDS: '0', SEED_ON_START: 'false' } });
    try {
      const { all, individuals, total } = await sampleCustomers(url, 2000);
      const r = await t.app!.post(RECOMMEND_QUERY, { id: all[0] });
      if (r.errors) throw new Error(`recommendation probe: ${JSON.stringify(r).slice(0, 300)}`);
      const d = await t.app!.post(DECIDE_MUTATION, JSON.parse(decideRequests(individuals.slice(0, 1))[0].body.replace('__UUID__', 'probe-key')).variables);
      if (d.errors) throw new Error(`decision probe: ${JSON.stringify(d).slice(0, 300)}`);
      const recommendations = await paced(t, `creditgraph recommendations, ${label}`, recommendRequests(all));
      const decisions = await paced(t, `creditgraph decisions, ${label}`, decideRequests(individuals));
      return { customers, demoTenantCustomers: total, seedSeconds, recommendations, decisions };
    } finally {
      await t.stop();
    }
  }
}

const stockTarget = await startStockTarget();
const stockBefore = await paced(stockTarget, 'stock Apollo, before', stockRequests());
await stockTarget.stop();

const [smallRun, largeRun] = await withDatabases(['cg_bench_scale_small', 'cg_bench_scale_large'], async ([smallUrl, largeUrl]) => [
  await measureSize(`${small.toLocaleString('en')} customers`, smallUrl, small),
  await measureSize(`${large.toLocaleString('en')} customers`, largeUrl, large),
]);

const stockTarget2 = await startStockTarget();
const stockAfter = await paced(stockTarget2, 'stock Apollo, after', stockRequests());
await stockTarget2.stop();

const ratio = (a: Figures, b: Figures) => ({ p50: a.p50 / b.p50, p99: a.p99 / b.p99 });
const ratios = {
  recommendations: ratio(largeRun.recommendations, smallRun.recommendations),
  decisions: ratio(largeRun.decisions, smallRun.decisions),
  stock: ratio(stockAfter, stockBefore),
};
console.log(`\nscale${QUICK ? ' (quick)' : ''}: ${small} against ${large} seeded customers, PostgreSQL, cache off, ${rate}/s for ${seconds} s each`);
printFigures([stockBefore, smallRun.recommendations, smallRun.decisions, largeRun.recommendations, largeRun.decisions, stockAfter]);
for (const [k, r] of Object.entries(ratios)) {
  console.log(`${k.padEnd(16)} large/small p50 ${r.p50.toFixed(2)}, p99 ${r.p99.toFixed(2)}${k === 'stock' ? ' (the same server before and after: this run\'s noise)' : ` (target <= ${TARGET_RATIO}: p50 ${r.p50 <= TARGET_RATIO ? 'met' : 'NOT met'}, p99 ${r.p99 <= TARGET_RATIO ? 'met' : 'NOT met'})`}`);
}
writeResult('scale', { machine: machine(), small, large, rate, seconds, warmup, targetRatio: TARGET_RATIO, smallRun, largeRun, stockBefore, stockAfter, ratios });
process.exit(0);
