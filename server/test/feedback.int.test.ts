// giveFeedback and recordInteraction's APPLY, APPROVE and DISMISS through the graph: feedback is
// stored once per event id, folded into Customer.feedback, and the very next recommendations
// reflect it (disliked tags filtered out, interests moved up with an INTEREST_MATCH reason,
// dismissals demoted); APPLY and APPROVE are linked to the served rank and move no KPI.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultRows } from '../src/db/result-rows.js';
import { startTestApp, type TestApp } from './harness.js';

const RECS = `query($id: ID!, $k: Int) { customer(id: $id) { recommendations(k: $k) { rank score product { code tags } reasons { code text weight } } } }`;
const FEEDBACK = `mutation($input: FeedbackInput!, $eventId: String!) { giveFeedback(input: $input, eventId: $eventId) {
  __typename
  ... on Feedback { id likedTags dislikedTags interests text customer { id } current { likedTags dislikedTags interests updatedAt } }
  ... on FeedbackRejected { field message } } }`;
const INTERACT = `mutation($input: InteractionInput!, $eventId: String!) { recordInteraction(input: $input, eventId: $eventId) {
  __typename ... on Interaction { id kind servedRank modelVersion product { code } } ... on InteractionRejected { field message } } }`;

interface Rec {
  rank: number;
  score: number;
  product: { code: string; tags: string[] };
  reasons: { code: string; text: string; weight: number }[];
}

let t: TestApp;
let rm: string;
let customers: string[];
let counter = 0;
const key = (p: string) => `${p}-${process.pid}-${counter++}`;

beforeAll(async () => {
  t = await startTestApp();
  rm = (await t.gql(`mutation { devLogin(role: RELATIONSHIP_MANAGER) { token } }`)).data.devLogin.token;
  const r = await t.gql(`{ customers(first: 6, filter: { kind: INDIVIDUAL }) { edges { node { id } } } }`, {}, rm);
  customers = r.data.customers.edges.map((e: { node: { id: string } }) => e.node.id);
});
afterAll(async () => {
  await t?.close();
});

async function recs(customerId: string, k = 50): Promise<Rec[]> {
  const r = await t.gql(RECS, { id: customerId, k }, rm);
  expect(r.errors).toBeUndefined();
  return r.data.customer.recommendations;
}

const give = (input: Record<string, unknown>, eventId = key('fb')) => t.gql(FEEDBACK, { input, eventId }, rm).then((r) => r.data?.giveFeedback ?? r);

/** The tag of `p` that the fewest of `all` carry (so that acting on it touches few products). */
function rarestTag(p: Rec, all: Rec[]): string {
  const carriers = (tag: string) => all.filter((r) => r.product.tags.includes(tag)).length;
  return [...p.product.tags].sort((a, b) => carriers(a) - carriers(b) || a.localeCompare(b))[0];
}

const localId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);

