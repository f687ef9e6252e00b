// The four applicants of the credit-decision issue, each a complete customer with twelve months
// of statements and a bureau file, submitted through the graph on PGlite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/ids.js';
import {
  distressedBorrower,
  insertScenarioCustomer,
  newToCreditGigWorker,
  seasonalFarmer,
  strategicDefaulter,
  type ScenarioCustomer,
} from '../../seeds/testing/credit-scenarios.js';
import { SUBMIT } from './credit-documents.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
const FIRST_ID = 900_001;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

let nextId = FIRST_ID;
async function submitFor(scenario: ScenarioCustomer, input: Record<string, unknown>) {
  const id = nextId++;
  await insertScenarioCustomer(t.app.services.database, 'demo', id, scenario);
  const r = await t.gql(SUBMIT, {
    input: { customerId: toGlobalId('Customer', id), purpose: 'scenario', consent: { creditAssessment: true, bureauCheck: true }, ...input },
    key: `scenario-${id}-${Date.now()}`,
  });
  expect(r.errors).toBeUndefined();
  expect(r.data.submitLoanApplication.__typename).toBe('LoanApplication');
  return r.data.submitLoanApplication.decision;
}

const codes = (d: { reasons: { code: string }[] }) => d.reasons.map((r) => r.code);

describe('credit scenarios', () => {
  it('1. a 22-year-old with no credit history but a year of steady UPI income is approved with a modest limit', async () => {
    const d = await submitFor(newToCreditGigWorker({ asOf: new Date() }), { productId: 'cc-saffron-first-card', amount: 100_000, termMonths: 12 });
    expect(d.outcome).toBe('APPROVE');
    expect(d.bureauUsed).toBe(true); // the bureau answered: no file
    expect(d.creditLimit).toBeGreaterThan(0);
    expect(d.creditLimit).toBeLessThanOrEqual(50_000); // no bureau score: the policy's cap
    // The alternative data carried the decision: none of the transaction features is missing.
    const alt = d.contributions.filter((c: any) => ['income_months', 'income_regularity', 'upi_consistency', 'bill_payment_consistency'].includes(c.feature));
    for (const c of alt) expect(c.bin).not.toContain('missing');
  });

  it('2. a farmer with seasonal income gets credit repaid in the harvest months', async () => {
    const d = await submitFor(seasonalFarmer({ asOf: new Date() }), { productId: 'bl-kisan-crop-loan', amount: 150_000, termMonths: 12 });
    expect(['APPROVE', 'COUNTER_OFFER']).toContain(d.outcome);
    expect(d.repaymentSchedule.length).toBeGreaterThan(0);
    expect(d.repaymentSchedule.length).toBeLessThan(12); // not monthly
    const months = d.repaymentSchedule.map((p: any) => Number(p.dueDate.slice(5, 7)));
    for (const m of months) expect([3, 4, 5, 10, 11, 12]).toContain(m); // after the rabi and kharif sales
    const total = d.repaymentSchedule.reduce((s: number, p: any) => s + p.amount, 0);
    expect(total).toBeGreaterThan(d.approvedAmount); // principal and interest
  });

  it('3. a strategic defaulter, able to pay but with a history of wilful non-payment, is declined or referred with that reason', async () => {
    const d = await submitFor(strategicDefaulter({ asOf: new Date() }), { productId: 'pl-meridian-instant', amount: 300_000, termMonths: 24 });
    expect(['DECLINE', 'REFER']).toContain(d.outcome);
    expect(d.reasons[0].code).toMatch(/^POL_WILFUL_(DEFAULT|SIGNAL)$/);
    expect(d.reasons[0].text).toMatch(/able to pay|covered them|balance/);
    expect(d.approvedAmount).toBeNull();
  });

  it('4. a customer in financial distress asking for a new loan gets a restructuring counter-offer', async () => {
    const d = await submitFor(distressedBorrower({ asOf: new Date() }), { productId: 'pl-saffron-sahaj-small-ticket', amount: 100_000, termMonths: 24 });
    expect(d.outcome).toBe('COUNTER_OFFER');
    expect(d.counterOffer.kind).toBe('RESTRUCTURING');
    expect(codes(d)).toContain('POL_FINANCIAL_DISTRESS');
    const distress = d.reasons.find((r: any) => r.code === 'POL_FINANCIAL_DISTRESS');
    expect(distress.text).toMatch(/payday|bounced|fell/);
    expect(d.counterOffer.monthlyInstalment).toBeGreaterThan(0);
    expect(d.counterOffer.text).toMatch(/restructured/);
  });
});
