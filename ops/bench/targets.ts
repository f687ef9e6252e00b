// The servers the report's benchmarks measure, started the same way: creditgraph in production
// mode on a PostgreSQL database and the stock Apollo baseline (stock-apollo.ts), each pinned to
// the server core, optionally with an inspector port for heap readings. And the documents sent.
import type { ChildProcess } from 'node:child_process';
import WebSocket from 'ws';
import { freePort, startCreditgraph, startProcess, stopProcess, waitFor, type Creditgraph } from './lib.js';
import { pinServer } from './common.js';
import type { FleetRequest } from './fleet/index.js';
import { rssBytes } from './subscriptions/proc-stats.js';

/** A cached read: the customer row and holdings come from the hot-read cache once read. */
export const READ_QUERY = `query Read($id: ID!) { customer(id: $id) { id kind segment region creditScore annualIncome holdings { id status balance product { id name } } } }`;
/** As bench:recommend: a customer's top 10, with reasons. */
export const RECOMMEND_QUERY = `query R($id: ID!) { customer(id: $id) { recommendations(k: 10) { rank confidence reasons { code text } product { id name } } } }`;
export const DECIDE_MUTATION = `mutation S($input: LoanApplicationInput!, $key: String!) {
  submitLoanApplication(input: $input, idempotencyKey: $key) {
    __typename
    ... on LoanApplication { id status decision { outcome score probabilityOfDefault latencyMs reasons { code } } }
    ... on ApplicationRejected { field message }
  }
}`;
export const STOCK_QUERY = '{ authors { id name md5 books { id name } } }';
/** A personal loan most individuals may apply for (as bench:decide). */
const PRODUCT = 'pl-meridian-instant';

export const readRequests = (ids: string[]): FleetRequest[] => ids.map((id) => ({ op: 'read', body: JSON.stringify({ query: READ_QUERY, variables: { id } }) }));
export const recommendRequests = (ids: string[]): FleetRequest[] => ids.map((id) => ({ op: 'recommendations', body: JSON.stringify({ query: RECOMMEND_QUERY, variables: { id } }) }));
export const decideRequests = (individuals: string[]): FleetRequest[] =>
  individuals.map((customerId, i) => ({
    op: 'decision',
    body: JSON.stringify({
      query: DECIDE_MUTATION,
      variables: {
        key: '__UUID__',
        input: {
          customerId,
          productId: PRODUCT,
          amount: 25_000 + (i % 40) * 10_000,
          termMonths: [12, 24, 36, 48][i % 4],
          purpose: 'home renovation',
          consent: { creditAssessment: true, bureauCheck: true },
        },
      },
    }),
  }));
export const stockRequests = (): FleetRequest[] => [{ op: 'authors', body: JSON.stringify({ query: STOCK_QUERY }) }];

export interface Target {
  name: string;
  child: ChildProcess;
  /** The GraphQL endpoint. */
  url: string;
  headers: Record<string, string>;
  app?: Creditgraph;
  inspectPort?: number;
  stop(): Promise<void>;
}

export async function startCreditgraphTarget(o: {
  databaseUrl: string;
  customers?: number;
  env?: Record<string, string>;
  cpuProfileDir?: string;
  inspect?: boolean;
}): Promise<Target> {
  const inspectPort = o.inspect ? await freePort() : undefined;
  const app = await startCreditgraph({
    customers: String(o.customers ?? 2000),
    databaseUrl: o.databaseUrl,
    pgliteDir: 'unused',
    env: { DB_POOL_SIZE: '20', SIMULATE_RATE: '0', RECOVERY_SWEEP_MINUTES: '0', ...o.env },
    cpuProfileDir: o.cpuProfileDir,
    nodeArgs: inspectPort ? [`--inspect=127.0.0.1:${inspectPort}`] : [],
  });
  pinServer(app.child);
  return { name: 'creditgraph', child: app.child, url: `${app.url}/graphql`, headers: app.auth, app, inspectPort, stop: () => stopProcess(app.child) };
}

export async function startStockTarget(o: { inspect?: boolean; cpuProfileDir?: string } = {}): Promise<Target> {
  const port = await freePort();
  const inspectPort = o.inspect ? await freePort() : undefined;
  const nodeArgs = [...(inspectPort ? [`--inspect=127.0.0.1:${inspectPort}`] : []), ...(o.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${o.cpuProfileDir}`] : [])];
  const child = startProcess('ops/bench/stock-apollo.ts', { PORT: String(port), NODE_ENV: 'production' }, [], nodeArgs);
  const url = `http://127.0.0.1:${port}/`;
  await waitFor(url, child, (s) => s < 500);
  pinServer(child);
  return { name: 'stock Apollo', child, url, headers: {}, inspectPort, stop: () => stopProcess(child) };
}

/** Resident memory and V8 heap (used, total) of a target, without forcing a collection. */
export async function memory(t: Target): Promise<{ rssMB: number; heapUsedMB: number; heapTotalMB: number }> {
  const rssMB = rssBytes(t.child.pid!) / 2 ** 20;
  if (!t.inspectPort) return { rssMB, heapUsedMB: NaN, heapTotalMB: NaN };
  const targets = (await (await fetch(`http://127.0.0.1:${t.inspectPort}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
  const ws = new WebSocket(targets[0].webSocketDebuggerUrl, { perMessageDeflate: false });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  try {
    const usage = await new Promise<{ usedSize: number; totalSize: number }>((resolve, reject) => {
      ws.on('message', (data: Buffer) => {
        const m = JSON.parse(data.toString('utf8'));
        if (m.id !== 1) return;
        if (m.error) reject(new Error(m.error.message));
        else resolve(m.result);
      });
      ws.send(JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }));
    });
    return { rssMB, heapUsedMB: usage.usedSize / 2 ** 20, heapTotalMB: usage.totalSize / 2 ** 20 };
  } finally {
    ws.close();
  }
}

/** Reads every customer once (20 at a time), so that their rows, holdings and rankings are in the hot-read cache. */
export async function warmCache(app: Creditgraph, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 20) {
    await Promise.all(ids.slice(i, i + 20).flatMap((id) => [app.post(READ_QUERY, { id }), app.post(RECOMMEND_QUERY, { id })]));
  }
}

/** One request of each kind, checked, before any load: a failing document would make every figure meaningless. */
export async function probe(app: Creditgraph, query: string, variables: unknown): Promise<void> {
  const r = await app.post(query, variables);
  if (r.errors || !r.data) throw new Error(`probe failed: ${JSON.stringify(r).slice(0, 400)}`);
}

/**
 * The benchmark database, seeded: BENCH_DATABASE_URL when the orchestrator made one, else a
 * fresh cg_bench_<name> seeded by creditgraph's first start (dropped by the caller).
 */
export async function seedByFirstStart(databaseUrl: string, customers: number): Promise<void> {
  const started = Date.now();
  console.error(`seeding ${customers} customers into ${databaseUrl.replace(/^.*\//, '')} (creditgraph's first start)`);
  const t = await startCreditgraphTarget({ databaseUrl, customers });
  await t.stop();
  console.error(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
