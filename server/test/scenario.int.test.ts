// Query.scenario: recommendations and a credit decision before and after what-if changes, side
// by side, on PGlite and on PostgreSQL. Nothing may be written.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultRows } from '../src/db/result-rows.js';
import { toGlobalId } from '../src/graphql/ids.js';
import { insertScenarioCustomer, newToCreditGigWorker, type ScenarioCustomer } from '../../seeds/testing/credit-scenarios.js';
import { startTestApp, type TestApp } from './harness.js';

const SCENARIO = `
  query Scenario($customerId: ID!, $changes: ScenarioChanges!, $productId: ID, $amount: Float, $termMonths: Int, $k: Int) {
    scenario(customerId: $customerId, changes: $changes, productId: $productId, amount: $amount, termMonths: $termMonths, k: $k) {
      changes { field from to }
      before { recommendations { product { id code } rank confidence } decision { outcome probabilityOfDefault creditLimit approvedAmount reasons { code text } bureauUsed } }
      after { recommendations { product { id code } rank confidence } decision { outcome probabilityOfDefault creditLimit approvedAmount reasons { code text } bureauUsed } }
      recommendationChanges { product { code } rankBefore rankAfter confidenceBefore confidenceAfter why }
      decisionChange {
        outcomeBefore outcomeAfter creditLimitBefore creditLimitAfter approvedAmountBefore approvedAmountAfter
        probabilityOfDefaultBefore probabilityOfDefaultAfter
        reasonsAppeared { code text } reasonsDisappeared { code }
      }
    }
  }`;

let t: TestApp;
let rm: string;
const GIG = 910_001;
const SCORED = 910_002;

/** The gig worker of the credit scenarios, but with a bureau file scoring 780. */
function withBureauFile(s: ScenarioCustomer): ScenarioCustomer {
  return {
    ...s,
    customer: { ...s.customer, creditScore: 780 },
    bureau: { ...s.bureau, hit: true, score: 780, activeAccounts: 2, oldestAccountMonths: 60, enquiries6m: 0 },
  };
}

async function count(table: 'loan_applications' | 'recommendation_log' | 'credit_decisions'): Promise<number> {
  const rows = resultRows(await t.app.services.database.db.execute(sql.raw(`select count(*)::int as n from ${table}`)));
  return Number(rows[0].n);
}

beforeAll(async () => {
  t = await startTestApp();
  await insertScenarioCustomer(t.app.services.database, 'demo', GIG, newToCreditGigWorker({ asOf: new Date() }));
  await insertScenarioCustomer(t.app.services.database, 'demo', SCORED, withBureauFile(newToCreditGigWorker({ asOf: new Date() })));
  rm = (await t.gql(`mutation { devLogin(role: RELATIONSHIP_MANAGER) { token } }`)).data.devLogin.token;
});
afterAll(async () => {
  await t?.close();
});

