// What the report's benchmarks (load, soak, scale, breaking point) and `npm run bench` share:
// the quick/full settings, the results folder, throw-away PostgreSQL databases, pinning servers
// and load generators to separate cores, and small statistics.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { ROOT } from '../processes.js';

export const QUICK = process.env.BENCH_QUICK === '1' || process.env.BENCH_QUICK === 'true';
export const RESULTS_DIR = process.env.BENCH_RESULTS_DIR ?? path.join(ROOT, 'ops/bench/results');
/** The server PostgreSQL, without a database name. Never the database named test. */
export const PG_BASE = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432';

/** A whole number from the environment, else the quick or full default. */
export function knob(name: string, full: number, quick: number): number {
  const raw = process.env[name];
  if (raw !== undefined && raw !== '') {
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
    return n;
  }
  return QUICK ? quick : full;
}

/** Writes results/<name>.json (the report is built from these). */
export function writeResult(name: string, data: unknown): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.json`);
  writeFileSync(file, JSON.stringify({ name, quick: QUICK, finishedAt: new Date().toISOString(), ...(data as object) }, null, 1));
  console.error(`wrote ${path.relative(ROOT, file)}`);
  return file;
}

export function machine() {
  let ulimit = '?';
  try {
    ulimit = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
  } catch {
    // no shell
  }
  return {
    cores: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? '?',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    openFilesLimit: ulimit,
  };
}

// --- Databases ---------------------------------------------------------------------------------

export const dbUrl = (name: string) => `${PG_BASE}/${name}`;

function checkName(name: string) {
  if (!/^cg_bench_[a-z0-9_]+$/.test(name)) throw new Error(`benchmark databases are named cg_bench_…, not ${name}`);
}

export async function createDatabase(name: string, template?: string): Promise<string> {
  checkName(name);
  const sql = postgres(dbUrl('postgres'), { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`drop database if exists ${name} with (force)`);
    await sql.unsafe(`create database ${name}${template ? ` template ${template}` : ''}`);
  } finally {
    await sql.end();
  }
  return dbUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  checkName(name);
  const sql = postgres(dbUrl('postgres'), { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`drop database if exists ${name} with (force)`);
  } finally {
    await sql.end();
  }
}

/** Runs `fn` on fresh databases and drops them afterwards, whatever happens. */
export async function withDatabases<T>(names: string[], fn: (urls: string[]) => Promise<T>): Promise<T> {
  const created: string[] = [];
  const dropAll = () => Promise.all(created.map((n) => dropDatabase(n).catch((e) => console.error(`could not drop ${n}: ${(e as Error).message}`))));
  const onSignal = () => void dropAll().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const urls: string[] = [];
    for (const n of names) {
      urls.push(await createDatabase(n));
      created.push(n);
    }
    return await fn(urls);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await dropAll();
  }
}

/** Sampled customers of the demo tenant, straight from the database (paging through the graph is too slow at a million). */
export async function sampleCustomers(databaseUrl: string, n: number): Promise<{ all: string[]; individuals: string[]; total: number }> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    // Customers who consent to recommendations and credit checks (others are refused, by design).
    const [{ total }] = await sql<{ total: number }[]>`select count(*)::int as total from customers where tenant_id = 'demo' and consent_recommendation and consent_bureau`;
    // An even spread over the id range, so that a large table is read all over, not at its start.
    const rows = await sql<{ id: number; kind: string }[]>`
      select id, kind from (select id, kind, row_number() over (order by id) as r from customers
        where tenant_id = 'demo' and consent_recommendation and consent_bureau) t
      where r % greatest(1, ${Math.floor(total / n)}) = 0 limit ${n}`;
    const gid = (id: number) => Buffer.from(`Customer:${id}`, 'utf8').toString('base64url');
    return { all: rows.map((r) => gid(r.id)), individuals: rows.filter((r) => r.kind === 'INDIVIDUAL').map((r) => gid(r.id)), total };
  } finally {
    await sql.end();
  }
}

// --- Cores -------------------------------------------------------------------------------------

export const PINNED = os.availableParallelism() >= 2 && process.env.BENCH_PIN !== '0';
export const SERVER_CPU = '0';
export const CLIENT_CPU = '1';

/** Pins every thread of a running process to one core (no-op on one core or with BENCH_PIN=0). */
export function pin(pid: number | undefined, cpu: string): void {
  if (!PINNED || !pid) return;
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cpu, String(pid)], { stdio: 'ignore' });
  } catch {
    // no taskset: unpinned
  }
}

export const pinServer = (child: ChildProcess) => pin(child.pid, SERVER_CPU);

// --- Statistics --------------------------------------------------------------------------------

export function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Least-squares slope and intercept of y over x. */
export function linearFit(xs: number[], ys: number[]): { slope: number; intercept: number; r2: number } {
  const n = xs.length;
  if (n < 2) return { slope: 0, intercept: ys[0] ?? 0, r2: 0 };
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: my - slope * mx, r2: sxx === 0 || syy === 0 ? 0 : (sxy * sxy) / (sxx * syy) };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
