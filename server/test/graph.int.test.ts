// The graph end to end over HTTP, on PGlite and on PostgreSQL (see vitest.config.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedMigrations } from '../src/health/readiness.js';
import { SECURITY_HEADERS } from '../src/health/security-headers.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const CUSTOMER_PAGE = /* GraphQL */ `
  query Page($first: Int, $after: String, $filter: CustomerFilter) {
    customers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name kind segment region creditScore } }
    }
  }
`;

const CUSTOMER_DETAIL = /* GraphQL */ `
  query Detail($id: ID!, $k: Int) {
    customer(id: $id) {
      id name segment segmentLabel newToCredit
      holdings { id product { id code name category } }
      productGaps { code }
      recommendations(k: $k) { rank confidence score modelVersion reasons { code text weight } product { id code category } }
    }
  }
`;

async function firstCustomerId(filter?: Record<string, unknown>): Promise<string> {
  const r = await t.gql(CUSTOMER_PAGE, { first: 1, filter });
  return r.data.customers.edges[0].node.id;
}

describe('health and start-up', () => {
  it('answers /healthz once ready', async () => {
    const res = await fetch(`${t.app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('answers /readyz with the database reachable and every shipped migration applied', async () => {
    const res = await fetch(`${t.app.url}/readyz`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe('ready');
    const byName = Object.fromEntries(body.checks.map((c: { name: string }) => [c.name, c]));
    expect(byName.database).toMatchObject({ ok: true });
    expect(byName.migrations).toMatchObject({ ok: true, detail: `${shippedMigrations()} applied` });
    expect(byName.redis).toBeUndefined(); // no REDIS_URL in this app
  });

  it('sets the security headers on every response', async () => {
    for (const p of ['/graphql?query=%7B__typename%7D', '/healthz', '/no-such-page']) {
      const res = await fetch(`${t.app.url}${p}`, { headers: { 'apollo-require-preflight': 'true' } });
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), `${p} ${name}`).toBe(value);
    }
  });
});

describe('customers connection', () => {
  it('pages through every customer of the tenant exactly once', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 50; i++) {
      const r: any = await t.gql(CUSTOMER_PAGE, { first: 40, after });
      expect(r.errors).toBeUndefined();
      total = r.data.customers.totalCount;
      for (const e of r.data.customers.edges) {
        expect(seen.has(e.node.id)).toBe(false);
        seen.add(e.node.id);
      }
      if (!r.data.customers.pageInfo.hasNextPage) break;
      after = r.data.customers.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(50);
    expect(seen.size).toBe(total);
  });

  it('filters by segment, region, kind and name', async () => {
    const bySegment = await t.gql(CUSTOMER_PAGE, { first: 100, filter: { segment: 'SMALL_BUSINESS' } });
    expect(bySegment.data.customers.edges.length).toBeGreaterThan(0);
    for (const e of bySegment.data.customers.edges) {
      expect(e.node.segment).toBe('SMALL_BUSINESS');
      expect(e.node.kind).toBe('BUSINESS');
    }
    const byKind = await t.gql(CUSTOMER_PAGE, { first: 100, filter: { kind: 'INDIVIDUAL' } });
    for (const e of byKind.data.customers.edges) expect(e.node.kind).toBe('INDIVIDUAL');

    const some = bySegment.data.customers.edges[0].node;
    const byRegion = await t.gql(CUSTOMER_PAGE, { first: 100, filter: { region: some.region.toLowerCase() } });
    for (const e of byRegion.data.customers.edges) expect(e.node.region).toBe(some.region);

    // Search matches whole name words (blind indexes), in any case: every word of the name, lower-cased.
    // As an ADMIN, who sees names unmasked (@pii).
    const admin = await t.login('ADMIN');
    const name = (await t.ok(`query($id: ID!) { customer(id: $id) { name } }`, { id: some.id }, admin)).customer.name as string;
    const words = name.toLowerCase().split(/\s+/);
    const byName = await t.gql(CUSTOMER_PAGE, { first: 100, filter: { search: words.join(' ') } }, admin);
    expect(byName.data.customers.edges.map((e: any) => e.node.id)).toContain(some.id);
    for (const e of byName.data.customers.edges) expect(e.node.name.toLowerCase().split(/\s+/)).toEqual(expect.arrayContaining(words));
    const word = words.reduce((a, b) => (b.length > a.length ? b : a));
    const part = await t.gql(CUSTOMER_PAGE, { first: 100, filter: { search: word.slice(0, -1) } }, admin);
    expect(part.data.customers.edges.map((e: any) => e.node.id)).not.toContain(some.id);
  });

  it('treats LIKE wildcards in a search as plain text', async () => {
    const r = await t.gql(CUSTOMER_PAGE, { first: 5, filter: { search: '%' } });
    expect(r.errors).toBeUndefined();
    expect(r.data.customers.totalCount).toBe(0);
  });

  it('rejects bad paging and filter input with BAD_USER_INPUT naming the field', async () => {
    for (const [vars, field] of [
      [{ first: 0 }, 'first'],
      [{ first: 101 }, 'first'],
      [{ first: 5, after: 'not-a-cursor' }, 'after'],
      [{ first: 5, filter: { segment: 'PIRATES' } }, 'filter.segment'],
      [{ first: 5, filter: { region: 'Atlantis' } }, 'filter.region'],
    ] as const) {
      const r = await t.gql(CUSTOMER_PAGE, vars);
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(vars)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.field).toBe(field);
      expect(r.errors?.[0]?.message).toContain(field);
    }
  });
});

