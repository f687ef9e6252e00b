// npm run bench:decide [-- --connections 100 --duration 10 --customers 2000 --bureau-latency 20 --database-url URL
//   --rate 100 --cpu-prof-dir DIR --bureau-timeout-ms 2000]
//
// Submits loan applications through the graph from many concurrent clients with autocannon. Every
// request carries a fresh idempotency key, except a share (10% by default) that re-sends an
// earlier request with its key, as a client retrying after a timeout would. Prints decisions/s,
// p50 and p99, errors, the server-side decision time stored with each decision, and the number of
// duplicate rows (which must be 0). The bureau simulator runs in its own process, answers after
// --bureau-latency ms, and its replies are not cached, so every decision waits for it. A stock Apollo Server is measured in the
// same run as the baseline: the throughput ratio is the figure to compare across machines. With
// --rate, a second run sends that many applications per second at an even pace (open loop), to
// see the latency below saturation; at saturation a late bureau reply makes its breaker open, so
// read "bureau used in" beside the throughput.
import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { PGlite } from '@electric-sql/pglite';
import { generateCustomer } from '../../seeds/generator.js';
import { writeResult } from './common.js';
import { ROOT, customerIds, freePort, load, measureStockApollo, printTable, startCreditgraph, startProcess, stopProcess, waitFor } from './lib.js';

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '100' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    customers: { type: 'string', default: '2000' },
    'resend-share': { type: 'string', default: '0.1' },
    /** Also measure at this many applications per second (evenly paced, open loop), to see latency below saturation. */
    rate: { type: 'string' },
    /** Write the server's V8 CPU profile into this folder when it stops. */
    'cpu-prof-dir': { type: 'string' },
    'bureau-latency': { type: 'string', default: '20' },
    /**
     * The server's budget for a bureau call (BUREAU_TIMEOUT_MS). Production's 60 ms is missed at
     * saturation on a shared machine, the breaker opens and decisions go on without the bureau,
     * which makes them cheaper: give a larger budget to compare two builds on the same work.
     */
    'bureau-timeout-ms': { type: 'string' },
    'database-url': { type: 'string' },
    'pglite-dir': { type: 'string', default: path.join(ROOT, '.data/bench-decide-pglite') },
  },
});
const connections = Number(args.connections);
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const resendShare = Number(args['resend-share']);

const SUBMIT = `mutation S($input: LoanApplicationInput!, $key: String!) {
  submitLoanApplication(input: $input, idempotencyKey: $key) {
    __typename
    ... on LoanApplication { id idempotencyKey status decision { outcome score probabilityOfDefault latencyMs reasons { code } } }
    ... on ApplicationRejected { field message }
  }
}`;

// 1. The baseline.
const stock = await measureStockApollo(connections, duration, warmup);

// 2. The bureau, as in production, in a process of its own: the seeded customers' bureau files,
// generated from the same seed, served from memory after the configured latency.
const recordsFile = path.join(tmpdir(), `creditgraph-bench-bureau-${process.pid}.json`);
writeFileSync(recordsFile, JSON.stringify(Array.from({ length: Number(args.customers) }, (_, i) => generateCustomer(42, i + 1, 0).bureau)));
const bureauPort = await freePort();
const bureauSim = startProcess('server/src/bureau/simulator-cli.ts', {}, ['--port', String(bureauPort), '--latency', args['bureau-latency']!, '--records', recordsFile]);
await waitFor(`http://127.0.0.1:${bureauPort}/healthz`, bureauSim, (s) => s === 200);

// 3. creditgraph, as in production, on a fresh database (applications from an earlier run would
// make the duplicate count meaningless).
if (!args['database-url']) rmSync(args['pglite-dir']!, { recursive: true, force: true });
console.error(`starting creditgraph (${args['database-url'] ? 'PostgreSQL' : 'PGlite'}; seeding ${args.customers} customers)`);
const app = await startCreditgraph({
  customers: args.customers!,
  databaseUrl: args['database-url'],
  pgliteDir: args['pglite-dir']!,
  env: {
    BUREAU_URL: `http://127.0.0.1:${bureauPort}`,
    BUREAU_CACHE_TTL_SECONDS: '0',
    BUREAU_RATE_LIMIT_PER_SECOND: '100000',
    ...(args['bureau-timeout-ms'] ? { BUREAU_TIMEOUT_MS: args['bureau-timeout-ms'] } : {}),
  },
  cpuProfileDir: args['cpu-prof-dir'],
});
const { child, url, auth, post } = app;
const ids = await customerIds(app, 'CREDIT_CHECK', 'INDIVIDUAL');

