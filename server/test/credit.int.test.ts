// Credit decisions through the graph, on PGlite and on PostgreSQL: decisions and their
// explanations, idempotency (also under concurrency), bad input, policy administration, the
// bureau going down, and fraud rings. The four customer scenarios are in credit-scenarios.int.test.ts.
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, loanApplications } from '../../drizzle/schema.js';
import { DbRecordSource } from '../src/bureau/record-source.js';
import { startBureauSimulator, type BureauSimulator } from '../src/bureau/simulator.js';
import { insertDecidedApplication } from '../src/repositories/credit.js';
import { SUBMIT } from './credit-documents.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
let bureau: BureauSimulator;

beforeAll(async () => {
  // The test's own bureau simulator, so the test can take it down and bring it back.
  const source = { get: (ref: string) => new DbRecordSource(t.app.services.database.db).get(ref) };
  bureau = await startBureauSimulator({ source, latencyMs: 5 });
  // A budget well under the 1 s bound the bureau-down test checks, yet long enough for a healthy
  // bureau to answer when the whole suite loads this machine's two cores.
  t = await startTestApp({ BUREAU_URL: bureau.url, BUREAU_TIMEOUT_MS: '250' });
});
afterAll(async () => {
  await t?.close();
  await bureau?.close();
});


let keyCounter = 0;
const newKey = (label: string) => `${label}-${process.pid}-${Date.now()}-${keyCounter++}`;

async function individualCustomerId(offset = 0): Promise<string> {
  const r = await t.gql(`{ customers(first: 60, filter: { kind: INDIVIDUAL }) { edges { node { id } } } }`);
  return r.data.customers.edges[offset].node.id;
}

function application(customerId: string, overrides: Record<string, unknown> = {}) {
  return {
    customerId,
    productId: 'pl-meridian-instant',
    amount: 150_000,
    termMonths: 24,
    purpose: 'home renovation',
    consent: { creditAssessment: true, bureauCheck: true },
    ...overrides,
  };
}

async function applicationRows(): Promise<number> {
  const [row] = await t.app.services.database.db.select({ n: count() }).from(loanApplications);
  return Number(row.n);
}

