// npm run bench:recommend [-- --connections 100 --duration 10 --customers 2000 --database-url URL]
//
// Load-tests customer(id){recommendations(k:10){...}} over random customers with autocannon and,
// in the same run, a stock Apollo Server on a trivial in-memory schema: the figure that matters is
// the ratio between the two, because these machines are shared and noisy. creditgraph is measured
// twice: in steady state (every customer read once first, so rows, holdings and rankings are in
// the hot-read cache, as for customers that are being worked on) and cold (cache off: every
// request reads the database and runs the engine).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { TokenService } from '../../server/src/security/viewer.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '100' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    customers: { type: 'string', default: '2000' },
    'database-url': { type: 'string' },
    'pglite-dir': { type: 'string', default: path.join(ROOT, '.data/bench-pglite') },
    'skip-cold': { type: 'boolean', default: false },
  },
});
const connections = Number(args.connections);
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const SECRET = 'benchmark-secret-0123456789';

const RECOMMEND_QUERY = `query R($id: ID!) { customer(id: $id) { recommendations(k: 10) { rank confidence reasons { code text } product { id name } } } }`;
const AUTHORS_QUERY = `{ authors { id name md5 books { id name } } }`;

interface Figures {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function freePort(): Promise<number> {
  const srv = createServer().listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const port = (srv.address() as { port: number }).port;
  srv.close();
  return port;
}

const children = new Set<ChildProcess>();
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));

function startProcess(script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.add(child);
  return child;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await once(child, 'exit');
  clearTimeout(killer);
  children.delete(child);
}

async function waitFor(url: string, child: ChildProcess, ok: (status: number) => boolean, timeoutMs = 900_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    try {
      if (ok((await fetch(url)).status)) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}

async function load(name: string, url: string, headers: Record<string, string>, body: () => string, seconds: number): Promise<Figures> {
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        setupRequest: (req) => ({ ...req, body: body() }),
        onResponse: (_status, resBody) => {
          if (resBody.includes('"errors"')) graphqlErrors += 1;
        },
      },
    ],
  });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
  };
}

async function measure(name: string, url: string, headers: Record<string, string>, body: () => string): Promise<Figures> {
  if (warmup > 0) await load(name, url, headers, body, warmup);
  return load(name, url, headers, body, duration);
}

// 1. The baseline.
const baselinePort = await freePort();
const baseline = startProcess('ops/bench/stock-apollo.ts', { PORT: String(baselinePort), NODE_ENV: 'production' });
const baselineUrl = `http://127.0.0.1:${baselinePort}/`;
await waitFor(baselineUrl, baseline, (s) => s < 500);
const authorsBody = JSON.stringify({ query: AUTHORS_QUERY });
const stock = await measure('stock Apollo, 20 authors x 3 books', baselineUrl, {}, () => authorsBody);
await stopProcess(baseline);

// 2. creditgraph, as in production: a token on every request.
const token = await new TokenService(SECRET).sign({ userId: 'bench', role: 'RELATIONSHIP_MANAGER', tenantId: 'demo' });
const auth = { authorization: `Bearer ${token}` };

async function startCreditgraph(cacheTtlSeconds: number) {
  const port = await freePort();
  const child = startProcess('server/src/main.ts', {
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    AUTH_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    SERVE_WEB: 'false',
    SEED_CUSTOMERS: args.customers!,
    HOT_CACHE_TTL_SECONDS: String(cacheTtlSeconds),
    ...(args['database-url'] ? { DATABASE_URL: args['database-url'] } : { PGLITE_DIR: args['pglite-dir']! }),
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/healthz`, child, (s) => s === 200);
  return { child, url };
}

async function post(url: string, query: string, variables?: unknown): Promise<any> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query, variables }) });
  return res.json();
}

console.error(`starting creditgraph (${args['database-url'] ? 'PostgreSQL' : `PGlite at ${args['pglite-dir']}`}; a first run seeds ${args.customers} customers)`);
let app = await startCreditgraph(60);
const ids: string[] = [];
for (let after: string | null = null; ; ) {
  const r: any = await post(app.url, `query($after: String) { customers(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after });
  for (const e of r.data.customers.edges) ids.push(e.node.id);
  if (!r.data.customers.pageInfo.hasNextPage) break;
  after = r.data.customers.pageInfo.endCursor;
}
const sample: any = await post(app.url, RECOMMEND_QUERY, { id: ids[0] });
if (sample.errors || sample.data.customer.recommendations.length !== 10) throw new Error(`unexpected response: ${JSON.stringify(sample).slice(0, 300)}`);
const randomCustomer = () => JSON.stringify({ query: RECOMMEND_QUERY, variables: { id: ids[(Math.random() * ids.length) | 0] } });

// Steady state: read every customer once (20 at a time), then measure.
for (let i = 0; i < ids.length; i += 20) {
  await Promise.all(ids.slice(i, i + 20).map((id) => post(app.url, RECOMMEND_QUERY, { id })));
}
const warm = await measure('creditgraph recommendations(k:10), steady state', `${app.url}/graphql`, auth, randomCustomer);
await stopProcess(app.child);

let cold: Figures | null = null;
if (!args['skip-cold']) {
  app = await startCreditgraph(0);
  cold = await measure('creditgraph recommendations(k:10), cache off', `${app.url}/graphql`, auth, randomCustomer);
  await stopProcess(app.child);
}

console.log(`\n${ids.length} customers of the demo tenant, ${args['database-url'] ? 'PostgreSQL' : 'PGlite'}; ${connections} connections, ${duration} s each after a ${warmup} s warm-up`);
console.log(`${'server'.padEnd(52)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'errors'.padStart(7)}`);
for (const f of [stock, warm, cold]) {
  if (!f) continue;
  console.log(`${f.name.padEnd(52)} ${f.rps.toFixed(0).padStart(7)} ${f.p50.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)} ${String(f.errors).padStart(7)}`);
}
console.log(`\nthroughput ratio, steady state / stock Apollo: ${(warm.rps / stock.rps).toFixed(2)}`);
if (cold) console.log(`throughput ratio, cache off / stock Apollo:    ${(cold.rps / stock.rps).toFixed(2)}`);
process.exit(0);
