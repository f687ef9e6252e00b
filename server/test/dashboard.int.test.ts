// Subscription.dashboard and customerScoreUpdated over graphql-ws: the snapshot comes first, then
// coalesced updates that reflect interactions, applications and approvals; the incremental state
// equals a rebuild from the database; roles and tenants are enforced with 4403; a new connection
// starts from a full, fresh state; a consumer that stops reading is held to a bounded queue.
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SUBMIT } from './credit-documents.js';
import { startTestApp, type TestApp } from './harness.js';

const KPIS = `recommendations views clicks applications approvals clickThroughRate conversionRate approvalRate
  averageProbabilityOfDefault predictedDefaults decisionLatencyP50Ms decisionLatencyP99Ms`;
const DASHBOARD = `subscription($window: KpiWindow) { dashboard(window: $window) {
  window from asOf version totals { ${KPIS} }
  byRegion { region kpis { ${KPIS} } }
  byProduct { product { id code } kpis { ${KPIS} } }
  topProducts { product { code } kpis { applications approvals } }
  series { at kpis { ${KPIS} } } } }`;
const SCORE = `subscription($customerId: ID!) { customerScoreUpdated(customerId: $customerId) {
  customer { id } score grade probabilityOfDefault creditLimit cause changedAt latestApplication { id } } }`;
const INTERACT = `mutation($input: InteractionInput!, $eventId: String!) { recordInteraction(input: $input, eventId: $eventId) {
  __typename ... on Interaction { id kind servedRank modelVersion product { code } } ... on InteractionRejected { field message } } }`;

type Kpis = Record<string, number | null>;
interface Dashboard {
  window: string;
  version: number;
  asOf: string;
  totals: Kpis;
  byRegion: { region: string; kpis: Kpis }[];
  byProduct: { product: { code: string }; kpis: Kpis }[];
  topProducts: { product: { code: string }; kpis: Kpis }[];
  series: { at: string; kpis: Kpis }[];
}

const TENANT = 'demo';
let t: TestApp;
let analyst: string;
let rm: string;
let customer: { id: string; region: string };
const clients: Client[] = [];
let counter = 0;
const key = (p: string) => `${p}-${process.pid}-${counter++}`;

beforeAll(async () => {
  t = await startTestApp();
  analyst = (await t.gql(`mutation { devLogin(role: ANALYST) { token } }`)).data.devLogin.token;
  rm = (await t.gql(`mutation { devLogin(role: RELATIONSHIP_MANAGER) { token } }`)).data.devLogin.token;
  const r = await t.gql(`{ customers(first: 1, filter: { kind: INDIVIDUAL }) { edges { node { id region } } } }`);
  customer = r.data.customers.edges[0].node;
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await t?.close();
});

function wsClient(token: string, onClosed?: (code: number) => void): Client {
  const client = createClient({
    url: t.app.url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    on: { closed: (e) => onClosed?.((e as { code: number }).code) },
  });
  clients.push(client);
  return client;
}

function watch<T>(client: Client, query: string, variables: Record<string, unknown>, pick: (data: any) => T) {
  const messages: T[] = [];
  const errors: unknown[] = [];
  client.subscribe<any>({ query, variables }, { next: (m) => (m.errors ? errors.push(m.errors) : messages.push(pick(m.data))), error: (e) => errors.push(e), complete: () => {} });
  return { messages, errors, latest: () => messages[messages.length - 1] };
}

const interact = (kind: string, productId: string, eventId = key('ix')) =>
  t.gql(INTERACT, { input: { customerId: customer.id, productId, kind }, eventId }, rm);

const submit = (idempotencyKey = key('dash')) =>
  t.gql(SUBMIT, {
    key: idempotencyKey,
    input: { customerId: customer.id, productId: 'pl-meridian-instant', amount: 90_000, termMonths: 24, purpose: 'dashboard', consent: { creditAssessment: true, bureauCheck: true } },
  });

