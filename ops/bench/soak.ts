// npm run bench:soak
//
// BENCH_SOAK_SECONDS (default 600; quick 40) of steady, evenly paced load (BENCH_SOAK_RATE per
// second, default 40) on creditgraph with a mix of operations (recommendations 60%, a cached read
// 30%, a credit decision 10%), and at the same time the same rate on the stock Apollo baseline
// (both servers on the server core, so they share the same noise). Every BENCH_SOAK_SAMPLE_SECONDS
// the servers' RSS (/proc) and V8 heap (over the inspector, without forcing a collection) are
// read; the memory slope is the least-squares fit in MB per minute over the samples after the
// first BENCH_SOAK_WARMUP seconds. Latency over time is kept for the plot.
import { QUICK, knob, linearFit, machine, sampleCustomers, sleep, withDatabases, writeResult } from './common.js';
import { runFleet } from './fleet/index.js';
import { decideRequests, memory, readRequests, recommendRequests, seedByFirstStart, startCreditgraphTarget, startStockTarget, stockRequests, type Target } from './targets.js';

const seconds = knob('BENCH_SOAK_SECONDS', 600, 40);
const rate = knob('BENCH_SOAK_RATE', 40, 30);
const sampleSeconds = knob('BENCH_SOAK_SAMPLE_SECONDS', 5, 2);
const warmupSeconds = knob('BENCH_SOAK_WARMUP', Math.min(60, seconds / 5), Math.min(10, seconds / 4));
const customers = knob('BENCH_CUSTOMERS', 2000, 300);

interface Sample {
  t: number;
  rssMB: number;
  heapUsedMB: number;
  heapTotalMB: number;
}

async function sampler(t: Target, startedAt: number, until: Promise<unknown>): Promise<Sample[]> {
  const samples: Sample[] = [];
  let done = false;
  void until.finally(() => (done = true));
  while (!done) {
    try {
      samples.push({ t: (performance.now() - startedAt) / 1000, ...(await memory(t)) });
    } catch (e) {
      console.error(`${t.name}: memory sample failed: ${(e as Error).message}`);
    }
    await Promise.race([sleep(sampleSeconds * 1000), until]);
  }
  return samples;
}

function slope(samples: Sample[], key: 'rssMB' | 'heapUsedMB') {
  const kept = samples.filter((s) => s.t >= warmupSeconds && Number.isFinite(s[key]));
  const fit = linearFit(
    kept.map((s) => s.t / 60),
    kept.map((s) => s[key]),
  );
  return { mbPerMinute: fit.slope, r2: fit.r2, samples: kept.length, first: kept[0]?.[key] ?? NaN, last: kept[kept.length - 1]?.[key] ?? NaN };
}

async function main(databaseUrl: string) {
  const cg = await startCreditgraphTarget({ databaseUrl, customers, inspect: true });
  const stock = await startStockTarget({ inspect: true });
  try {
    const { all, individuals } = await sampleCustomers(databaseUrl, Math.min(customers, 2000));
    // The mix: weights so that recommendations are 60%, reads 30%, decisions 10% of requests.
    const requests = [
      ...recommendRequests(all).map((r) => ({ ...r, weight: 60 / all.length })),
      ...readRequests(all).map((r) => ({ ...r, weight: 30 / all.length })),
      ...decideRequests(individuals).map((r) => ({ ...r, weight: 10 / individuals.length })),
    ];
    console.error(`soak: ${seconds} s at ${rate}/s on creditgraph (mix) and on stock Apollo, memory every ${sampleSeconds} s`);
    const startedAt = performance.now();
    const cgRun = runFleet({ name: 'creditgraph', mode: 'paced', url: cg.url, headers: cg.headers, requests, connections: 200, rate, seconds, workers: 1 });
    const stockRun = runFleet({ name: 'stock Apollo', mode: 'paced', url: stock.url, requests: stockRequests(), connections: 200, rate, seconds, workers: 1 });
    const [cgSamples, stockSamples, cgResult, stockResult] = await Promise.all([sampler(cg, startedAt, cgRun), sampler(stock, startedAt, stockRun), cgRun, stockRun]);

    const bucket = Math.max(2000, Math.round((seconds * 1000) / 60));
    const figures = (r: typeof cgResult, name: string, op?: string) => r.figures({ fromMs: warmupSeconds * 1000, op, name });
    const out = {
      machine: machine(),
      seconds,
      rate,
      warmupSeconds,
      sampleSeconds,
      mix: { recommendations: 0.6, read: 0.3, decision: 0.1 },
      creditgraph: {
        all: figures(cgResult, 'creditgraph, mix'),
        byOp: ['recommendations', 'read', 'decision'].map((op) => figures(cgResult, `creditgraph ${op}`, op)),
        firstError: cgResult.firstError,
        samples: cgSamples,
        rssSlope: slope(cgSamples, 'rssMB'),
        heapSlope: slope(cgSamples, 'heapUsedMB'),
        series: cgResult.series(bucket),
      },
      stock: {
        all: figures(stockResult, 'stock Apollo'),
        firstError: stockResult.firstError,
        samples: stockSamples,
        rssSlope: slope(stockSamples, 'rssMB'),
        heapSlope: slope(stockSamples, 'heapUsedMB'),
        series: stockResult.series(bucket),
      },
    };
    console.log(`\nsoak ${seconds} s at ${rate}/s${QUICK ? ' (quick)' : ''}; slopes over the samples after ${warmupSeconds} s`);
    for (const [name, r] of [['creditgraph', out.creditgraph], ['stock Apollo', out.stock]] as const) {
      console.log(
        `${name.padEnd(14)} p50 ${r.all.p50.toFixed(1)} ms, p99 ${r.all.p99.toFixed(1)} ms, errors ${r.all.errors}; RSS ${r.rssSlope.first.toFixed(0)} -> ${r.rssSlope.last.toFixed(0)} MB, slope ${r.rssSlope.mbPerMinute.toFixed(2)} MB/min; heap slope ${r.heapSlope.mbPerMinute.toFixed(2)} MB/min`,
      );
    }
    writeResult('soak', out);
  } finally {
    await Promise.all([cg.stop(), stock.stop()]);
  }
}

if (process.env.BENCH_DATABASE_URL) await main(process.env.BENCH_DATABASE_URL);
else
  await withDatabases(['cg_bench_soak'], async ([url]) => {
    await seedByFirstStart(url, customers);
    await main(url);
  });
process.exit(0);
