// Campaign audiences (Query.campaignAudience and GET /reports/campaign-audience.csv), on PGlite and
// on PostgreSQL: the customers for whom a product is a top recommendation, with the rank and
// confidence Customer.recommendations gives them; stable, complete pagination; minConfidence and
// topK; a customer who dislikes the product's tag drops out at once; customers without consent to
// marketing contact are left out and counted; the CSV; roles; bad input.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAMPAIGN_CSV_COLUMNS } from '../src/reports/campaign-audience-csv.js';
import { startTestApp, type TestApp } from './harness.js';

const AUDIENCE = `query($productId: ID!, $minConfidence: Float, $topK: Int, $first: Int, $after: String) {
  campaignAudience(productId: $productId, minConfidence: $minConfidence, topK: $topK, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { customer { id name } rank confidence reasons { code text weight } } } } }`;
const PAGE_OF_CUSTOMERS = `query { customers(first: 60) { totalCount edges { node { id consents { purpose granted } } } } }`;
const TOP_3 = `query($id: ID!) { customer(id: $id) { recommendations(k: 3) { rank confidence product { id code tags } } } }`;

interface Member {
  customer: { id: string; name: string };
  rank: number;
  confidence: number;
  reasons: { code: string; text: string; weight: number }[];
}
interface Rec {
  rank: number;
  confidence: number;
  product: { id: string; code: string; tags: string[] };
}

let t: TestApp;
let analyst: string;
let collector: string;
let rm: string;
/**
 * The page of customers with their top 3 (none for those who withheld consent to be ranked), and
 * the product most often ranked first there; contactable: they consent to marketing contact too.
 */
let page: { id: string; recommendations: Rec[]; contactable: boolean }[];
let product: Rec['product'];
let baseSize: number;

async function audience(vars: Record<string, unknown>, token = analyst) {
  return t.gql(AUDIENCE, { productId: product.code, minConfidence: 0, topK: 3, ...vars }, token);
}

/** Every member, page by page. */
async function allMembers(vars: Record<string, unknown>, first: number): Promise<{ members: Member[]; totalCount: number; pages: number }> {
  const members: Member[] = [];
  let after: string | null = null;
  let totalCount = -1;
  let pages = 0;
  for (;;) {
    const r = await audience({ ...vars, first, after });
    expect(r.errors).toBeUndefined();
    const c = r.data.campaignAudience;
    if (totalCount < 0) totalCount = c.totalCount;
    expect(c.totalCount).toBe(totalCount);
    expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
    members.push(...c.edges.map((e: { node: Member }) => e.node));
    pages++;
    if (!c.pageInfo.hasNextPage) break;
    expect(c.edges).toHaveLength(first);
    after = c.pageInfo.endCursor;
  }
  return { members, totalCount, pages };
}