describe('a customer', () => {
  it('shows holdings, product gaps and top-k explained recommendations', async () => {
    const id = await firstCustomerId();
    const r = await t.gql(CUSTOMER_DETAIL, { id, k: 7 });
    expect(r.errors).toBeUndefined();
    const c = r.data.customer;
    expect(c.id).toBe(id);
    expect(c.segmentLabel.length).toBeGreaterThan(0);
    expect(c.holdings.length).toBeGreaterThan(0);
    const held = new Set(c.holdings.map((h: any) => h.product.code));
    expect(c.recommendations).toHaveLength(7);
    c.recommendations.forEach((rec: any, i: number) => {
      expect(rec.rank).toBe(i + 1);
      expect(rec.confidence).toBeGreaterThanOrEqual(0);
      expect(rec.confidence).toBeLessThanOrEqual(100);
      expect(rec.reasons.length).toBeGreaterThanOrEqual(2);
      expect(rec.reasons.length).toBeLessThanOrEqual(4);
      for (const reason of rec.reasons) {
        expect(reason.text.length).toBeGreaterThan(10);
        expect(reason.weight).toBeGreaterThan(0);
        expect(reason.weight).toBeLessThanOrEqual(1);
      }
      expect(held.has(rec.product.code)).toBe(false);
    });
    const scores = c.recommendations.map((rec: any) => rec.confidence);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const gap of c.productGaps) expect(held.has(gap.code)).toBe(false);
  });

  it('changes with k', async () => {
    const id = await firstCustomerId();
    const three = await t.gql(CUSTOMER_DETAIL, { id, k: 3 });
    const ten = await t.gql(CUSTOMER_DETAIL, { id, k: 10 });
    expect(three.data.customer.recommendations).toHaveLength(3);
    expect(ten.data.customer.recommendations.length).toBeGreaterThan(3);
    expect(ten.data.customer.recommendations.slice(0, 3).map((r: any) => r.product.code)).toEqual(
      three.data.customer.recommendations.map((r: any) => r.product.code),
    );
  });

  it('rejects k outside 1-50', async () => {
    const id = await firstCustomerId();
    for (const k of [0, 51, -3]) {
      const r = await t.gql(CUSTOMER_DETAIL, { id, k });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.field).toBe('k');
    }
  });

  it('gives null for unknown and malformed ids, through customer and node', async () => {
    const unknown = Buffer.from('Customer:99999999').toString('base64url');
    for (const id of [unknown, 'garbage', '', Buffer.from('Product:nope').toString('base64url')]) {
      const r = await t.gql(`query($id: ID!) { customer(id: $id) { id } node(id: $id) { id } }`, { id });
      expect(r.errors).toBeUndefined();
      expect(r.data).toEqual({ customer: null, node: null });
    }
  });

  it('resolves customers and products through node', async () => {
    const id = await firstCustomerId();
    const r = await t.gql(`query($id: ID!) { node(id: $id) { __typename id ... on Customer { name } } }`, { id });
    expect(r.data.node).toMatchObject({ __typename: 'Customer', id });
    const p = await t.gql(`{ products(first: 1) { edges { node { id code } } } }`);
    const pid = p.data.products.edges[0].node.id;
    const n = await t.gql(`query($id: ID!) { node(id: $id) { __typename ... on Product { code } } }`, { id: pid });
    expect(n.data.node).toEqual({ __typename: 'Product', code: p.data.products.edges[0].node.code });
  });

  it('logs every served recommendation', async () => {
    const id = await firstCustomerId({ kind: 'BUSINESS' });
    await t.gql(CUSTOMER_DETAIL, { id, k: 4 });
    const { services } = t.app;
    await services.recommendations['log'].flush();
    const { sql } = await import('drizzle-orm');
    const localId = Number(Buffer.from(id, 'base64url').toString().split(':')[1]);
    const rows: any = await services.database.db.execute(
      sql`select rank, model_version from recommendation_log where customer_id = ${localId} order by served_at desc, rank limit 4`,
    );
    const list = Array.isArray(rows) ? rows : rows.rows;
    expect(list.map((r: any) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(list[0].model_version).toMatch(/\w/);
  });
});

