// `tsx server/src/bureau/simulator-cli.ts --port 4010 [--latency 20] [--jitter 0] [--failure-rate 0]
//   [--failure-mode error|timeout] [--database-url URL | --pglite-dir DIR | --records FILE.json] [--migrate]`
//
// Runs the simulated bureau on its own port, serving the bureau_records table. Without a source
// flag it uses DATABASE_URL, else PGLITE_DIR (default .data/pglite), like the server. PGlite is
// single-process: do not point it at the directory a running server has open; use PostgreSQL,
// a copy of the directory, or --records. Behaviour can be changed while it runs:
//   curl -XPOST localhost:4010/admin/behaviour -d '{"failureRate":1,"failureMode":"timeout"}'
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { openDatabase, type Database } from '../db/index.js';
import { DbRecordSource, MemoryRecordSource, type BureauRecordSource } from './record-source.js';
import { bureauReportSchema, firstIssue } from './report.js';
import { startBureauSimulator, type FailureMode } from './simulator.js';

const USAGE = `usage: simulator-cli.ts --port 4010 [--host 127.0.0.1] [--latency 20] [--jitter 0]
  [--failure-rate 0] [--failure-mode error|timeout]
  [--database-url URL | --pglite-dir DIR | --records FILE.json] [--migrate]`;

function fail(message: string): never {
  console.error(`bureau simulator: ${message}\n${USAGE}`);
  process.exit(2);
}

function num(name: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) fail(`--${name} must be a number from ${min} to ${max}, got "${value}"`);
  return n;
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      latency: { type: 'string' },
      jitter: { type: 'string' },
      'failure-rate': { type: 'string' },
      'failure-mode': { type: 'string' },
      'database-url': { type: 'string' },
      'pglite-dir': { type: 'string' },
      records: { type: 'string' },
      migrate: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
}
try {
  args = parse();
} catch (err) {
  fail((err as Error).message);
}
const v = args.values;
if (v.help) {
  console.log(USAGE);
  process.exit(0);
}
const failureMode = (v['failure-mode'] ?? 'error') as FailureMode;
if (failureMode !== 'error' && failureMode !== 'timeout') fail(`--failure-mode must be "error" or "timeout"`);
const sources = [v['database-url'], v['pglite-dir'], v.records].filter((s) => s !== undefined);
if (sources.length > 1) fail('give at most one of --database-url, --pglite-dir, --records');

let database: Database | null = null;
let source: BureauRecordSource;
let described: string;
if (v.records) {
  let reports: unknown;
  try {
    reports = JSON.parse(readFileSync(v.records, 'utf8'));
  } catch (err) {
    fail(`cannot read ${v.records}: ${(err as Error).message}`);
  }
  const parsed = z.array(bureauReportSchema).safeParse(reports);
  if (!parsed.success) fail(`${v.records} is not an array of bureau reports: ${firstIssue(parsed.error)}`);
  source = new MemoryRecordSource(parsed.data);
  described = `${parsed.data.length} records from ${v.records}`;
} else {
  const databaseUrl = v['database-url'] ?? (v['pglite-dir'] ? undefined : process.env.DATABASE_URL || undefined);
  const pgliteDir = v['pglite-dir'] ?? process.env.PGLITE_DIR ?? '.data/pglite';
  database = await openDatabase({ databaseUrl, pgliteDir, poolSize: 4 });
  if (v.migrate) await database.migrate();
  source = new DbRecordSource(database.db);
  described = database.kind === 'postgres' ? 'bureau_records in PostgreSQL' : `bureau_records in PGlite (${pgliteDir})`;
}

const simulator = await startBureauSimulator({
  source,
  port: num('port', v.port, 4010, 0, 65535),
  host: v.host ?? '127.0.0.1',
  latencyMs: num('latency', v.latency, 20, 0, 600_000),
  latencyJitterMs: num('jitter', v.jitter, 0, 0, 600_000),
  failureRate: num('failure-rate', v['failure-rate'], 0, 0, 1),
  failureMode,
});
const b = simulator.behaviour();
console.log(
  `bureau simulator on ${simulator.url} serving ${described}; latency ${b.latencyMs} ms` +
    `${b.latencyJitterMs ? ` + up to ${b.latencyJitterMs} ms` : ''}, failure rate ${b.failureRate} (${b.failureMode})`,
);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  const s = simulator.stats();
  console.log(`${signal}: stopping after ${s.reportRequests} report requests (${s.hits} hits, ${s.noHits} no-hits, ${s.failures} failures, ${s.heldOpen} held open)`);
  await simulator.close();
  await database?.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
