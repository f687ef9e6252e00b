// No N+1: a page of customers with holdings, gaps and recommendations costs the same number of
// SQL statements whether it holds 10 customers or 50.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';
import { grantRecommendationConsentToAll } from './support/consents.js';

let t: TestApp;
beforeAll(async () => {
  // The hot-read cache would hide the loaders' batching: count the database work itself.
  t = await startTestApp({ HOT_CACHE_TTL_SECONDS: '0' });
  // Every customer of the wide page must be rankable: this test counts statements, not consents.
  await grantRecommendationConsentToAll(t);
});
afterAll(async () => {
  await t?.close();
});

const Q = /* GraphQL */ `
  query Wide($first: Int) {
    customers(first: $first) {
      edges { node { id name holdings { balance product { name category } } productGaps { name } recommendations(k: 5) { rank confidence reasons { text } product { name } } } }
    }
  }
`;

async function readStatementsOnce(first: number): Promise<string[]> {
  const counter = t.app.services.database.statements;
  counter.recorded = [];
  const r = await t.gql(Q, { first });
  const statements = counter.recorded;
  counter.recorded = null;
  expect(r.errors).toBeUndefined();
  expect(r.data.customers.edges).toHaveLength(first);
  // The write-behind recommendation log and the request's one PII_READ audit row (written 50 ms
  // after the first full read, security/field-access.ts) may flush meanwhile; neither is the read.
  return statements.filter((s) => !/recommendation_log|audit_events|pg_advisory/.test(s));
}

/**
 * The statements of the read, measured five times, fewest kept: the counter sees the whole app,
 * and background work (the outreach queue's ticks, a KPI rebuild) may run during one read. An
 * N+1 shows in every measurement.
 */
async function readStatements(first: number): Promise<string[]> {
  const runs: string[][] = [];
  for (let i = 0; i < 5; i++) runs.push(await readStatementsOnce(first));
  return runs.sort((a, b) => a.length - b.length)[0];
}

it('lists 50 customers with holdings and recommendations in a bounded number of statements', async () => {
  const ten = await readStatements(10);
  const fifty = await readStatements(50);
  expect(fifty.length, JSON.stringify(fifty)).toBe(ten.length);
  expect(fifty.length, JSON.stringify(fifty)).toBeLessThanOrEqual(3);
});

it('serves a repeated customer from the hot-read cache when it is on', async () => {
  const cached = await startTestApp({ HOT_CACHE_TTL_SECONDS: '30' });
  try {
    const page = await cached.gql(`{ customers(first: 1) { edges { node { id } } } }`);
    const id = page.data.customers.edges[0].node.id;
    const q = `query($id: ID!) { customer(id: $id) { name holdings { id } recommendations(k: 3) { rank } } }`;
    const counter = cached.app.services.database.statements;
    const reads = async () => {
      counter.recorded = [];
      const r = await cached.gql(q, { id });
      expect(r.errors).toBeUndefined();
      const n = counter.recorded.filter((s) => !/recommendation_log|audit_events|pg_advisory/.test(s)).length;
      counter.recorded = null;
      return n;
    };
    expect(await reads()).toBe(2); // the customer, then the holdings
    expect(await reads()).toBe(0);
  } finally {
    await cached.close();
  }
});
