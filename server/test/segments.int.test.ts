// Customer segments end to end: the k-means model trained at start-up, each customer's cluster
// (stored, or assigned on read for a customer added later), the clusters list, the cluster filter
// and the cluster-based product gaps, on PGlite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customers } from '../../drizzle/schema.js';
import { encryptCustomerPii } from '../src/repositories/customer-pii.js';
import { piiCipher } from '../src/security/pii-crypto.js';
import { startTestApp, type TestApp } from './harness.js';
import { grantRecommendationConsentToAll } from './support/consents.js';

let t: TestApp;
let analyst: string;

beforeAll(async () => {
  t = await startTestApp();
  analyst = (await t.gql(`mutation { devLogin(role: ANALYST) { token } }`)).data.devLogin.token;
});
afterAll(async () => {
  await t?.close();
});

const CLUSTERS = /* GraphQL */ `{ customerClusters { id name tags facts description size modelVersion } customers { totalCount } }`;
const PAGE = /* GraphQL */ `
  query Page($first: Int, $filter: CustomerFilter) {
    customers(first: $first, filter: $filter) {
      totalCount
      edges { node { id name cluster { id name tags facts size modelVersion distance assignedOnRead } } }
    }
  }
`;

describe('customer segments', () => {
  it('trains clusters at start-up: unique names, tags and facts, sizes summing to the customers', async () => {
    const r = await t.gql(CLUSTERS, {}, analyst);
    expect(r.errors).toBeUndefined();
    const clusters = r.data.customerClusters;
    expect(clusters.length).toBeGreaterThanOrEqual(2);
    expect(new Set(clusters.map((c: { name: string }) => c.name)).size).toBe(clusters.length);
    for (const c of clusters) {
      expect(c.name).not.toBe('');
      expect(c.tags.length).toBeGreaterThan(0);
      expect(c.facts[0]).toMatch(/^median income ₹/);
      expect(c.id.startsWith(`${c.modelVersion}#`)).toBe(true);
    }
    expect(clusters.reduce((a: number, c: { size: number }) => a + c.size, 0)).toBe(r.data.customers.totalCount);
    expect(t.app.services.segments.modelOf('demo')?.data.silhouette).toBeGreaterThan(0);
  });

  it('gives each customer of a page a stored cluster, the same on a second read', async () => {
    const first = await t.gql(PAGE, { first: 50 }, analyst);
    expect(first.errors).toBeUndefined();
    for (const { node } of first.data.customers.edges) {
      expect(node.cluster.name).not.toBe('');
      expect(node.cluster.tags.length).toBeGreaterThan(0);
      expect(node.cluster.assignedOnRead).toBe(false);
      expect(node.cluster.distance).toBeGreaterThanOrEqual(0);
    }
    const again = await t.gql(PAGE, { first: 50 }); // the demo relationship manager may read them too
    expect(again.errors).toBeUndefined();
    expect(again.data.customers.edges.map((e: any) => e.node.cluster.id)).toEqual(first.data.customers.edges.map((e: any) => e.node.cluster.id));
  });

  it('filters customers by cluster', async () => {
    const clusters = (await t.gql(CLUSTERS, {}, analyst)).data.customerClusters;
    const c = clusters[clusters.length - 1];
    const r = await t.gql(PAGE, { first: 100, filter: { cluster: c.id } }, analyst);
    expect(r.errors).toBeUndefined();
    expect(r.data.customers.totalCount).toBe(c.size);
    for (const { node } of r.data.customers.edges) expect(node.cluster.id).toBe(c.id);
    const bad = await t.gql(PAGE, { first: 1, filter: { cluster: 'seg-nope#1' } }, analyst);
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions.field).toBe('filter.cluster');
  });

  it('cites the cluster in product gaps, and keeps productGaps to products not held', async () => {
    // Gaps are refused for the few customers the seed withholds RECOMMENDATION consent from.
    await grantRecommendationConsentToAll(t);
    const r = await t.gql(
      `{ customers(first: 100) { edges { node { id cluster { name } holdings { product { id } } productGaps { id } gapAnalysis { basis share reason product { id } } } } } }`,
      {},
      analyst,
    );
    expect(r.errors).toBeUndefined();
    const withClusterGap = r.data.customers.edges.map((e: any) => e.node).filter((n: any) => n.gapAnalysis.some((g: any) => g.basis === 'CLUSTER'));
    expect(withClusterGap.length).toBeGreaterThan(0);
    for (const n of withClusterGap) {
      const held = new Set(n.holdings.map((h: any) => h.product.id));
      const gap = n.gapAnalysis.find((g: any) => g.basis === 'CLUSTER');
      expect(gap.reason).toContain(`of ${n.cluster.name} hold`);
      expect(gap.share).toBeGreaterThanOrEqual(0.5);
      expect(held.has(gap.product.id)).toBe(false);
      expect(n.productGaps.map((p: any) => p.id)).toContain(gap.product.id);
    }
  });

  it('assigns a customer added after training on read, from the stored centroids', async () => {
    const [row] = await t.app.services.database.db
      .insert(customers)
      .values({ id: 1_900_000_001, tenantId: 'demo', ...encryptCustomerPii(piiCipher(), 1_900_000_001, { name: 'Asha New' }), kind: 'INDIVIDUAL', segment: 'CREDIT_BUILDER', region: 'Karnataka', age: 23, annualIncome: 240_000, employment: 'Delivery partner', creditScore: null })
      .returning();
    const q = `query($id: ID!) { customer(id: $id) { cluster { id name distance assignedOnRead } } }`;
    const id = Buffer.from(`Customer:${row.id}`).toString('base64url');
    const a = await t.gql(q, { id }, analyst);
    expect(a.errors).toBeUndefined();
    expect(a.data.customer.cluster.assignedOnRead).toBe(true);
    expect((await t.gql(q, { id }, analyst)).data.customer.cluster).toEqual(a.data.customer.cluster);
  });

  it('is not for collectors', async () => {
    const collector = (await t.gql(`mutation { devLogin(role: COLLECTOR) { token } }`)).data.devLogin.token;
    const r = await t.gql(`{ customerClusters { id } }`, {}, collector);
    expect(r.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
