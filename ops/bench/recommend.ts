// npm run bench:recommend [-- --connections 100 --duration 10 --customers 2000 --database-url URL]
//
// Load-tests customer(id){recommendations(k:10){...}} over random customers with autocannon, and
// in the same run a stock Apollo Server on a trivial in-memory schema, so that the figure that
// matters is the ratio between the two: these machines are shared and noisy.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '100' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    customers: { type: 'string', default: '2000' },
    'database-url': { type: 'string' },
    'pglite-dir': { type: 'string', default: path.join(ROOT, '.data/bench-pglite') },
  },
});
const connections = Number(args.connections);
const duration = Number(args.duration);
const warmup = Number(args.warmup);

const RECOMMEND_QUERY = `query R($id: ID!) { customer(id: $id) { recommendations(k: 10) { rank confidence reasons { code text } product { id name } } } }`;
const AUTHORS_QUERY = `{ authors { id name md5 books { id name } } }`;

async function freePort(): Promise<number> {
  const srv = createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const port = (srv.address() as { port: number }).port;
  srv.close();
  return port;
}

function startProcess(script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout?.resume();
  return child;
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: process exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms`);
}

interface Figures {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  graphqlErrors: number;
  requests: number;
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
    errors: result.errors + result.timeouts + result.non2xx,
    graphqlErrors,
    requests: result.requests.total,
  };
}

async function bench(name: string, url: string, headers: Record<string, string>, body: () => string): Promise<Figures> {
  if (warmup > 0) await load(name, url, headers, body, warmup);
  return load(name, url, headers, body, duration);
}

function stop(child: ChildProcess) {
  if (child.exitCode === null) child.kill('SIGTERM');
}

const children: ChildProcess[] = [];
process.on('exit', () => children.forEach(stop));

const appPort = await freePort();
const app = startProcess('server/src/main.ts', {
  PORT: String(appPort),
  HOST: '127.0.0.1',
  NODE_ENV: 'production',
  AUTH_SECRET: 'benchmark-secret-0123456789',
  LOG_LEVEL: 'warn',
  SERVE_WEB: 'false',
  SEED_CUSTOMERS: args.customers,
  ...(args['database-url'] ? { DATABASE_URL: args['database-url'] } : { PGLITE_DIR: args['pglite-dir'] }),
});
children.push(app);
const appUrl = `http://127.0.0.1:${appPort}`;
console.log(`starting creditgraph on ${appUrl} (${args['database-url'] ? 'PostgreSQL' : 'PGlite'}; the first run seeds ${args.customers} customers)`);
await waitForHttp(`${appUrl}/healthz`, app);
while ((await fetch(`${appUrl}/healthz`)).status !== 200) await new Promise((r) => setTimeout(r, 500));

// A production server needs a token: mint one the way a client would get one from its IdP.
const { TokenService } = await import('../../server/src/security/viewer.js');
const token = await new TokenService('benchmark-secret-0123456789').sign({ userId: 'bench', role: 'RELATIONSHIP_MANAGER', tenantId: 'demo' });
const authed = async (query: string, variables?: unknown) => {
  const res = await fetch(`${appUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return res.json();
};
const ids: string[] = [];
{
  let after: string | null = null;
  for (;;) {
    const r: any = await authed(`query($after: String) { customers(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after });
    for (const e of r.data.customers.edges) ids.push(e.node.id);
    if (!r.data.customers.pageInfo.hasNextPage) break;
    after = r.data.customers.pageInfo.endCursor;
  }
}
const sample: any = await authed(RECOMMEND_QUERY, { id: ids[0] });
if (sample.errors || sample.data.customer.recommendations.length !== 10) throw new Error(`bad sample response: ${JSON.stringify(sample).slice(0, 400)}`);
console.log(`${ids.length} customers; sample: ${sample.data.customer.recommendations[0].product.name} (${sample.data.customer.recommendations[0].confidence.toFixed(1)})`);

const baselinePort = await freePort();
const baseline = startProcess('ops/bench/stock-apollo.ts', { PORT: String(baselinePort), NODE_ENV: 'production' });
children.push(baseline);
const baselineUrl = `http://127.0.0.1:${baselinePort}/`;
await waitForHttp(baselineUrl, baseline);

const authorsBody = JSON.stringify({ query: AUTHORS_QUERY });
const stock = await bench('stock Apollo, 20 authors x 3 books', baselineUrl, {}, () => authorsBody);
stop(baseline);

const creditgraph = await bench('creditgraph customer(id){recommendations(k:10)}', `${appUrl}/graphql`, { authorization: `Bearer ${token}` }, () =>
  JSON.stringify({ query: RECOMMEND_QUERY, variables: { id: ids[(Math.random() * ids.length) | 0] } }),
);
stop(app);

console.log(`\n${connections} connections, ${duration} s each, after a ${warmup} s warm-up`);
console.log('server                                              req/s     p50 ms   p99 ms   errors');
for (const f of [stock, creditgraph]) {
  console.log(
    `${f.name.padEnd(50)} ${f.rps.toFixed(0).padStart(7)} ${f.p50.toFixed(1).padStart(9)} ${f.p99.toFixed(1).padStart(8)} ${String(f.errors + f.graphqlErrors).padStart(8)}`,
  );
}
console.log(`\nthroughput ratio creditgraph / stock Apollo: ${(creditgraph.rps / stock.rps).toFixed(2)}`);
process.exit(0);