describe('dashboard', () => {
  it('sends the snapshot at once, then updates that count views, clicks, applications and approvals', async () => {
    const d = watch<Dashboard>(wsClient(analyst), DASHBOARD, { window: 'LAST_HOUR' }, (x) => x.dashboard);
    await expect.poll(() => d.messages.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    const before = d.messages[0];
    expect(before.window).toBe('LAST_HOUR');
    expect(before.series).toHaveLength(60);

    expect((await interact('VIEW', 'pl-meridian-instant')).data.recordInteraction.__typename).toBe('Interaction');
    await interact('CLICK', 'pl-meridian-instant');
    const submittedFrom = Date.now();
    const app = (await submit()).data.submitLoanApplication;
    const submittedBy = Date.now();
    const approved = app.decision.outcome === 'APPROVE' ? 1 : 0;

    await expect.poll(() => d.latest().totals.applications, { timeout: 10_000 }).toBe((before.totals.applications as number) + 1);
    const after = d.latest();
    expect(after.totals.views).toBe((before.totals.views as number) + 1);
    expect(after.totals.clicks).toBe((before.totals.clicks as number) + 1);
    expect(after.totals.approvals).toBe((before.totals.approvals as number) + approved);
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.totals.decisionLatencyP99Ms).toBeGreaterThan(0);
    const region = after.byRegion.find((r) => r.region === customer.region);
    expect(region?.kpis.applications).toBeGreaterThanOrEqual(1);
    expect(after.byProduct.find((p) => p.product.code === 'pl-meridian-instant')?.kpis.views).toBeGreaterThanOrEqual(1);
    expect(after.topProducts.map((p) => p.product.code)).toContain('pl-meridian-instant');
    // Counted in the minute it was decided: the last bucket, or the one before when the minute
    // turned while the request ran.
    const minuteOf = (ms: number) => Math.floor(ms / 60_000) * 60_000;
    const during = after.series.filter((b) => Date.parse(b.at) >= minuteOf(submittedFrom) && Date.parse(b.at) <= submittedBy);
    expect(during.length).toBeGreaterThanOrEqual(1);
    expect(during.reduce((n, b) => n + (b.kpis.applications as number), 0)).toBeGreaterThanOrEqual(1);
  });

  it('coalesces a burst into at most about four messages a second, the last one carrying every event', async () => {
    const d = watch<Dashboard>(wsClient(analyst), DASHBOARD, { window: 'LAST_DAY' }, (x) => x.dashboard);
    await expect.poll(() => d.messages.length, { timeout: 10_000 }).toBe(1);
    const start = d.messages[0].totals.views as number;
    const started = Date.now();
    await Promise.all(Array.from({ length: 40 }, () => interact('VIEW', 'cc-meridian-fuel-plus')));
    await expect.poll(() => d.latest().totals.views, { timeout: 10_000 }).toBe(start + 40);
    await new Promise((r) => setTimeout(r, 600)); // anything still in flight
    const seconds = (Date.now() - started) / 1000;
    expect(d.messages.length - 1).toBeLessThanOrEqual(Math.ceil(seconds * 4) + 1);
  });

  it('keeps the same KPIs incrementally as a rebuild from the database finds', async () => {
    await t.gql(`{ customer(id: "${customer.id}") { recommendations(k: 5) { rank } } }`, {}, rm);
    await expect.poll(() => t.app.services.kpis.store.snapshot(TENANT, 'LAST_WEEK').totals.recommendations, { timeout: 5_000 }).toBeGreaterThanOrEqual(5);
    const strip = (s: ReturnType<typeof t.app.services.kpis.store.snapshot>) => ({ totals: s.totals, byRegion: s.byRegion, byProduct: s.byProduct, series: s.series });
    const live = (['LAST_HOUR', 'LAST_DAY', 'LAST_WEEK'] as const).map((w) => strip(t.app.services.kpis.store.snapshot(TENANT, w)));
    await t.app.services.kpis.rebuild();
    const rebuilt = (['LAST_HOUR', 'LAST_DAY', 'LAST_WEEK'] as const).map((w) => strip(t.app.services.kpis.store.snapshot(TENANT, w)));
    expect(rebuilt).toEqual(live);
  });

  it('starts a new connection from the full current state', async () => {
    const first = watch<Dashboard>(wsClient(analyst), DASHBOARD, {}, (x) => x.dashboard);
    await expect.poll(() => first.messages.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    await interact('VIEW', 'pl-meridian-instant');
    await expect.poll(() => first.latest().totals.views, { timeout: 10_000 }).toBe((first.messages[0].totals.views as number) + 1);
    const again = watch<Dashboard>(wsClient(analyst), DASHBOARD, {}, (x) => x.dashboard);
    await expect.poll(() => again.messages.length, { timeout: 10_000 }).toBe(1);
    expect(again.messages[0].totals).toEqual(first.latest().totals);
  });

  it('closes the connection with 4403 for a role that may not watch it', async () => {
    let code = 0;
    const d = watch(wsClient(rm, (c) => (code = c)), DASHBOARD, {}, (x) => x);
    await expect.poll(() => code, { timeout: 10_000 }).toBe(4403);
    expect(d.messages).toEqual([]);
  });

  it('shows each tenant only its own KPIs', async () => {
    const other = (await t.gql(`mutation { devLogin(role: ANALYST, tenantId: "northwind") { token } }`)).data.devLogin.token;
    const d = watch<Dashboard>(wsClient(other), DASHBOARD, {}, (x) => x.dashboard);
    await expect.poll(() => d.messages.length, { timeout: 10_000 }).toBe(1);
    await interact('VIEW', 'pl-meridian-instant');
    await submit();
    await new Promise((r) => setTimeout(r, 700));
    expect(d.messages).toHaveLength(1);
    expect(d.messages[0].totals.views).toBe(0);
  });

  it('rejects bad interactions naming the field, and replays a retried event id', async () => {
    const eventId = key('same');
    const a = (await interact('CLICK', 'pl-meridian-instant', eventId)).data.recordInteraction;
    const b = (await interact('CLICK', 'pl-meridian-instant', eventId)).data.recordInteraction;
    expect(b.id).toBe(a.id);
    expect((await interact('VIEW', 'pl-meridian-instant', eventId)).data.recordInteraction).toMatchObject({ field: 'eventId' });
    expect((await interact('VIEW', 'no-such-product')).data.recordInteraction).toMatchObject({ field: 'productId' });
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const r = await t.gql(INTERACT, { input: { customerId: customer.id, productId: 'pl-meridian-instant', kind: 'VIEW', occurredAt: future }, eventId: key('f') }, rm);
    expect(r.data.recordInteraction).toMatchObject({ field: 'occurredAt' });
  });
});

describe('customerScoreUpdated', () => {
  it("delivers the customer's new score after a decision", async () => {
    const s = watch<any>(wsClient(rm), SCORE, { customerId: customer.id }, (x) => x.customerScoreUpdated);
    await new Promise((r) => setTimeout(r, 200));
    const app = (await submit()).data.submitLoanApplication;
    await expect.poll(() => s.messages.length, { timeout: 10_000 }).toBe(1);
    expect(s.messages[0]).toMatchObject({
      customer: { id: customer.id },
      cause: 'DECISION',
      score: app.decision.score,
      grade: app.decision.grade,
      latestApplication: { id: app.id },
    });
  });

  it("closes with 4403 for another tenant's customer", async () => {
    const other = (await t.gql(`mutation { devLogin(role: RELATIONSHIP_MANAGER, tenantId: "northwind") { token } }`)).data.devLogin.token;
    let code = 0;
    watch(wsClient(other, (c) => (code = c)), SCORE, { customerId: customer.id }, (x) => x);
    await expect.poll(() => code, { timeout: 10_000 }).toBe(4403);
  });
});

describe('a consumer that stops reading', () => {
  it('gets a bounded queue holding only the latest state, and that state once it reads again', async () => {
    const ws = new WebSocket(t.app.url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
    await new Promise((r) => ws.once('open', r));
    ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${analyst}` } }));
    await new Promise((r) => ws.once('message', r)); // connection_ack
    const lastVersion = new Map<string, number>();
    ws.on('message', (raw) => {
      const m = JSON.parse(raw.toString());
      if (m.type === 'next') lastVersion.set(m.id, m.payload.data.dashboard.version);
    });
    // Many subscriptions on one socket make each update large, so the socket backs up quickly.
    const SUBS = 60;
    for (let i = 0; i < SUBS; i++) ws.send(JSON.stringify({ id: `s${i}`, type: 'subscribe', payload: { query: DASHBOARD, variables: { window: 'LAST_WEEK' } } }));
    await expect.poll(() => lastVersion.size, { timeout: 10_000 }).toBe(SUBS);
    (ws as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();

    const deadline = Date.now() + 40_000;
    while (t.app.liveStats().slow === 0 && Date.now() < deadline) {
      await Promise.all(Array.from({ length: 5 }, () => interact('VIEW', 'pl-meridian-instant')));
      await new Promise((r) => setTimeout(r, 150));
    }
    const stats = t.app.liveStats();
    expect(stats.slow).toBeGreaterThan(0);
    // Whatever the number of updates, each waiting subscription holds at most one message: the latest.
    for (let i = 0; i < 10; i++) {
      await interact('VIEW', 'pl-meridian-instant');
      await new Promise((r) => setTimeout(r, 260));
    }
    expect(t.app.liveStats().queuedMessages).toBeLessThanOrEqual(SUBS);
    const finalVersion = t.app.services.kpis.store.snapshot(TENANT, 'LAST_WEEK').version;

    (ws as unknown as { _socket: { resume(): void } })._socket.resume();
    await expect.poll(() => Math.min(...lastVersion.values()), { timeout: 20_000 }).toBe(finalVersion);
    expect(t.app.liveStats().slow).toBe(0);
    ws.close();
  }, 90_000);
});
