// npm run bench:recommend [-- --connections 100 --duration 10 --customers 2000 --database-url URL]
//
// Load-tests customer(id){recommendations(k:10){...}} over random customers with autocannon and,
// in the same run, a stock Apollo Server on a trivial in-memory schema: the figure that matters is
// the ratio between the two, because these machines are shared and noisy. creditgraph is measured
// twice: in steady state (every customer read once first, so rows, holdings and rankings are in
// the hot-read cache, as for customers that are being worked on) and cold (cache off: every
// request reads the database and runs the engine).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeResult } from './common.js';
import { ROOT, customerIds, load as loadRun, measureStockApollo, printTable, startCreditgraph, stopProcess, type Figures } from './lib.js';

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

const RECOMMEND_QUERY = `query R($id: ID!) { customer(id: $id) { recommendations(k: 10) { rank confidence reasons { code text } product { id name } } } }`;

async function measure(name: string, url: string, headers: Record<string, string>, body: () => string): Promise<Figures> {
  if (warmup > 0) await loadRun({ name, url, headers, body, seconds: warmup, connections });
  return loadRun({ name, url, headers, body, seconds: duration, connections });
}

// 1. The baseline.
const stock = await measureStockApollo(connections, duration, warmup);

// 2. creditgraph, as in production: a token on every request.
const startCreditgraphWithCache = (cacheTtlSeconds: number) =>
  startCreditgraph({ customers: args.customers!, databaseUrl: args['database-url'], pgliteDir: args['pglite-dir']!, env: { HOT_CACHE_TTL_SECONDS: String(cacheTtlSeconds) } });

console.error(`starting creditgraph (${args['database-url'] ? 'PostgreSQL' : `PGlite at ${args['pglite-dir']}`}; a first run seeds ${args.customers} customers)`);
let app = await startCreditgraphWithCache(60);
const ids = await customerIds(app, 'RECOMMENDATION');
const sample: any = await app.post(RECOMMEND_QUERY, { id: ids[0] });
if (sample.errors || sample.data.customer.recommendations.length !== 10) throw new Error(`unexpected response: ${JSON.stringify(sample).slice(0, 300)}`);
const randomCustomer = () => JSON.stringify({ query: RECOMMEND_QUERY, variables: { id: ids[(Math.random() * ids.length) | 0] } });

// Steady state: read every customer once (20 at a time), then measure.
for (let i = 0; i < ids.length; i += 20) {
  await Promise.all(ids.slice(i, i + 20).map((id) => app.post(RECOMMEND_QUERY, { id })));
}
const warm = await measure('creditgraph recommendations(k:10), steady state', `${app.url}/graphql`, app.auth, randomCustomer);
await stopProcess(app.child);

let cold: Figures | null = null;
if (!args['skip-cold']) {
  app = await startCreditgraphWithCache(0);
  cold = await measure('creditgraph recommendations(k:10), cache off', `${app.url}/graphql`, app.auth, randomCustomer);
  await stopProcess(app.child);
}

console.log(`\n${ids.length} customers of the demo tenant, ${args['database-url'] ? 'PostgreSQL' : 'PGlite'}; ${connections} connections, ${duration} s each after a ${warmup} s warm-up`);
printTable([stock, warm, ...(cold ? [cold] : [])]);
console.log(`\nthroughput ratio, steady state / stock Apollo: ${(warm.rps / stock.rps).toFixed(2)}`);
if (cold) console.log(`throughput ratio, cache off / stock Apollo:    ${(cold.rps / stock.rps).toFixed(2)}`);
writeResult('recommend', { customers: ids.length, database: args['database-url'] ? 'PostgreSQL' : 'PGlite', connections, duration, warmup, stock, warm, cold });
process.exit(0);
