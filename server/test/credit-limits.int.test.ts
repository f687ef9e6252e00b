// Dynamic credit limits through the graph: a card approved with a limit, repayments recorded
// by a collector, and the limit raised and cut by the policy's rule, each change with its reason.
// Also: idempotent repayments (replays and concurrent retries), bad input, and who may record.
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, repayments } from '../../drizzle/schema.js';
import { toGlobalId } from '../src/graphql/ids.js';
import { insertScenarioCustomer, newToCreditGigWorker, strategicDefaulter } from '../../seeds/testing/credit-scenarios.js';
import { SUBMIT } from './credit-documents.js';
import { startTestApp, type TestApp } from './harness.js';

const RECORD = /* GraphQL */ `
  mutation Record($input: RepaymentInput!, $key: String!) {
    recordRepayment(input: $input, idempotencyKey: $key) {
      __typename
      ... on RepaymentRejected { field message }
      ... on Repayment {
        id status daysLate shortfall limitReview
        limitChange { previousLimit newLimit rule reason }
        application { id }
      }
    }
  }
`;

const LIMIT = /* GraphQL */ `
  query Limit($id: ID!) {
    customer(id: $id) {
      creditLimit { amount changes { previousLimit newLimit rule reason } }
      applications { id repayments { id status } }
    }
  }
`;

const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

let t: TestApp;
let collector: string;
let customerId: string;
let applicationId: string;
let initialLimit: number;
let keyCounter = 0;
const newKey = (label: string) => `${label}-${process.pid}-${keyCounter++}`;

beforeAll(async () => {
  t = await startTestApp();
  collector = (await t.gql(`mutation { devLogin(role: COLLECTOR) { token } }`)).data.devLogin.token;
  await insertScenarioCustomer(t.app.services.database, 'demo', 910_001, newToCreditGigWorker({ asOf: new Date() }));
  customerId = toGlobalId('Customer', 910_001);
  const r = await t.gql(SUBMIT, {
    input: { customerId, productId: 'cc-saffron-first-card', amount: 100_000, termMonths: 12, purpose: 'card', consent: { creditAssessment: true, bureauCheck: true } },
    key: newKey('card'),
  });
  const app = r.data.submitLoanApplication;
  expect(app.decision.outcome).toBe('APPROVE');
  applicationId = app.id;
  initialLimit = app.decision.creditLimit;
});
afterAll(async () => {
  await t?.close();
});

function payment(over: Record<string, unknown> = {}) {
  return { applicationId, amount: 2_500, amountDue: 2_500, dueDate: isoDay(10), paidAt: new Date().toISOString(), statementBalance: 20_000, ...over };
}

async function record(input: Record<string, unknown>, key = newKey('pay'), token = collector) {
  const r = await t.gql(RECORD, { input, key }, token);
  expect(r.errors).toBeUndefined();
  return r.data.recordRepayment;
}

async function limit() {
  return (await t.gql(LIMIT, { id: customerId })).data.customer;
}

async function repaymentRows(): Promise<number> {
  const [row] = await t.app.services.database.db.select({ n: count() }).from(repayments);
  return Number(row.n);
}

