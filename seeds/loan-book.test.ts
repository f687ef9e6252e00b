import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../server/src/db/index.js';
import { creditTerms, monthlyInstalment } from '../server/src/domain/credit/credit-terms.js';
import { classifyRepayment } from '../server/src/domain/credit/limit-review.js';
import { DEFAULT_CREDIT_POLICY, gradeFor } from '../server/src/domain/credit/policy.js';
import { failedRules } from '../server/src/domain/recommendation/eligibility.js';
import { addMonths, localDate } from '../server/src/domain/recovery/calendar.js';
import { delinquencyOf } from '../server/src/domain/recovery/delinquency.js';
import { CATALOG } from './catalog.js';
import { generateCustomer, generateCustomers, type CustomerSeed } from './generator.js';
import { seedDatabase } from './index.js';
import {
  behaviourProbabilities,
  candidateOrder,
  drawLoanBook,
  LOAN_BOOK_MAX_PER_TENANT,
  loanBookQuota,
  planLoan,
  REPAYMENT_BEHAVIOURS,
  scoreOf,
  type PlannedLoan,
  type RepaymentBehaviour,
} from './loan-book.js';
import { TENANTS } from './tenants.js';
import { FakeEmbedder } from './testing/fake-embedder.js';

const SEED = 42;
const AS_OF = new Date('2026-11-21T08:30:00Z');
const DAY = 86_400_000;
const products = new Map(CATALOG.map((p) => [p.id, p]));

function tenantCounts(seed: number, customers: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const g of generateCustomers({ seed, customers, transactionsPerMonth: 0 })) counts[g.customer.tenantId] = (counts[g.customer.tenantId] ?? 0) + 1;
  return counts;
}

const generated = new Map<number, CustomerSeed>();

/** Every customer the lender would have lent to among the first `n` (no quotas): a large sample of behaviours. */
function pool(seed: number, n: number): PlannedLoan[] {
  const out: PlannedLoan[] = [];
  for (let id = 1; id <= n; id++) {
    const g = generateCustomer(seed, id, 0);
    const p = planLoan(seed, g, AS_OF);
    if (p) out.push(p);
    if (p && seed === SEED) generated.set(id, g.customer);
  }
  return out;
}

const share = (plans: readonly PlannedLoan[], f: (p: PlannedLoan) => boolean) => plans.filter(f).length / plans.length;

