// White label: a PARTNER of the Northwind credit union sees only Northwind's customers and the
// products on Northwind's shelf, on every path (lists, search, by id, node, recommendations),
// gets its own theme, and is refused what a partner may not do (credit decisions, configuration,
// collections, analytics, live streams). Ids of both tenants are real, read as each tenant's
// own staff, so a leak shows as a failure.
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_TENANT_ID, NORTHWIND_TENANT_ID, TENANTS } from '../../seeds/tenants.js';
import { startTestApp, type TestApp } from './harness.js';
import { grantRecommendationConsentToAll } from './support/consents.js';

const CUSTOMER_PAGE = `query($after: String) { customers(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`;
const PRODUCT_PAGE = `query($after: String) { products(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id code } } } }`;
const FORBIDDEN_CASES: { name: string; query: string; variables?: (ids: { customer: string; product: string }) => Record<string, unknown> }[] = [
  {
    name: 'submitLoanApplication',
    query: `mutation($input: LoanApplicationInput!) { submitLoanApplication(input: $input, idempotencyKey: "partner-apply-1") { __typename } }`,
    variables: ({ customer, product }) => ({
      input: { customerId: customer, productId: product, amount: 50_000, termMonths: 12, purpose: 'bike', consent: { creditAssessment: true, bureauCheck: true } },
    }),
  },
  { name: 'updateCreditPolicy', query: `mutation { updateCreditPolicy(input: { approveMaxPd: 0.5 }, reason: "partner") { __typename } }` },
  { name: 'disburseLoan', query: `mutation { disburseLoan(applicationId: "x", idempotencyKey: "partner-disburse-1") { __typename } }` },
  { name: 'recordRepayment', query: `mutation { recordRepayment(input: { applicationId: "x", amount: 1, amountDue: 1, dueDate: "2025-01-01", paidAt: "2025-01-01T00:00:00Z" }, idempotencyKey: "partner-repay-1") { __typename } }` },
  { name: 'runRecoverySweep', query: `mutation { runRecoverySweep { __typename } }` },
  { name: 'setEscalationRules', query: `mutation { setEscalationRules(input: { brokenPromisesToEscalate: 1, daysAtStageToEscalate: 1, failedAttemptsToHandOver: 1, handOverOnVulnerability: true, handOverOnDispute: true, note: "partner" }) { __typename } }` },
  { name: 'importProducts', query: `mutation { importProducts(input: { tenantId: "northwind", format: CSV, content: "" }) { __typename } }` },
  { name: 'recoveryCases', query: `{ recoveryCases { totalCount } }` },
  { name: 'creditPolicy', query: `{ creditPolicy { version } }` },
  { name: 'riskModel', query: `{ riskModel { __typename } }` },
  { name: 'recommendationAnalytics', query: `{ recommendationAnalytics(from: "2024-01-01", to: "2024-02-01") { __typename } }` },
  { name: 'customerClusters', query: `{ customerClusters { id } }` },
  { name: 'campaignAudience', query: `query($p: ID!) { campaignAudience(productId: $p) { totalCount } }`, variables: ({ product }) => ({ p: product }) },
  {
    name: 'scenario',
    query: `query($c: ID!) { scenario(customerId: $c, changes: { annualIncome: 2000000 }) { __typename } }`,
    variables: ({ customer }) => ({ c: customer }),
  },
];

const northwind = TENANTS.find((x) => x.id === NORTHWIND_TENANT_ID)!;
const shelf = new Set<string>(northwind.productIds);

let t: TestApp;
let partner: string;
let demoPartner: string;
/** Customer ids of each tenant, as that tenant's own relationship manager lists them. */
const customersOf = new Map<string, string[]>();
/** Product global ids by code, as the demo tenant (which offers the whole catalog) lists them. */
const productIdByCode = new Map<string, string>();
const clients: Client[] = [];

async function allCustomers(token: string): Promise<{ ids: string[]; totalCount: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const d: any = await t.ok(CUSTOMER_PAGE, { after }, token);
    totalCount = d.customers.totalCount;
    ids.push(...d.customers.edges.map((e: { node: { id: string } }) => e.node.id));
    if (!d.customers.pageInfo.hasNextPage) return { ids, totalCount };
    after = d.customers.pageInfo.endCursor;
  }
}

async function allProductCodes(token: string): Promise<{ codes: string[]; totalCount: number; ids: Map<string, string> }> {
  const codes: string[] = [];
  const ids = new Map<string, string>();
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const d: any = await t.ok(PRODUCT_PAGE, { after }, token);
    totalCount = d.products.totalCount;
    for (const e of d.products.edges as { node: { id: string; code: string } }[]) {
      codes.push(e.node.code);
      ids.set(e.node.code, e.node.id);
    }
    if (!d.products.pageInfo.hasNextPage) return { codes, totalCount, ids };
    after = d.products.pageInfo.endCursor;
  }
}

