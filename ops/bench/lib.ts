// What the benchmarks share: free ports, child servers, and an autocannon run that counts GraphQL
// errors inside 200 responses as errors too.
import type { ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { TokenService } from '../../server/src/security/viewer.js';
import { freePort, startProcess, stopProcess, waitFor } from '../processes.js';
import { pacedLoad } from './paced-load.js';

export { ROOT, freePort, startProcess, stopProcess, waitFor } from '../processes.js';

export interface Figures {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
}

export interface LoadOptions {
  name: string;
  url: string;
  headers: Record<string, string>;
  body: () => string;
  seconds: number;
  connections: number;
  /** Called with each response body, e.g. to count rejections. */
  onBody?: (body: string) => void;
  /** Requests per second over all connections (open loop); unset: as fast as answers come. */
  rate?: number;
}

export async function load(o: LoadOptions): Promise<Figures> {
  if (o.rate) return pacedLoad({ ...o, rate: o.rate });
  let graphqlErrors = 0;
  const result = await autocannon({
    url: o.url,
    connections: o.connections,
    duration: o.seconds,
    ...(o.rate ? { overallRate: o.rate } : {}),
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...o.headers },
        setupRequest: (req) => ({ ...req, body: o.body() }),
        onResponse: (_status, resBody) => {
          if (resBody.includes('"errors"')) graphqlErrors += 1;
          o.onBody?.(resBody);
        },
      },
    ],
  });
  return {
    name: o.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    requests: result.requests.total,
  };
}

/** The stock Apollo baseline (stock-apollo.ts), measured now, on this machine. */
export async function measureStockApollo(connections: number, seconds: number, warmup: number): Promise<Figures> {
  const port = await freePort();
  const child = startProcess('ops/bench/stock-apollo.ts', { PORT: String(port), NODE_ENV: 'production' });
  const url = `http://127.0.0.1:${port}/`;
  await waitFor(url, child, (s) => s < 500);
  const body = JSON.stringify({ query: '{ authors { id name md5 books { id name } } }' });
  const run = (s: number) => load({ name: 'stock Apollo, 20 authors x 3 books', url, headers: {}, body: () => body, seconds: s, connections });
  if (warmup > 0) await run(warmup);
  const figures = await run(seconds);
  await stopProcess(child);
  return figures;
}

export function printTable(rows: Figures[]): void {
  console.log(`${'server'.padEnd(56)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)}`);
  for (const f of rows) {
    console.log(`${f.name.padEnd(56)} ${f.rps.toFixed(0).padStart(7)} ${f.p50.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)} ${String(f.errors).padStart(7)}`);
  }
}

const BENCH_SECRET = 'benchmark-secret-0123456789';
export const BENCH_PII_KEYS = `bench1:${Buffer.alloc(32, 7).toString('base64')}`;
export const BENCH_PII_INDEX_KEY = Buffer.alloc(32, 9).toString('base64');

export interface Creditgraph {
  child: ChildProcess;
  url: string;
  /** A relationship manager's bearer token, as production requires on every request. */
  auth: Record<string, string>;
  post(query: string, variables?: unknown): Promise<any>;
}

/**
 * creditgraph as in production (NODE_ENV=production, a token on every request) on its own port.
 * With `cpuProfileDir`, the server writes a V8 CPU profile there when it stops (open it in Chrome
 * DevTools or speedscope).
 */
export async function startCreditgraph(o: {
  customers: string;
  databaseUrl?: string;
  pgliteDir: string;
  env?: Record<string, string>;
  cpuProfileDir?: string;
  /** More node arguments, e.g. --inspect for heap readings. */
  nodeArgs?: string[];
}): Promise<Creditgraph> {
  const token = await new TokenService(BENCH_SECRET).sign({ userId: 'bench', role: 'RELATIONSHIP_MANAGER', tenantId: 'demo' });
  const auth = { authorization: `Bearer ${token}` };
  const port = await freePort();
  const child = startProcess('server/src/main.ts', {
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    // The benchmarks' own documents, in bursts from one viewer: no trusted-documents refusal, no rate limits.
    TRUSTED_DOCUMENTS: 'allow',
    RATE_LIMIT_PER_VIEWER: '0',
    RATE_LIMIT_PER_IP: '0',
    AUTH_SECRET: BENCH_SECRET,
    // Production requires PII keys; these are the benchmark's own (public, like BENCH_SECRET).
    PII_KEYS: BENCH_PII_KEYS,
    PII_INDEX_KEY: BENCH_PII_INDEX_KEY,
    LOG_LEVEL: 'warn',
    SERVE_WEB: 'false',
    SEED_CUSTOMERS: o.customers,
    ...(o.databaseUrl ? { DATABASE_URL: o.databaseUrl } : { PGLITE_DIR: o.pgliteDir }),
    ...o.env,
  }, [], [...(o.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${o.cpuProfileDir}`] : []), ...(o.nodeArgs ?? [])]);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/healthz`, child, (s) => s === 200);
  return {
    child,
    url,
    auth,
    async post(query, variables) {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query, variables }) });
      return res.json();
    },
  };
}

/** Global ids of every customer of the demo tenant (of one kind, if given), paging through the graph. */
/**
 * The demo tenant's customers (of `kind`) who consent to `purpose`: the others are refused with
 * CONSENT_REQUIRED by design, which a benchmark must not count as failures of the server.
 */
export async function customerIds(app: Creditgraph, purpose: 'RECOMMENDATION' | 'CREDIT_CHECK', kind?: 'INDIVIDUAL' | 'BUSINESS'): Promise<string[]> {
  const ids: string[] = [];
  for (let after: string | null = null; ; ) {
    const r: any = await app.post(`query($after: String) { customers(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id kind consents { purpose granted } } } } }`, { after });
    for (const e of r.data.customers.edges) {
      const consents = e.node.consents.some((c: { purpose: string; granted: boolean }) => c.purpose === purpose && c.granted);
      if (consents && (!kind || e.node.kind === kind)) ids.push(e.node.id);
    }
    if (!r.data.customers.pageInfo.hasNextPage) return ids;
    after = r.data.customers.pageInfo.endCursor;
  }
}
