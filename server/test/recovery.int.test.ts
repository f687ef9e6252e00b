// Recovery through the graph: an approved application disbursed as a loan, the loan falling
// behind (its schedule moved back in time), the sweep opening a case with its segment, strategy,
// propensity and best contact time, and the collectors' work on it: plans and counter-offers,
// promises kept and broken, escalation, hand-over, cure and charge-off, each step in the
// append-only audit trail.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertScenarioCustomer, seasonalFarmer, newToCreditGigWorker, type ScenarioCustomer } from '../../seeds/testing/credit-scenarios.js';
import { addDays, localDate, monthOf } from '../src/domain/recovery/calendar.js';
import { assignArm } from '../src/domain/recovery/experiments.js';
import { localIdOf, toGlobalId } from '../src/graphql/ids.js';
import { SUBMIT } from './credit-documents.js';
import { startTestApp, type TestApp } from './harness.js';
import { DEFAULT_DEMO_PASSWORD } from '../src/security/viewer.js';
import { giveOpenCasesToTestCollector, loanFallenBehind } from './support/delinquent-loan.js';

const DAY = 86_400_000;

const DISBURSE = /* GraphQL */ `
  mutation Disburse($id: ID!, $key: String!) {
    disburseLoan(applicationId: $id, idempotencyKey: $key) {
      __typename
      ... on DisbursementRejected { field message }
      ... on Disbursement { id status step payoutReference history { step } loan { id status kind principal dues { dueDate amount } } }
    }
  }
`;

const CASE_FIELDS = /* GraphQL */ `
  fragment CaseFields on RecoveryCase {
    id status closeReason daysPastDue bucket overdueAmount outstanding segment ability willingness strategy
    reasons { code text } propensityToPay propensityFactors { feature effect } propensityModelVersion
    bestContact { channel band reachRate reason } priority stage handedOver vulnerability dispute version
    loan { id status daysPastDue bucket }
    customer { id segment }
    plans { id kind status total discount termMonths payments { dueDate amount } reasons { code text } }
    activePlan { id kind status }
    promises { id amount dueDate status paidTowards }
    timeline { kind actor summary details }
  }
`;

const CASE = /* GraphQL */ `
  ${CASE_FIELDS}
  query Case($id: ID!) { recoveryCase(id: $id) { ...CaseFields } }
`;

const QUEUE = /* GraphQL */ `
  query Queue($first: Int, $after: String, $filter: RecoveryCaseFilter) {
    recoveryCases(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id priority daysPastDue strategy customer { id } } }
    }
  }
`;

const PROPOSE = /* GraphQL */ `
  mutation Propose($caseId: ID!, $kind: PlanKind) {
    proposeRepaymentPlan(caseId: $caseId, kind: $kind) {
      __typename
      ... on RecoveryRejected { field message }
      ... on RepaymentPlan { id kind status total discount termMonths payments { dueDate amount } reasons { code text } }
    }
  }
`;

const COUNTER = /* GraphQL */ `
  mutation Counter($planId: ID!, $input: CounterOfferInput!) {
    counterOffer(planId: $planId, input: $input) {
      __typename
      ... on RecoveryRejected { field message }
      ... on CounterOfferOutcome { plan { id kind status termMonths total discount } reasons { code text } }
    }
  }
`;

const PROMISE = /* GraphQL */ `
  mutation Promise($caseId: ID!, $input: PromiseInput!, $key: String!) {
    recordPromise(caseId: $caseId, input: $input, idempotencyKey: $key) {
      __typename
      ... on RecoveryRejected { field message }
      ... on PaymentPromise { id amount dueDate status }
    }
  }
`;

const FLAG = /* GraphQL */ `
  mutation Flag($caseId: ID!, $input: CaseFlagsInput!) {
    flagCase(caseId: $caseId, input: $input) {
      __typename
      ... on RecoveryRejected { field message }
      ... on RecoveryCase { id handedOver vulnerability stage timeline(first: 5) { kind summary } }
    }
  }
`;

let t: TestApp;
let admin: string;
let collector: string;
let rm: string;
let nextCustomer = 930_001;
let keyCounter = 0;
const newKey = (label: string) => `${label}-${process.pid}-${keyCounter++}`;

beforeAll(async () => {
  t = await startTestApp({ RECOVERY_SWEEP_MINUTES: '0' });
  [admin, collector, rm] = await Promise.all([t.login('ADMIN'), t.login('COLLECTOR'), t.login('RELATIONSHIP_MANAGER')]);
}, 120_000);
afterAll(async () => {
  await t?.close();
});


