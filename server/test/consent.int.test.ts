// Consent per purpose, on PGlite and on PostgreSQL: recordConsent records, withdraws and replays a
// retried event id (one history row), with the history newest first; each purpose's processing is
// refused with CONSENT_REQUIRED and the purpose (recommendations over GraphQL, REST, the meeting
// pack and what-if scenarios; applications before the bureau is asked or a row is written; campaign
// audiences leave the customer out); prospects are unaffected; bad input names the field and writes nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resultRows } from '../src/db/result-rows.js';
import { toGlobalId } from '../src/graphql/ids.js';
import { SUBMIT } from './credit-documents.js';
import { startTestApp, type TestApp } from './harness.js';

const CONSENT_FIELDS = 'purpose granted recordedAt recordedBy source';
const CONSENTS = `query($id: ID!) { customer(id: $id) { consents { ${CONSENT_FIELDS} } consentHistory(first: 5) { ${CONSENT_FIELDS} } } }`;
const RECORD = `mutation($input: RecordConsentInput!, $eventId: String!) { recordConsent(input: $input, eventId: $eventId) { ${CONSENT_FIELDS} } }`;
const RECS = `query($id: ID!) { customer(id: $id) { id recommendations(k: 3) { rank product { code } } } }`;
const SCENARIO = `query($id: ID!, $productId: ID, $amount: Float) {
  scenario(customerId: $id, changes: { annualIncome: 2000000 }, productId: $productId, amount: $amount, k: 3) { after { recommendations { rank } } } }`;
const PROSPECT = { kind: 'INDIVIDUAL', age: 34, income: 900_000, creditScore: 760, region: 'Karnataka', goals: 'save for my daughter’s education' };

interface Consent {
  purpose: string;
  granted: boolean;
  recordedAt: string | null;
  recordedBy: string | null;
  source: string | null;
}

let t: TestApp;
let rm: string;
let analyst: string;
/** Individuals of the demo tenant's first page: every one of them consents to every purpose as seeded. */
let customers: string[];
let counter = 0;
const key = (p: string) => `${p}-${process.pid}-${Date.now()}-${counter++}`;
const localId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);

async function count(query: ReturnType<typeof sql>): Promise<number> {
  return Number(resultRows(await t.app.services.database.db.execute(query))[0].n);
}
const historyRows = (customerId?: string) =>
  count(customerId === undefined ? sql`select count(*)::int as n from customer_consents` : sql`select count(*)::int as n from customer_consents where customer_id = ${localId(customerId)}`);

const record = (customerId: string, purpose: string, granted: boolean, eventId = key('consent'), token = rm, source = 'branch') =>
  t.gql<{ recordConsent: Consent[] }>(RECORD, { input: { customerId, purpose, granted, source }, eventId }, token);

async function recorded(customerId: string, purpose: string, granted: boolean): Promise<Consent[]> {
  const r = await record(customerId, purpose, granted);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.recordConsent;
}