describe('products', () => {
  it('pages the catalog with filters', async () => {
    const all = await t.gql(`{ products(first: 100) { totalCount edges { node { category } } } }`);
    expect(all.data.products.totalCount).toBeGreaterThanOrEqual(60);
    const cards = await t.gql(`{ products(first: 100, filter: { category: CREDIT_CARD }) { edges { node { category eligibility { minIncome customerKind } } } } }`);
    expect(cards.data.products.edges.length).toBeGreaterThan(3);
    for (const e of cards.data.products.edges) expect(e.node.category).toBe('CREDIT_CARD');
  });

  it('finds products by meaning with the embedding model', async () => {
    const r = await t.gql(`{ searchProducts(text: "loan for a farmer to buy a tractor, repaid after the harvest", first: 3) { score product { code category tags } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.searchProducts).toHaveLength(3);
    const top = r.data.searchProducts[0];
    expect(top.product.tags.join(' ') + ' ' + top.product.code).toMatch(/agri|farm|crop|tractor|kisan|seasonal/i);
    expect(top.score).toBeGreaterThanOrEqual(r.data.searchProducts[2].score);
  });

  it('rejects empty search text', async () => {
    const r = await t.gql(`{ searchProducts(text: "   ") { score } }`);
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });
});

describe('recommendations for a prospect', () => {
  const Q = /* GraphQL */ `
    query P($profile: ProfileInput!, $k: Int) {
      recommendationsForProfile(profile: $profile, k: $k) { rank confidence reasons { code text weight } product { code category eligibility { minIncome minCreditScore customerKind } } }
    }
  `;
  const good = { kind: 'INDIVIDUAL', age: 29, income: 1_200_000, creditScore: 720, region: 'Karnataka', goals: 'buy my first home in two years' };

  it('ranks eligible products with reasons', async () => {
    const r = await t.gql(Q, { profile: good, k: 5 });
    expect(r.errors).toBeUndefined();
    const recs = r.data.recommendationsForProfile;
    expect(recs).toHaveLength(5);
    for (const rec of recs) {
      expect(rec.product.eligibility.minIncome).toBeLessThanOrEqual(good.income);
      expect(rec.product.eligibility.customerKind).not.toBe('BUSINESS');
      expect(rec.reasons.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('recommends to someone new to credit only products open to them', async () => {
    const r = await t.gql(Q, { profile: { ...good, creditScore: null, goals: 'build my credit history' }, k: 5 });
    expect(r.errors).toBeUndefined();
    for (const rec of r.data.recommendationsForProfile) expect(rec.product.eligibility.minCreditScore).toBeNull();
  });

  it.each([
    [{ income: -5 }, 'profile.income'],
    [{ creditScore: 900 }, 'profile.creditScore'],
    [{ creditScore: 120 }, 'profile.creditScore'],
    [{ age: 16 }, 'profile.age'],
    [{ region: 'Narnia' }, 'profile.region'],
    [{ existingProducts: ['no-such-product'] }, 'profile.existingProducts[0]'],
  ])('rejects %j naming %s', async (patch, field) => {
    const r = await t.gql(Q, { profile: { ...good, ...patch }, k: 5 });
    expect(r.status).toBe(200);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.field).toBe(field);
    expect(r.data).toBeNull();
  });

  it('rejects k outside 1-50', async () => {
    const r = await t.gql(Q, { profile: good, k: 99 });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'k' });
  });
});

describe('viewer and tenants', () => {
  it('acts as the demo relationship manager without a token outside production', async () => {
    const r = await t.gql(`{ viewer { role tenant { name theme { logoText primaryColor } } } }`);
    expect(r.data.viewer.role).toBe('RELATIONSHIP_MANAGER');
    expect(r.data.viewer.tenant.theme.logoText.length).toBeGreaterThan(0);
  });

  it('scopes every query to the tenant in the token', async () => {
    const tenants = await t.gql(`{ devTenants { id name } }`);
    expect(tenants.data.devTenants.length).toBeGreaterThanOrEqual(2);
    const demoCustomer = await firstCustomerId();
    const other = tenants.data.devTenants.find((x: any) => Buffer.from(x.id, 'base64url').toString() !== 'Tenant:demo');
    const login = await t.gql(`mutation($t: ID) { devLogin(role: ANALYST, tenantId: $t) { token viewer { role tenant { id } } } }`, { t: other.id });
    expect(login.data.devLogin.viewer).toEqual({ role: 'ANALYST', tenant: { id: other.id } });
    const token = login.data.devLogin.token;
    const seen = await t.gql(`query($id: ID!) { customer(id: $id) { id } viewer { tenant { id } } }`, { id: demoCustomer }, token);
    expect(seen.data.customer).toBeNull();
    const mine = await t.gql(CUSTOMER_PAGE, { first: 5 }, token);
    const demoTotal = (await t.gql(CUSTOMER_PAGE, { first: 1 })).data.customers.totalCount;
    expect(mine.data.customers.totalCount).toBeGreaterThan(0);
    expect(mine.data.customers.totalCount).toBeLessThan(demoTotal);
    const demoProducts = (await t.gql(`{ products(first: 1) { totalCount } }`)).data.products.totalCount;
    const theirProducts = (await t.gql(`{ products(first: 1) { totalCount } }`, {}, token)).data.products.totalCount;
    expect(theirProducts).toBeLessThan(demoProducts);
  });

  it('refuses a forged or malformed token with 401', async () => {
    const r = await t.gql(`{ viewer { role } }`, {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.AAAA');
    expect(r.status).toBe(401);
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('survives malformed requests without crashing', async () => {
    const res = await fetch(`${t.app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    const ok = await t.gql(`{ regions }`);
    expect(ok.data.regions.length).toBeGreaterThan(5);
  });
});