interface Delinquent {
  customerId: string;
  applicationId: string;
  loanId: number;
  caseId: string;
}

/** A loan of `scenario` that fell `daysOverdue` days behind; the sweep (through the graph) opens its case. */
async function delinquentLoan(scenario: ScenarioCustomer, productId: string, amount: number, termMonths: number, daysOverdue: number): Promise<Delinquent> {
  const loan = await loanFallenBehind(t, { tenantId: 'demo', customerRowId: nextCustomer++, scenario, productId, amount, termMonths, daysOverdue, admin, key: newKey });
  const sweep = (await t.ok(`mutation { runRecoverySweep { loansChecked casesOpened } }`, {}, admin)).runRecoverySweep;
  expect(sweep.casesOpened).toBeGreaterThanOrEqual(1);
  await giveOpenCasesToTestCollector(t);
  const found = (await t.ok(`query($id: ID!) { customer(id: $id) { loans { id recoveryCase { id } } } }`, { id: loan.customerId }, collector)).customer.loans[0];
  return { ...loan, caseId: found.recoveryCase.id };
}

async function readCase(id: string, token = collector) {
  return (await t.ok(CASE, { id }, token)).recoveryCase;
}

describe('disbursement through the graph', () => {
  it('pays an approved application out once per key, and only for RMs and admins', async () => {
    await insertScenarioCustomer(t.app.services.database, 'demo', 939_001, newToCreditGigWorker({ asOf: new Date() }));
    const customerId = toGlobalId('Customer', 939_001);
    const app = (await t.ok(SUBMIT, { input: { customerId, productId: 'cc-saffron-first-card', amount: 100_000, termMonths: 12, purpose: 'card', consent: { creditAssessment: true, bureauCheck: true } }, key: newKey('card') }, admin)).submitLoanApplication;
    expect(app.decision.outcome).toBe('APPROVE');

    const forbidden = await t.gql(DISBURSE, { id: app.id, key: 'k-collector' }, collector);
    expect(forbidden.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const key = newKey('disburse');
    const first = (await t.ok(DISBURSE, { id: app.id, key }, rm)).disburseLoan;
    expect(first).toMatchObject({ __typename: 'Disbursement', status: 'COMPLETED', step: 'CONFIRMED', loan: { status: 'ACTIVE', kind: 'REVOLVING' } });
    expect(first.history.map((h: { step: string }) => h.step)).toEqual(['STARTED', 'LIMIT_RESERVED', 'LOAN_CREATED', 'PAID_OUT', 'CONFIRMED']);
    const replay = (await t.ok(DISBURSE, { id: app.id, key }, rm)).disburseLoan;
    expect(replay.id).toBe(first.id);
    const again = (await t.ok(DISBURSE, { id: app.id, key: newKey('other') }, rm)).disburseLoan;
    expect(again).toMatchObject({ __typename: 'DisbursementRejected', field: 'applicationId' });
    const status = (await t.ok(`query($id: ID!) { customer(id: $id) { applications { id status loan { id } } } }`, { id: customerId }, rm)).customer.applications[0];
    expect(status).toMatchObject({ status: 'DISBURSED', loan: { id: first.loan.id } });
  });
});

describe('a delinquent loan', () => {
  let c: Delinquent;
  beforeAll(async () => {
    c = await delinquentLoan(newToCreditGigWorker({ asOf: new Date() }), 'cc-saffron-first-card', 100_000, 12, 20);
  }, 60_000);

  it('opens a case with its segment, strategy, reasons, propensity and best contact time', async () => {
    const k = await readCase(c.caseId);
    expect(k).toMatchObject({ status: 'OPEN', daysPastDue: 20, bucket: 'DPD_1_30', stage: 'REMINDER', handedOver: false, loan: { status: 'ACTIVE', daysPastDue: 20 } });
    expect(k.overdueAmount).toBeGreaterThan(0);
    expect(['ABLE_WILLING', 'ABLE_UNWILLING', 'UNABLE_WILLING', 'UNABLE_UNWILLING']).toContain(k.segment);
    expect(k.reasons.length).toBeGreaterThan(0);
    expect(k.reasons.some((r: { text: string }) => /₹/.test(r.text))).toBe(true);
    expect(k.propensityToPay).toBeGreaterThan(0);
    expect(k.propensityToPay).toBeLessThan(1);
    expect(k.propensityModelVersion).toMatch(/^propensity-/);
    expect(k.propensityFactors.length).toBeGreaterThan(0);
    expect(['MORNING', 'MIDDAY', 'AFTERNOON', 'EVENING']).toContain(k.bestContact.band);
    expect(k.timeline.map((e: { kind: string }) => e.kind).reverse()).toEqual(['OPENED', 'ASSESSED']);
  });

  it('is in the collectors\' queue, highest priority first, and not visible to other roles', async () => {
    const q = (await t.ok(QUEUE, { first: 50 }, collector)).recoveryCases;
    expect(q.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(c.caseId);
    const priorities = q.edges.map((e: { node: { priority: number } }) => e.node.priority);
    expect(priorities).toEqual([...priorities].sort((a: number, b: number) => b - a));
    const denied = await t.gql(QUEUE, { first: 5 }, rm);
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const loanForRm = (await t.ok(`query($id: ID!) { customer(id: $id) { loans { bucket recoveryCase { id } } recoveryCases { id } } }`, { id: c.customerId }, rm)).customer;
    expect(loanForRm).toEqual({ loans: [{ bucket: 'DPD_1_30', recoveryCase: null }], recoveryCases: [] });
  });

  it("shows a collector only the cases assigned to them; an admin reassigns a case, and it moves between the collectors' queues", async () => {
    const ASSIGN = `mutation($id: ID!, $to: String!) { assignRecoveryCase(caseId: $id, collectorId: $to) { __typename ... on RecoveryCase { assignedTo timeline { kind actor summary } } ... on RecoveryRejected { field message } } }`;
    const ONE = `query($id: ID!) { recoveryCase(id: $id) { id } }`;
    const meera = (await t.ok(`mutation($p: String!) { login(username: "meera", password: $p) { token } }`, { p: DEFAULT_DEMO_PASSWORD })).login.token;
    const queueIds = async (token: string, filter?: { assignedTo: string }) => (await t.ok(QUEUE, { first: 100, filter }, token)).recoveryCases.edges.map((e: { node: { id: string } }) => e.node.id);

    const moved = (await t.ok(ASSIGN, { id: c.caseId, to: 'u-meera' }, admin)).assignRecoveryCase;
    expect(moved).toMatchObject({ __typename: 'RecoveryCase', assignedTo: 'u-meera' });
    expect(moved.timeline[0]).toMatchObject({ kind: 'ASSIGNED', actor: 'u-anita' });
    expect(moved.timeline[0].summary).toMatch(/^Assigned to .* \(u-meera\) by u-anita, from u-kiran$/);

    // kiran no longer sees or works it, by id, in the queue, on the loan or the customer; meera does.
    expect((await t.ok(ONE, { id: c.caseId }, collector)).recoveryCase).toBeNull();
    expect(await queueIds(collector)).not.toContain(c.caseId);
    expect(await queueIds(meera)).toContain(c.caseId);
    const onCustomer = (await t.ok(`query($id: ID!) { customer(id: $id) { loans { recoveryCase { id } } recoveryCases { id } } }`, { id: c.customerId }, collector)).customer;
    expect(onCustomer).toEqual({ loans: [{ recoveryCase: null }], recoveryCases: [] });
    const refused = (await t.ok(PROMISE, { caseId: c.caseId, input: { amount: 1_000, dueDate: localDate(new Date()) }, key: newKey('p') }, collector)).recordPromise;
    expect(refused).toMatchObject({ __typename: 'RecoveryRejected', field: 'caseId' });
    const othersQueue = await t.gql(QUEUE, { first: 5, filter: { assignedTo: 'u-meera' } }, collector);
    expect(othersQueue.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(othersQueue.errors?.[0].message).toMatch(/only the cases assigned to them/);
    expect(await queueIds(admin, { assignedTo: 'u-meera' })).toEqual([c.caseId]);

    // Only to an active collector of the tenant, only by an admin, never to the same collector.
    expect((await t.ok(ASSIGN, { id: c.caseId, to: 'u-asha' }, admin)).assignRecoveryCase).toMatchObject({ field: 'collectorId', message: '"u-asha" is not an active collector of this tenant' });
    expect((await t.ok(ASSIGN, { id: c.caseId, to: 'u-meera' }, admin)).assignRecoveryCase).toMatchObject({ field: 'collectorId' });
    expect((await t.gql(ASSIGN, { id: c.caseId, to: 'u-kiran' }, meera)).errors?.[0].extensions.code).toBe('FORBIDDEN');

    const back = (await t.ok(ASSIGN, { id: c.caseId, to: 'u-kiran' }, admin)).assignRecoveryCase;
    expect(back).toMatchObject({ __typename: 'RecoveryCase', assignedTo: 'u-kiran' });
    expect((await t.ok(ONE, { id: c.caseId }, collector)).recoveryCase).toEqual({ id: c.caseId });
    expect(await queueIds(meera)).not.toContain(c.caseId);
  });

  it('records promises once per key, refuses bad ones, and escalates after three are broken', async () => {
    const today = localDate(new Date());
    const past = await t.ok(PROMISE, { caseId: c.caseId, input: { amount: 1_000, dueDate: addDays(today, -1) }, key: newKey('p') }, collector);
    expect(past.recordPromise).toMatchObject({ __typename: 'RecoveryRejected', field: 'dueDate' });
    const tooMuch = await t.ok(PROMISE, { caseId: c.caseId, input: { amount: 10_000_000, dueDate: today }, key: newKey('p') }, collector);
    expect(tooMuch.recordPromise).toMatchObject({ __typename: 'RecoveryRejected', field: 'amount' });

    const key = newKey('promise');
    const first = (await t.ok(PROMISE, { caseId: c.caseId, input: { amount: 1_500, dueDate: today, channel: 'VOICE' }, key }, collector)).recordPromise;
    expect(first).toMatchObject({ __typename: 'PaymentPromise', status: 'PENDING', amount: 1_500 });
    const replay = (await t.ok(PROMISE, { caseId: c.caseId, input: { amount: 1_500, dueDate: today, channel: 'VOICE' }, key }, collector)).recordPromise;
    expect(replay.id).toBe(first.id);
    const reused = (await t.ok(PROMISE, { caseId: c.caseId, input: { amount: 2_000, dueDate: today }, key }, collector)).recordPromise;
    expect(reused).toMatchObject({ __typename: 'RecoveryRejected', field: 'idempotencyKey' });
    for (let i = 0; i < 2; i++) await t.ok(PROMISE, { caseId: c.caseId, input: { amount: 1_000 + i, dueDate: today }, key: newKey('promise') }, collector);

    // Two days on, nothing was paid: all three promises are broken, and the rules (3) move the case up.
    await t.app.services.recovery.engine.sweep('demo', new Date(Date.now() + 2 * DAY));
    await giveOpenCasesToTestCollector(t);
    const k = await readCase(c.caseId);
    expect(k.promises.map((p: { status: string }) => p.status)).toEqual(['BROKEN', 'BROKEN', 'BROKEN']);
    expect(k.stage).toBe('ACTIVE_COLLECTION');
    const kinds = k.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds.filter((x: string) => x === 'PROMISE_BROKEN')).toHaveLength(3);
    expect(kinds).toContain('ESCALATED');
    const escalated = k.timeline.find((e: { kind: string }) => e.kind === 'ESCALATED');
    expect(escalated.actor).toBe('system');
    expect(escalated.summary).toMatch(/broken/i);
  });

  it('is cured by a repayment of what is overdue, and a closed case takes no more actions', async () => {
    const before = await readCase(c.caseId);
    const pay = await t.ok(
      `mutation($input: RepaymentInput!, $key: String!) { recordRepayment(input: $input, idempotencyKey: $key) { __typename ... on RepaymentRejected { field message } } }`,
      { input: { applicationId: c.applicationId, amount: before.overdueAmount + 10, amountDue: before.overdueAmount, dueDate: localDate(new Date(Date.now() - 20 * DAY)), paidAt: new Date().toISOString() }, key: newKey('pay') },
      collector,
    );
    expect(pay.recordRepayment.__typename).toBe('Repayment');
    // The refresh after a repayment runs as soon as it is stored; give it a moment.
    let k = await readCase(c.caseId);
    for (let i = 0; i < 50 && k.status === 'OPEN'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      k = await readCase(c.caseId);
    }
    expect(k).toMatchObject({ status: 'CLOSED', closeReason: 'CURED', loan: { status: 'ACTIVE', bucket: 'CURRENT' } });
    expect(k.timeline[0]).toMatchObject({ kind: 'CLOSED', actor: 'system' });
    const late = await t.ok(PROMISE, { caseId: c.caseId, input: { amount: 500, dueDate: localDate(new Date()) }, key: newKey('p') }, collector);
    expect(late.recordPromise).toMatchObject({ __typename: 'RecoveryRejected', field: 'caseId', message: expect.stringContaining('closed') });
  });

  it('keeps an append-only audit trail', async () => {
    const { db } = t.app.services.database;
    const refusal = (q: Promise<unknown>) => q.then(() => 'accepted', (e: Error & { cause?: Error }) => `${e.message} ${e.cause?.message ?? ''}`);
    expect(await refusal(db.execute(sql`update case_events set summary = 'rewritten'`))).toMatch(/append-only: UPDATE refused/);
    expect(await refusal(db.execute(sql`delete from case_events`))).toMatch(/append-only: DELETE refused/);
  });
});

describe('repayment plans', () => {
  let farmer: Delinquent;
  let peakMonths: number[];
  beforeAll(async () => {
    const scenario = seasonalFarmer({ asOf: new Date() });
    peakMonths = scenario.customer.spendProfile.peakMonths;
    farmer = await delinquentLoan(scenario, 'bl-kisan-crop-loan', 80_000, 12, 40);
  }, 60_000);

  it('proposes a seasonal plan to a farmer, with the large payments in the harvest months', async () => {
    expect(peakMonths.length).toBeGreaterThan(0);
    const plan = (await t.ok(PROPOSE, { caseId: farmer.caseId }, collector)).proposeRepaymentPlan;
    expect(plan).toMatchObject({ __typename: 'RepaymentPlan', kind: 'SEASONAL', status: 'PROPOSED' });
    const k = await readCase(farmer.caseId);
    expect(plan.total).toBeCloseTo(k.outstanding, 2);
    const inPeak = plan.payments.filter((p: { dueDate: string }) => peakMonths.includes(monthOf(p.dueDate)));
    const lean = plan.payments.filter((p: { dueDate: string }) => !peakMonths.includes(monthOf(p.dueDate)));
    expect(inPeak.length).toBeGreaterThan(0);
    expect(Math.min(...inPeak.map((p: { amount: number }) => p.amount))).toBeGreaterThan(Math.max(...lean.slice(1).map((p: { amount: number }) => p.amount)));
    expect(plan.reasons.map((r: { code: string }) => r.code).join(' ')).toMatch(/SEASON|PEAK|HARVEST/i);
  });

  it('accepts a counter-offer inside the bounds, escalates one outside them, and an admin decides it', async () => {
    const proposed = (await t.ok(PROPOSE, { caseId: farmer.caseId, kind: 'STANDARD' }, collector)).proposeRepaymentPlan;
    const bad = (await t.ok(COUNTER, { planId: proposed.id, input: { termMonths: 6, firstPaymentDate: '2020-01-01' } }, collector)).counterOffer;
    expect(bad).toMatchObject({ __typename: 'RecoveryRejected', field: 'input.firstPaymentDate' });

    const outside = (await t.ok(COUNTER, { planId: proposed.id, input: { termMonths: 36 } }, collector)).counterOffer;
    expect(outside.__typename).toBe('CounterOfferOutcome');
    expect(outside.plan).toMatchObject({ status: 'ESCALATED', termMonths: 36 });
    expect(outside.reasons.map((r: { text: string }) => r.text).join(' ')).toMatch(/36.*24|24.*36/);

    const denied = await t.gql(`mutation($id: ID!) { decideEscalatedPlan(planId: $id, approve: true, note: "ok") { __typename } }`, { id: outside.plan.id }, collector);
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const approved = (await t.ok(`mutation($id: ID!) { decideEscalatedPlan(planId: $id, approve: true, note: "harvest failed; longer term approved") { __typename ... on RepaymentPlan { id status } } }`, { id: outside.plan.id }, admin)).decideEscalatedPlan;
    expect(approved).toMatchObject({ status: 'APPROVED' });

    const fresh = (await t.ok(PROPOSE, { caseId: farmer.caseId, kind: 'STANDARD' }, collector)).proposeRepaymentPlan;
    const inside = (await t.ok(COUNTER, { planId: fresh.id, input: { termMonths: 18 } }, collector)).counterOffer;
    expect(inside.plan).toMatchObject({ status: 'ACCEPTED', termMonths: 18 });
    const k = await readCase(farmer.caseId);
    expect(k.activePlan).toMatchObject({ id: inside.plan.id, status: 'ACCEPTED' });
    expect(k.plans.filter((p: { status: string }) => p.status === 'SUPERSEDED').length).toBeGreaterThan(0);
    const kinds = k.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds.filter((x: string) => x === 'COUNTER_OFFER')).toHaveLength(2);
    expect(kinds).toContain('PLAN_DECIDED');
  });

  it('hands a vulnerable customer to a person at once', async () => {
    const flagged = (await t.ok(FLAG, { caseId: farmer.caseId, input: { vulnerability: true, note: 'bereavement in the family, said on the call' } }, collector)).flagCase;
    expect(flagged).toMatchObject({ __typename: 'RecoveryCase', vulnerability: true, handedOver: true });
    expect(flagged.timeline.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(['FLAGGED', 'HANDED_OVER']));
  });
});

describe('charge-off', () => {
  it('closes the case and charges a card off at 180 days past due', async () => {
    const c = await delinquentLoan(newToCreditGigWorker({ asOf: new Date() }), 'cc-saffron-first-card', 100_000, 12, 100);
    expect((await readCase(c.caseId)).bucket).toBe('DPD_90_PLUS');
    await t.app.services.recovery.engine.sweep('demo', new Date(Date.now() + 85 * DAY));
    await giveOpenCasesToTestCollector(t);
    const k = await readCase(c.caseId);
    expect(k).toMatchObject({ status: 'CLOSED', closeReason: 'CHARGED_OFF', loan: { status: 'CHARGED_OFF' } });
  }, 60_000);
});

describe('escalation rules', () => {
  it('are versioned by admins, validated, and readable by collectors', async () => {
    const SET = `mutation($input: EscalationRulesInput!) { setEscalationRules(input: $input) { __typename ... on RecoveryRejected { field message } ... on EscalationRules { version brokenPromisesToEscalate createdBy note } } }`;
    const input = { brokenPromisesToEscalate: 2, daysAtStageToEscalate: 21, failedAttemptsToHandOver: 5, handOverOnVulnerability: true, handOverOnDispute: true, note: 'tighter after the audit' };
    const denied = await t.gql(SET, { input }, collector);
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const bad = (await t.ok(SET, { input: { ...input, daysAtStageToEscalate: 0 } }, admin)).setEscalationRules;
    expect(bad).toMatchObject({ __typename: 'RecoveryRejected', field: 'daysAtStageToEscalate' });
    const saved = (await t.ok(SET, { input }, admin)).setEscalationRules;
    expect(saved).toMatchObject({ __typename: 'EscalationRules', version: 1, brokenPromisesToEscalate: 2, note: 'tighter after the audit' });
    const current = (await t.ok(`{ escalationRules { version daysAtStageToEscalate } }`, {}, collector)).escalationRules;
    expect(current).toEqual({ version: 1, daysAtStageToEscalate: 21 });
    const history = (await t.ok(`{ escalationRuleHistory { version } }`, {}, admin)).escalationRuleHistory;
    expect(history).toEqual([{ version: 1 }]);
  });
});

describe('collection experiments', () => {
  const START = /* GraphQL */ `
    mutation Start($input: StartExperimentInput!) {
      startRecoveryExperiment(input: $input) {
        __typename
        ... on RecoveryRejected { field message }
        ... on RecoveryExperiment { id name status primaryMetric arms { name weight tone planKind description } }
      }
    }
  `;
  const STOP = /* GraphQL */ `
    mutation Stop($id: ID!, $note: String!) {
      stopRecoveryExperiment(id: $id, note: $note) { __typename ... on RecoveryRejected { field message } ... on RecoveryExperiment { id status stoppedBy stopNote } }
    }
  `;
  const RESULTS = /* GraphQL */ `
    query Results($id: ID!) {
      recoveryExperiment(id: $id) {
        id status
        results {
          winner summary
          arms { arm cases resolved cureRate amountRecovered recoveryRate promisesSettled }
          comparisons { arm control metric difference pValue significant text }
        }
      }
    }
  `;
  const CASE_ARM = /* GraphQL */ `
    query CaseArm($id: ID!) {
      recoveryCase(id: $id) {
        id status segment vulnerability overdueAmount
        experimentArm { experiment { id name } arm { name tone planKind } }
        timeline(first: 50) { kind actor summary }
      }
    }
  `;
  const SEND = /* GraphQL */ `
    mutation Send($caseId: ID!, $input: OutreachInput!) {
      sendOutreach(caseId: $caseId, input: $input) { __typename ... on RecoveryRejected { field message } ... on OutreachMessage { tone } }
    }
  `;
  const TREATED = 'firm-step-down';
  const ARMS = [{ name: 'control' }, { name: TREATED, tone: 'FIRM', planKind: 'STEP_DOWN' }];
  const input = { name: 'Firm step-down first', hypothesis: 'A firm tone with a step-down plan first cures more cases than the strategy chosen per case', arms: ARMS, enrolOpenCases: true };
  let experimentId: string;
  /** Cases opened while the experiment runs, with the arm each was enrolled in. */
  const opened: { caseId: string; applicationId: string; arm: string }[] = [];

  const armOf = (caseId: string) => assignArm(localIdOf(experimentId, 'RecoveryExperiment')!, localIdOf(caseId, 'RecoveryCase')!, ARMS.map((a) => ({ name: a.name, weight: 1 })));

  it('is started by an admin only, with its input checked, and one runs at a time', async () => {
    const denied = await t.gql(START, { input }, collector);
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const oneArm = (await t.ok(START, { input: { ...input, arms: [ARMS[0]] } }, admin)).startRecoveryExperiment;
    expect(oneArm).toMatchObject({ __typename: 'RecoveryRejected', field: 'input.arms', message: expect.stringMatching(/2 to 4 arms/) });
    const same = (await t.ok(START, { input: { ...input, arms: [ARMS[0], { name: 'also-control' }] } }, admin)).startRecoveryExperiment;
    expect(same).toMatchObject({ __typename: 'RecoveryRejected', field: 'input.arms', message: expect.stringMatching(/same way/) });

    const started = (await t.ok(START, { input }, admin)).startRecoveryExperiment;
    expect(started).toMatchObject({ __typename: 'RecoveryExperiment', status: 'RUNNING', primaryMetric: 'CURE_RATE' });
    expect(started.arms[1]).toMatchObject({ name: TREATED, weight: 1, tone: 'FIRM', planKind: 'STEP_DOWN', description: 'firm tone, a step-down plan proposed first' });
    experimentId = started.id;
    const second = (await t.ok(START, { input: { ...input, name: 'Another' } }, admin)).startRecoveryExperiment;
    expect(second).toMatchObject({ __typename: 'RecoveryRejected', field: 'input', message: expect.stringMatching(/"Firm step-down first" is running/) });

    const listed = (await t.ok(`{ recoveryExperiments { id status } }`, {}, collector)).recoveryExperiments;
    expect(listed).toEqual([{ id: experimentId, status: 'RUNNING' }]);
    expect((await t.gql(`{ recoveryExperiments { id } }`, {}, rm)).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('enrols the open cases, and each case opened while it runs, in the arm its id hashes to', async () => {
    const queue = (await t.ok(`{ recoveryCases(first: 100) { edges { node { id experimentArm { experiment { id } arm { name } } } } } }`, {}, collector)).recoveryCases.edges;
    expect(queue.length).toBeGreaterThan(0);
    for (const { node } of queue) expect(node.experimentArm, node.id).toEqual({ experiment: { id: experimentId }, arm: { name: armOf(node.id) } });

    // New cases until both arms have one: the arms are a hash of the ids, so this takes a few.
    for (let i = 0; i < 10 && new Set(opened.map((o) => o.arm)).size < 2; i++) {
      const loan = await loanFallenBehind(t, { tenantId: 'demo', customerRowId: nextCustomer++, scenario: newToCreditGigWorker({ asOf: new Date() }), productId: 'cc-saffron-first-card', amount: 100_000, daysOverdue: 20, admin, key: newKey });
      await t.app.services.recovery.engine.refreshLoan('demo', loan.loanId, new Date());
      await giveOpenCasesToTestCollector(t);
      const caseId = (await t.ok(`query($id: ID!) { customer(id: $id) { loans { recoveryCase { id } } } }`, { id: loan.customerId }, collector)).customer.loans[0].recoveryCase.id;
      const k = (await t.ok(CASE_ARM, { id: caseId }, collector)).recoveryCase;
      expect(k.experimentArm).toMatchObject({ experiment: { id: experimentId }, arm: { name: armOf(caseId) } });
      const enrolledEvent = k.timeline.find((e: { kind: string }) => e.kind === 'EXPERIMENT_ENROLLED');
      expect(enrolledEvent).toMatchObject({ actor: 'system', summary: expect.stringContaining(`arm "${armOf(caseId)}"`) });
      opened.push({ caseId, applicationId: loan.applicationId, arm: armOf(caseId) });
    }
    expect(new Set(opened.map((o) => o.arm))).toEqual(new Set(['control', TREATED]));
  }, 120_000);

  it('treats each case as its arm says: the plan proposed first and the tone of messages', async () => {
    for (const o of opened) {
      const k = (await t.ok(CASE_ARM, { id: o.caseId }, collector)).recoveryCase;
      const plan = (await t.ok(PROPOSE, { caseId: o.caseId }, collector)).proposeRepaymentPlan;
      const message = (await t.ok(SEND, { caseId: o.caseId, input: { purpose: 'REMINDER', channel: 'SMS', sendKey: newKey('experiment-send') } }, collector)).sendOutreach;
      const codes = plan.reasons.map((r: { code: string }) => r.code);
      if (o.arm === TREATED) {
        expect(plan.kind).toBe('STEP_DOWN');
        if (codes.includes('EXPERIMENT_ARM')) expect(plan.reasons[0].text).toContain(`arm "${TREATED}"`);
        // Safeguards first: a customer unable to pay, or vulnerable, is never written to firmly.
        expect(message.tone).toBe(k.vulnerability || k.segment.startsWith('UNABLE') ? 'EMPATHETIC' : 'FIRM');
      } else {
        expect(codes).not.toContain('EXPERIMENT_ARM');
      }
    }
  });

  it('reports each arm against the control, and stops', async () => {
    // Cure one case by paying what is overdue.
    const cured = opened[0];
    const before = (await t.ok(CASE_ARM, { id: cured.caseId }, collector)).recoveryCase;
    const paid = before.overdueAmount + 10;
    const pay = await t.ok(
      `mutation($input: RepaymentInput!, $key: String!) { recordRepayment(input: $input, idempotencyKey: $key) { __typename } }`,
      { input: { applicationId: cured.applicationId, amount: paid, amountDue: before.overdueAmount, dueDate: localDate(new Date(Date.now() - 20 * DAY)), paidAt: new Date().toISOString() }, key: newKey('experiment-pay') },
      collector,
    );
    expect(pay.recordRepayment.__typename).toBe('Repayment');
    let status = before.status;
    for (let i = 0; i < 50 && status === 'OPEN'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await t.ok(CASE_ARM, { id: cured.caseId }, collector)).recoveryCase.status;
    }
    expect(status).toBe('CLOSED');

    const results = (await t.ok(RESULTS, { id: experimentId }, collector)).recoveryExperiment.results;
    const arm = results.arms.find((a: { arm: string }) => a.arm === cured.arm);
    expect(arm.resolved).toBeGreaterThanOrEqual(1);
    expect(arm.amountRecovered).toBeGreaterThanOrEqual(paid - 0.01);
    expect(arm.cureRate).toBeCloseTo(arm.resolved / arm.cases, 10);
    expect(results.arms.map((a: { arm: string }) => a.arm)).toEqual(['control', TREATED]);
    expect(results.comparisons.map((c: { metric: string }) => c.metric)).toEqual(['CURE_RATE', 'PROMISE_KEPT_RATE', 'AMOUNT_RECOVERED']);
    expect(results.comparisons[0]).toMatchObject({ arm: TREATED, control: 'control', significant: false });
    expect(results.comparisons[0].pValue).toBeGreaterThan(0.05);
    expect(results.winner).toBeNull();
    expect(results.summary).toMatch(/No arm differs significantly from the control \(control\) on cure rate yet/);

    expect((await t.gql(STOP, { id: experimentId, note: 'enough' }, collector)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await t.ok(STOP, { id: experimentId, note: ' ' }, admin)).stopRecoveryExperiment).toMatchObject({ __typename: 'RecoveryRejected', field: 'note' });
    const stopped = (await t.ok(STOP, { id: experimentId, note: 'the quarter is over' }, admin)).stopRecoveryExperiment;
    expect(stopped).toMatchObject({ __typename: 'RecoveryExperiment', status: 'STOPPED', stopNote: 'the quarter is over' });
    expect((await t.ok(STOP, { id: experimentId, note: 'again' }, admin)).stopRecoveryExperiment).toMatchObject({ __typename: 'RecoveryRejected', field: 'id' });
    // A stopped experiment treats no one: the cases are back on their own strategy.
    expect((await t.ok(CASE_ARM, { id: opened[opened.length - 1].caseId }, collector)).recoveryCase.experimentArm).toBeNull();
  });
});
