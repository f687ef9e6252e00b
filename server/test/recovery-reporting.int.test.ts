// Recovery reporting, on PGlite and on PostgreSQL: the dashboard's recovery KPIs moving as cases
// open and are cured, promises are kept or broken and messages are sent (read again from the
// database within seconds of each change, and sent to dashboard subscribers); and the compliance
// report (GET /reports/compliance.csv and .pdf) with every contact attempt and its checks and every
// case decision with its actor, for a range of days, to admins and collectors of the tenant only.
//
// The report handler is served here on a server of its own (app.ts routes /reports/ to it).
// Outreach runs on a clock set to 11:00 in India on the latest such morning, as in
// outreach.int.test.ts, so that quiet hours do not depend on when the tests run.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'csv-parse/sync';
import { and, count, eq, gte, lt } from 'drizzle-orm';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { caseEvents, outreachMessages } from '../../drizzle/schema.js';
import { newToCreditGigWorker } from '../../seeds/testing/credit-scenarios.js';
import { addDays, localDate } from '../src/domain/recovery/calendar.js';
import { readRecoveryKpis } from '../src/events/kpi/recovery-snapshot.js';
import type { RecoveryKpiValues } from '../src/events/kpi/types.js';
import { localIdOf } from '../src/graphql/ids.js';
import { complianceReportHandler, type ReportServices } from '../src/reports/compliance-report.js';
import type { ReportHandler } from '../src/reports/report-route.js';
import { expectedPages } from '../src/reports/compliance-pdf.js';
import { CSV_COLUMNS } from '../src/reports/compliance-rows.js';
import type { Viewer } from '../src/security/viewer.js';
import { startTestApp, type TestApp } from './harness.js';
import { giveOpenCasesToTestCollector, loanFallenBehind } from './support/delinquent-loan.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const TENANT = 'demo';
const silent = { debug() {}, info() {}, warn() {}, error() {} };

const PROMISE = /* GraphQL */ `
  mutation Promise($caseId: ID!, $input: PromiseInput!, $key: String!) {
    recordPromise(caseId: $caseId, input: $input, idempotencyKey: $key) { __typename ... on RecoveryRejected { field message } ... on PaymentPromise { id status } }
  }
`;
const REPAY = /* GraphQL */ `
  mutation Repay($input: RepaymentInput!, $key: String!) {
    recordRepayment(input: $input, idempotencyKey: $key) { __typename ... on RepaymentRejected { field message } }
  }
`;
const CASE = /* GraphQL */ `
  query Case($id: ID!) {
    recoveryCase(id: $id) { id status closeReason overdueAmount bucket promises { id status } messages { id status reached } }
  }
`;
const RECOVERY_FIELDS = `rollRates { from count rolledForward cured rollForwardRate cureRate }
  cureRate casesClosed casesCured promiseKeptRate promisesKept promisesBroken rightPartyContactRate messagesSent rightPartyContacts
  recoveryRate casesOpened overdueAtOpening amountRecovered openCases casesByStage { stage count }`;
const DASHBOARD = `subscription { dashboard(window: LAST_WEEK) { version recovery { ${RECOVERY_FIELDS} } } }`;

let t: TestApp;
let admin: string;
let collector: string;
let analyst: string;
let rm: string;
let otherTenantAdmin: string;
let nextCustomer = 970_001;
let keyCounter = 0;
const newKey = (label: string) => `${label}-${process.pid}-${keyCounter++}`;
const clients: Client[] = [];
const servers: Server[] = [];

const clockStart = (() => {
  const now = Date.now();
  const today = new Date(now);
  const at = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 5, 30);
  return at <= now ? at : at - DAY;
})();
const clockOffset = clockStart - Date.now();
const outreachNow = () => new Date(Date.now() + clockOffset);
// The seeded collector the open cases are given to (giveOpenCasesToTestCollector): a collector works only their own cases.
const collectorViewer: Viewer = { userId: 'u-kiran', role: 'COLLECTOR', tenantId: TENANT };

beforeAll(async () => {
  t = await startTestApp({ RECOVERY_SWEEP_MINUTES: '0', OUTREACH_RETRY_DELAY_SECONDS: '1', OUTREACH_POLL_SECONDS: '0.5' });
  t.app.services.recovery.outreach.useClock(outreachNow);
  const login = async (role: string, tenantId = TENANT) => (await t.gql(`mutation { devLogin(role: ${role}, tenantId: "${tenantId}") { token } }`)).data.devLogin.token as string;
  [admin, collector, analyst, rm, otherTenantAdmin] = await Promise.all([login('ADMIN'), login('COLLECTOR'), login('ANALYST'), login('RELATIONSHIP_MANAGER'), login('ADMIN', 'northwind')]);
}, 180_000);
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  await t?.close();
});