describe('dynamic credit limits', () => {
  it('starts from the limit granted at approval', async () => {
    const c = await limit();
    expect(c.creditLimit.amount).toBe(initialLimit);
    expect(c.creditLimit.changes).toEqual([expect.objectContaining({ previousLimit: null, newLimit: initialLimit, rule: 'INITIAL_LIMIT' })]);
  });

  it('raises the limit after six on-time payments in a row, and says why', async () => {
    for (let i = 1; i <= 5; i++) {
      const p = await record(payment({ dueDate: isoDay(i) }));
      expect(p).toMatchObject({ __typename: 'Repayment', status: 'ON_TIME', daysLate: 0, limitChange: null });
      expect(p.limitReview).toContain(`${i} of 6 on-time payments`);
    }
    const sixth = await record(payment({ dueDate: isoDay(6) }));
    const raised = Math.min(Math.floor((initialLimit * 1.2) / 1000) * 1000, 79_000); // 264,000 income x 0.3
    expect(sixth.limitChange).toMatchObject({ previousLimit: initialLimit, newLimit: raised, rule: 'LIMIT_RAISE_ON_TIME' });
    expect(sixth.limitChange.reason).toContain('6 on-time payments in a row');
    const c = await limit();
    expect(c.creditLimit.amount).toBe(raised);
    expect(c.creditLimit.changes[0]).toMatchObject({ rule: 'LIMIT_RAISE_ON_TIME', newLimit: raised });
    expect(c.applications[0].repayments).toHaveLength(6);
  });

  it('cuts the limit after two short payments, then at once for one 35 days late, never below the balance', async () => {
    const before = (await limit()).creditLimit.amount;
    const first = await record(payment({ amount: 1_000, dueDate: isoDay(-3) }));
    expect(first).toMatchObject({ status: 'SHORT', daysLate: 3, shortfall: 1_500, limitChange: null });
    const second = await record(payment({ amount: 2_000, dueDate: isoDay(7) }));
    expect(second.status).toBe('SHORT');
    expect(second.limitChange).toMatchObject({ previousLimit: before, newLimit: Math.floor((before * 0.75) / 1000) * 1000, rule: 'LIMIT_CUT_MISSED_PAYMENTS' });
    expect(second.limitChange.reason).toMatch(/2 of the last 2 payments were late or short/);

    const cut = second.limitChange.newLimit;
    const veryLate = await record(payment({ dueDate: isoDay(-35), statementBalance: cut - 100 }));
    expect(veryLate).toMatchObject({ status: 'LATE', daysLate: 35 });
    expect(veryLate.limitChange).toMatchObject({ previousLimit: cut, newLimit: cut - 100, rule: 'LIMIT_CUT_SEVERELY_LATE' });

    const c = await limit();
    expect(c.creditLimit.amount).toBe(cut - 100);
    expect(c.creditLimit.changes.map((x: any) => x.rule)).toEqual(['LIMIT_CUT_SEVERELY_LATE', 'LIMIT_CUT_MISSED_PAYMENTS', 'LIMIT_RAISE_ON_TIME', 'INITIAL_LIMIT']);
    const [audited] = await t.app.services.database.db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'CREDIT_LIMIT_CHANGED'), eq(auditEvents.entityId, '910001')));
    expect(Number(audited.n)).toBe(3);
  });

  it('counts a payment once, however often and however concurrently it is retried', async () => {
    const rowsBefore = await repaymentRows();
    const changesBefore = (await limit()).creditLimit.changes.length;
    const key = newKey('retry');
    const input = payment({ dueDate: isoDay(-40), statementBalance: 2_500 }); // cuts the limit again
    const results = await Promise.all(Array.from({ length: 10 }, () => record(input, key)));
    expect(results.every((r) => r.__typename === 'Repayment')).toBe(true);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.every((r) => r.limitChange?.rule === 'LIMIT_CUT_SEVERELY_LATE')).toBe(true);
    const replay = await record(input, key);
    expect(replay.id).toBe(results[0].id);
    expect(await repaymentRows()).toBe(rowsBefore + 1);
    expect((await limit()).creditLimit.changes).toHaveLength(changesBefore + 1);

    const reused = await record({ ...input, amount: 9_999 }, key);
    expect(reused).toMatchObject({ __typename: 'RepaymentRejected', field: 'idempotencyKey' });
  });

  it('reviews payments that arrive together one after the other: six at once give one raise', async () => {
    const changesBefore = (await limit()).creditLimit.changes.length;
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => record(payment({ dueDate: isoDay(20 + i) }))));
    expect(results.filter((r) => r.limitChange !== null).map((r) => r.limitChange.rule)).toEqual(['LIMIT_RAISE_ON_TIME']);
    const c = await limit();
    expect(c.creditLimit.changes).toHaveLength(changesBefore + 1);
    expect(c.creditLimit.changes[0].rule).toBe('LIMIT_RAISE_ON_TIME');
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const declined = await declinedApplicationId();
    const rowsBefore = await repaymentRows();
    const cases: [Record<string, unknown>, string][] = [
      [payment({ amount: -5 }), 'amount'],
      [payment({ amountDue: 0 }), 'amountDue'],
      [payment({ dueDate: '2026-02-30' }), 'dueDate'],
      [payment({ paidAt: new Date(Date.now() + 2 * DAY).toISOString() }), 'paidAt'],
      [payment({ paidAt: new Date(Date.now() - 400 * DAY).toISOString() }), 'paidAt'],
      [payment({ statementBalance: 100 }), 'statementBalance'],
      [payment({ applicationId: toGlobalId('LoanApplication', 987654321) }), 'applicationId'],
      [payment({ applicationId: customerId }), 'applicationId'],
      [payment({ applicationId: declined }), 'applicationId'],
    ];
    for (const [input, field] of cases) {
      const r = await record(input);
      expect(r, field).toMatchObject({ __typename: 'RepaymentRejected', field });
      expect(r.message.length).toBeGreaterThan(5);
    }
    expect((await record(payment(), '   ')).field).toBe('idempotencyKey');
    expect(await repaymentRows()).toBe(rowsBefore);
  });

  it('may be recorded by collectors and admins only', async () => {
    const r = await t.gql(RECORD, { input: payment(), key: newKey('rm') }); // the demo relationship manager
    expect(r.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('lets an admin change the rule through the credit policy', async () => {
    const admin = (await t.gql(`mutation { devLogin(role: ADMIN) { token } }`)).data.devLogin.token;
    const change = await t.gql(
      `mutation { updateCreditPolicy(input: { limitCutDaysLate: 45, limitReviewPayments: 4 }, reason: "line management review") {
        __typename ... on CreditPolicy { limitCutDaysLate limitReviewPayments limitRaiseShare changes { field from to } }
        ... on PolicyRejected { field message } } }`,
      {},
      admin,
    );
    expect(change.data.updateCreditPolicy).toMatchObject({ limitCutDaysLate: 45, limitReviewPayments: 4, limitRaiseShare: 0.2 });
    const bad = await t.gql(`mutation { updateCreditPolicy(input: { limitCutMissedPayments: 9 }, reason: "x") { ... on PolicyRejected { field message } } }`, {}, admin);
    expect(bad.data.updateCreditPolicy.field).toBe('limitCutMissedPayments');
  });
});

async function declinedApplicationId(): Promise<string> {
  await insertScenarioCustomer(t.app.services.database, 'demo', 910_002, strategicDefaulter({ asOf: new Date() }));
  const r = await t.gql(SUBMIT, {
    input: { customerId: toGlobalId('Customer', 910_002), productId: 'pl-meridian-instant', amount: 300_000, termMonths: 24, purpose: 'x', consent: { creditAssessment: true, bureauCheck: true } },
    key: newKey('declined'),
  });
  expect(r.data.submitLoanApplication.status).not.toBe('APPROVED');
  return r.data.submitLoanApplication.id;
}