function expectRefused(r: { errors?: any[] }, customerId: string, purpose: string): void {
  expect(r.errors, `expected ${purpose} to be refused`).toBeDefined();
  const e = r.errors![0];
  expect(e.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', purpose });
  expect(e.message).toBe(`customer ${localId(customerId)} has not consented to ${purpose}: record their consent first`);
}

beforeAll(async () => {
  t = await startTestApp();
  rm = await t.login('RELATIONSHIP_MANAGER');
  analyst = await t.login('ANALYST');
  const r = await t.ok(`{ customers(first: 20, filter: { kind: INDIVIDUAL }) { edges { node { id consents { purpose granted } } } } }`, {}, rm);
  const edges: { node: { id: string; consents: Consent[] } }[] = r.customers.edges;
  customers = edges.filter((e) => e.node.consents.every((c) => c.granted)).map((e) => e.node.id);
  expect(customers.length).toBeGreaterThanOrEqual(7);
});
afterAll(async () => {
  await t?.close();
});

describe('recordConsent and Customer.consents', () => {
  it('shows one seeded consent per purpose, then records a withdrawal and a new grant, newest first in the history', async () => {
    const customer = customers[0];
    const seeded = (await t.ok(CONSENTS, { id: customer }, rm)).customer;
    expect(seeded.consents.map((c: Consent) => [c.purpose, c.granted, c.source])).toEqual([
      ['RECOMMENDATION', true, 'SEED'],
      ['CREDIT_CHECK', true, 'SEED'],
      ['MARKETING_CONTACT', true, 'SEED'],
    ]);
    expect(seeded.consents.every((c: Consent) => c.recordedAt !== null)).toBe(true);
    const rows = await historyRows(customer);

    const withdrawn = await recorded(customer, 'MARKETING_CONTACT', false);
    const marketing = withdrawn.find((c) => c.purpose === 'MARKETING_CONTACT')!;
    const me = (await t.ok(`{ viewer { userId } }`, {}, rm)).viewer.userId;
    expect(marketing).toMatchObject({ granted: false, source: 'BRANCH', recordedBy: me });
    expect(Date.now() - Date.parse(marketing.recordedAt!)).toBeLessThan(60_000);
    // The other purposes are untouched.
    expect(withdrawn.filter((c) => c.purpose !== 'MARKETING_CONTACT').map((c) => [c.purpose, c.granted, c.source])).toEqual([
      ['RECOMMENDATION', true, 'SEED'],
      ['CREDIT_CHECK', true, 'SEED'],
    ]);
    await recorded(customer, 'MARKETING_CONTACT', true);
    expect(await historyRows(customer)).toBe(rows + 2);
    // Each change is audited in the same transaction.
    const audited = await count(sql`select count(*)::int as n from audit_events where action = 'CONSENT_CHANGED' and entity_type = 'Customer' and entity_id = ${String(localId(customer))}`);
    expect(audited).toBe(2);

    const after = (await t.ok(CONSENTS, { id: customer }, rm)).customer;
    expect(after.consents.find((c: Consent) => c.purpose === 'MARKETING_CONTACT')).toMatchObject({ granted: true, source: 'BRANCH' });
    expect(after.consentHistory.slice(0, 2).map((c: Consent) => [c.purpose, c.granted])).toEqual([
      ['MARKETING_CONTACT', true],
      ['MARKETING_CONTACT', false],
    ]);
    expect(after.consentHistory).toHaveLength(5);
    const bad = await t.gql(`query($id: ID!) { customer(id: $id) { consentHistory(first: 101) { purpose } } }`, { id: customer }, rm);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('replays a retried event id without a second row, and refuses an event id reused for another consent', async () => {
    const customer = customers[1];
    const rows = await historyRows(customer);
    const eventId = key('retry');
    const first = await record(customer, 'CREDIT_CHECK', false, eventId);
    const again = await record(customer, 'CREDIT_CHECK', false, eventId);
    expect(first.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(await historyRows(customer)).toBe(rows + 1);
    expect(await count(sql`select count(*)::int as n from audit_events where action = 'CONSENT_CHANGED' and details->>'eventId' = ${eventId}`)).toBe(1);
    const reused = await record(customer, 'CREDIT_CHECK', true, eventId);
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });
    expect(await historyRows(customer)).toBe(rows + 1);
    await recorded(customer, 'CREDIT_CHECK', true);
  });

  it("answers the row's flag with recordedAt null for a consent that predates the history", async () => {
    const customer = customers[2];
    await t.app.services.database.db.execute(sql`delete from customer_consents where customer_id = ${localId(customer)}`);
    const { consents, consentHistory } = (await t.ok(CONSENTS, { id: customer }, rm)).customer;
    expect(consents).toEqual(['RECOMMENDATION', 'CREDIT_CHECK', 'MARKETING_CONTACT'].map((purpose) => ({ purpose, granted: true, recordedAt: null, recordedBy: null, source: null })));
    expect(consentHistory).toEqual([]);
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const customer = customers[3];
    const rows = await historyRows();
    const field = async (p: Promise<{ errors?: any[] }>) => (await p).errors?.[0]?.extensions;
    const input = (over: Record<string, unknown>) => ({ customerId: customer, purpose: 'RECOMMENDATION', granted: false, source: 'APP', ...over });
    const send = (over: Record<string, unknown>, eventId = key('bad'), token = rm) => t.gql(RECORD, { input: input(over), eventId }, token);
    expect(await field(send({ customerId: 'nonsense' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerId' });
    expect(await field(send({ customerId: toGlobalId('Customer', 999_999_999) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerId' });
    expect(await field(send({ source: '' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source' });
    expect(await field(send({ source: '   ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source' });
    expect(await field(send({ source: 'x'.repeat(41) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'source' });
    expect(await field(send({}, ' '))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });
    expect(await field(send({}, 'e'.repeat(201)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eventId' });
    // Another tenant's relationship manager, or partner, does not find this customer.
    expect(await field(send({}, key('x'), await t.login('RELATIONSHIP_MANAGER', 'northwind')))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerId' });
    expect(await field(send({}, key('x'), await t.login('PARTNER', 'northwind')))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerId' });
    expect(await field(send({}, key('x'), analyst))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await historyRows()).toBe(rows);
    const still = (await t.ok(CONSENTS, { id: customer }, rm)).customer.consents;
    expect(still.every((c: Consent) => c.granted)).toBe(true);
  });

  it("lets a PARTNER record consent for its own tenant's customers", async () => {
    const partner = await t.login('PARTNER', 'northwind');
    const own = (await t.ok(`{ customers(first: 1) { edges { node { id } } } }`, {}, partner)).customers.edges[0].node.id;
    const r = await record(own, 'MARKETING_CONTACT', false, key('partner'), partner, 'partner app');
    expect(r.errors).toBeUndefined();
    const me = (await t.ok(`{ viewer { userId } }`, {}, partner)).viewer.userId;
    expect(r.data!.recordConsent.find((c) => c.purpose === 'MARKETING_CONTACT')).toMatchObject({ granted: false, source: 'PARTNER APP', recordedBy: me });
  });
});

describe('RECOMMENDATION', () => {
  it('refuses recommendations (GraphQL, REST, meeting pack, what-if) once withdrawn, even when a ranking is cached, and logs nothing', async () => {
    const customer = customers[4];
    const id = localId(customer);
    expect((await t.ok(RECS, { id: customer }, rm)).customer.recommendations).toHaveLength(3); // now cached
    await recorded(customer, 'RECOMMENDATION', false);
    // Served lists are logged write-behind: let what was served settle first.
    await new Promise((r) => setTimeout(r, 500));
    const logged = () => count(sql`select count(*)::int as n from recommendation_log where customer_id = ${id}`);
    const before = await logged();

    expectRefused(await t.gql(RECS, { id: customer }, rm), customer, 'RECOMMENDATION');
    const rest = await fetch(`${t.app.url}/rest/recommend/${encodeURIComponent(customer)}?k=3`, { headers: { authorization: `Bearer ${rm}` } });
    expect(rest.status).toBe(403);
    expect((await rest.json()).errors[0].extensions).toMatchObject({ code: 'CONSENT_REQUIRED', purpose: 'RECOMMENDATION' });
    const pack = await fetch(`${t.app.url}/reports/meeting-pack.pdf?customerId=${encodeURIComponent(customer)}`, { headers: { authorization: `Bearer ${rm}` } });
    expect(pack.status).toBe(403);
    const packError = (await pack.json()).errors[0];
    expect(packError.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', purpose: 'RECOMMENDATION' });
    expect(packError.message).toContain(`meeting pack: customer ${id} has not consented to RECOMMENDATION`);
    expectRefused(await t.gql(SCENARIO, { id: customer }, rm), customer, 'RECOMMENDATION');
    await new Promise((r) => setTimeout(r, 500));
    expect(await logged()).toBe(before);

    // Prospects are not stored customers: nothing to consent to here.
    const prospect = await t.ok(`query($p: ProfileInput!) { recommendationsForProfile(profile: $p, k: 2) { rank } }`, { p: PROSPECT }, rm);
    expect(prospect.recommendationsForProfile).toHaveLength(2);

    await recorded(customer, 'RECOMMENDATION', true);
    expect((await t.ok(RECS, { id: customer }, rm)).customer.recommendations).toHaveLength(3);
  });
});

describe('CREDIT_CHECK', () => {
  const application = (over: Record<string, unknown>) => ({ productId: 'pl-meridian-instant', amount: 150_000, termMonths: 24, purpose: 'home renovation', consent: { creditAssessment: true, bureauCheck: true }, ...over });

  it('refuses an application before the bureau is asked or anything is written, and a what-if decision', async () => {
    const customer = customers[5];
    await recorded(customer, 'CREDIT_CHECK', false);
    const bureau = vi.spyOn(t.app.services.bureau, 'fetchReport');
    const applications = () => count(sql`select count(*)::int as n from loan_applications`);
    const decisions = () => count(sql`select count(*)::int as n from credit_decisions`);
    const [apps, decided] = [await applications(), await decisions()];
    try {
      const idempotencyKey = key('refused');
      expectRefused(await t.gql(SUBMIT, { input: application({ customerId: customer }), key: idempotencyKey }, rm), customer, 'CREDIT_CHECK');
      expect(bureau).not.toHaveBeenCalled();
      expect([await applications(), await decisions()]).toEqual([apps, decided]);
      expect(await count(sql`select count(*)::int as n from loan_applications where idempotency_key = ${idempotencyKey}`)).toBe(0);
      // The what-if still ranks (RECOMMENDATION is given) but its decision would ask the bureau.
      expectRefused(await t.gql(SCENARIO, { id: customer, productId: 'pl-meridian-instant', amount: 150_000 }, rm), customer, 'CREDIT_CHECK');
      expect((await t.ok(SCENARIO, { id: customer }, rm)).scenario.after.recommendations.length).toBeGreaterThan(0);
      expect(bureau).not.toHaveBeenCalled();
    } finally {
      bureau.mockRestore();
    }

    // A prospect consents in the application itself (consent.creditAssessment) and is decided.
    const prospect = await t.ok(SUBMIT, {
      input: application({ applicant: { name: 'Meera Iyer', kind: 'INDIVIDUAL', age: 36, income: 900_000, region: 'Karnataka', employment: 'Salaried' } }),
      key: key('prospect'),
    }, rm);
    expect(prospect.submitLoanApplication.__typename).toBe('LoanApplication');

    await recorded(customer, 'CREDIT_CHECK', true);
    const decidedNow = await t.ok(SUBMIT, { input: application({ customerId: customer }), key: key('granted') }, rm);
    expect(decidedNow.submitLoanApplication.__typename).toBe('LoanApplication');
    expect(await applications()).toBe(apps + 2);
  });
});

describe('MARKETING_CONTACT', () => {
  it('leaves a customer who withdrew out of campaign audiences, and counts who was left out', async () => {
    const AUDIENCE = `query($p: ID!, $after: String) { campaignAudience(productId: $p, minConfidence: 0, topK: 3, first: 100, after: $after) {
      totalCount withoutConsent pageInfo { hasNextPage endCursor } edges { node { customer { id } } } } }`;
    /** The whole audience, page by page, with the first page's counts. */
    async function audienceOf(p: string): Promise<{ totalCount: number; withoutConsent: number; ids: string[] }> {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = (await t.ok(AUDIENCE, { p, after }, analyst)).campaignAudience;
        ids.push(...page.edges.map((e: any) => e.node.customer.id));
        if (!page.pageInfo.hasNextPage) return { totalCount: page.totalCount, withoutConsent: page.withoutConsent, ids };
        after = page.pageInfo.endCursor;
      }
    }
    const top = (await t.ok(RECS, { id: customers[6] }, rm)).customer.recommendations[0].product.code;
    const before = await audienceOf(top);
    const members = before.ids;
    expect(members).toContain(customers[6]);
    // The seed withholds marketing consent from some customers: they were never in the audience.
    expect(before.withoutConsent).toBeGreaterThan(0);

    await recorded(customers[6], 'MARKETING_CONTACT', false);
    const after = await audienceOf(top);
    expect(after.ids).toEqual(members.filter((m: string) => m !== customers[6]));
    expect(after.totalCount).toBe(before.totalCount - 1);
    expect(after.withoutConsent).toBe(before.withoutConsent + 1);
    // Marketing is its own purpose: the customer is still ranked.
    expect((await t.ok(RECS, { id: customers[6] }, rm)).customer.recommendations).toHaveLength(3);
  });
});