beforeAll(async () => {
  t = await startTestApp();
  analyst = await t.login('ANALYST');
  collector = await t.login('COLLECTOR');
  rm = await t.login('RELATIONSHIP_MANAGER');
  const r = await t.gql(PAGE_OF_CUSTOMERS, {}, analyst);
  expect(r.errors).toBeUndefined();
  baseSize = r.data.customers.totalCount;
  page = [];
  for (const { node } of r.data.customers.edges as { node: { id: string; consents: { purpose: string; granted: boolean }[] } }[]) {
    const consents = (purpose: string) => node.consents.some((c) => c.purpose === purpose && c.granted);
    const recommendations = consents('RECOMMENDATION') ? (await t.ok(TOP_3, { id: node.id }, analyst)).customer.recommendations : [];
    page.push({ id: node.id, recommendations, contactable: consents('RECOMMENDATION') && consents('MARKETING_CONTACT') });
  }
  const firsts = new Map<string, { n: number; product: Rec['product'] }>();
  for (const c of page) {
    const top = c.recommendations[0];
    if (!top) continue;
    const f = firsts.get(top.product.code) ?? { n: 0, product: top.product };
    f.n++;
    firsts.set(top.product.code, f);
  }
  product = [...firsts.values()].sort((a, b) => b.n - a.n || a.product.code.localeCompare(b.product.code))[0].product;
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('campaignAudience', () => {
  it('scores the customer base and times it', async () => {
    const services = t.app.services;
    services.campaigns.invalidate('demo');
    services.hotReads.clear(); // cold: every customer's row, holdings and ranking from scratch
    const a = await services.campaigns.audience('demo', product.code, { minConfidence: 0, topK: 3 });
    expect(a.cached).toBe(false);
    // Customers who withheld consent to marketing contact (the seed has some) are left out unscored.
    expect(a.withoutConsent).toBeGreaterThan(0);
    expect(a.scored + a.withoutConsent).toBe(baseSize);
    // Informational: the brief asks for the time to score the test base.
    console.log(`campaign audience of ${product.code}: ${a.members.length} of ${a.scored} customers, scored in ${a.scoringMs.toFixed(0)} ms (${t.dbKind})`);
    const again = await services.campaigns.audience('demo', product.code, { minConfidence: 0, topK: 3 });
    expect(again.cached).toBe(true);
    expect(again.members).toEqual(a.members);
  });

  it('holds the customers whose top 3 has the product, with the rank and confidence of Customer.recommendations', async () => {
    const { members, totalCount } = await allMembers({}, 100);
    expect(members).toHaveLength(totalCount);
    const byId = new Map(members.map((m) => [m.customer.id, m]));
    let found = 0;
    for (const c of page) {
      const rec = c.recommendations.find((r) => r.product.code === product.code);
      const m = byId.get(c.id);
      if (!rec || !c.contactable) {
        expect(m, c.id).toBeUndefined();
        continue;
      }
      found++;
      expect(m, c.id).toBeDefined();
      expect({ rank: m!.rank, confidence: m!.confidence }).toEqual({ rank: rec.rank, confidence: rec.confidence });
      expect(m!.reasons.length).toBeGreaterThan(0);
    }
    expect(found).toBeGreaterThan(1);
    // Confidence, highest first, then customer id.
    const localId = (g: string) => Number(Buffer.from(g, 'base64url').toString('utf8').split(':')[1]);
    for (let i = 1; i < members.length; i++) {
      const [a, b] = [members[i - 1], members[i]];
      expect(a.confidence > b.confidence || (a.confidence === b.confidence && localId(a.customer.id) < localId(b.customer.id))).toBe(true);
    }
    // A Product id names the product as its code does.
    const byGlobal = await audience({ productId: product.id, first: 1 });
    expect(byGlobal.data.campaignAudience.totalCount).toBe(totalCount);
  });

  it('pages stably and completely: small pages concatenate to the whole audience, without duplicates', async () => {
    const whole = await allMembers({}, 100);
    const paged = await allMembers({}, 7);
    expect(paged.pages).toBe(Math.max(1, Math.ceil(whole.totalCount / 7)));
    expect(paged.members).toHaveLength(paged.totalCount);
    expect(new Set(paged.members.map((m) => m.customer.id)).size).toBe(paged.totalCount);
    expect(paged.members.map((m) => m.customer.id)).toEqual(whole.members.map((m) => m.customer.id));
  });

  it('filters by minConfidence and topK', async () => {
    const { members } = await allMembers({}, 100);
    const confidences = members.map((m) => m.confidence).sort((a, b) => a - b);
    const threshold = confidences[Math.floor(confidences.length / 2)];
    const above = await allMembers({ minConfidence: threshold }, 100);
    expect(above.totalCount).toBe(members.filter((m) => m.confidence >= threshold).length);
    for (const m of above.members) expect(m.confidence).toBeGreaterThanOrEqual(threshold);
    // The default minConfidence is 50.
    const byDefault = await t.gql(`query($p: ID!) { campaignAudience(productId: $p) { totalCount } }`, { p: product.code }, analyst);
    expect(byDefault.data.campaignAudience.totalCount).toBe(members.filter((m) => m.confidence >= 50).length);
    const firstOnly = await allMembers({ topK: 1 }, 100);
    for (const m of firstOnly.members) expect(m.rank).toBe(1);
    expect(firstOnly.totalCount).toBe(members.filter((m) => m.rank === 1).length);
  });

  it('exports the audience as CSV: a header, then one row per member in audience order', async () => {
    const { members, totalCount } = await allMembers({}, 100);
    const res = await fetch(`${t.app.url}/reports/campaign-audience.csv?productId=${encodeURIComponent(product.code)}&minConfidence=0&topK=3`, {
      headers: { authorization: `Bearer ${analyst}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="campaign-audience-demo-${product.code.replace(/[^A-Za-z0-9_-]/g, '_')}.csv"`);
    const text = await res.text();
    const [header] = parse(text, { bom: true, to_line: 1 }) as string[][];
    expect(header).toEqual([...CAMPAIGN_CSV_COLUMNS]);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(totalCount);
    rows.forEach((r, i) => {
      expect(r.customer_id).toBe(members[i].customer.id);
      expect(r.name).toBe(members[i].customer.name);
      expect(Number(r.rank)).toBe(members[i].rank);
      expect(Number(r.confidence)).toBe(members[i].confidence);
      expect(r.top_reason).toBe(members[i].reasons[0].text);
    });

    const bad = await fetch(`${t.app.url}/reports/campaign-audience.csv?productId=${encodeURIComponent(product.code)}&minConfidence=abc`, { headers: { authorization: `Bearer ${analyst}` } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', parameter: 'minConfidence' });
    const refused = await fetch(`${t.app.url}/reports/campaign-audience.csv?productId=${encodeURIComponent(product.code)}`, { headers: { authorization: `Bearer ${collector}` } });
    expect(refused.status).toBe(403);
  });

  it('is for analysts, admins and relationship managers, not collectors', async () => {
    const r = await audience({ first: 1 }, collector);
    expect(r.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await audience({ first: 1 }, rm)).errors).toBeUndefined();
  });

  it('rejects bad input with BAD_USER_INPUT naming the argument', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ productId: 'no-such-product' }, 'productId'],
      [{ minConfidence: 100.5 }, 'minConfidence'],
      [{ minConfidence: -1 }, 'minConfidence'],
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
      [{ topK: 0 }, 'topK'],
      [{ topK: 11 }, 'topK'],
      [{ after: 'not-a-cursor' }, 'after'],
      [{ after: Buffer.from('cursor:abc', 'utf8').toString('base64url') }, 'after'],
    ];
    for (const [vars, field] of cases) {
      const r = await audience(vars);
      expect(r.errors?.[0].extensions, JSON.stringify(vars)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('drops a customer who dislikes a tag of the product, at once', async () => {
    const { members } = await allMembers({}, 100);
    const member = members[0];
    const tag = product.tags[0];
    expect(tag).toBeTruthy();
    const fb = await t.gql(
      `mutation($input: FeedbackInput!, $eventId: String!) { giveFeedback(input: $input, eventId: $eventId) { __typename ... on FeedbackRejected { field message } } }`,
      { input: { customerId: member.customer.id, dislikedTags: [tag] }, eventId: `campaign-${process.pid}-${Date.now()}` },
      rm,
    );
    expect(fb.data.giveFeedback.__typename).toBe('Feedback');
    const after = await allMembers({}, 100);
    expect(after.members.map((m) => m.customer.id)).not.toContain(member.customer.id);
    expect(after.totalCount).toBeLessThan(members.length);
  });
});