// A personal loan most individuals may apply for; amounts and terms vary.
const PRODUCT = 'pl-meridian-instant';
const sent: string[] = [];
const keysSent = new Set<string>();
const outcomes = new Map<string, number>();
let rejected = 0;
function nextBody(): string {
  if (sent.length > 100 && Math.random() < resendShare) return sent[(Math.random() * sent.length) | 0];
  const key = randomUUID();
  const body = JSON.stringify({
    query: SUBMIT,
    variables: {
      key,
      input: {
        customerId: ids[(Math.random() * ids.length) | 0],
        productId: PRODUCT,
        amount: 25_000 + Math.round(Math.random() * 40) * 10_000,
        termMonths: [12, 24, 36, 48][(Math.random() * 4) | 0],
        purpose: 'home renovation',
        consent: { creditAssessment: true, bureauCheck: true },
      },
    },
  });
  keysSent.add(key);
  if (sent.length < 20_000) sent.push(body);
  return body;
}
/** The application each key answered with: a re-sent key must answer with the same one. */
const answered = new Map<string, string>();
let replayMismatches = 0;
function onBody(body: string) {
  const m = /"outcome":"([A-Z_]+)"/.exec(body);
  if (m) outcomes.set(m[1], (outcomes.get(m[1]) ?? 0) + 1);
  if (body.includes('"ApplicationRejected"')) rejected += 1;
  const app = /"id":"([^"]+)","idempotencyKey":"([^"]+)"/.exec(body);
  if (app) {
    const first = answered.get(app[2]);
    if (first === undefined) answered.set(app[2], app[1]);
    else if (first !== app[1]) replayMismatches += 1;
  }
}

// Applications of this run only: the database may hold a seeded loan book's applications.
const benchStartedAt = new Date();
const probe = await post(SUBMIT, JSON.parse(nextBody()).variables);
if (probe.errors || probe.data.submitLoanApplication.__typename !== 'LoanApplication') throw new Error(`unexpected response: ${JSON.stringify(probe).slice(0, 400)}`);
if (warmup > 0) await load({ name: 'warm-up', url: `${url}/graphql`, headers: auth, body: nextBody, seconds: warmup, connections });
const startedAt = new Date();
outcomes.clear();
rejected = 0;
const run = await load({ name: `creditgraph submitLoanApplication (${Math.round(resendShare * 100)}% re-sent)`, url: `${url}/graphql`, headers: auth, body: nextBody, seconds: duration, connections, onBody });
// The server may still be working on requests of the run before whose clients have gone, and
// the bureau breaker may be open after it: neither belongs to the paced run.
const SETTLE_MS = 3_000;
const paced = args.rate
  ? await new Promise((resolve) => setTimeout(resolve, SETTLE_MS)).then(() => load({ name: `  the same, paced at ${args.rate}/s`, url: `${url}/graphql`, headers: auth, body: nextBody, seconds: duration, connections, onBody, rate: Number(args.rate) }))
  : null;
await stopProcess(child);
await stopProcess(bureauSim);
rmSync(recordsFile, { force: true });

// 4. What was written: duplicates, and the server-side decision time of the measured run.
const countSql = `select count(*)::int as rows, count(distinct (tenant_id, idempotency_key))::int as keys from loan_applications where submitted_at >= $1`;
// The server-side figures cover the unpaced run only (and the paced one, when asked for).
const latencySql = `select percentile_cont(0.5) within group (order by latency_ms) as p50, percentile_cont(0.99) within group (order by latency_ms) as p99, count(*)::int as n
  from credit_decisions where decided_at >= $1`;
const bureauSql = `select count(*) filter (where bureau_used)::int as used, count(*)::int as n from credit_decisions where decided_at >= $1`;
let counts: { rows: number; keys: number };
let server: { p50: number; p99: number; n: number };
let bureau: { used: number; n: number };
if (args['database-url']) {
  const sql = postgres(args['database-url'], { max: 1, onnotice: () => {} });
  [counts] = (await sql.unsafe(countSql, [benchStartedAt.toISOString()])) as unknown as [typeof counts];
  [server] = (await sql.unsafe(latencySql, [startedAt.toISOString()])) as unknown as [typeof server];
  [bureau] = (await sql.unsafe(bureauSql, [startedAt.toISOString()])) as unknown as [typeof bureau];
  await sql.end();
} else {
  const pg = await PGlite.create(args['pglite-dir']!);
  counts = (await pg.query<typeof counts>(countSql, [benchStartedAt.toISOString()])).rows[0];
  server = (await pg.query<typeof server>(latencySql, [startedAt.toISOString()])).rows[0];
  bureau = (await pg.query<typeof bureau>(bureauSql, [startedAt.toISOString()])).rows[0];
  await pg.close();
}

console.log(`\n${ids.length} individual customers, ${args['database-url'] ? 'PostgreSQL' : 'PGlite'}; ${connections} connections, ${duration} s after a ${warmup} s warm-up; bureau simulator at ${args['bureau-latency']} ms, replies not cached`);
printTable([stock, run, ...(paced ? [paced] : [])]);
console.log(`\ndecisions/s: ${run.rps.toFixed(0)} (ratio to stock Apollo req/s: ${(run.rps / stock.rps).toFixed(3)})`);
console.log(`end-to-end latency at ${connections} concurrent clients: p50 ${run.p50.toFixed(1)} ms, p99 ${run.p99.toFixed(1)} ms`);
console.log(`server-side decision time (stored latencyMs, ${server.n} decisions): p50 ${Number(server.p50).toFixed(1)} ms, p99 ${Number(server.p99).toFixed(1)} ms`);
console.log(`bureau used in ${bureau.used} of ${bureau.n} decisions`);
console.log(`outcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}; rejected ${rejected}; errors ${run.errors}`);
console.log(`keys sent ${keysSent.size}; application rows ${counts.rows}; distinct keys ${counts.keys}; duplicate rows ${counts.rows - counts.keys}`);
console.log(`re-sent keys that answered with a different application: ${replayMismatches}`);
writeResult('decide', {
  customers: ids.length,
  database: args['database-url'] ? 'PostgreSQL' : 'PGlite',
  connections,
  duration,
  bureauLatencyMs: Number(args['bureau-latency']),
  bureauTimeoutMs: args['bureau-timeout-ms'] ? Number(args['bureau-timeout-ms']) : null,
  stock,
  run,
  paced,
  serverSide: { p50: Number(server.p50), p99: Number(server.p99), n: server.n },
  bureau,
  duplicates: counts.rows - counts.keys,
  replayMismatches,
});
process.exit(counts.rows - counts.keys === 0 && replayMismatches === 0 && counts.rows <= keysSent.size ? 0 : 1);
