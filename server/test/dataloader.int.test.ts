// No N+1: a page of customers with holdings, gaps and recommendations costs the same number of
// SQL statements whether it holds 10 customers or 50.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
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

async function readStatements(first: number): Promise<string[]> {
  const counter = t.app.services.database.statements;
  counter.recorded = [];
  const r = await t.gql(Q, { first });
  const statements = counter.recorded;
  counter.recorded = null;
  expect(r.errors).toBeUndefined();
  expect(r.data.customers.edges).toHaveLength(first);
  // The write-behind recommendation log may flush meanwhile; it is not part of the read.
  return statements.filter((s) => !/recommendation_log/.test(s));
}

it('lists 50 customers with holdings and recommendations in a bounded number of statements', async () => {
  const ten = await readStatements(10);
  const fifty = await readStatements(50);
  expect(fifty.length).toBe(ten.length);
  expect(fifty.length).toBeLessThanOrEqual(3);
});
