// Subscription.applicationDecided over graphql-ws on /graphql: new decisions reach the tenant's
// subscribers (all, or one customer's), replays and other tenants' decisions do not, a bad token
// closes the socket with 4401, and with Redis a decision made on one replica reaches a subscriber
// connected to another (PostgreSQL only: two replicas need one shared database).
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startApp, type RunningApp } from '../src/app.js';
import { SUBMIT } from './credit-documents.js';
import { startTestApp, type TestApp } from './harness.js';

const DECIDED = `subscription($customerId: ID) { applicationDecided(customerId: $customerId) { id customer { id } decision { outcome } } }`;
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const onPostgres = process.env.TEST_DB === 'postgres';

let t: TestApp;
const clients: Client[] = [];
let keyCounter = 0;

beforeAll(async () => {
  t = await startTestApp(onPostgres ? { REDIS_URL } : {});
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await t?.close();
});

function wsClient(app: RunningApp, token?: string, onClosed?: (code: number) => void): Client {
  const client = createClient({
    url: app.url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    on: { closed: (e) => onClosed?.((e as { code: number }).code) },
  });
  clients.push(client);
  return client;
}

/** Collects the ids of the applications a subscription delivers; resolves once it is active. */
async function subscribe(client: Client, variables: Record<string, unknown> = {}): Promise<string[]> {
  const received: string[] = [];
  await new Promise<void>((resolve, reject) => {
    client.subscribe<{ applicationDecided: { id: string } }>(
      { query: DECIDED, variables },
      { next: (m) => (m.errors ? reject(new Error(JSON.stringify(m.errors))) : received.push(m.data!.applicationDecided.id)), error: reject, complete: () => {} },
    );
    // graphql-ws sends no acknowledgement of a subscribe; a round trip over the socket is one.
    client.subscribe({ query: '{ __typename }' }, { next: () => {}, error: reject, complete: () => resolve() });
  });
  return received;
}

async function customerIds(): Promise<string[]> {
  const r = await t.gql(`{ customers(first: 2, filter: { kind: INDIVIDUAL }) { edges { node { id } } } }`);
  return r.data.customers.edges.map((e: { node: { id: string } }) => e.node.id);
}

async function submit(app: RunningApp, customerId: string, key = `live-${process.pid}-${keyCounter++}`): Promise<string> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: SUBMIT,
      variables: { key, input: { customerId, productId: 'pl-meridian-instant', amount: 90_000, termMonths: 24, purpose: 'live', consent: { creditAssessment: true, bureauCheck: true } } },
    }),
  });
  const body = (await res.json()) as { data: { submitLoanApplication: { id: string } } };
  return body.data.submitLoanApplication.id;
}

describe('applicationDecided', () => {
  it("delivers each new decision to the tenant's subscribers, not replays, not to other tenants", async () => {
    const [x, y] = await customerIds();
    const other = (await t.gql(`mutation { devLogin(role: ANALYST, tenantId: "northwind") { token } }`)).data.devLogin.token;
    const all = await subscribe(wsClient(t.app));
    const onlyX = await subscribe(wsClient(t.app), { customerId: x });
    const otherTenant = await subscribe(wsClient(t.app, other));

    const a = await submit(t.app, x, 'live-replayed');
    expect(await submit(t.app, x, 'live-replayed')).toBe(a); // a replay: the same application, no new decision
    const b = await submit(t.app, y);

    await expect.poll(() => all.length, { timeout: 10_000 }).toBe(2);
    expect(all).toEqual([a, b]);
    expect(onlyX).toEqual([a]);
    expect(otherTenant).toEqual([]);
  });

  it('closes the connection with 4401 for a bad token', async () => {
    let code = 0;
    const client = wsClient(t.app, 'not-a-token', (c) => (code = c));
    await expect(subscribe(client)).rejects.toBeDefined();
    expect(code).toBe(4401);
  });

  it('rejects a customerId that is not a customer id, naming it', async () => {
    await expect(subscribe(wsClient(t.app), { customerId: 'nope' })).rejects.toThrow(/customerId/);
  });
});

describe.skipIf(!onPostgres)('applicationDecided across replicas (Redis)', () => {
  let second: RunningApp | undefined;
  afterAll(async () => {
    await second?.close();
  });

  it('reaches a subscriber on replica A when replica B decides', async () => {
    second = await startApp({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      SERVE_WEB: 'false',
      DATABASE_URL: t.app.services.config.DATABASE_URL,
      REDIS_URL,
    });
    expect(t.app.services.events.kind).toBe('redis');
    const [x] = await customerIds();
    const onA = await subscribe(wsClient(t.app), { customerId: x });
    const decidedOnB = await submit(second, x);
    await expect.poll(() => onA, { timeout: 10_000 }).toEqual([decidedOnB]);
  });
});