describe('giveFeedback', () => {
  it('filters out every product with a disliked tag on the very next request, and shows it in Customer.feedback', async () => {
    const customer = customers[0];
    const before = await recs(customer);
    expect(before.length).toBeGreaterThan(5);
    const tag = rarestTag(before[0], before);

    const fb = await give({ customerId: customer, dislikedTags: [tag], text: 'Not interested in these' });
    expect(fb).toMatchObject({ __typename: 'Feedback', dislikedTags: [tag], text: 'Not interested in these', customer: { id: customer } });
    expect(fb.current.dislikedTags).toEqual([tag]);

    const after = await recs(customer);
    expect(after.length).toBeGreaterThan(0);
    for (const r of after) expect(r.product.tags, r.product.code).not.toContain(tag);
    expect(after.map((r) => r.product.code)).not.toContain(before[0].product.code);

    const shown = await t.gql(`query($id: ID!) { customer(id: $id) { feedback { likedTags dislikedTags interests updatedAt } } }`, { id: customer }, rm);
    expect(shown.data.customer.feedback).toMatchObject({ likedTags: [], dislikedTags: [tag], interests: [] });
    expect(shown.data.customer.feedback.updatedAt).toBeTruthy();

    // A later like of the same tag cancels the dislike.
    const liked = await give({ customerId: customer, likedTags: [tag] });
    expect(liked.current).toMatchObject({ likedTags: [tag], dislikedTags: [] });
    expect((await recs(customer)).some((r) => r.product.tags.includes(tag))).toBe(true);
  });

  it('moves a product matching a new interest up, with an INTEREST_MATCH reason', async () => {
    const customer = customers[1];
    const before = await recs(customer);
    const target = before.find((r) => r.rank > 5 && r.reasons.every((x) => x.code !== 'INTEREST_MATCH'));
    expect(target).toBeDefined();
    const interest = rarestTag(target!, before).replace(/-/g, ' ');

    const fb = await give({ customerId: customer, interests: [interest] });
    expect(fb.current.interests).toEqual([interest]);

    const after = await recs(customer);
    const moved = after.find((r) => r.product.code === target!.product.code);
    expect(moved, `${target!.product.code} (interest "${interest}")`).toBeDefined();
    expect(moved!.rank).toBeLessThan(target!.rank);
    const reason = moved!.reasons.find((r) => r.code === 'INTEREST_MATCH');
    expect(reason?.text).toBe(`The customer said they are interested in ${interest}`);
    expect(moved!.reasons.length).toBeLessThanOrEqual(4);
    expect(moved!.reasons.reduce((s, r) => s + r.weight, 0)).toBeLessThanOrEqual(1);
  });

  it('replays a retried event id and rejects an event id reused for different feedback', async () => {
    const customer = customers[2];
    const tags = (await recs(customer, 5))[0].product.tags;
    const eventId = key('same');
    const a = await give({ customerId: customer, likedTags: [tags[0]], interests: ['Travel'] }, eventId);
    const b = await give({ customerId: customer, likedTags: [tags[0]], interests: ['travel'] }, eventId);
    expect(a.__typename).toBe('Feedback');
    expect(b.id).toBe(a.id);
    const c = await give({ customerId: customer, dislikedTags: [tags[0]] }, eventId);
    expect(c).toMatchObject({ __typename: 'FeedbackRejected', field: 'eventId' });
    const count = resultRows(
      await t.app.services.database.db.execute(sql`select count(*)::int as n from customer_feedback where customer_id = ${localId(customer)}`),
    )[0].n;
    expect(count).toBe(1);
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const customer = customers[3];
    const tag = (await recs(customer, 5))[0].product.tags[0];
    expect(await give({ customerId: customer, dislikedTags: ['no-such-tag-anywhere'] })).toMatchObject({ field: 'dislikedTags' });
    expect(await give({ customerId: customer, likedTags: ['Not A Slug!'] })).toMatchObject({ field: 'likedTags' });
    expect(await give({ customerId: customer, likedTags: Array.from({ length: 21 }, (_, i) => `tag-${i}`) })).toMatchObject({ field: 'likedTags' });
    expect(await give({ customerId: customer, likedTags: [tag], dislikedTags: [tag] })).toMatchObject({ field: 'dislikedTags' });
    expect(await give({ customerId: customer, interests: ['x'.repeat(61)] })).toMatchObject({ field: 'interests' });
    expect(await give({ customerId: customer, interests: Array.from({ length: 11 }, (_, i) => `interest ${i}`) })).toMatchObject({ field: 'interests' });
    expect(await give({ customerId: customer, text: 'x'.repeat(1001) })).toMatchObject({ field: 'text' });
    expect(await give({ customerId: customer })).toMatchObject({ field: 'input' });
    expect(await give({ customerId: 'nonsense', text: 'hi' })).toMatchObject({ field: 'customerId' });
    expect(await give({ customerId: Buffer.from('Customer:999999999').toString('base64url'), text: 'hi' })).toMatchObject({ field: 'customerId' });
    expect(await give({ customerId: customer, text: 'hi' }, ' ')).toMatchObject({ field: 'eventId' });
    // Another tenant's viewer cannot give feedback on this customer.
    const other = (await t.gql(`mutation { devLogin(role: RELATIONSHIP_MANAGER, tenantId: "northwind") { token } }`)).data.devLogin.token;
    const r = await t.gql(FEEDBACK, { input: { customerId: customer, text: 'hi' }, eventId: key('x') }, other);
    expect(r.data.giveFeedback).toMatchObject({ field: 'customerId' });
    const shown = await t.gql(`query($id: ID!) { customer(id: $id) { feedback { likedTags dislikedTags interests updatedAt } } }`, { id: customer }, rm);
    expect(shown.data.customer.feedback).toEqual({ likedTags: [], dislikedTags: [], interests: [], updatedAt: null });
  });
});

describe('recordInteraction APPLY, APPROVE and DISMISS', () => {
  it('links APPLY and APPROVE to the served rank without moving the KPIs, and demotes a dismissed product', async () => {
    const customer = customers[4];
    const served = await recs(customer, 5);
    const id = localId(customer);
    // Served lists are logged write-behind; wait until this one is stored.
    await expect
      .poll(async () => resultRows(await t.app.services.database.db.execute(sql`select count(*)::int as n from recommendation_log where customer_id = ${id}`))[0].n, { timeout: 5_000 })
      .toBeGreaterThanOrEqual(5);
    const kpisBefore = t.app.services.kpis.store.snapshot('demo', 'LAST_HOUR').totals;

    const second = served[1];
    for (const kind of ['APPLY', 'APPROVE']) {
      const r = await t.gql(INTERACT, { input: { customerId: customer, productId: second.product.code, kind }, eventId: key(kind) }, rm);
      expect(r.data.recordInteraction).toMatchObject({ __typename: 'Interaction', kind, servedRank: 2, product: { code: second.product.code } });
      expect(r.data.recordInteraction.modelVersion).toBeTruthy();
    }
    await new Promise((r) => setTimeout(r, 300));
    const kpisAfter = t.app.services.kpis.store.snapshot('demo', 'LAST_HOUR').totals;
    expect(kpisAfter.applications).toBe(kpisBefore.applications);
    expect(kpisAfter.approvals).toBe(kpisBefore.approvals);
    expect(kpisAfter.views).toBe(kpisBefore.views);
    expect(kpisAfter.clicks).toBe(kpisBefore.clicks);

    const top = served[0].product.code;
    const d = await t.gql(INTERACT, { input: { customerId: customer, productId: top, kind: 'DISMISS' }, eventId: key('dismiss') }, rm);
    expect(d.data.recordInteraction).toMatchObject({ kind: 'DISMISS', servedRank: 1 });
    const after = await recs(customer, 5);
    expect(after[0].product.code).not.toBe(top);
  });
});