const offShelfCodes = () => [...productIdByCode.keys()].filter((c) => !shelf.has(c));
const codeOf = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').replace(/^Product:/, '');

beforeAll(async () => {
  t = await startTestApp();
  // Pages of customers are ranked in one query below: every one of them must be rankable.
  await grantRecommendationConsentToAll(t);
  for (const tenant of [DEFAULT_TENANT_ID, NORTHWIND_TENANT_ID]) {
    customersOf.set(tenant, (await allCustomers(await t.login('RELATIONSHIP_MANAGER', tenant))).ids);
  }
  const demo = await allProductCodes(await t.login('RELATIONSHIP_MANAGER', DEFAULT_TENANT_ID));
  for (const [code, id] of demo.ids) productIdByCode.set(code, id);
  partner = await t.login('PARTNER', NORTHWIND_TENANT_ID);
  demoPartner = await t.login('PARTNER', DEFAULT_TENANT_ID);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await t?.close();
});

describe('the seeded fixtures this test relies on', () => {
  it('has customers in both tenants and products off the Northwind shelf', () => {
    expect(customersOf.get(DEFAULT_TENANT_ID)!.length).toBeGreaterThan(0);
    expect(customersOf.get(NORTHWIND_TENANT_ID)!.length).toBeGreaterThan(0);
    expect(offShelfCodes().length).toBeGreaterThan(0);
    for (const code of shelf) expect(productIdByCode.has(code), code).toBe(true);
  });
});