describe('the loan book, drawn (pure)', () => {
  let book150: PlannedLoan[];
  let sample: PlannedLoan[];

  beforeAll(() => {
    book150 = drawLoanBook({ seed: SEED, customers: 150, tenantCustomers: tenantCounts(SEED, 150), asOf: AS_OF });
    sample = pool(SEED, 2_000);
  });

  it('is the same for the same seed and reference date, and another for another seed', () => {
    const again = drawLoanBook({ seed: SEED, customers: 150, tenantCustomers: tenantCounts(SEED, 150), asOf: AS_OF });
    expect(again).toEqual(book150);
    const other = drawLoanBook({ seed: 7, customers: 150, tenantCustomers: tenantCounts(7, 150), asOf: AS_OF });
    expect(other.map((p) => p.customerId)).not.toEqual(book150.map((p) => p.customerId));
  });

  it('moves only its dates with the reference date', () => {
    const later = drawLoanBook({ seed: SEED, customers: 150, tenantCustomers: tenantCounts(SEED, 150), asOf: new Date(AS_OF.getTime() + 3 * DAY) });
    const shape = (p: PlannedLoan) => [p.customerId, p.product.id, p.behaviour, p.missed, p.application.amount, p.application.termMonths, p.decision.score];
    expect(later.map(shape)).toEqual(book150.map(shape));
    expect(later[0].loan.disbursedAt.getTime() - book150[0].loan.disbursedAt.getTime()).toBeCloseTo(3 * DAY, -6);
  });

  it('lends to about 8% of each tenant, at least 10 loans out of 150 customers, at most 300 a tenant', () => {
    const counts = tenantCounts(SEED, 150);
    expect(book150.length).toBeGreaterThanOrEqual(10);
    for (const [tenant, n] of Object.entries(counts)) {
      const loans = book150.filter((p) => p.tenantId === tenant).length;
      expect(loans).toBe(loanBookQuota(n));
      expect(loans).toBeLessThanOrEqual(Math.max(3, Math.ceil(n * 0.08)));
    }
    expect(loanBookQuota(150)).toBe(12);
    expect(loanBookQuota(15)).toBe(3);
    expect(loanBookQuota(2)).toBe(2);
    expect(loanBookQuota(1_000_000)).toBe(LOAN_BOOK_MAX_PER_TENANT);
    expect(new Set(book150.map((p) => p.customerId)).size).toBe(book150.length);
    // The candidate order is a permutation of the ids (all of them below the pool size).
    expect([...candidateOrder(SEED, 150)].sort((a, b) => a - b)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1));
  });

  it('lends a product the tenant offers and the customer is eligible for, on honest terms', () => {
    for (const p of sample) {
      const product = products.get(p.product.id)!;
      const terms = creditTerms(product)!;
      const g = generated.get(p.customerId)!;
      expect(TENANTS.find((t) => t.id === p.tenantId)!.productIds).toContain(product.id);
      expect(failedRules({ kind: g.kind, age: g.age, annualIncome: g.annualIncome, creditScore: g.creditScore, region: g.region, held: new Set() }, product)).toBe(0);
      expect(product.category).not.toBe('MORTGAGE');
      expect(terms.seasonal && !terms.revolving).toBe(false);
      expect(p.loan.kind).toBe(terms.revolving ? 'REVOLVING' : 'INSTALLMENT');
      // Farm credit for farmers, business credit for businesses, personal credit for individuals.
      const farm = product.tags.includes('agriculture') || product.tags.includes('dairy');
      if (farm) expect(g.segment).toBe('FARMER');
      if (farm) expect(['cc-kisan-credit-card', 'bl-kisan-dairy-livestock']).toContain(product.id);
      if (g.kind === 'BUSINESS') expect(product.category === 'BUSINESS_LOAN' || product.customerKind === 'BUSINESS').toBe(true);
      else if (!farm) expect(['PERSONAL_LOAN', 'CREDIT_CARD']).toContain(product.category);
      expect(p.application.amount).toBeGreaterThanOrEqual(terms.minAmount);
      expect(p.application.amount).toBeLessThanOrEqual(terms.maxAmount);
      if (g.creditScore == null) expect(p.application.amount).toBeLessThanOrEqual(DEFAULT_CREDIT_POLICY.noBureauMaxAmount);
      expect(p.application.idempotencyKey).toBe(`seed-loan-${p.customerId}`);
      expect(p.application.requestHash).toMatch(/^[0-9a-f]{64}$/);
      // The decision: approved within the cut-off, score and grade on one scale, APR in the range.
      const d = p.decision;
      expect(d.probabilityOfDefault).toBeGreaterThan(0);
      expect(d.probabilityOfDefault).toBeLessThanOrEqual(DEFAULT_CREDIT_POLICY.approveMaxPd);
      expect(Math.abs(d.score - scoreOf(d.probabilityOfDefault))).toBeLessThanOrEqual(1);
      expect(d.grade).toBe(gradeFor(DEFAULT_CREDIT_POLICY, d.score));
      expect(d.aprPercent).toBeGreaterThanOrEqual(product.aprMin!);
      expect(d.aprPercent).toBeLessThanOrEqual(product.aprMax!);
      expect(d.approvedAmount).toBe(p.loan.principal);
      expect(d.creditLimit).toBe(terms.revolving ? p.loan.principal : null);
      expect(d.repaymentSchedule).toEqual(terms.revolving ? [] : p.loan.dues);
      expect(d.decidedAt.getTime()).toBeLessThan(p.loan.disbursedAt.getTime());
    }
    const farmers = sample.filter((p) => generated.get(p.customerId)!.segment === 'FARMER');
    expect(share(farmers, (p) => products.get(p.product.id)!.tags.includes('agriculture'))).toBeGreaterThan(0.6);
    expect(sample.some((p) => generated.get(p.customerId)!.kind === 'BUSINESS')).toBe(true);
    // Variety: loans and cards, and every grade the cut-off allows but the worst.
    expect(share(sample, (p) => p.loan.kind === 'REVOLVING')).toBeGreaterThan(0.15);
    expect(share(sample, (p) => p.loan.kind === 'REVOLVING')).toBeLessThan(0.5);
    expect(new Set(sample.map((p) => p.decision.grade))).toEqual(new Set(['A', 'B', 'C', 'D']));
  });

  it('has monthly dues from one month after the disbursement, summing to the instalments', () => {
    for (const p of sample) {
      const { loan } = p;
      const months = (AS_OF.getTime() - loan.disbursedAt.getTime()) / (30.44 * DAY);
      expect(months).toBeGreaterThan(2.95);
      expect(months).toBeLessThan(12.05);
      const start = localDate(loan.disbursedAt);
      expect(loan.dues.map((d) => d.dueDate)).toEqual(loan.dues.map((_, i) => addMonths(start, i + 1)));
      const sum = loan.dues.reduce((s, d) => s + d.amount, 0);
      if (loan.kind === 'REVOLVING') {
        expect(loan.dues).toHaveLength(12);
        for (const d of loan.dues) expect(d.amount).toBeCloseTo(loan.principal * 0.05, 2);
        expect(loan.monthlyInstalment).toBeCloseTo(loan.principal * 0.05, 2);
      } else {
        expect(loan.dues).toHaveLength(loan.termMonths);
        for (const d of loan.dues) expect(d.amount).toBe(loan.monthlyInstalment);
        expect(loan.monthlyInstalment).toBeCloseTo(monthlyInstalment(loan.principal, loan.termMonths, loan.aprPercent), 2);
        expect(sum).toBeCloseTo(loan.monthlyInstalment * loan.termMonths, 2);
        expect(sum).toBeGreaterThan(loan.principal);
        // Some dues are still ahead: the loan is not over.
        expect(loan.dues.at(-1)!.dueDate > localDate(AS_OF)).toBe(true);
      }
    }
  });

  it('records repayments as the repayment service would, and the delinquency they leave', () => {
    for (const p of sample) {
      const ns = p.repayments.map((r) => r.n);
      expect(new Set(ns).size).toBe(ns.length);
      for (const r of p.repayments) {
        const due = p.loan.dues[r.n - 1];
        expect(r.dueDate).toBe(due.dueDate);
        expect(r.amountDue).toBe(due.amount);
        expect(r.amount).toBeGreaterThan(0);
        expect(r.paidAt.getTime()).toBeLessThanOrEqual(AS_OF.getTime());
        expect(r.paidAt.getTime()).toBeGreaterThan(p.application.submittedAt.getTime());
        expect({ status: r.status, daysLate: r.daysLate, shortfall: r.shortfall }).toEqual(classifyRepayment(r));
      }
      const d = delinquencyOf({ kind: p.loan.kind, dues: p.loan.dues, payments: p.repayments, asOf: AS_OF });
      expect(p.loan.delinquency).toEqual(d);
    }
  });

  it('mixes behaviours roughly as documented, and the delinquency follows the behaviour', () => {
    const mix = Object.fromEntries(REPAYMENT_BEHAVIOURS.map((b) => [b, share(sample, (p) => p.behaviour === b)])) as Record<RepaymentBehaviour, number>;
    expect(mix.ON_TIME).toBeGreaterThan(0.52);
    expect(mix.ON_TIME).toBeLessThan(0.72);
    expect(mix.LATE_CATCH_UP).toBeGreaterThan(0.09);
    expect(mix.LATE_CATCH_UP).toBeLessThan(0.22);
    expect(mix.STOPPED_RECENTLY).toBeGreaterThan(0.09);
    expect(mix.STOPPED_RECENTLY).toBeLessThan(0.22);
    expect(mix.STOPPED_LONG_AGO).toBeGreaterThan(0.03);
    expect(mix.STOPPED_LONG_AGO).toBeLessThan(0.13);

    const dpd = (b: RepaymentBehaviour) => sample.filter((p) => p.behaviour === b).map((p) => p.loan.delinquency.daysPastDue);
    // On-time payers are current but for a rare payment a day or three late on the newest due.
    expect(dpd('ON_TIME').filter((x) => x > 3)).toEqual([]);
    expect(dpd('ON_TIME').filter((x) => x > 0).length / dpd('ON_TIME').length).toBeLessThan(0.03);
    // Late payers are at most about a month behind; some are behind now.
    expect(Math.max(...dpd('LATE_CATCH_UP'))).toBeLessThanOrEqual(65);
    expect(dpd('LATE_CATCH_UP').some((x) => x > 0)).toBe(true);
    // Stopped 1-3 instalments ago: 1 to about 90 days past due (a late payment before stopping may add a month).
    for (const x of dpd('STOPPED_RECENTLY')) expect(x).toBeGreaterThanOrEqual(1);
    expect(share(sample.filter((p) => p.behaviour === 'STOPPED_RECENTLY'), (p) => p.loan.delinquency.daysPastDue <= 93)).toBeGreaterThan(0.9);
    // Stopped 4+ ago: 90+ days, and some instalment loans past the 120-day charge-off.
    const long = sample.filter((p) => p.behaviour === 'STOPPED_LONG_AGO');
    expect(share(long, (p) => p.loan.delinquency.daysPastDue >= 89)).toBeGreaterThan(0.95);
    expect(long.some((p) => p.loan.kind === 'INSTALLMENT' && p.loan.delinquency.chargeOffDue)).toBe(true);
    expect(share(long, (p) => p.loan.delinquency.chargeOffDue)).toBeLessThan(0.8);
    // Every bucket is represented: a queue with variety.
    expect(new Set(sample.map((p) => p.loan.delinquency.bucket))).toEqual(new Set(['CURRENT', 'DPD_1_30', 'DPD_31_60', 'DPD_61_90', 'DPD_90_PLUS']));
    // On-time, late and short payments are all in the history.
    const statuses = new Set(sample.flatMap((p) => p.repayments.map((r) => r.status)));
    expect(statuses).toEqual(new Set(['ON_TIME', 'LATE', 'SHORT']));
  });

  it('makes riskier customers fall behind more often', () => {
    const byRisk = [...sample].sort((a, b) => a.truePd - b.truePd);
    const third = Math.floor(byRisk.length / 3);
    const low = byRisk.slice(0, third);
    const high = byRisk.slice(-third);
    const stopped = (p: PlannedLoan) => p.behaviour === 'STOPPED_RECENTLY' || p.behaviour === 'STOPPED_LONG_AGO';
    const behind = (p: PlannedLoan) => p.loan.delinquency.daysPastDue > 0;
    expect(share(high, stopped)).toBeGreaterThan(2 * share(low, stopped));
    expect(share(high, behind)).toBeGreaterThan(2 * share(low, behind));
    expect(share(high, (p) => p.behaviour === 'STOPPED_LONG_AGO')).toBeGreaterThan(share(low, (p) => p.behaviour === 'STOPPED_LONG_AGO'));
    // The model: monotone in the true PD; strategic unwillingness adds to it.
    const stop = (pd: number, strategic = false) => 1 - behaviourProbabilities(pd, strategic).ON_TIME - behaviourProbabilities(pd, strategic).LATE_CATCH_UP;
    expect(stop(0.01)).toBeLessThan(stop(0.03));
    expect(stop(0.03)).toBeLessThan(stop(0.1));
    expect(stop(0.03)).toBeLessThan(stop(0.03, true));
    for (const pd of [0.005, 0.03, 0.3]) {
      const total = Object.values(behaviourProbabilities(pd, false)).reduce((a, b) => a + b, 0);
      expect(total).toBeCloseTo(1, 10);
    }
    // The decision's PD ranks like the truth (a model sees part of it).
    const pdLow = low.reduce((s, p) => s + p.decision.probabilityOfDefault, 0) / low.length;
    const pdHigh = high.reduce((s, p) => s + p.decision.probabilityOfDefault, 0) / high.length;
    expect(pdHigh).toBeGreaterThan(1.5 * pdLow);
  });

  it('draws from traits that do not depend on the transaction density', () => {
    for (const id of [1, 2, 3]) {
      const lean = generateCustomer(SEED, id, 0);
      const full = generateCustomer(SEED, id, 20);
      expect(lean.traits).toEqual(full.traits);
      expect(lean.bureau).toEqual(full.bureau);
      expect({ ...lean.customer, spendProfile: null }).toEqual({ ...full.customer, spendProfile: null });
    }
  });
});

