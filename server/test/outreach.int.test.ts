// Outreach through the graph and the durable queue (pg-boss, on PGlite and on PostgreSQL):
// messages composed from the reviewed templates in the case's language, naming the plan and a
// way to pay; the contact limits (a dispute, quiet hours, 7 attempts in 7 days) stopping a
// message before anything is sent; and delivery under a failing provider: every message sent
// exactly once, or in the dead-letter queue, from which a replay delivers it once.
//
// Outreach runs on a clock of its own, set to 11:00 in India (the customers' time zone) on the
// latest such morning, so that the tests do not depend on the hour they run at.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseEvents, providerDeliveries } from '../../drizzle/schema.js';
import { newToCreditGigWorker, type ScenarioCustomer } from '../../seeds/testing/credit-scenarios.js';
import { PLAN_KIND_WORDS } from '../src/domain/recovery/composer.js';
import { localIdOf, toGlobalId } from '../src/graphql/ids.js';
import { customersByIds } from '../src/repositories/customers.js';
import { OutreachService } from '../src/services/recovery/outreach.js';
import { contactPriorFor } from '../src/services/recovery/recovery-models.js';
import type { Viewer } from '../src/security/viewer.js';
import { startTestApp, type TestApp } from './harness.js';
import { giveOpenCasesToTestCollector, loanFallenBehind } from './support/delinquent-loan.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const MESSAGE_FIELDS = /* GraphQL */ `
  fragment MessageFields on OutreachMessage {
    id channel purpose templateId language tone recipient subject body status
    checks { rule passed detail } blockReason attempts lastError reached requestedBy createdAt sentAt deadAt
    case { id }
  }
`;

const SEND = /* GraphQL */ `
  ${MESSAGE_FIELDS}
  mutation Send($caseId: ID!, $input: OutreachInput!) {
    sendOutreach(caseId: $caseId, input: $input) {
      __typename
      ... on RecoveryRejected { field message }
      ... on OutreachMessage { ...MessageFields }
    }
  }
`;

const CASE_MESSAGES = /* GraphQL */ `
  ${MESSAGE_FIELDS}
  query CaseMessages($id: ID!) {
    recoveryCase(id: $id) {
      id language dispute
      bestContact { channel band basedOnAttempts reason }
      messages { ...MessageFields }
      timeline(first: 500) { kind actor summary details }
    }
  }
`;

const DEAD_LETTERS = /* GraphQL */ `
  ${MESSAGE_FIELDS}
  query Dead($first: Int) { outreachDeadLetters(first: $first) { ...MessageFields } }
`;

const REPLAY = /* GraphQL */ `
  ${MESSAGE_FIELDS}
  mutation Replay($id: ID!) {
    replayDeadLetter(messageId: $id) {
      __typename
      ... on RecoveryRejected { field message }
      ... on OutreachMessage { ...MessageFields }
    }
  }