interface Delinquent {
  loanId: number;
  caseId: string;
  applicationId: string;
}

/** A gig worker's card, 20 days behind; refreshing it opens the case. */
async function delinquentCard(): Promise<Delinquent> {
  const loan = await loanFallenBehind(t, { tenantId: TENANT, customerRowId: nextCustomer++, scenario: newToCreditGigWorker({ asOf: new Date() }), productId: 'cc-saffron-first-card', amount: 100_000, daysOverdue: 20, admin, key: newKey });
  await t.app.services.recovery.engine.refreshLoan(TENANT, loan.loanId, new Date());
  await giveOpenCasesToTestCollector(t, TENANT);
  const found = (await t.ok(`query($id: ID!) { customer(id: $id) { loans { recoveryCase { id } } } }`, { id: loan.customerId }, collector)).customer.loans[0];
  return { loanId: loan.loanId, caseId: found.recoveryCase.id, applicationId: loan.applicationId };
}

const readCase = async (id: string) => (await t.ok(CASE, { id }, collector)).recoveryCase;

async function pay(c: Delinquent, amount: number, amountDue: number) {
  const r = (await t.ok(REPAY, { input: { applicationId: c.applicationId, amount, amountDue, dueDate: localDate(new Date(Date.now() - 20 * DAY)), paidAt: new Date().toISOString() }, key: newKey('pay') }, collector)).recordRepayment;
  expect(r.__typename).toBe('Repayment');
}

/** Polls the case until `done` holds (the refresh after a repayment runs in the background). */
async function caseUntil(id: string, done: (c: any) => boolean) {
  let c = await readCase(id);
  for (let i = 0; i < 100 && !done(c); i++) {
    await new Promise((r) => setTimeout(r, 100));
    c = await readCase(id);
  }
  expect(done(c), JSON.stringify(c)).toBe(true);
  return c;
}

/** Sends through the outreach service (on its clock) and waits until the message has left the queue. */
async function sendAndSettle(caseId: string, channel: string, at?: Date) {
  const m = await t.app.services.recovery.outreach.send(collectorViewer, caseId, { channel, sendKey: newKey('send') }, at);
  if ('field' in m) throw new Error(m.message);
  return caseUntil(caseId, (c) => c.messages.every((x: { status: string }) => x.status !== 'QUEUED'));
}

const recovery = (): RecoveryKpiValues => t.app.services.kpis.store.snapshot(TENANT, 'LAST_WEEK').recovery!;
const stage = (r: RecoveryKpiValues, s: string) => r.casesByStage.find((x) => x.stage === s)!.count;
const roll = (r: RecoveryKpiValues, from: string) => r.rollRates.find((x) => x.from === from)!;

