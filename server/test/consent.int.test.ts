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

  it('refuses productGaps, gapAnalysis, insights, recordInteraction and giveFeedback once withdrawn, writing nothing, and keeps what was recorded readable', async () => {
    // A business customer of its own: the other tests of this file take individuals.
    const businesses = (await t.ok(`{ customers(first: 20, filter: { kind: BUSINESS }) { edges { node { id consents { purpose granted } } } } }`, {}, rm)).customers.edges;
    const customer: string | undefined = businesses.map((e: any) => e.node).find((n: { consents: Consent[] }) => n.consents.every((c) => c.granted))?.id;
    expect(customer, 'a business customer consenting to every purpose').toBeDefined();
    const id = customer!;
    const FIELDS = `query($id: ID!) { customer(id: $id) {
      id productGaps { code } gapAnalysis(limit: 5) { basis product { code } } insights { kind }
      feedback { likedTags dislikedTags interests updatedAt } consentHistory(first: 5) { purpose granted } } }`;
    const INTERACT = `mutation($input: InteractionInput!, $eventId: String!) { recordInteraction(input: $input, eventId: $eventId) {
      __typename ... on Interaction { id kind product { code } } ... on InteractionRejected { field message } } }`;
    const FEEDBACK = `mutation($input: FeedbackInput!, $eventId: String!) { giveFeedback(input: $input, eventId: $eventId) {
      __typename ... on Feedback { id likedTags current { likedTags } } ... on FeedbackRejected { field message } } }`;
    const interactions = () => count(sql`select count(*)::int as n from interactions`);
    const feedbackRows = () => count(sql`select count(*)::int as n from customer_feedback`);

    // Granted: every field answers and both mutations store.
    const granted = (await t.ok(FIELDS, { id }, rm)).customer;
    expect(granted.productGaps).toBeInstanceOf(Array);
    expect(granted.gapAnalysis).toBeInstanceOf(Array);
    expect(granted.insights.map((i: { kind: string }) => i.kind)).toEqual(['ENGAGEMENT_STRATEGY', 'PRODUCT_DISCOVERY', 'SERVICE_OPTIMISATION']);
    const recommended = (await t.ok(`query($id: ID!) { customer(id: $id) { recommendations(k: 3) { rank product { code tags } } } }`, { id }, rm)).customer.recommendations;
    expect(recommended.length).toBeGreaterThan(0);
    const product: { code: string; tags: string[] } = recommended[0].product;
    const tag = product.tags[0];
    expect(tag).toBeDefined();
    const [interactionsBefore, feedbackBefore] = [await interactions(), await feedbackRows()];
    const viewed = await t.ok(INTERACT, { input: { customerId: id, productId: product.code, kind: 'VIEW' }, eventId: key('view') }, rm);
    expect(viewed.recordInteraction).toMatchObject({ __typename: 'Interaction', kind: 'VIEW', product: { code: product.code } });
    const given = await t.ok(FEEDBACK, { input: { customerId: id, likedTags: [tag] }, eventId: key('feedback') }, rm);
    expect(given.giveFeedback).toMatchObject({ __typename: 'Feedback', likedTags: [tag], current: { likedTags: [tag] } });
    expect([await interactions(), await feedbackRows()]).toEqual([interactionsBefore + 1, feedbackBefore + 1]);

    const message = `customer ${localId(id)} has not consented to RECOMMENDATION: record their consent first`;
    const refusedAt = (errors: any[] | undefined, path: (string | number)[]) => {
      const e = errors?.find((x) => JSON.stringify(x.path) === JSON.stringify(path));
      expect(e, `an error at ${path.join('.')} in ${JSON.stringify(errors)}`).toBeDefined();
      expect(e.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', purpose: 'RECOMMENDATION' });
      expect(e.message).toBe(message);
    };

    await recorded(id, 'RECOMMENDATION', false);
    try {
      // Each field is refused at its own path; what was recorded stays readable.
      const r = await t.gql(FIELDS, { id }, rm);
      expect(r.errors).toHaveLength(3);
      for (const field of ['productGaps', 'gapAnalysis', 'insights']) {
        expect(r.data!.customer[field], field).toBeNull();
        refusedAt(r.errors, ['customer', field]);
      }
      expect(r.data!.customer.id).toBe(id);
      expect(r.data!.customer.feedback).toMatchObject({ likedTags: [tag], dislikedTags: [] });
      expect(r.data!.customer.feedback.updatedAt).not.toBeNull();
      expect(r.data!.customer.consentHistory[0]).toEqual({ purpose: 'RECOMMENDATION', granted: false });
      // And one field at a time.
      for (const field of ['productGaps { code }', 'gapAnalysis { basis }', 'insights { kind }']) {
        const name = field.split(' ')[0];
        const one = await t.gql(`query($id: ID!) { customer(id: $id) { id ${field} } }`, { id }, rm);
        expect(one.data!.customer).toEqual({ id, [name]: null });
        expect(one.errors).toHaveLength(1);
        refusedAt(one.errors, ['customer', name]);
      }

      // Every kind of interaction, and feedback, is refused and stores nothing.
      for (const kind of ['VIEW', 'CLICK', 'DISMISS', 'APPLY', 'APPROVE']) {
        const eventId = key(`refused-${kind}`);
        const refused = await t.gql(INTERACT, { input: { customerId: id, productId: product.code, kind }, eventId }, rm);
        expect(refused.data?.recordInteraction ?? null, kind).toBeNull();
        expect(refused.errors, kind).toHaveLength(1);
        refusedAt(refused.errors, ['recordInteraction']);
        expect(await count(sql`select count(*)::int as n from interactions where event_id = ${eventId}`)).toBe(0);
      }
      const refusedFeedback = await t.gql(FEEDBACK, { input: { customerId: id, dislikedTags: [tag], text: 'not now' }, eventId: key('refused-feedback') }, rm);
      expect(refusedFeedback.data?.giveFeedback ?? null).toBeNull();
      expect(refusedFeedback.errors).toHaveLength(1);
      refusedAt(refusedFeedback.errors, ['giveFeedback']);
      // Input is checked first: bad input gets the usual rejection, not a consent error.
      const badProduct = await t.ok(INTERACT, { input: { customerId: id, productId: 'no-such-product', kind: 'VIEW' }, eventId: key('bad') }, rm);
      expect(badProduct.recordInteraction).toMatchObject({ __typename: 'InteractionRejected', field: 'productId' });
      const badTag = await t.ok(FEEDBACK, { input: { customerId: id, likedTags: ['no-such-tag-anywhere'] }, eventId: key('bad') }, rm);
      expect(badTag.giveFeedback).toMatchObject({ __typename: 'FeedbackRejected', field: 'likedTags' });
      expect([await interactions(), await feedbackRows()]).toEqual([interactionsBefore + 1, feedbackBefore + 1]);
      // The feedback given before the withdrawal is unchanged.
      const kept = (await t.ok(`query($id: ID!) { customer(id: $id) { feedback { likedTags dislikedTags } } }`, { id }, rm)).customer.feedback;
      expect(kept).toEqual({ likedTags: [tag], dislikedTags: [] });
    } finally {
      await recorded(id, 'RECOMMENDATION', true);
    }
    const again = (await t.ok(FIELDS, { id }, rm)).customer;
    expect(again.insights).toHaveLength(3);
    expect(again.productGaps).toBeInstanceOf(Array);
    expect(again.gapAnalysis).toBeInstanceOf(Array);
  });

  it("answers a page of customers with the others' data and one error at the refused customer's field", async () => {
    const PAGE = `{ customers(first: 20) { edges { node { id consents { purpose granted } } } } }`;
    const page: { id: string; consents: Consent[] }[] = (await t.ok(PAGE, {}, rm)).customers.edges.map((e: any) => e.node);
    expect(page).toHaveLength(20);
    const consents = (n: { consents: Consent[] }) => n.consents.find((c) => c.purpose === 'RECOMMENDATION')!.granted;
    // The seed may withhold RECOMMENDATION consent from some: the first of them stays refused, the
    // others are granted for this test. Without any, one customer no other test uses withdraws.
    const withheld = page.filter((n) => !consents(n)).map((n) => n.id);
    const refused = withheld[0] ?? [...page].reverse().find((n) => !customers.slice(0, 7).includes(n.id))!.id;
    const granted: string[] = [];
    let withdrawn = false;
    try {
      for (const id of withheld.slice(1)) {
        await recorded(id, 'RECOMMENDATION', true);
        granted.push(id);
      }
      if (withheld.length === 0) {
        await recorded(refused, 'RECOMMENDATION', false);
        withdrawn = true;
      }
      const r = await t.gql(`{ customers(first: 20) { edges { node { id recommendations(k: 2) { rank product { code } } productGaps { code } insights { kind } } } } }`, {}, rm);
      const nodes: any[] = r.data!.customers.edges.map((e: any) => e.node);
      expect(nodes.map((n) => n.id)).toEqual(page.map((n) => n.id));
      const i = nodes.findIndex((n) => n.id === refused);
      expect(i).toBeGreaterThanOrEqual(0);
      for (const [j, n] of nodes.entries()) {
        if (j === i) {
          expect(n).toEqual({ id: refused, recommendations: null, productGaps: null, insights: null });
        } else {
          expect(n.recommendations, n.id).toBeInstanceOf(Array);
          expect(n.recommendations.length, n.id).toBeGreaterThan(0);
          expect(n.productGaps, n.id).toBeInstanceOf(Array);
          expect(n.insights, n.id).toHaveLength(3);
        }
      }
      const errors: any[] = r.errors ?? [];
      expect(errors.map((e) => e.path).sort((a, b) => a[4].localeCompare(b[4]))).toEqual(
        ['insights', 'productGaps', 'recommendations'].map((field) => ['customers', 'edges', i, 'node', field]),
      );
      for (const e of errors) {
        expect(e.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', purpose: 'RECOMMENDATION' });
        expect(e.message).toBe(`customer ${localId(refused)} has not consented to RECOMMENDATION: record their consent first`);
      }
      // Only recommendations asked for: exactly one error, at that customer's field.
      const only = await t.gql(`{ customers(first: 20) { edges { node { id recommendations(k: 2) { rank } } } } }`, {}, rm);
      expect(only.data!.customers.edges).toHaveLength(20);
      expect(only.data!.customers.edges.filter((e: any) => e.node.recommendations === null).map((e: any) => e.node.id)).toEqual([refused]);
      expect(only.errors).toHaveLength(1);
      expect(only.errors![0].path).toEqual(['customers', 'edges', i, 'node', 'recommendations']);
      expect(only.errors![0].extensions).toMatchObject({ code: 'CONSENT_REQUIRED', purpose: 'RECOMMENDATION' });
    } finally {
      for (const id of granted) await recorded(id, 'RECOMMENDATION', false);
      if (withdrawn) await recorded(refused, 'RECOMMENDATION', true);
    }
    const restored: { id: string; consents: Consent[] }[] = (await t.ok(PAGE, {}, rm)).customers.edges.map((e: any) => e.node);
    expect(restored.map((n) => [n.id, consents(n)])).toEqual(page.map((n) => [n.id, consents(n)]));
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