describe('the loan book, written by seedDatabase on PGlite', () => {
  let database: Database;
  let summary: Awaited<ReturnType<typeof seedDatabase>>;

  async function rows<T = Record<string, unknown>>(text: string): Promise<T[]> {
    if (database.raw.kind !== 'pglite') throw new Error('these tests run on PGlite');
    return (await database.raw.pg.query<T>(text)).rows;
  }

  beforeAll(async () => {
    database = await openDatabase({ pgliteDir: 'memory://' });
    await database.migrate();
    summary = await seedDatabase(database, { customers: 150, seed: SEED, embedder: new FakeEmbedder(), transactionsPerMonth: 0, needEmbeddings: false, now: AS_OF });
  }, 120_000);

  afterAll(async () => {
    await database?.close();
  });

  it('writes each planned loan with its application, decision, repayments and limit', async () => {
    const planned = drawLoanBook({ seed: SEED, customers: 150, tenantCustomers: tenantCounts(SEED, 150), asOf: AS_OF });
    expect(summary.loanBook).toMatchObject({ loans: planned.length, repayments: planned.reduce((n, p) => n + p.repayments.length, 0) });
    const [counts] = await rows<Record<string, number>>(`select
      (select count(*)::int from loan_applications where status = 'DISBURSED' and submitted_by = 'seed') as applications,
      (select count(*)::int from credit_decisions where outcome = 'APPROVE' and model_version = 'seed-loan-book' and policy_version = 1) as decisions,
      (select count(*)::int from loans where status = 'ACTIVE') as loans,
      (select count(*)::int from repayments where recorded_by = 'seed') as repayments,
      (select count(*)::int from credit_limits) as limits,
      (select count(*)::int from credit_policies where version = 1) as policies`);
    expect(counts).toEqual({
      applications: planned.length,
      decisions: planned.length,
      loans: planned.length,
      repayments: summary.loanBook!.repayments,
      limits: planned.filter((p) => p.loan.kind === 'REVOLVING').length,
      policies: TENANTS.length,
    });

    const stored = await rows<{ customer_id: number; tenant_id: string; key: string; product_id: string; dues: { dueDate: string; amount: number }[]; days_past_due: number; bucket: string; total_paid: number; schedule: unknown[]; loan_id: number }>(`
      select a.customer_id, a.tenant_id, a.idempotency_key as key, l.product_id, l.dues, l.days_past_due, l.bucket, l.total_paid,
             d.repayment_schedule as schedule, l.id::int as loan_id
      from loans l join loan_applications a on a.id = l.application_id join credit_decisions d on d.application_id = a.id
      where l.customer_id = a.customer_id and l.tenant_id = a.tenant_id order by a.customer_id`);
    expect(stored).toHaveLength(planned.length);
    for (const [i, p] of planned.entries()) {
      const s = stored[i];
      expect(s).toMatchObject({ customer_id: p.customerId, tenant_id: p.tenantId, key: `seed-loan-${p.customerId}`, product_id: p.product.id, dues: p.loan.dues, days_past_due: p.loan.delinquency.daysPastDue, bucket: p.loan.delinquency.bucket });
      expect(s.total_paid).toBeCloseTo(p.loan.delinquency.totalPaid, 2);
    }

    // Repayments belong to their loan's application and customer, keyed by loan and due number.
    const orphans = await rows<{ n: number }>(`
      select count(*)::int as n from repayments r
      left join loans l on l.application_id = r.application_id and l.customer_id = r.customer_id and r.idempotency_key like 'seed-repay-' || l.id || '-%'
      where l.id is null`);
    expect(orphans[0].n).toBe(0);
    const customersOfTenants = await rows<{ n: number }>(`select count(*)::int as n from loans l join customers c on c.id = l.customer_id where c.tenant_id <> l.tenant_id`);
    expect(customersOfTenants[0].n).toBe(0);
  });

  it('refuses a reference date that is not a date, before writing anything', async () => {
    // (Without the risk model there is no loan book: seed.test.ts seeds so and sees no 'loan book' phase.)
    await expect(seedDatabase(database, { customers: 1, seed: 1, embedder: new FakeEmbedder(), now: new Date('nope') })).rejects.toThrow(/now/);
  });
});
