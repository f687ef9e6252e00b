// npm run bench:breaking-point
//
// Stepped open-loop load on a representative query, creditgraph's recommendations(k:10) for
// customers in the hot-read cache (and the stock Apollo baseline's query): each step sends
// BENCH_BP_STEP_SECONDS of evenly paced requests, starting at BENCH_BP_START per second and
// multiplying by BENCH_BP_FACTOR (default 2), until a step's p99 exceeds BENCH_BP_P99_MS (500) or
// its errors exceed 1% (or BENCH_BP_MAX_STEPS). Latency counts from when a request was due, so a
// queue building up shows. Reports the last good step and the breaking step of each server.
import { QUICK, knob, machine, sampleCustomers, sleep, withDatabases, writeResult } from './common.js';
import { runFleet, type Figures, type FleetRequest } from './fleet/index.js';
import { recommendRequests, seedByFirstStart, startCreditgraphTarget, startStockTarget, stockRequests, warmCache, type Target } from './targets.js';

const start = knob('BENCH_BP_START', 100, 50);
const factor = Number(process.env.BENCH_BP_FACTOR ?? 2);
const stepSeconds = knob('BENCH_BP_STEP_SECONDS', 15, 3);
const maxSteps = knob('BENCH_BP_MAX_STEPS', 10, 6);
const p99Limit = knob('BENCH_BP_P99_MS', 500, 500);
const errorLimit = 0.01;
const customers = knob('BENCH_CUSTOMERS', 2000, 300);

interface Step extends Figures {
  rate: number;
  broke: boolean;
}

async function stepUp(t: Target, requests: FleetRequest[]): Promise<{ steps: Step[]; lastGood: Step | null; breaking: Step | null }> {
  const steps: Step[] = [];
  for (let i = 0, rate = start; i < maxSteps; i++, rate = Math.round(rate * factor)) {
    const run = await runFleet({ name: t.name, mode: 'paced', url: t.url, headers: t.headers, requests, connections: 2000, rate, seconds: stepSeconds, workers: rate > 2000 ? 2 : 1, timeoutSeconds: 10 });
    const f = run.figures({ name: `${t.name} at ${rate}/s` });
    const broke = f.p99 > p99Limit || f.errors / Math.max(1, run.sent) > errorLimit;
    steps.push({ ...f, rate, broke });
    console.error(`${t.name}: ${rate}/s -> ${f.rps.toFixed(0)}/s answered, p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, errors ${f.errors}${broke ? '  BROKE' : ''}`);
    if (broke) break;
    await sleep(2000); // let the previous step's stragglers and garbage settle
  }
  const breaking = steps.find((s) => s.broke) ?? null;
  const good = steps.filter((s) => !s.broke);
  return { steps, lastGood: good[good.length - 1] ?? null, breaking };
}

async function main(databaseUrl: string) {
  const stock = await startStockTarget();
  const stockSteps = await stepUp(stock, stockRequests());
  await stock.stop();

  const cg = await startCreditgraphTarget({ databaseUrl, customers, env: { HOT_CACHE_TTL_SECONDS: '3600', HOT_CACHE_MAX_CUSTOMERS: String(Math.max(50_000, customers * 2)) } });
  let cgSteps;
  try {
    const { all } = await sampleCustomers(databaseUrl, Math.min(customers, 2000));
    await warmCache(cg.app!, all);
    cgSteps = await stepUp({ ...cg, name: 'creditgraph' }, recommendRequests(all));
  } finally {
    await cg.stop();
  }
  const line = (name: string, s: typeof cgSteps) =>
    `${name.padEnd(14)} last good step ${s.lastGood ? `${s.lastGood.rate}/s (p99 ${s.lastGood.p99.toFixed(0)} ms)` : 'none'}; breaking step ${s.breaking ? `${s.breaking.rate}/s (p99 ${s.breaking.p99.toFixed(0)} ms, errors ${s.breaking.errors})` : `not reached by ${s.steps[s.steps.length - 1]?.rate}/s`}`;
  console.log(`\nbreaking point${QUICK ? ' (quick)' : ''}: steps of ${stepSeconds} s from ${start}/s, x${factor}, until p99 > ${p99Limit} ms or errors > 1%`);
  console.log(line('stock Apollo', stockSteps));
  console.log(line('creditgraph', cgSteps));
  writeResult('breaking-point', { machine: machine(), start, factor, stepSeconds, maxSteps, p99LimitMs: p99Limit, errorLimit, customers, creditgraph: cgSteps, stock: stockSteps });
}

if (process.env.BENCH_DATABASE_URL) await main(process.env.BENCH_DATABASE_URL);
else
  await withDatabases(['cg_bench_bp'], async ([url]) => {
    await seedByFirstStart(url, customers);
    await main(url);
  });
process.exit(0);