describe('submitLoanApplication', () => {
  it('decides an application and explains it with exact contributions', async () => {
    const r = await t.gql(SUBMIT, { input: application(await individualCustomerId()), key: newKey('explain') });
    expect(r.errors).toBeUndefined();
    const app = r.data.submitLoanApplication;
    expect(app.__typename).toBe('LoanApplication');
    const d = app.decision;
    expect(['APPROVE', 'DECLINE', 'REFER', 'COUNTER_OFFER']).toContain(d.outcome);
    expect(d.probabilityOfDefault).toBeGreaterThan(0);
    expect(d.probabilityOfDefault).toBeLessThan(1);
    expect(d.reasons.length).toBeGreaterThan(0);
    expect(d.reasons.length).toBeLessThanOrEqual(4);
    // The contributions add up to the score, and every score reason is a feature that lost points.
    const sum = d.contributions.reduce((s: number, c: any) => s + c.points, 0);
    expect(Math.abs(sum - d.score)).toBeLessThanOrEqual(0.5);
    for (const reason of d.reasons.filter((x: any) => x.source === 'SCORE')) {
      const c = d.contributions.find((x: any) => x.feature === reason.feature);
      expect(c).toBeDefined();
      expect(reason.contribution).toBeCloseTo(-(c.maxPoints - c.points), 1);
    }
    // Score reasons are ordered by the points they cost.
    const lost = d.reasons.filter((x: any) => x.source === 'SCORE').map((x: any) => -x.contribution);
    expect([...lost].sort((a, b) => b - a)).toEqual(lost);
    expect(d.bureauUsed).toBe(true);
    expect(d.counterfactuals.length).toBeGreaterThan(0);
    const model = await t.gql(`{ riskModel { version auc features } }`);
    expect(d.modelVersion).toBe(model.data.riskModel.version);
    expect(model.data.riskModel.auc).toBeGreaterThan(0.6);
    expect(d.latencyMs).toBeGreaterThan(0);
  });

  it('gives the same application for the same key, and refuses the key for a different application', async () => {
    const customerId = await individualCustomerId(1);
    const key = newKey('idem');
    const first = await t.gql(SUBMIT, { input: application(customerId), key });
    const again = await t.gql(SUBMIT, { input: application(customerId), key });
    expect(again.data.submitLoanApplication.id).toBe(first.data.submitLoanApplication.id);
    expect(again.data.submitLoanApplication.decision.decidedAt).toBe(first.data.submitLoanApplication.decision.decidedAt);
    const other = await t.gql(SUBMIT, { input: application(customerId, { amount: 99_000 }), key });
    expect(other.data.submitLoanApplication).toMatchObject({ __typename: 'ApplicationRejected', field: 'idempotencyKey' });
  });

  it('writes one row when retries with the same key arrive at the same time', async () => {
    const customerId = await individualCustomerId(2);
    const key = newKey('race');
    const before = await applicationRows();
    const results = await Promise.all(Array.from({ length: 12 }, () => t.gql(SUBMIT, { input: application(customerId), key })));
    for (const r of results) expect(r.errors).toBeUndefined();
    const ids = new Set(results.map((r) => r.data.submitLoanApplication.id));
    expect(ids.size).toBe(1);
    expect(await applicationRows()).toBe(before + 1);
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const customerId = await individualCustomerId(3);
    const before = await applicationRows();
    const cases: [Record<string, unknown>, string][] = [
      [{ amount: -5 }, 'amount'],
      [{ productId: 'no-such-product' }, 'productId'],
      [{ productId: 'sv-northwind-basic' }, 'productId'],
      [{ termMonths: 600 }, 'termMonths'],
      [{ consent: { creditAssessment: false, bureauCheck: true } }, 'consent.creditAssessment'],
      [{ purpose: '   ' }, 'purpose'],
      [{ customerId: 'Q3VzdG9tZXI6OTk5OTk5' }, 'customerId'],
    ];
    for (const [override, field] of cases) {
      const r = await t.gql(SUBMIT, { input: application(customerId, override), key: newKey('bad') });
      expect(r.errors).toBeUndefined();
      expect(r.data.submitLoanApplication).toMatchObject({ __typename: 'ApplicationRejected', field });
      expect(r.data.submitLoanApplication.message.length).toBeGreaterThan(5);
    }
    const empty = await t.gql(SUBMIT, { input: application(customerId), key: '  ' });
    expect(empty.data.submitLoanApplication).toMatchObject({ __typename: 'ApplicationRejected', field: 'idempotencyKey' });
    expect(await applicationRows()).toBe(before);
  });

  it('decides for an applicant who is not a customer', async () => {
    const r = await t.gql(SUBMIT, {
      input: {
        applicant: { name: 'Asha Verma', kind: 'INDIVIDUAL', age: 34, income: 900_000, region: 'Karnataka', employment: 'Salaried, IT services' },
        productId: 'pl-meridian-instant',
        amount: 100_000,
        termMonths: 24,
        purpose: 'wedding',
        consent: { creditAssessment: true, bureauCheck: true },
      },
      key: newKey('applicant'),
    });
    expect(r.errors).toBeUndefined();
    const app = r.data.submitLoanApplication;
    expect(app.customer).toBeNull();
    expect(app.decision.outcome).toBeDefined();
    // No file at the bureau, no transactions: the reasons say what was missing.
    expect(app.decision.contributions.some((c: any) => c.bin.includes('missing'))).toBe(true);
  });

  it('decides for a business customer with bureau consent (a business has no age to ask the bureau with)', async () => {
    const r = await t.gql(`{ customers(first: 1, filter: { kind: BUSINESS }) { edges { node { id } } } }`);
    const res = await t.gql(SUBMIT, { input: application(r.data.customers.edges[0].node.id), key: newKey('business') });
    expect(res.errors).toBeUndefined();
    expect(res.data.submitLoanApplication.__typename).toBe('LoanApplication');
    expect(res.data.submitLoanApplication.decision.outcome).toBeTruthy();
  });

  it('is not open to roles that do not deal with applicants', async () => {
    const login = await t.gql(`mutation { devLogin(role: ANALYST) { token } }`);
    const r = await t.gql(SUBMIT, { input: application(await individualCustomerId()), key: newKey('role') }, login.data.devLogin.token);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('never leaves a half-written application: a failing decision write rolls the application back', async () => {
    const before = await applicationRows();
    await expect(
      insertDecidedApplication(t.app.services.database.db, {
        application: {
          tenantId: 'demo',
          idempotencyKey: newKey('atomic'),
          requestHash: 'x',
          productId: 'pl-meridian-instant',
          amount: 1000,
          termMonths: 12,
          purpose: 'test',
          consent: {},
          status: 'APPROVED',
          submittedBy: 'test',
        },
        // A decision the database refuses (no outcome): the transaction must undo the application.
        decision: { tenantId: 'demo' } as never,
        links: [],
        applicantKey: 'customer:0',
        creditLimit: null,
      }),
    ).rejects.toThrow();
    expect(await applicationRows()).toBe(before);
  });
});

describe('credit policy', () => {
  const UPDATE = `mutation U($input: CreditPolicyInput!, $reason: String!) {
    updateCreditPolicy(input: $input, reason: $reason) {
      __typename
      ... on CreditPolicy { version approveMaxPd maxDebtToIncome changedBy reason changes { field from to } }
      ... on PolicyRejected { field message }
    }
  }`;

  it('is changed by an ADMIN only, versioned and audited, and used by the next decision', async () => {
    const rm = await t.gql(UPDATE, { input: { maxDebtToIncome: 0.45 }, reason: 'tighter affordability' });
    expect(rm.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const admin = (await t.gql(`mutation { devLogin(role: ADMIN) { token } }`)).data.devLogin.token;
    const before = (await t.gql(`{ creditPolicy { version maxDebtToIncome } }`, {}, admin)).data.creditPolicy;
    const bad = await t.gql(UPDATE, { input: { approveMaxPd: 0.3, referMaxPd: 0.2 }, reason: 'oops' }, admin);
    expect(bad.data.updateCreditPolicy).toMatchObject({ __typename: 'PolicyRejected', field: 'referMaxPd' });

    const ok = await t.gql(UPDATE, { input: { maxDebtToIncome: 0.45 }, reason: 'tighter affordability' }, admin);
    expect(ok.errors).toBeUndefined();
    const v = ok.data.updateCreditPolicy;
    expect(v.version).toBe(before.version + 1);
    expect(v.changes).toEqual([{ field: 'maxDebtToIncome', from: JSON.stringify(before.maxDebtToIncome), to: '0.45' }]);
    const audit = await t.app.services.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'CREDIT_POLICY_CHANGED'));
    expect(audit.some((a) => a.entityId === String(v.version) && a.actor !== '')).toBe(true);

    const history = await t.gql(`{ creditPolicyHistory { version reason } }`, {}, admin);
    expect(history.data.creditPolicyHistory[0]).toMatchObject({ version: v.version, reason: 'tighter affordability' });

    // Decisions name the version they were made under (the policy cache lives 5 s at most).
    await new Promise((r) => setTimeout(r, 5_100));
    const d = await t.gql(SUBMIT, { input: application(await individualCustomerId(4)), key: newKey('policy') });
    expect(d.data.submitLoanApplication.decision.policyVersion).toBe(v.version);
  });
});

describe('when the bureau is down', () => {
  it('still decides within the budget on alternative data, and the breaker opens and closes', async () => {
    bureau.setBehaviour({ failureRate: 1, failureMode: 'timeout' });
    try {
      const ids = await Promise.all([5, 6, 7, 8, 9, 10, 11].map((i) => individualCustomerId(i)));
      for (const id of ids) {
        const started = Date.now();
        const r = await t.gql(SUBMIT, { input: application(id), key: newKey('down') });
        expect(r.errors).toBeUndefined();
        const d = r.data.submitLoanApplication.decision;
        expect(d.bureauUsed).toBe(false);
        expect(['TIMEOUT', 'BREAKER_OPEN', 'ERROR']).toContain(d.bureauUnavailableReason);
        expect(Date.now() - started).toBeLessThan(1_000);
      }
      const status = await t.gql(`{ bureauStatus { state failures lastFailureReason } }`);
      expect(status.data.bureauStatus.state).toBe('OPEN');
      expect(status.data.bureauStatus.failures).toBeGreaterThan(0);
    } finally {
      bureau.setBehaviour({ failureRate: 0 });
    }
    // After the half-open delay a probe goes through and the breaker closes again.
    await new Promise((r) => setTimeout(r, 2_200));
    const r = await t.gql(SUBMIT, { input: application(await individualCustomerId(12)), key: newKey('back') });
    expect(r.data.submitLoanApplication.decision.bureauUsed).toBe(true);
    expect((await t.gql(`{ bureauStatus { state } }`)).data.bureauStatus.state).toBe('CLOSED');
  });
});

describe('fraud rings', () => {
  it('refers an application that shares a device with several other applicants', async () => {
    let last: any;
    for (let i = 0; i < 5; i++) {
      const r = await t.gql(SUBMIT, {
        input: {
          applicant: { name: `Ring Member ${i}`, kind: 'INDIVIDUAL', age: 25 + i, income: 600_000, region: 'Delhi' },
          productId: 'pl-saffron-sahaj-small-ticket', // open to applicants new to credit
          amount: 50_000,
          termMonths: 12,
          purpose: 'personal',
          consent: { creditAssessment: true, bureauCheck: false },
          device: { deviceId: 'device-shared-42', phone: `98${String(10000000 + i)}`, payoutAccount: `ACC${i}` },
        },
        key: newKey('ring'),
      });
      expect(r.errors).toBeUndefined();
      last = r.data.submitLoanApplication;
    }
    expect(last.decision.fraud.ring.applicants).toBe(5);
    expect(last.decision.fraud.ring.flagged).toBe(true);
    expect(last.decision.fraudFlags).toContain('FRAUD_RING');
    expect(last.decision.outcome).toBe('REFER');
    expect(last.decision.reasons[0]).toMatchObject({ code: 'FRD_RING', source: 'FRAUD' });
  });
});
