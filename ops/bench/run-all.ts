// npm run bench (BENCH_QUICK=1 for a few minutes at reduced sizes)
//
// Runs every benchmark under ops/bench, one after the other, each in its own process printing its
// figures (and copied to ops/bench/results/<name>.log), each writing its figures as JSON into
// ops/bench/results/, then writes ops/bench/REPORT.md and its plots (ops/bench/report/*.svg).
// One PostgreSQL database, cg_bench_main, is seeded once (BENCH_CUSTOMERS) and shared by the
// read-mostly benchmarks; bench:decide and bench:subscriptions get copies of it made before anyone
// writes (CREATE DATABASE … TEMPLATE), bench:scale makes its own. All are dropped at the end,
// also on failure. BENCH_ONLY=load,soak,… runs a subset (the report covers what has results).
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../processes.js';
import { QUICK, RESULTS_DIR, createDatabase, knob, withDatabases, writeResult } from './common.js';
import { seedByFirstStart } from './targets.js';
import { writeReport, type RunInfo } from './report/write-report.js';

const customers = knob('BENCH_CUSTOMERS', 2000, 300);
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const command = `${QUICK ? 'BENCH_QUICK=1 ' : ''}${Object.entries(process.env)
  .filter(([k]) => k.startsWith('BENCH_') && k !== 'BENCH_QUICK')
  .map(([k, v]) => `${k}=${v} `)
  .join('')}npm run bench`;

interface Bench {
  name: string;
  script: string;
  args: (urls: { main: string; decide: string; subs: string }) => string[];
}

const q = (full: number, quick: number) => String(QUICK ? quick : full);
const BENCHES: Bench[] = [
  { name: 'recommend', script: 'ops/bench/recommend.ts', args: (u) => ['--database-url', u.main, '--customers', String(customers), '--connections', q(100, 50), '--duration', q(10, 3), '--warmup', q(3, 1)] },
  // A bureau budget every call meets at saturation: the figure is the decision path's, and compares with the audit-log fix's (d5c6780).
  { name: 'decide', script: 'ops/bench/decide.ts', args: (u) => ['--database-url', u.decide, '--customers', String(customers), '--connections', q(100, 50), '--duration', q(10, 3), '--warmup', q(3, 1), '--bureau-timeout-ms', '2000'] },
  { name: 'subscriptions', script: 'ops/bench/subscriptions.ts', args: (u) => ['--database-url', u.subs, '--customers', String(customers), '--clients', q(1000, 200), '--events', q(20, 5)] },
  { name: 'risk', script: 'ops/bench/risk.ts', args: () => [] },
  { name: 'policy-search', script: 'ops/bench/policy-search.ts', args: () => ['--out', path.join(RESULTS_DIR, 'POLICY_SEARCH.md')] },
  { name: 'load', script: 'ops/bench/load.ts', args: () => [] },
  { name: 'breaking-point', script: 'ops/bench/breaking-point.ts', args: () => [] },
  { name: 'soak', script: 'ops/bench/soak.ts', args: () => [] },
  { name: 'scale', script: 'ops/bench/scale.ts', args: () => [] },
];

async function runOne(b: Bench, urls: { main: string; decide: string; subs: string }): Promise<{ name: string; seconds: number; exitCode: number | null }> {
  const started = Date.now();
  console.log(`\n=== ${b.name} (${b.script}) ===`);
  const log = createWriteStream(path.join(RESULTS_DIR, `${b.name}.log`));
  const child = spawn(process.execPath, ['--import', 'tsx', b.script, ...b.args(urls)], {
    cwd: ROOT,
    env: { ...process.env, BENCH_DATABASE_URL: urls.main },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d: Buffer) => {
    process.stdout.write(d);
    log.write(d);
  });
  child.stderr.on('data', (d: Buffer) => {
    // The servers' per-operation warnings would drown the figures: to the log only.
    const text = d.toString('utf8');
    const shown = text
      .split('\n')
      .filter((l) => l && !l.startsWith('{"level"') && !l.startsWith('npm warn'))
      .join('\n');
    if (shown) process.stderr.write(`${shown}\n`);
    log.write(d);
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  log.end();
  const seconds = (Date.now() - started) / 1000;
  console.log(`=== ${b.name}: ${code === 0 ? 'done' : `FAILED (exit ${code})`} in ${seconds.toFixed(0)} s ===`);
  return { name: b.name, seconds, exitCode: code };
}

const startedAt = new Date();
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
} catch {
  // not a checkout
}
const selected = BENCHES.filter((b) => !only || only.has(b.name));
// A full run starts from an empty folder (old results would end up in the report); a BENCH_ONLY
// subset replaces its own results and keeps the others', so that a rerun of one benchmark does
// not throw away the rest of a long run.
if (!only) rmSync(RESULTS_DIR, { recursive: true, force: true });
else for (const b of selected) for (const ext of ['json', 'log']) rmSync(path.join(RESULTS_DIR, `${b.name}.${ext}`), { force: true });
mkdirSync(RESULTS_DIR, { recursive: true });
console.log(`${command}: ${selected.map((b) => b.name).join(', ')}${QUICK ? ' (QUICK)' : ''}`);

const ran = await withDatabases(['cg_bench_main'], async ([main]) => {
  await seedByFirstStart(main, customers);
  const decide = 'cg_bench_decide';
  const subs = 'cg_bench_subs';
  // Copies of the seeded database, made before anything writes to it (dropped below).
  return withDatabases([], async () => {
    const urls = { main, decide: await createDatabase(decide, 'cg_bench_main'), subs: await createDatabase(subs, 'cg_bench_main') };
    try {
      const results = [];
      for (const b of selected) results.push(await runOne(b, urls));
      return results;
    } finally {
      const { dropDatabase } = await import('./common.js');
      await dropDatabase(decide).catch(() => {});
      await dropDatabase(subs).catch(() => {});
    }
  });
});

// A subset's run keeps the list of the benchmarks it did not rerun (their results were kept too).
const earlier = only && existsSync(path.join(RESULTS_DIR, 'run.json')) ? (JSON.parse(readFileSync(path.join(RESULTS_DIR, 'run.json'), 'utf8')) as RunInfo).benchmarks.filter((b) => !only.has(b.name)) : [];
const benchmarks = BENCHES.map((b) => ran.find((r) => r.name === b.name) ?? earlier.find((r) => r.name === b.name)).filter((r) => r !== undefined);
const info: RunInfo = { command, quick: QUICK, startedAt: startedAt.toISOString().slice(0, 19).replace('T', ' '), finishedAt: new Date().toISOString().slice(0, 19).replace('T', ' '), commit, benchmarks };
writeResult('run', info);
const report = writeReport(info);
console.log(`\nwrote ${path.relative(ROOT, report)} and its plots in ops/bench/report/; results in ${path.relative(ROOT, RESULTS_DIR)}/`);
const failed = ran.filter((r) => r.exitCode !== 0);
if (failed.length) console.log(`failed: ${failed.map((f) => f.name).join(', ')} (their logs: ops/bench/results/<name>.log)`);
process.exit(failed.length ? 1 : 0);