describe('a PARTNER of Northwind', () => {
  it('signs in as a PARTNER of its tenant and gets its own theme', async () => {
    const d = await t.ok(`{ viewer { role userId tenant { id name theme { primaryColor accentColor logoText fontFamily } } } }`, {}, partner);
    expect(d.viewer.role).toBe('PARTNER');
    expect(d.viewer.tenant.name).toBe(northwind.name);
    expect(d.viewer.tenant.theme).toEqual({
      primaryColor: northwind.theme.primaryColor,
      accentColor: northwind.theme.accentColor,
      logoText: northwind.theme.logoText,
      fontFamily: northwind.theme.fontFamily,
    });
    // The tenant as a node: its own, and not the demo bank.
    const own = await t.ok(`query($id: ID!) { node(id: $id) { ... on Tenant { name theme { logoText } } } }`, { id: d.viewer.tenant.id }, partner);
    expect(own.node.theme.logoText).toBe('Northwind CU');
    const demoTenantId = Buffer.from(`Tenant:${DEFAULT_TENANT_ID}`).toString('base64url');
    expect((await t.ok(`query($id: ID!) { node(id: $id) { id } }`, { id: demoTenantId }, partner)).node).toBeNull();
  });

  it("lists exactly its tenant's customers", async () => {
    const { ids, totalCount } = await allCustomers(partner);
    expect(totalCount).toBe(customersOf.get(NORTHWIND_TENANT_ID)!.length);
    expect(new Set(ids)).toEqual(new Set(customersOf.get(NORTHWIND_TENANT_ID)));
    const demoIds = new Set(customersOf.get(DEFAULT_TENANT_ID));
    expect(ids.filter((id) => demoIds.has(id))).toEqual([]);
  });

  it("reads its own customers by id and node, and not another tenant's", async () => {
    const own = customersOf.get(NORTHWIND_TENANT_ID)![0];
    const one = await t.ok(`query($id: ID!) { customer(id: $id) { id } node(id: $id) { id } }`, { id: own }, partner);
    expect(one.customer.id).toBe(own);
    expect(one.node.id).toBe(own);
    for (const other of customersOf.get(DEFAULT_TENANT_ID)!.slice(0, 5)) {
      const r = await t.gql(`query($id: ID!) { customer(id: $id) { id name } node(id: $id) { id } }`, { id: other }, partner);
      const codes = (r.errors ?? []).map((e: any) => e.extensions?.code);
      expect(codes.every((c: string) => c === 'FORBIDDEN'), JSON.stringify(r.errors)).toBe(true);
      expect(r.data?.customer ?? null).toBeNull();
      expect(r.data?.node ?? null).toBeNull();
    }
  });

  it('sees only the products on its shelf in the catalog', async () => {
    const { codes, totalCount } = await allProductCodes(partner);
    expect(totalCount).toBe(shelf.size);
    expect(new Set(codes)).toEqual(shelf);
  });

  it('cannot read a product off its shelf by product(id) or node(id)', async () => {
    const off = offShelfCodes();
    for (const code of off) {
      const id = productIdByCode.get(code)!;
      const r = await t.ok(`query($id: ID!) { product(id: $id) { id } node(id: $id) { id } }`, { id }, partner);
      expect(r, code).toEqual({ product: null, node: null });
    }
    // ... while a product on the shelf reads (the same query can succeed).
    const onId = productIdByCode.get(northwind.productIds[0])!;
    const on = await t.ok(`query($id: ID!) { product(id: $id) { id } node(id: $id) { id } }`, { id: onId }, partner);
    expect(on).toEqual({ product: { id: onId }, node: { id: onId } });
  });

  it('finds only shelf products with searchProducts, even for a query that matches off-shelf ones best', async () => {
    // An off-shelf product's own name is the query it matches best.
    const demoRm = await t.login('RELATIONSHIP_MANAGER', DEFAULT_TENANT_ID);
    const names = await t.ok(`{ products(first: 100) { edges { node { code name } } } }`, {}, demoRm);
    const offNames: string[] = names.products.edges.map((e: any) => e.node).filter((p: any) => !shelf.has(p.code)).slice(0, 4).map((p: any) => p.name);
    expect(offNames.length).toBeGreaterThan(0);
    for (const text of [...offNames, 'credit card with airport lounge access', 'home loan', 'business working capital']) {
      const asDemo = await t.ok(`query($text: String!) { searchProducts(text: $text, first: 50) { product { code } } }`, { text }, demoRm);
      const asPartner = await t.ok(`query($text: String!) { searchProducts(text: $text, first: 50) { product { code } } }`, { text }, partner);
      const got: string[] = asPartner.searchProducts.map((m: any) => m.product.code);
      expect(got.length, text).toBeGreaterThan(0);
      expect(got.filter((c) => !shelf.has(c)), text).toEqual([]);
      // The demo bank does see off-shelf products for the same text: the filter is doing the work.
      if (offNames.includes(text)) expect(asDemo.searchProducts.some((m: any) => !shelf.has(m.product.code)), text).toBe(true);
    }
  });

  it("recommends only shelf products, for its customers and for a prospect", async () => {
    const d = await t.ok(
      `{ customers(first: 25) { edges { node { id recommendations(k: 10) { product { id code } } productGaps { code } holdings { product { code } } insights { kind } } } } }`,
      {},
      partner,
    );
    const recommended: string[] = [];
    for (const e of d.customers.edges) {
      for (const r of e.node.recommendations) {
        expect(codeOf(r.product.id)).toBe(r.product.code);
        recommended.push(r.product.code);
      }
      for (const g of e.node.productGaps) recommended.push(g.code);
      for (const h of e.node.holdings) recommended.push(h.product.code);
      expect(e.node.insights.length).toBe(3);
    }
    expect(recommended.length).toBeGreaterThan(0);
    expect(recommended.filter((c) => !shelf.has(c))).toEqual([]);

    const prospect = { kind: 'INDIVIDUAL', age: 34, income: 1_800_000, creditScore: 760, region: 'Maharashtra', goals: 'travel rewards card and a home loan' };
    const asDemo = await t.ok(`query($p: ProfileInput!) { recommendationsForProfile(profile: $p, k: 20) { product { code } } }`, { p: prospect }, demoPartner);
    const asPartner = await t.ok(`query($p: ProfileInput!) { recommendationsForProfile(profile: $p, k: 20) { product { code } } }`, { p: prospect }, partner);
    const codes: string[] = asPartner.recommendationsForProfile.map((r: any) => r.product.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((c) => !shelf.has(c))).toEqual([]);
    // The demo bank's partner gets off-Northwind-shelf products for the same prospect.
    expect(asDemo.recommendationsForProfile.some((r: any) => !shelf.has(r.product.code))).toBe(true);
  });

  it("refuses a recommendation profile naming a product off its shelf", async () => {
    const off = offShelfCodes()[0];
    const r = await t.gql(
      `query($p: ProfileInput!) { recommendationsForProfile(profile: $p) { product { code } } }`,
      { p: { kind: 'INDIVIDUAL', age: 30, income: 900_000, region: 'Maharashtra', existingProducts: [off] } },
      partner,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('searches the lending policies', async () => {
    const d = await t.ok(`{ searchPolicies(question: "how are late payments handled", first: 3) { id } }`, {}, partner);
    expect(d.searchPolicies.length).toBeGreaterThan(0);
  });

  it('reads no credit decisions, limits or loans of its customers', async () => {
    const d = await t.ok(`{ customers(first: 50) { edges { node { id applications { id } creditLimit { amount } loans { id } recoveryCases { id } } } } }`, {}, partner);
    for (const e of d.customers.edges) expect(e.node).toEqual({ id: e.node.id, applications: [], creditLimit: null, loans: [], recoveryCases: [] });
    // ... which its tenant's staff do see.
    const admin = await t.login('ADMIN', NORTHWIND_TENANT_ID);
    const staff = await t.ok(`{ customers(first: 100) { edges { node { loans { id } recoveryCases { id } } } } }`, {}, admin);
    expect(staff.customers.edges.some((e: any) => e.node.loans.length > 0)).toBe(true);
  });

  it('records interactions and feedback for its customers on shelf products', async () => {
    const customer = customersOf.get(NORTHWIND_TENANT_ID)![0];
    const eventId = `partner-${process.pid}-${Date.now()}`;
    const onShelf = productIdByCode.get(northwind.productIds[0])!;
    const ix = await t.ok(
      `mutation($input: InteractionInput!, $eventId: String!) { recordInteraction(input: $input, eventId: $eventId) { __typename ... on InteractionRejected { field message } } }`,
      { input: { customerId: customer, productId: onShelf, kind: 'VIEW' }, eventId },
      partner,
    );
    expect(ix.recordInteraction.__typename).toBe('Interaction');
    const offShelf = await t.ok(
      `mutation($input: InteractionInput!, $eventId: String!) { recordInteraction(input: $input, eventId: $eventId) { __typename ... on InteractionRejected { field } } }`,
      { input: { customerId: customer, productId: productIdByCode.get(offShelfCodes()[0])!, kind: 'VIEW' }, eventId: `${eventId}-off` },
      partner,
    );
    expect(offShelf.recordInteraction).toEqual({ __typename: 'InteractionRejected', field: 'productId' });
    const otherTenant = await t.ok(
      `mutation($input: InteractionInput!, $eventId: String!) { recordInteraction(input: $input, eventId: $eventId) { __typename ... on InteractionRejected { field } } }`,
      { input: { customerId: customersOf.get(DEFAULT_TENANT_ID)![0], productId: onShelf, kind: 'VIEW' }, eventId: `${eventId}-other` },
      partner,
    );
    expect(otherTenant.recordInteraction).toEqual({ __typename: 'InteractionRejected', field: 'customerId' });
    const fb = await t.ok(
      `mutation($input: FeedbackInput!, $eventId: String!) { giveFeedback(input: $input, eventId: $eventId) { __typename } }`,
      { input: { customerId: customer, interests: ['two wheeler'] }, eventId: `${eventId}-fb` },
      partner,
    );
    expect(fb.giveFeedback.__typename).toBe('Feedback');
  });

  it.each(FORBIDDEN_CASES)('is refused $name with FORBIDDEN', async ({ query, variables }) => {
    const ids = { customer: customersOf.get(NORTHWIND_TENANT_ID)![0], product: productIdByCode.get('pl-northwind-two-wheeler')! };
    const r = await t.gql(query, variables?.(ids) ?? {}, partner);
    expect(r.errors?.[0]?.extensions?.code, JSON.stringify(r.errors)).toBe('FORBIDDEN');
    expect(r.data ?? null).toBeNull();
  });

  it('the same submitLoanApplication is not refused for a relationship manager of the tenant (the check is about the role)', async () => {
    const rm = await t.login('RELATIONSHIP_MANAGER', NORTHWIND_TENANT_ID);
    const r = await t.gql(FORBIDDEN_CASES[0].query, FORBIDDEN_CASES[0].variables!({ customer: customersOf.get(NORTHWIND_TENANT_ID)![0], product: productIdByCode.get('pl-northwind-two-wheeler')! }), rm);
    expect((r.errors ?? []).map((e: any) => e.extensions?.code)).not.toContain('FORBIDDEN');
  });

  function closeCodeOf(token: string, query: string, variables: Record<string, unknown> = {}): () => number {
    let code = 0;
    const client = createClient({
      url: t.app.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      on: { closed: (e) => (code = (e as { code: number }).code) },
    });
    clients.push(client);
    client.subscribe({ query, variables }, { next: () => {}, error: () => {}, complete: () => {} });
    return () => code;
  }

  it('may not stream the dashboard nor live scores', async () => {
    const dashboard = closeCodeOf(partner, `subscription { dashboard { totals { recommendations } } }`);
    await expect.poll(dashboard, { timeout: 10_000 }).toBe(4403);
    const scores = closeCodeOf(partner, `subscription($c: ID!) { customerScoreUpdated(customerId: $c) { score } }`, { c: customersOf.get(NORTHWIND_TENANT_ID)![0] });
    await expect.poll(scores, { timeout: 10_000 }).toBe(4403);
  });
});

describe('product shelves for the other roles', () => {
  it("keep a Northwind relationship manager to Northwind's shelf too", async () => {
    const rm = await t.login('RELATIONSHIP_MANAGER', NORTHWIND_TENANT_ID);
    const { codes } = await allProductCodes(rm);
    expect(new Set(codes)).toEqual(shelf);
    const id = productIdByCode.get(offShelfCodes()[0])!;
    expect(await t.ok(`query($id: ID!) { product(id: $id) { id } node(id: $id) { id } }`, { id }, rm)).toEqual({ product: null, node: null });
  });
});