describe('recovery KPIs on the dashboard', () => {
  let a: Delinquent;
  let b: Delinquent;

  it('are there from the start', () => {
    const r = recovery();
    expect(r).not.toBeNull();
    expect(r.rollRates.map((x) => x.from)).toEqual(['CURRENT', 'DPD_1_30', 'DPD_31_60', 'DPD_61_90', 'DPD_90_PLUS']);
    expect(r.casesByStage.map((x) => x.stage)).toEqual(['REMINDER', 'ACTIVE_COLLECTION', 'SENIOR_COLLECTOR', 'FIELD', 'LEGAL']);
  });

  it('count a new case, its loan rolling from CURRENT, and the open cases by stage', async () => {
    const before = recovery();
    a = await delinquentCard();
    const k = await readCase(a.caseId);
    expect(k.bucket).toBe('DPD_1_30');
    await expect.poll(() => recovery().casesOpened, { timeout: 10_000 }).toBe(before.casesOpened + 1);
    const after = recovery();
    expect(after.openCases).toBe(before.openCases + 1);
    expect(stage(after, 'REMINDER')).toBe(stage(before, 'REMINDER') + 1);
    expect(roll(after, 'CURRENT')).toMatchObject({ count: roll(before, 'CURRENT').count + 1, rolledForward: roll(before, 'CURRENT').rolledForward + 1, rollForwardRate: 1 });
    expect(after.overdueAtOpening).toBeCloseTo(before.overdueAtOpening + k.overdueAmount, 2);
    // The same in the last hour: the case opened now.
    expect(t.app.services.kpis.store.snapshot(TENANT, 'LAST_HOUR').recovery!.casesOpened).toBeGreaterThanOrEqual(1);
  });

  it('move the promise-kept rate when a promise is kept and when one is broken', async () => {
    b = await delinquentCard();
    await expect.poll(() => recovery().openCases, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const before = recovery();
    const today = localDate(new Date());
    // Kept: promised 1,000 today, and paid (short of what is overdue, so the case stays open).
    const kept = (await t.ok(PROMISE, { caseId: a.caseId, input: { amount: 1_000, dueDate: today }, key: newKey('promise') }, collector)).recordPromise;
    expect(kept.status).toBe('PENDING');
    const { overdueAmount } = await readCase(a.caseId);
    expect(overdueAmount).toBeGreaterThan(1_000);
    await pay(a, 1_000, overdueAmount);
    await caseUntil(a.caseId, (c) => c.promises.some((p: { id: string; status: string }) => p.id === kept.id && p.status === 'KEPT'));
    await expect.poll(() => recovery().promisesKept, { timeout: 10_000 }).toBe(before.promisesKept + 1);
    // Broken: promised, nothing paid, and two days on.
    await t.ok(PROMISE, { caseId: b.caseId, input: { amount: 2_000, dueDate: today }, key: newKey('promise') }, collector);
    await t.app.services.recovery.engine.refreshLoan(TENANT, b.loanId, new Date(Date.now() + 2 * DAY));
    await giveOpenCasesToTestCollector(t, TENANT);
    await expect.poll(() => recovery().promisesBroken, { timeout: 10_000 }).toBe(before.promisesBroken + 1);
    const after = recovery();
    expect(after.promisesKept).toBe(before.promisesKept + 1);
    expect(after.promiseKeptRate).toBeCloseTo(after.promisesKept / (after.promisesKept + after.promisesBroken), 10);
    expect(after.openCases).toBe(before.openCases);
  });

  it('move the cure rate, the roll rates and the recovery rate when a case is cured', async () => {
    const before = recovery();
    const { overdueAmount } = await readCase(a.caseId);
    await pay(a, overdueAmount + 10, overdueAmount);
    const cured = await caseUntil(a.caseId, (c) => c.status === 'CLOSED');
    expect(cured.closeReason).toBe('CURED');
    await expect.poll(() => recovery().casesCured, { timeout: 10_000 }).toBe(before.casesCured + 1);
    const after = recovery();
    expect(after.casesClosed).toBe(before.casesClosed + 1);
    expect(after.cureRate).toBeCloseTo(after.casesCured / after.casesClosed, 10);
    expect(roll(after, 'DPD_1_30')).toMatchObject({ count: roll(before, 'DPD_1_30').count + 1, cured: roll(before, 'DPD_1_30').cured + 1 });
    expect(after.openCases).toBe(before.openCases - 1);
    // Recovered on case a: the 1,000 of the kept promise before, and now the rest.
    expect(after.amountRecovered).toBeCloseTo(before.amountRecovered + overdueAmount + 10, 2);
    expect(after.recoveryRate).toBeCloseTo(after.amountRecovered / after.overdueAtOpening, 10);
  });

  it('count sent messages, and those that reached the customer as right-party contacts; a blocked message is no contact', async () => {
    const before = recovery();
    await sendAndSettle(b.caseId, 'SMS');
    await sendAndSettle(b.caseId, 'VOICE');
    const c = await sendAndSettle(b.caseId, 'WHATSAPP', new Date(clockStart + 11 * HOUR)); // 22:00 in India: quiet hours
    const statuses = c.messages.map((m: { status: string }) => m.status).sort();
    expect(statuses).toEqual(['BLOCKED', 'SENT', 'SENT']);
    const reached = c.messages.filter((m: { status: string; reached: boolean }) => m.status === 'SENT' && m.reached).length;
    await expect.poll(() => recovery().messagesSent, { timeout: 10_000 }).toBe(before.messagesSent + 2);
    const after = recovery();
    expect(after.rightPartyContacts).toBe(before.rightPartyContacts + reached);
    expect(after.rightPartyContactRate).toBeCloseTo(after.rightPartyContacts / after.messagesSent, 10);
  });

  it('equal a fresh read from the database, in every window', async () => {
    const db = t.app.services.database.db;
    await expect
      .poll(async () => {
        const fresh = await readRecoveryKpis(db, TENANT);
        return (['LAST_HOUR', 'LAST_DAY', 'LAST_WEEK'] as const).every((w) => JSON.stringify(fresh[w]) === JSON.stringify(t.app.services.kpis.store.snapshot(TENANT, w).recovery));
      }, { timeout: 10_000 })
      .toBe(true);
  });

  it('reach dashboard subscribers, and only the tenant\'s own', async () => {
    const watch = (token: string) => {
      const messages: any[] = [];
      const client = createClient({ url: t.app.url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
      clients.push(client);
      client.subscribe<any>({ query: DASHBOARD }, { next: (m) => messages.push(m.data?.dashboard ?? m.errors), error: (e) => messages.push(e), complete: () => {} });
      return messages;
    };
    const ours = watch(analyst);
    const theirs = watch((await t.gql(`mutation { devLogin(role: ANALYST, tenantId: "northwind") { token } }`)).data.devLogin.token);
    await expect.poll(() => ours.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    await expect.poll(() => theirs.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    expect(ours[0].recovery).toEqual(JSON.parse(JSON.stringify(recovery())));
    const open = ours[ours.length - 1].recovery.openCases;
    await delinquentCard();
    await expect.poll(() => ours[ours.length - 1].recovery.openCases, { timeout: 10_000 }).toBe(open + 1);
    expect(theirs[theirs.length - 1].recovery.openCases).toBe(0);
  }, 60_000);
});

// ------------------------------------------------------------------------------------------------

async function serve(handler: ReportHandler): Promise<string> {
  const server = createServer((req, res) => void handler(req, res));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const get = (base: string, path: string, token?: string) => fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('the compliance report', () => {
  let base: string;
  let c: Delinquent;
  const today = localDate(new Date());
  const yesterday = addDays(today, -1);
  // The range as instants, computed apart from the handler: India is 5:30 ahead of UTC all year.
  const start = new Date(`${yesterday}T00:00:00+05:30`);
  const end = new Date(`${addDays(today, 1)}T00:00:00+05:30`);
  const range = `from=${yesterday}&to=${today}`;
  let inRange: { attempts: number; decisions: number };

  beforeAll(async () => {
    base = await serve(complianceReportHandler(t.app.services, silent));
    c = await delinquentCard();
    await sendAndSettle(c.caseId, 'EMAIL');
    await sendAndSettle(c.caseId, 'SMS', new Date(clockStart + 11 * HOUR)); // blocked: quiet hours
    // A step outside the range: a promise broken two days from now.
    await t.ok(PROMISE, { caseId: c.caseId, input: { amount: 1_500, dueDate: today }, key: newKey('promise') }, collector);
    await t.app.services.recovery.engine.refreshLoan(TENANT, c.loanId, new Date(Date.now() + 2 * DAY));
    await giveOpenCasesToTestCollector(t, TENANT);
    await caseUntil(c.caseId, (k) => k.promises.every((p: { status: string }) => p.status === 'BROKEN'));
    const { db } = t.app.services.database;
    const [attempts] = await db
      .select({ n: count() })
      .from(outreachMessages)
      .where(and(eq(outreachMessages.tenantId, TENANT), gte(outreachMessages.createdAt, start), lt(outreachMessages.createdAt, end)));
    const [decisions] = await db.select({ n: count() }).from(caseEvents).where(and(eq(caseEvents.tenantId, TENANT), gte(caseEvents.at, start), lt(caseEvents.at, end)));
    inRange = { attempts: Number(attempts.n), decisions: Number(decisions.n) };
    expect(inRange.attempts).toBeGreaterThanOrEqual(2);
    expect(inRange.decisions).toBeGreaterThan(10);
  }, 120_000);

  it('as CSV: the header, then one row per contact attempt and per decision in the range, in time order, with every check', async () => {
    const res = await get(base, `/reports/compliance.csv?${range}`, collector);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="compliance-demo-${yesterday}-to-${today}.csv"`);
    const text = await res.text();
    const [header] = parse(text, { bom: true, to_line: 1 }) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.filter((r) => r.record === 'CONTACT_ATTEMPT')).toHaveLength(inRange.attempts);
    expect(rows.filter((r) => r.record === 'DECISION')).toHaveLength(inRange.decisions);
    const times = rows.map((r) => Date.parse(r.at));
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(times.every((x) => x >= start.getTime() && x < end.getTime())).toBe(true);

    const caseNumber = localIdOf(c.caseId, 'RecoveryCase');
    const ours = rows.filter((r) => r.case_id === c.caseId);
    expect(ours.every((r) => r.case_number === caseNumber)).toBe(true);
    const sent = ours.find((r) => r.record === 'CONTACT_ATTEMPT' && r.channel === 'EMAIL')!;
    expect(sent).toMatchObject({ status: 'SENT', purpose: 'REMINDER', attempt_limit: 'PASSED', quiet_hours: 'PASSED', dispute: 'PASSED', cease_request: 'PASSED', actor: collectorViewer.userId });
    expect(['true', 'false']).toContain(sent.reached);
    expect(sent.template_id).toMatch(/^REMINDER\./);
    expect(sent.customer_id).toMatch(/^[A-Za-z0-9_-]+$/);
    const blocked = ours.find((r) => r.record === 'CONTACT_ATTEMPT' && r.channel === 'SMS')!;
    expect(blocked).toMatchObject({ status: 'BLOCKED', block_reason: 'QUIET_HOURS', quiet_hours: 'FAILED', reached: '', sent_at: '' });
    expect(blocked.quiet_hours_detail).toMatch(/quiet hours/);
    // Decisions with their actors: the collector's and the system's; the promise broken in two days is not in the range.
    const kinds = ours.filter((r) => r.record === 'DECISION').map((r) => `${r.kind}:${r.actor}`);
    expect(kinds).toEqual(expect.arrayContaining(['OPENED:system', 'ASSESSED:system', `CONTACT_QUEUED:${collectorViewer.userId}`, `CONTACT_BLOCKED:${collectorViewer.userId}`]));
    const promised = ours.find((r) => r.kind === 'PROMISE_RECORDED')!;
    expect(promised.actor).not.toBe('system');
    expect(promised.summary).toMatch(/^Promise to pay ₹1,500 by /);
    expect(kinds.some((k) => k.startsWith('PROMISE_BROKEN:'))).toBe(false);
  });

  it('as PDF: a title page, then the attempts and the decisions on the pages their counts give', async () => {
    const res = await get(base, `/reports/compliance.pdf?${range}`, admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type \/Page[^s]/g) ?? []).length;
    expect(pages).toBe(expectedPages(inRange.attempts, inRange.decisions));
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it('shows a tenant only its own attempts and decisions', async () => {
    const res = await get(base, `/reports/compliance.csv?${range}`, otherTenantAdmin);
    expect(res.status).toBe(200);
    const rows = parse(await res.text(), { bom: true, columns: true }) as unknown[];
    expect(rows).toEqual([]);
  });

  it('refuses a bad range with a 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      [`from=2025-13-01&to=${today}`, 'from'],
      [`to=${today}`, 'from'],
      [`from=${today}`, 'to'],
      [`from=${today}&to=${yesterday}`, 'to'],
      [`from=${addDays(today, -366)}&to=${today}`, 'to'],
      [`${range}&tz=Nowhere/Atlantis`, 'tz'],
    ];
    for (const [query, parameter] of cases) {
      const res = await get(base, `/reports/compliance.csv?${query}`, admin);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string; parameter: string } }[] };
      expect(body.errors[0].extensions, query).toEqual({ code: 'BAD_USER_INPUT', parameter });
      expect(body.errors[0].message.startsWith(`${parameter}:`), body.errors[0].message).toBe(true);
    }
    expect((await get(base, `/reports/compliance.pdf?from=${addDays(today, -365)}&to=${today}`, admin)).status).toBe(200);
  });

  it('is for admins and collectors with a valid token; in production a token is required', async () => {
    expect((await get(base, `/reports/compliance.csv?${range}`, rm)).status).toBe(403);
    expect((await get(base, `/reports/compliance.csv?${range}`, analyst)).status).toBe(403);
    // Without a token outside production: the demo relationship manager, who may not.
    expect((await get(base, `/reports/compliance.csv?${range}`)).status).toBe(403);
    const bad = await get(base, `/reports/compliance.csv?${range}`, `${collector}x`);
    expect(bad.status).toBe(401);
    expect(bad.headers.get('www-authenticate')).toBe('Bearer');
    const services: ReportServices = { ...t.app.services, config: { ...t.app.services.config, NODE_ENV: 'production' } };
    const prod = await serve(complianceReportHandler(services, silent));
    const none = await get(prod, `/reports/compliance.pdf?${range}`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await get(prod, `/reports/compliance.csv?${range}`, collector)).status).toBe(200);
  });

  it('answers other paths and methods plainly', async () => {
    expect((await get(base, '/reports/other.csv', admin)).status).toBe(404);
    const post = await fetch(`${base}/reports/compliance.csv?${range}`, { method: 'POST', headers: { authorization: `Bearer ${admin}` } });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
  });
});