`;

interface Message {
  id: string;
  channel: string;
  purpose: string;
  templateId: string;
  language: string;
  tone: string;
  recipient: string;
  subject: string | null;
  body: string;
  status: string;
  checks: { rule: string; passed: boolean; detail: string }[];
  blockReason: string | null;
  attempts: number;
  lastError: string | null;
  reached: boolean | null;
  sentAt: string | null;
}

let t: TestApp;
let admin: string;
let collector: string;
let rm: string;
let nextCustomer = 950_001;
let keyCounter = 0;
const newKey = (label: string) => `${label}-${process.pid}-${keyCounter++}`;
/** 11:00 in India (05:30 UTC) on the latest morning at or before now; outreach's clock starts there. */
const clockStart = (() => {
  const now = Date.now();
  const today = new Date(now);
  const at = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 5, 30);
  return at <= now ? at : at - DAY;
})();
const clockOffset = clockStart - Date.now();
const outreachNow = () => new Date(Date.now() + clockOffset);
// The seeded collector the open cases are given to (giveOpenCasesToTestCollector): a collector works only their own cases.
const collectorViewer: Viewer = { userId: 'u-kiran', role: 'COLLECTOR', tenantId: 'demo' };

beforeAll(async () => {
  t = await startTestApp({ RECOVERY_SWEEP_MINUTES: '0', OUTREACH_RETRY_DELAY_SECONDS: '1', OUTREACH_RETRY_LIMIT: '2', OUTREACH_POLL_SECONDS: '0.5' });
  t.app.services.recovery.outreach.useClock(outreachNow);
  [admin, collector, rm] = await Promise.all([t.login('ADMIN'), t.login('COLLECTOR'), t.login('RELATIONSHIP_MANAGER')]);
}, 180_000);
afterAll(async () => {
  await t?.close();
});


interface Delinquent {
  loanId: number;
  caseId: string;
}

/** A loan of `scenario` that fell `daysOverdue` days behind; refreshing it opens the case. */
async function delinquentLoan(scenario: ScenarioCustomer, productId: string, amount: number, daysOverdue: number): Promise<Delinquent> {
  const loan = await loanFallenBehind(t, { tenantId: 'demo', customerRowId: nextCustomer++, scenario, productId, amount, daysOverdue, admin, key: newKey });
  await t.app.services.recovery.engine.refreshLoan('demo', loan.loanId, new Date());
  await giveOpenCasesToTestCollector(t);
  const found = (await t.ok(`query($id: ID!) { customer(id: $id) { loans { id recoveryCase { id } } } }`, { id: loan.customerId }, collector)).customer.loans[0];
  expect(found.recoveryCase).not.toBeNull();
  return { loanId: loan.loanId, caseId: found.recoveryCase.id };
}

const gigCase = () => delinquentLoan(newToCreditGigWorker({ asOf: new Date() }), 'cc-saffron-first-card', 100_000, 20);
/** The same customer living where cases are worked in English (region is not a credit feature). */
const englishCase = () => {
  const s = newToCreditGigWorker({ asOf: new Date() });
  return delinquentLoan({ ...s, customer: { ...s.customer, region: 'Maharashtra' } }, 'cc-saffron-first-card', 100_000, 20);
};

async function send(caseId: string, input: Record<string, unknown>, token = collector) {
  return (await t.ok(SEND, { caseId, input }, token)).sendOutreach;
}

async function readCase(id: string) {
  return (await t.ok(CASE_MESSAGES, { id }, collector)).recoveryCase;
}

/** Polls until every message of the cases has left QUEUED. */
async function settled(caseIds: string[], timeoutMs = 45_000): Promise<Message[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const cases = await Promise.all(caseIds.map(readCase));
    const messages: Message[] = cases.flatMap((c) => c.messages);
    if (!messages.some((m) => m.status === 'QUEUED')) return messages;
    if (Date.now() > deadline) throw new Error(`still queued after ${timeoutMs} ms: ${messages.filter((m) => m.status === 'QUEUED').map((m) => `${m.id} (${m.attempts} attempts, ${m.lastError})`).join(', ')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function deliveriesOf(messageIds: string[]): Promise<Map<string, number>> {
  const keys = messageIds.map((id) => localIdOf(id, 'OutreachMessage')!);
  const rows = keys.length ? await t.app.services.database.db.select({ key: providerDeliveries.messageKey }).from(providerDeliveries).where(inArray(providerDeliveries.messageKey, keys)) : [];
  const out = new Map<string, number>(messageIds.map((id) => [id, 0]));
  for (const r of rows) {
    const id = toGlobalId('OutreachMessage', r.key);
    out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
}

const kinds = (timeline: { kind: string }[]) => timeline.map((e) => e.kind);

describe('composing and sending', () => {
  let hindi: Delinquent;
  let planWords: string;
  beforeAll(async () => {
    hindi = await gigCase();
    // A plan the customer follows: a counter-offer inside the bounds is accepted (or, outside them, approved).
    const proposed = (await t.ok(`mutation($c: ID!) { proposeRepaymentPlan(caseId: $c, kind: STANDARD) { __typename ... on RepaymentPlan { id } } }`, { c: hindi.caseId }, collector)).proposeRepaymentPlan;
    const countered = (await t.ok(`mutation($p: ID!) { counterOffer(planId: $p, input: { termMonths: 12 }) { __typename ... on CounterOfferOutcome { plan { id kind status } } } }`, { p: proposed.id }, collector)).counterOffer;
    expect(countered.__typename).toBe('CounterOfferOutcome');
    if (countered.plan.status === 'ESCALATED') {
      await t.ok(`mutation($p: ID!) { decideEscalatedPlan(planId: $p, approve: true, note: "fits the customer") { __typename } }`, { p: countered.plan.id }, admin);
    }
    planWords = PLAN_KIND_WORDS.hi[countered.plan.kind as 'STANDARD'];
  }, 90_000);

  it('composes a reminder in the case\'s language that names the plan and the payment link, and delivers it', async () => {
    const c = await readCase(hindi.caseId);
    expect(c.language).toBe('hi');
    const m = await send(hindi.caseId, { channel: 'SMS', purpose: 'REMINDER', sendKey: newKey('reminder') });
    expect(m).toMatchObject({ __typename: 'OutreachMessage', status: 'QUEUED', language: 'hi', channel: 'SMS', purpose: 'REMINDER', subject: null, blockReason: null });
    expect(m.templateId).toMatch(/^REMINDER\.(EMPATHETIC|NEUTRAL|FIRM)\.hi$/);
    expect(m.body).toContain('नमस्ते');
    expect(m.body).toContain(planWords);
    expect(m.body).toContain('₹');
    expect(m.body).toMatch(new RegExp(`भुगतान करें: https://pay\\.creditgraph\\.example/demo/${hindi.loanId}$`));
    expect(m.recipient).toMatch(/^\+91 9X{5}\d{4}$/);
    expect(m.checks.map((x: { rule: string }) => x.rule)).toEqual(['ATTEMPT_LIMIT', 'QUIET_HOURS', 'DISPUTE', 'CEASE_REQUEST']);
    expect(m.checks.every((x: { passed: boolean }) => x.passed)).toBe(true);

    const [sent] = (await settled([hindi.caseId])).filter((x) => x.id === m.id);
    expect(sent).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(typeof sent.reached).toBe('boolean');
    expect(Date.parse(sent.sentAt!)).toBeGreaterThan(0);
    const timeline = (await readCase(hindi.caseId)).timeline;
    expect(kinds(timeline)).toEqual(expect.arrayContaining(['CONTACT_QUEUED', 'CONTACT_SENT', 'CONTACT_OUTCOME']));
    expect((await deliveriesOf([m.id])).get(m.id)).toBe(1);
  });

  it('gives an email a subject, and refuses what cannot be composed or sent', async () => {
    const email = await send(hindi.caseId, { channel: 'EMAIL', purpose: 'PLAN_OFFER', sendKey: newKey('email') });
    expect(email).toMatchObject({ __typename: 'OutreachMessage', channel: 'EMAIL', purpose: 'PLAN_OFFER' });
    expect(email.subject).toBeTruthy();
    expect(email.recipient).toMatch(/^[a-z]\*\*\*\d\d@mail\.example$/);
    const noPromise = await send(hindi.caseId, { purpose: 'PROMISE_BROKEN', sendKey: newKey('broken') });
    expect(noPromise).toMatchObject({ __typename: 'RecoveryRejected', field: 'input.purpose' });
    const badKey = await send(hindi.caseId, { sendKey: '   ' });
    expect(badKey).toMatchObject({ __typename: 'RecoveryRejected', field: 'input.sendKey' });
    const denied = await t.gql(SEND, { caseId: hindi.caseId, input: { sendKey: newKey('rm') } }, rm);
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const NODE = `query($id: ID!) { node(id: $id) { __typename ... on OutreachMessage { id channel } } }`;
    expect((await t.ok(NODE, { id: email.id }, collector)).node).toEqual({ __typename: 'OutreachMessage', id: email.id, channel: 'EMAIL' });
    expect((await t.ok(NODE, { id: email.id }, rm)).node).toBeNull();
    await settled([hindi.caseId]);
  });

  it('answers the same sendKey with the same message, delivered once', async () => {
    const key = newKey('same');
    const [a, b] = await Promise.all([send(hindi.caseId, { channel: 'WHATSAPP', sendKey: key }), send(hindi.caseId, { channel: 'WHATSAPP', sendKey: key })]);
    expect(a.__typename).toBe('OutreachMessage');
    expect(b.id).toBe(a.id);
    const again = await send(hindi.caseId, { channel: 'WHATSAPP', sendKey: key });
    expect(again.id).toBe(a.id);
    const other = await send(hindi.caseId, { channel: 'VOICE', sendKey: key });
    expect(other).toMatchObject({ __typename: 'RecoveryRejected', field: 'input.sendKey' });
    const messages = await settled([hindi.caseId]);
    expect(messages.filter((m) => m.id === a.id)).toHaveLength(1);
    expect(messages.find((m) => m.id === a.id)!.status).toBe('SENT');
    expect((await deliveriesOf([a.id])).get(a.id)).toBe(1);
  });

  it('blocks a message in quiet hours on the customer\'s clock, with every check recorded', async () => {
    // 22:00 in India on the clock's day.
    const tenPm = new Date(clockStart + 11 * HOUR);
    const m = await t.app.services.recovery.outreach.send(collectorViewer, hindi.caseId, { channel: 'VOICE', sendKey: newKey('night') }, tenPm);
    expect('field' in m).toBe(false);
    if ('field' in m) return;
    expect(m).toMatchObject({ status: 'BLOCKED', blockReason: 'QUIET_HOURS', enqueues: 0 });
    const quiet = m.checks.find((x) => x.rule === 'QUIET_HOURS')!;
    expect(quiet.passed).toBe(false);
    expect(quiet.detail).toMatch(/^22:00 local time is within quiet hours \(19:00-08:00 Asia\/Kolkata\)/);
    expect(m.checks.filter((x) => x.rule !== 'QUIET_HOURS').every((x) => x.passed)).toBe(true);
    const blocked = (await readCase(hindi.caseId)).timeline.find((e: { kind: string; details: string }) => e.kind === 'CONTACT_BLOCKED' && JSON.parse(e.details).messageId === m.id);
    expect(blocked.summary).toMatch(/quiet hours/);
    expect((await deliveriesOf([toGlobalId('OutreachMessage', m.id)])).get(toGlobalId('OutreachMessage', m.id))).toBe(0);
  });

  it('feeds the sent messages to the case\'s contact history', async () => {
    await t.app.services.recovery.engine.sweep('demo', outreachNow());
    await giveOpenCasesToTestCollector(t);
    const c = await readCase(hindi.caseId);
    expect(c.bestContact.reason).not.toMatch(/^No contact history/);
  });

  it('writes in the language the customer asked for, once recorded', async () => {
    const SET = `mutation($c: ID!, $l: String!, $n: String!) { setPreferredLanguage(customerId: $c, language: $l, note: $n) { __typename ... on RecoveryRejected { field message } ... on Customer { id preferredLanguage } } }`;
    const customerId = (await t.ok(`query($id: ID!) { recoveryCase(id: $id) { customer { id preferredLanguage } } }`, { id: hindi.caseId }, collector)).recoveryCase.customer.id;
    expect((await t.ok(SET, { c: customerId, l: 'fr', n: 'asked on the call' }, rm)).setPreferredLanguage).toMatchObject({ __typename: 'RecoveryRejected', field: 'language' });
    expect((await t.ok(SET, { c: customerId, l: 'en', n: ' ' }, rm)).setPreferredLanguage).toMatchObject({ __typename: 'RecoveryRejected', field: 'note' });
    const set = (await t.ok(SET, { c: customerId, l: 'en', n: 'asked for English on the call' }, rm)).setPreferredLanguage;
    expect(set).toEqual({ __typename: 'Customer', id: customerId, preferredLanguage: 'en' });
    const c = await readCase(hindi.caseId);
    expect(c.language).toBe('en');
    expect(c.timeline.find((e: { kind: string }) => e.kind === 'LANGUAGE_SET')).toMatchObject({ summary: expect.stringMatching(/English.*asked for English on the call/) });
    const m = await send(hindi.caseId, { channel: 'SMS', purpose: 'REMINDER', sendKey: newKey('asked-english') });
    expect(m).toMatchObject({ language: 'en', templateId: expect.stringMatching(/\.en$/) });
    expect(m.body).toMatch(/^(Hi|Dear) /);
  });
});

describe('a dispute', () => {
  let english: Delinquent;
  beforeAll(async () => {
    english = await englishCase();
  }, 60_000);

  it('raised while a message waits stops it when it is due to go', async () => {
    t.app.services.recovery.channels.setFailureRate(1);
    try {
      const m = await send(english.caseId, { channel: 'SMS', sendKey: newKey('waiting') });
      expect(m).toMatchObject({ status: 'QUEUED', language: 'en' });
      expect(m.body).toMatch(/^(Hi|Dear) Rohit,/);
      // The first attempt fails; the dispute is raised before the retry.
      for (let i = 0; i < 100 && (await readCase(english.caseId)).messages[0].lastError === null; i++) await new Promise((r) => setTimeout(r, 100));
      await t.ok(`mutation($c: ID!) { flagCase(caseId: $c, input: { dispute: true, note: "says the loan was never taken" }) { __typename } }`, { c: english.caseId }, collector);
      t.app.services.recovery.channels.setFailureRate(0);
      const [after] = await settled([english.caseId]);
      expect(after).toMatchObject({ id: m.id, status: 'BLOCKED', blockReason: 'DISPUTE' });
      expect((await deliveriesOf([m.id])).get(m.id)).toBe(0);
    } finally {
      t.app.services.recovery.channels.setFailureRate(0);
    }
  });

  it('stops contact: the message is stored BLOCKED with the DISPUTE check failed, and nothing is sent', async () => {
    const m = await send(english.caseId, { channel: 'WHATSAPP', sendKey: newKey('disputed') });
    expect(m).toMatchObject({ __typename: 'OutreachMessage', status: 'BLOCKED', blockReason: 'DISPUTE', attempts: 0 });
    expect(m.checks.find((x: { rule: string }) => x.rule === 'DISPUTE')).toMatchObject({ passed: false, detail: expect.stringMatching(/disputes the debt/) });
    const c = await readCase(english.caseId);
    expect(c.dispute).toBe(true);
    const event = c.timeline.find((e: { kind: string; details: string }) => e.kind === 'CONTACT_BLOCKED' && JSON.parse(e.details).messageId === Number(localIdOf(m.id, 'OutreachMessage')));
    expect(event).toMatchObject({ actor: expect.not.stringMatching(/^system$/), summary: expect.stringMatching(/not sent: .*disputes the debt/) });
    await new Promise((r) => setTimeout(r, 1_000));
    expect((await deliveriesOf([m.id])).get(m.id)).toBe(0);
    expect((await readCase(english.caseId)).messages.find((x: Message) => x.id === m.id).status).toBe('BLOCKED');
  });
});

describe('the attempt limit', () => {
  it('blocks the 8th attempt in 7 days', async () => {
    const c = await gigCase();
    const first = [];
    for (let i = 0; i < 7; i++) first.push(await send(c.caseId, { channel: i % 2 ? 'SMS' : 'VOICE', sendKey: newKey('limit') }));
    expect(first.map((m) => m.status)).toEqual(Array(7).fill('QUEUED'));
    const eighth = await send(c.caseId, { channel: 'SMS', sendKey: newKey('limit') });
    expect(eighth).toMatchObject({ status: 'BLOCKED', blockReason: 'ATTEMPT_LIMIT' });
    expect(eighth.checks.find((x: { rule: string }) => x.rule === 'ATTEMPT_LIMIT').detail).toMatch(/^7 of at most 7 attempts in the last 7 days/);
    const messages = await settled([c.caseId]);
    expect(messages.filter((m) => m.status === 'SENT')).toHaveLength(7);
    const ninth = await send(c.caseId, { channel: 'EMAIL', sendKey: newKey('limit') });
    expect(ninth).toMatchObject({ status: 'BLOCKED', blockReason: 'ATTEMPT_LIMIT' });
  }, 90_000);
});

describe('delivery through the queue', () => {
  let cases: Delinquent[] = [];
  beforeAll(async () => {
    cases = [];
    for (let i = 0; i < 6; i++) cases.push(await gigCase());
  }, 120_000);

  it('under a 30% provider failure rate delivers every message exactly once, or leaves it in the dead-letter queue', async () => {
    const channels = t.app.services.recovery.channels;
    channels.setFailureRate(0.3);
    const ids: string[] = [];
    try {
      for (let i = 0; i < 40; i++) {
        const m = await send(cases[i % cases.length].caseId, { channel: ['SMS', 'WHATSAPP', 'EMAIL', 'VOICE'][i % 4], sendKey: newKey('load') });
        expect(m.status).toBe('QUEUED');
        ids.push(m.id);
      }
      const messages = (await settled(cases.map((c) => c.caseId), 50_000)).filter((m) => ids.includes(m.id));
      expect(messages).toHaveLength(40);
      const deliveries = await deliveriesOf(ids);
      const dead = (await t.ok(DEAD_LETTERS, { first: 200 }, admin)).outreachDeadLetters.map((m: Message) => m.id);
      for (const m of messages) {
        expect(['SENT', 'DEAD'], `${m.id}: ${m.status}`).toContain(m.status);
        if (m.status === 'SENT') expect(deliveries.get(m.id), `${m.id} delivered`).toBe(1);
        else {
          expect(deliveries.get(m.id), `${m.id} dead`).toBe(0);
          expect(dead).toContain(m.id);
          expect(m.lastError).toMatch(/unavailable/);
          expect(m.attempts).toBe(3);
        }
      }
      // Failures happened and were retried.
      expect(messages.reduce((s, m) => s + m.attempts, 0)).toBeGreaterThan(40);
      const events = await t.app.services.database.db
        .select({ kind: caseEvents.kind })
        .from(caseEvents)
        .where(and(inArray(caseEvents.caseId, cases.map((c) => Number(localIdOf(c.caseId, 'RecoveryCase')))), eq(caseEvents.kind, 'CONTACT_SENT')));
      expect(events).toHaveLength(messages.filter((m) => m.status === 'SENT').length);
    } finally {
      channels.setFailureRate(0);
    }
    // Whatever died is replayed and now delivered, once.
    const dead = (await t.ok(DEAD_LETTERS, { first: 200 }, admin)).outreachDeadLetters.filter((m: Message) => ids.includes(m.id));
    for (const m of dead) expect((await t.ok(REPLAY, { id: m.id }, admin)).replayDeadLetter.status).toBe('QUEUED');
    const after = (await settled(cases.map((c) => c.caseId))).filter((m) => ids.includes(m.id));
    expect(after.every((m) => m.status === 'SENT')).toBe(true);
    expect([...(await deliveriesOf(ids)).values()].every((n) => n === 1)).toBe(true);
  }, 120_000);

  it('puts a message the provider keeps failing in the dead-letter queue, and a replay delivers it once', async () => {
    const channels = t.app.services.recovery.channels;
    const c = await gigCase();
    channels.setFailureRate(1);
    let m: Message;
    try {
      m = await send(c.caseId, { channel: 'SMS', sendKey: newKey('doomed') });
      const [dead] = await settled([c.caseId]);
      expect(dead).toMatchObject({ id: m.id, status: 'DEAD', attempts: 3 });
      expect(dead.lastError).toMatch(/SMS provider unavailable/);
    } finally {
      channels.setFailureRate(0);
    }
    const letters = (await t.ok(DEAD_LETTERS, { first: 10 }, admin)).outreachDeadLetters;
    expect(letters[0]).toMatchObject({ id: m.id, status: 'DEAD' });
    expect(kinds((await readCase(c.caseId)).timeline)).toContain('CONTACT_FAILED');
    const denied = await t.gql(REPLAY, { id: m.id }, collector);
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.gql(DEAD_LETTERS, {}, collector)).errors?.[0].extensions.code).toBe('FORBIDDEN');

    const replayed = (await t.ok(REPLAY, { id: m.id }, admin)).replayDeadLetter;
    expect(replayed).toMatchObject({ __typename: 'OutreachMessage', status: 'QUEUED' });
    const again = (await t.ok(REPLAY, { id: m.id }, admin)).replayDeadLetter;
    expect(again.__typename === 'RecoveryRejected' || again.status === 'SENT').toBe(true);
    const [sent] = await settled([c.caseId]);
    expect(sent).toMatchObject({ id: m.id, status: 'SENT', attempts: 4 });
    expect((await deliveriesOf([m.id])).get(m.id)).toBe(1);
    const timeline = kinds((await readCase(c.caseId)).timeline);
    expect(timeline).toEqual(expect.arrayContaining(['CONTACT_FAILED', 'CONTACT_REPLAYED', 'CONTACT_SENT']));
    expect((await t.ok(DEAD_LETTERS, { first: 200 }, admin)).outreachDeadLetters.map((x: Message) => x.id)).not.toContain(m.id);
  }, 60_000);

  it('does not deliver twice when a job is retried after the provider took the message but before SENT was recorded', async () => {
    const c = cases[5];
    const recovery = t.app.services.recovery;
    // A service over the app's database and providers whose queue holds the jobs back, so the
    // test plays the worker itself.
    const jobs: { messageId: number; generation: number }[] = [];
    const service = new OutreachService({
      db: t.app.services.database.db,
      queue: { enqueue: async (job) => void jobs.push(job) },
      channels: recovery.channels,
      cases: recovery.cases,
      loadCustomer: async (tenantId, id) => (await customersByIds(t.app.services.database.db, tenantId, [id]))[0] ?? null,
      lenderName: () => 'Test Bank',
      contactPrior: (customer) => contactPriorFor(recovery.models(), customer.segment),
      onCaseChanged: () => {},
      log: { debug() {}, info() {}, warn() {}, error() {} },
      now: outreachNow,
    });
    // The 7th attempt of this case in the window (the load test sent 6).
    const m = await service.send(collectorViewer, c.caseId, { channel: 'VOICE', sendKey: newKey('lost-reply') });
    if ('field' in m) throw new Error(m.message);
    expect(m.status).toBe('QUEUED');
    expect(jobs).toEqual([{ messageId: m.id, generation: 1 }]);
    // The provider took it, and the reply was lost.
    await recovery.channels.adapter('VOICE').send({ id: String(m.id), tenantId: m.tenantId, to: m.recipient, subject: m.subject, body: m.body });
    // The job runs again, twice at once (two replicas).
    await Promise.all([service.deliver(jobs[0]), service.deliver(jobs[0])]);
    await service.deliver(jobs[0]);
    const globalId = toGlobalId('OutreachMessage', m.id);
    expect((await deliveriesOf([globalId])).get(globalId)).toBe(1);
    const stored = (await readCase(c.caseId)).messages.find((x: Message) => x.id === globalId);
    expect(stored.status).toBe('SENT');
    const sentEvents = (await readCase(c.caseId)).timeline.filter((e: { kind: string; details: string }) => e.kind === 'CONTACT_SENT' && JSON.parse(e.details).messageId === m.id);
    expect(sentEvents).toHaveLength(1);
  });
});
