// creditgraph as a server under test: `server/src/main.ts` as in production (NODE_ENV=production,
// a token on every request and socket) on the server core. An event is a recordInteraction VIEW
// over HTTP, which raises the tenant's dashboard totals.views by one. Before the clients connect,
// views of 15 products by customers of 6 regions and loan applications for 5 products give the
// dashboard the shape of a real one (its messages are then about as large as the stock baseline's).
import { rmSync } from 'node:fs';
import { TokenService, type Role } from '../../../server/src/security/viewer.js';
import { freePort, stopProcess, waitFor } from '../../processes.js';
import { BENCH_PII_INDEX_KEY, BENCH_PII_KEYS } from '../lib.js';
import { SERVER_CPU, profileArgs, startPinnedProcess } from './cpu-pinning.js';
import { HeapProbe } from './heap-probe.js';
import type { ServerUnderTest } from './server-under-test.js';

const SECRET = 'subscriptions-benchmark-secret-0123';
const TENANT = 'demo';
const PRODUCTS = 15;
const REGIONS = 6;

const LOAN_PRODUCTS = ['pl-meridian-instant', 'pl-aurora-salary-advantage', 'pl-aurora-health-emergency', 'pl-meridian-education', 'pl-meridian-car-loan'];

const SUBMIT = `mutation Submit($input: LoanApplicationInput!, $key: String!) {
  submitLoanApplication(input: $input, idempotencyKey: $key) { __typename ... on ApplicationRejected { field message } }
}`;

const RECORD = `mutation Record($input: InteractionInput!, $eventId: String!) {
  recordInteraction(input: $input, eventId: $eventId) { __typename ... on InteractionRejected { field message } }
}`;

export interface CreditgraphOptions {
  customers: string;
  databaseUrl?: string;
  pgliteDir: string;
  redisUrl?: string;
  /** Write the server's V8 CPU profile into this folder when it stops. */
  cpuProfileDir?: string;
}

export async function startCreditgraphServer(o: CreditgraphOptions): Promise<ServerUnderTest> {
  const tokens = new TokenService(SECRET);
  const bearer = async (role: Role) => `Bearer ${await tokens.sign({ userId: `bench-${role.toLowerCase()}`, role, tenantId: TENANT })}`;
  const analyst = await bearer('ANALYST');
  const admin = await bearer('ADMIN');

  // A fresh embedded database each run: the views of an earlier run would leave the window during this one.
  if (!o.databaseUrl) rmSync(o.pgliteDir, { recursive: true, force: true });
  const port = await freePort();
  const heap = await HeapProbe.create();
  const child = startPinnedProcess(SERVER_CPU, 'server/src/main.ts', {
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    // The benchmarks' own documents, in bursts from one viewer: no trusted-documents refusal, no rate limits.
    TRUSTED_DOCUMENTS: 'allow',
    RATE_LIMIT_PER_VIEWER: '0',
    RATE_LIMIT_PER_IP: '0',
    AUTH_SECRET: SECRET,
    // Production requires PII keys: the benchmarks' own (ops/bench/lib.ts).
    PII_KEYS: BENCH_PII_KEYS,
    PII_INDEX_KEY: BENCH_PII_INDEX_KEY,
    LOG_LEVEL: 'warn',
    SERVE_WEB: 'false',
    SEED_CUSTOMERS: o.customers,
    // No demo traffic: every change of totals.views must be one of the benchmark's events.
    SIMULATE_RATE: '0',
    ...(o.databaseUrl ? { DATABASE_URL: o.databaseUrl } : { PGLITE_DIR: o.pgliteDir }),
    ...(o.redisUrl ? { REDIS_URL: o.redisUrl } : {}),
  }, [...heap.nodeArgs, ...profileArgs(o.cpuProfileDir)]);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/healthz`, child, (s) => s === 200, 600_000);

  const post = async (query: string, variables: unknown): Promise<any> => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: admin }, body: JSON.stringify({ query, variables }) });
    const body: any = await res.json();
    if (body.errors) throw new Error(`creditgraph: ${JSON.stringify(body.errors).slice(0, 400)}`);
    return body.data;
  };

  // Individual customers of 6 regions who consent to recommendations (views) and credit checks
  // (applications): the others are refused by design; 15 products, the 5 loan products among them.
  const customers: { edges: { node: { id: string; region: string; consents: { purpose: string; granted: boolean }[] } }[] } = (
    await post(`{ customers(first: 100, filter: { kind: INDIVIDUAL }) { edges { node { id region consents { purpose granted } } } } }`, {})
  ).customers;
  const consents = (node: (typeof customers.edges)[number]['node'], purpose: string) => node.consents.some((c) => c.purpose === purpose && c.granted);
  const byRegion = new Map<string, string>();
  for (const { node } of customers.edges) {
    if (!consents(node, 'RECOMMENDATION') || !consents(node, 'CREDIT_CHECK')) continue;
    if (!byRegion.has(node.region) && byRegion.size < REGIONS) byRegion.set(node.region, node.id);
  }
  const customerIds = [...byRegion.values()];
  const products: { edges: { node: { code: string } }[] } = (await post(`query($n: Int) { products(first: $n) { edges { node { code } } } }`, { n: 50 })).products;
  const others = products.edges.map((e) => e.node.code).filter((c) => !LOAN_PRODUCTS.includes(c));
  const productIds = [...LOAN_PRODUCTS, ...others].slice(0, PRODUCTS);
  if (customerIds.length === 0 || productIds.length < PRODUCTS) throw new Error('creditgraph: too few customers or products to record views of');

  const runId = `${Date.now().toString(36)}-${process.pid}`;
  const recordView = async (eventId: string, i: number) => {
    const input = { customerId: customerIds[i % customerIds.length], productId: productIds[i % productIds.length], kind: 'VIEW' };
    const r = (await post(RECORD, { input, eventId })).recordInteraction;
    if (r.__typename !== 'Interaction') throw new Error(`recordInteraction refused: ${JSON.stringify(r)}`);
  };
  for (let i = 0; i < Math.max(PRODUCTS, REGIONS); i++) await recordView(`bench-subscriptions-${runId}-prime-${i}`, i);
  for (let i = 0; i < LOAN_PRODUCTS.length * 2; i++) {
    const input = {
      customerId: customerIds[i % customerIds.length],
      productId: LOAN_PRODUCTS[i % LOAN_PRODUCTS.length],
      amount: 150_000 + 10_000 * i,
      termMonths: 24,
      purpose: 'home renovation',
      consent: { creditAssessment: true, bureauCheck: true },
    };
    const r = (await post(SUBMIT, { input, key: `bench-subscriptions-${runId}-loan-${i}` })).submitLoanApplication;
    if (r.__typename !== 'LoanApplication') throw new Error(`submitLoanApplication refused: ${JSON.stringify(r)}`);
  }

  return {
    name: `creditgraph (${o.databaseUrl ? 'PostgreSQL' : 'PGlite'}, ${o.redisUrl ? 'Redis' : 'in-process'} events)`,
    pid: child.pid!,
    heap,
    healthUrl: `${url}/healthz`,
    wsUrl: `ws://127.0.0.1:${port}/graphql`,
    connectionParams: { authorization: analyst },
    publish: (k) => recordView(`bench-subscriptions-${runId}-event-${k}`, Math.abs(k)),
    async stop() {
      await stopProcess(child);
      if (!o.databaseUrl) rmSync(o.pgliteDir, { recursive: true, force: true });
    },
  };
}
