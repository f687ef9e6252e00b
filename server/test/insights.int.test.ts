// Customer.insights through the graph: three insights of the three kinds, each citing facts, and
// feedback disliking the suggested product's tag changes the product discovery insight.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';

const INSIGHTS = `{ kind title text facts { label value source } }`;
const PAGE = `{ customers(first: 8) { edges { node { id insights ${INSIGHTS} } } } }`;
const ONE = `query($id: ID!) { customer(id: $id) { insights ${INSIGHTS} gapAnalysis(limit: 10) { product { name tags } } } }`;
const FEEDBACK = `mutation($input: FeedbackInput!, $eventId: String!) { giveFeedback(input: $input, eventId: $eventId) { __typename ... on FeedbackRejected { field message } } }`;

interface Insight {
  kind: string;
  title: string;
  text: string;
  facts: { label: string; value: string; source: string }[];
}

let t: TestApp;
let rm: string;

beforeAll(async () => {
  t = await startTestApp();
  rm = (await t.gql(`mutation { devLogin(role: RELATIONSHIP_MANAGER) { token } }`)).data.devLogin.token;
});
afterAll(async () => {
  await t?.close();
});

const suggested = (insights: Insight[]) => insights.find((i) => i.kind === 'PRODUCT_DISCOVERY')!.facts.find((f) => f.label === 'Suggested product')?.value;

describe('Customer.insights', () => {
  it('gives three insights of the three kinds for every customer of a page, each citing facts', async () => {
    const r = await t.gql(PAGE, {}, rm);
    expect(r.errors).toBeUndefined();
    const nodes: { id: string; insights: Insight[] }[] = r.data.customers.edges.map((e: { node: unknown }) => e.node);
    expect(nodes.length).toBeGreaterThan(3);
    for (const n of nodes) {
      expect(n.insights.map((i) => i.kind)).toEqual(['ENGAGEMENT_STRATEGY', 'PRODUCT_DISCOVERY', 'SERVICE_OPTIMISATION']);
      for (const i of n.insights) {
        expect(i.title.length).toBeGreaterThan(0);
        expect(i.facts.length, i.text).toBeGreaterThan(0);
        const values = i.facts.map((f) => f.value).join(' | ');
        for (const num of i.text.match(/\d[\d,]*(\.\d+)?/g) ?? []) expect(values, i.text).toContain(num);
      }
    }
  });

  it('stops suggesting a product once the customer dislikes its tag', async () => {
    const r = await t.gql(`{ customers(first: 20, filter: { kind: INDIVIDUAL }) { edges { node { id insights ${INSIGHTS} } } } }`, {}, rm);
    const target = r.data.customers.edges.map((e: { node: { id: string; insights: Insight[] } }) => e.node).find((n: { insights: Insight[] }) => suggested(n.insights));
    expect(target, 'a customer with a suggested product').toBeTruthy();
    const before = await t.gql(ONE, { id: target.id }, rm);
    const name = suggested(before.data.customer.insights)!;
    const product = before.data.customer.gapAnalysis.find((g: { product: { name: string } }) => g.product.name === name)?.product as { name: string; tags: string[] };
    expect(product?.tags.length).toBeGreaterThan(0);
    const tag = product.tags[0];

    const fb = await t.gql(FEEDBACK, { input: { customerId: target.id, dislikedTags: [tag] }, eventId: `insights-${process.pid}-${Date.now()}` }, rm);
    expect(fb.data.giveFeedback.__typename).toBe('Feedback');

    const after = await t.gql(ONE, { id: target.id }, rm);
    expect(after.errors).toBeUndefined();
    const discovery: Insight = after.data.customer.insights.find((i: Insight) => i.kind === 'PRODUCT_DISCOVERY');
    expect(discovery).not.toEqual(before.data.customer.insights[1]);
    const now = suggested(after.data.customer.insights);
    expect(now).not.toBe(name);
    if (now) {
      const p = after.data.customer.gapAnalysis.find((g: { product: { name: string } }) => g.product.name === now)?.product;
      expect(p?.tags ?? []).not.toContain(tag);
    }
    expect(discovery.facts).toContainEqual({ label: 'Declined tags', value: tag, source: 'FEEDBACK' });
  });
});
