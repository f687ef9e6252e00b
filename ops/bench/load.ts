// npm run bench:load
//
// BENCH_LOAD_CONNECTIONS (default 10000; quick 500) keep-alive connections, each sending its next
// request as soon as its last is answered (closed loop), from load-generator processes pinned to
// the client core, against a cached read (a customer and their holdings, served from the hot-read
// cache once every sampled customer has been read), and the same load on the stock Apollo
// baseline. Targets: p50 < 50 ms and p99 < 500 ms. The first BENCH_LOAD_WARMUP seconds (connection
// ramp) are left out. creditgraph runs with --cpu-prof; the profile's top self-time functions go
// into the result for the report's bottleneck analysis.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { RESULTS_DIR, knob, machine, sampleCustomers, withDatabases, writeResult } from './common.js';
import { printFigures, runFleet, type FleetRun } from './fleet/index.js';
import { mainProfile, summariseProfile } from './report/cpu-profile.js';
import { READ_QUERY, readRequests, seedByFirstStart, startCreditgraphTarget, startStockTarget, stockRequests, warmCache, type Target } from './targets.js';

const connections = knob('BENCH_LOAD_CONNECTIONS', 10_000, 500);
const seconds = knob('BENCH_LOAD_SECONDS', 30, 8);
const warmup = knob('BENCH_LOAD_WARMUP', 10, 3);
const customers = knob('BENCH_CUSTOMERS', 2000, 300);
const workers = knob('BENCH_LOAD_WORKERS', Math.max(1, Math.ceil(connections / 5000)), 1);
const TARGET_P50 = 50;
const TARGET_P99 = 500;

async function measure(t: Target, requests: ReturnType<typeof stockRequests>): Promise<{ run: FleetRun; figures: ReturnType<FleetRun['figures']> }> {
  console.error(`${t.name}: ${connections} connections for ${warmup + seconds} s (${workers} load processes)`);
  const run = await runFleet({ name: t.name, mode: 'closed', url: t.url, headers: t.headers, requests, connections, seconds: warmup + seconds, workers, timeoutSeconds: 10 });
  const figures = run.figures({ fromMs: warmup * 1000, name: t.name });
  if (run.firstError) console.error(`${t.name}: ${run.errors} errors, the first: ${run.firstError}`);
  return { run, figures };
}

async function main(databaseUrl: string) {
  const stockTarget = await startStockTarget();
  const stock = await measure(stockTarget, stockRequests());
  await stockTarget.stop();

  const profileDir = path.join(RESULTS_DIR, 'cpu-profile-load');
  rmSync(profileDir, { recursive: true, force: true });
  const cg = await startCreditgraphTarget({
    databaseUrl,
    customers,
    cpuProfileDir: profileDir,
    env: { HOT_CACHE_TTL_SECONDS: '3600', HOT_CACHE_MAX_CUSTOMERS: String(Math.max(50_000, customers * 2)) },
  });
  const { all: ids } = await sampleCustomers(databaseUrl, Math.min(customers, 2000));
  await warmCache(cg.app!, ids);
  const probe = await cg.app!.post(READ_QUERY, { id: ids[0] });
  if (probe.errors) throw new Error(`read probe: ${JSON.stringify(probe).slice(0, 300)}`);
  const creditgraph = await measure(cg, readRequests(ids));
  await cg.stop();
  const profileFile = mainProfile(profileDir);
  const profile = profileFile ? summariseProfile(profileFile) : null;

  console.log(`\n${connections} connections (closed loop), ${seconds} s measured after ${warmup} s; cached read of ${ids.length} customers`);
  printFigures([stock.figures, creditgraph.figures]);
  const c = creditgraph.figures;
  console.log(`p50 ${c.p50.toFixed(1)} ms (target < ${TARGET_P50}: ${c.p50 < TARGET_P50 ? 'met' : 'NOT met'}), p99 ${c.p99.toFixed(1)} ms (target < ${TARGET_P99}: ${c.p99 < TARGET_P99 ? 'met' : 'NOT met'})`);
  console.log(`ratios creditgraph / stock Apollo: req/s ${(c.rps / stock.figures.rps).toFixed(2)}, p50 ${(c.p50 / stock.figures.p50).toFixed(2)}, p99 ${(c.p99 / stock.figures.p99).toFixed(2)}`);
  if (profile) {
    console.log(`\ncreditgraph CPU profile (${profile.file}): busy ${(profile.busyMs / 1000).toFixed(1)} s of ${(profile.totalMs / 1000).toFixed(1)} s; top self time:`);
    for (const f of profile.functions.slice(0, 8)) console.log(`  ${(f.shareOfBusy * 100).toFixed(1).padStart(5)}%  ${f.name}  ${f.where}`);
  }
  const bucket = Math.max(1000, Math.round(((warmup + seconds) * 1000) / 60));
  writeResult('load', {
    machine: machine(),
    connections,
    seconds,
    warmup,
    workers,
    customers: ids.length,
    query: READ_QUERY,
    targets: { p50Ms: TARGET_P50, p99Ms: TARGET_P99 },
    stock: { ...stock.figures, connectionErrors: stock.run.connectionErrors, timeouts: stock.run.timeouts, firstError: stock.run.firstError, series: stock.run.series(bucket) },
    creditgraph: { ...c, connectionErrors: creditgraph.run.connectionErrors, timeouts: creditgraph.run.timeouts, firstError: creditgraph.run.firstError, series: creditgraph.run.series(bucket) },
    profile,
  });
}

if (process.env.BENCH_DATABASE_URL) await main(process.env.BENCH_DATABASE_URL);
else
  await withDatabases(['cg_bench_load'], async ([url]) => {
    await seedByFirstStart(url, customers);
    await main(url);
  });
process.exit(0);