describe('what-if scenarios', () => {
  it('raising income makes a product with a higher minimum income eligible, and says why', async () => {
    // Annual income 2,64,000: term cover and the salary account need 3,00,000.
    const r = await t.gql(SCENARIO, { customerId: toGlobalId('Customer', GIG), changes: { annualIncome: 400_000 }, k: 50 }, rm);
    expect(r.errors).toBeUndefined();
    const s = r.data.scenario;
    expect(s.changes).toEqual([{ field: 'annualIncome', from: '₹2,64,000', to: '₹4,00,000' }]);
    const codesBefore = s.before.recommendations.map((x: any) => x.product.code);
    const codesAfter = s.after.recommendations.map((x: any) => x.product.code);
    const newlyEligible = ['in-harbor-term-protect', 'sv-aurora-salary-plus'];
    for (const code of newlyEligible) expect(codesBefore).not.toContain(code);
    const appeared = newlyEligible.filter((c) => codesAfter.includes(c));
    expect(appeared.length).toBeGreaterThan(0);
    for (const code of appeared) {
      const change = s.recommendationChanges.find((c: any) => c.product.code === code);
      expect(change).toBeDefined();
      expect(change.rankBefore).toBeNull();
      expect(change.rankAfter).toBeGreaterThan(0);
      expect(change.confidenceAfter).toBeGreaterThan(0);
      expect(change.why.join(' ')).toMatch(/Eligibility now met \(income\).*minimum of ₹3,00,000/);
    }
    // The side without changes is the customer's ranking as served.
    const served = await t.gql(`query($id: ID!) { node(id: $id) { ... on Customer { recommendations(k: 50) { product { code } rank } } } }`, { id: toGlobalId('Customer', GIG) }, rm);
    expect(served.data.node.recommendations.map((x: any) => x.product.code)).toEqual(codesBefore);
  });

  it('a credit-score drop changes the decision, with the reasons that appeared', async () => {
    const loansBefore = await count('loan_applications');
    const decisionsBefore = await count('credit_decisions');
    const r = await t.gql(
      SCENARIO,
      { customerId: toGlobalId('Customer', SCORED), changes: { creditScore: 540 }, productId: 'pl-northwind-two-wheeler', amount: 60_000, termMonths: 12 },
      rm,
    );
    expect(r.errors).toBeUndefined();
    const s = r.data.scenario;
    expect(s.changes).toEqual([{ field: 'creditScore', from: '780', to: '540' }]);
    expect(s.before.decision.bureauUsed).toBe(true);
    const d = s.decisionChange;
    expect(d.outcomeBefore).not.toBe('DECLINE');
    expect(d.outcomeAfter).toBe('DECLINE'); // the product needs a score of 600
    expect(d.approvedAmountAfter).toBeNull();
    expect(d.probabilityOfDefaultAfter).toBeGreaterThanOrEqual(d.probabilityOfDefaultBefore);
    expect(d.reasonsAppeared.map((x: any) => x.code)).toContain('POL_PRODUCT_ELIGIBILITY');
    expect(d.reasonsAppeared.find((x: any) => x.code === 'POL_PRODUCT_ELIGIBILITY').text).toMatch(/540 is below the minimum of 600/);
    expect(s.after.decision.outcome).toBe('DECLINE');
    // Nothing was stored.
    expect(await count('loan_applications')).toBe(loansBefore);
    expect(await count('credit_decisions')).toBe(decisionsBefore);
  });

  it('writes nothing: no application and no served recommendation', async () => {
    await new Promise((r) => setTimeout(r, 500)); // earlier tests' served lists are flushed
    const loans = await count('loan_applications');
    const logged = await count('recommendation_log');
    const r = await t.gql(
      SCENARIO,
      { customerId: toGlobalId('Customer', SCORED), changes: { annualIncome: 900_000, goals: 'buy a car for the family', region: 'Karnataka' }, productId: 'pl-northwind-two-wheeler', amount: 60_000 },
      rm,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.scenario.changes.map((c: any) => c.field)).toEqual(['annualIncome', 'goals', 'region']);
    await new Promise((res) => setTimeout(res, 500)); // longer than the log's flush interval
    expect(await count('loan_applications')).toBe(loans);
    expect(await count('recommendation_log')).toBe(logged);
  });

  it('rejects bad changes with BAD_USER_INPUT naming the field', async () => {
    const id = toGlobalId('Customer', GIG);
    const cases: [Record<string, unknown>, string][] = [
      [{ changes: { annualIncome: -1 } }, 'changes.annualIncome'],
      [{ changes: { creditScore: 950 } }, 'changes.creditScore'],
      [{ changes: { creditScore: 250 } }, 'changes.creditScore'],
      [{ changes: { region: 'Atlantis' } }, 'changes.region'],
      [{ changes: { age: 12 } }, 'changes.age'],
      [{ changes: {} }, 'changes'],
      [{ changes: { annualIncome: 1 }, productId: 'pl-northwind-two-wheeler' }, 'amount'],
      [{ changes: { annualIncome: 1 }, productId: 'no-such-product', amount: 1000 }, 'productId'],
    ];
    for (const [vars, field] of cases) {
      const r = await t.gql(SCENARIO, { customerId: id, ...vars }, rm);
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(vars)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.field, JSON.stringify(vars)).toBe(field);
    }
    const unknown = await t.gql(SCENARIO, { customerId: toGlobalId('Customer', 999_999_999), changes: { annualIncome: 1 } }, rm);
    expect(unknown.errors?.[0]?.extensions?.field).toBe('customerId');
  });

  it('is not for collectors', async () => {
    const collector = (await t.gql(`mutation { devLogin(role: COLLECTOR) { token } }`)).data.devLogin.token;
    const r = await t.gql(SCENARIO, { customerId: toGlobalId('Customer', GIG), changes: { annualIncome: 1 } }, collector);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
