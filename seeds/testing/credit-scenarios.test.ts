import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../server/src/db/index.js';
import { creditFeatures, isSeasonalIncome, transactionFeatures, type AltTransaction } from '../../server/src/domain/credit/features.js';
import { altDataSignals } from '../../server/src/domain/credit/feature-catalog.js';
import { SEED_AS_OF } from '../generator.js';
import { seedDatabase } from '../index.js';
import { CREDIT_SCENARIOS, distressedBorrower, insertScenarioCustomer, newToCreditGigWorker, seasonalFarmer, strategicDefaulter, type ScenarioCustomer } from './credit-scenarios.js';
import { FakeEmbedder } from './fake-embedder.js';

const alt = (s: ScenarioCustomer, asOf = SEED_AS_OF) => transactionFeatures(s.transactions, asOf);

function model(s: ScenarioCustomer, amount: number, instalment: number) {
  const c = s.customer;
  return creditFeatures({
    alt: alt(s),
    profile: { kind: c.kind, age: c.age, yearsInBusiness: c.yearsInBusiness, annualIncome: c.annualIncome },
    application: { amount, termMonths: 24, productCategory: 'PERSONAL_LOAN', monthlyInstalment: instalment },
    bureau: s.bureau,
  });
}

describe('credit scenarios', () => {
  it('are deterministic, complete and consistent statements', () => {
    for (const [name, build] of Object.entries(CREDIT_SCENARIOS)) {
      const s = build();
      expect(build(), name).toEqual(s);
      expect(s.transactions.length, name).toBeGreaterThan(150);
      let previous: number | null = null;
      let time = -Infinity;
      for (const t of s.transactions) {
        expect(t.occurredAt.getTime()).toBeGreaterThanOrEqual(time);
        expect(Number.isInteger(t.amount) && t.amount !== 0).toBe(true);
        if (previous != null) expect(t.balanceAfter).toBe(previous + t.amount);
        expect(t.balanceAfter!, name).toBeGreaterThanOrEqual(0);
        previous = t.balanceAfter;
        time = t.occurredAt.getTime();
      }
      expect(s.bureau.hit).toBe(s.customer.creditScore != null);
      expect(s.bureau.score).toBe(s.customer.creditScore);
      expect(alt(s).monthsObserved, name).toBe(12);
    }
  });

  it('1. new to credit: no bureau file, but a year of regular UPI gig income and bills paid', () => {
    const s = newToCreditGigWorker();
    const f = alt(s);
    expect(s.customer.age).toBe(22);
    expect(s.bureau.hit).toBe(false);
    expect(f.incomePattern).toBe('GIG');
    expect(f.monthsWithIncome).toBe(12);
    expect(f.incomeRegularity!).toBeGreaterThan(0.8);
    expect(f.upiConsistency).toBe(1);
    expect(f.billPaymentConsistency).toBe(1);
    expect(f.bouncedPayments + f.paydayLoans + f.missedBillPayments).toBe(0);
    expect(f.balanceTrend!).toBeGreaterThan(0);
    expect(f.monthlyIncome).toBeGreaterThan(18_000);
    expect(f.monthlyIncome).toBeLessThan(28_000);
    const v = model(s, 30_000, 1_450);
    expect(v.bureau_score).toBeNull();
    expect(v.bureau_delinquencies_24m).toBeNull();
    expect(v.income_months).toBe(12);
    expect(altDataSignals(f)).toEqual({ distress: [], wilful: [] });
  });

  it('2. farmer: harvest income in October-November and March-April, bills paid, a bureau file', () => {
    const s = seasonalFarmer();
    const f = alt(s);
    expect(f.incomePattern).toBe('HARVEST');
    expect(new Set(f.peakIncomeMonths)).toEqual(new Set([10, 11, 3, 4]));
    expect(f.incomeSeasonality!).toBeGreaterThan(0.8);
    expect(isSeasonalIncome(f)).toBe(true);
    expect(f.billPaymentConsistency).toBe(1);
    expect(f.bouncedPayments + f.paydayLoans).toBe(0);
    expect(f.monthlyObligations).toBeCloseTo((2 * 56_000) / 12, 0);
    expect(s.bureau.hit).toBe(true);
    expect(model(s, 200_000, 9_000).bureau_score).toBe(688);
    // Drawing the balance down between harvests is not distress.
    expect(altDataSignals(f)).toEqual({ distress: [], wilful: [] });
  });

  it('3. strategic defaulter: EMIs bounce with a high balance; the bureau flags wilful default', () => {
    const s = strategicDefaulter();
    const f = alt(s);
    expect(f.bouncedPayments).toBe(3);
    expect(f.bouncesWithFunds).toBe(3);
    expect(f.balanceBufferMonths!).toBeGreaterThan(3);
    expect(f.paydayLoans).toBe(0);
    expect(f.incomeRegularity).toBe(1);
    const v = model(s, 500_000, 24_000);
    expect(v.bureau_wilful_default).toBe(1);
    expect(v.bureau_written_off_accounts).toBe(1);
    expect(v.wilful_bounces_12m).toBe(3);
    expect(altDataSignals(f)).toEqual({ distress: [], wilful: ['Three payments bounced while the account held enough to cover them'] });
  });

  it('4. distress: payday loans, a falling balance, bounces without funds, missed bills, high debt-to-income', () => {
    const s = distressedBorrower();
    const f = alt(s);
    expect(f.paydayLoans).toBe(3);
    expect(f.paydayLoanAmount).toBeGreaterThan(0);
    expect(f.balanceTrend!).toBeLessThan(0);
    expect(f.balanceBufferMonths!).toBeLessThan(0.6);
    expect(f.bouncedPayments).toBe(5);
    expect(f.bouncesWithFunds).toBe(0);
    expect(f.missedBillPayments).toBeGreaterThanOrEqual(7); // five bounced EMIs and two months of bills
    expect(f.billPaymentConsistency!).toBeLessThan(0.9);
    expect(f.debtToIncome!).toBeGreaterThan(0.45);
    const v = model(s, 100_000, 5_000);
    expect(v.debt_to_income_after as number).toBeGreaterThan(0.6);
    expect(v.bureau_enquiries_6m).toBe(6);
    const signals = altDataSignals(f);
    expect(signals.wilful).toEqual([]);
    expect(signals.distress.length).toBeGreaterThanOrEqual(3);
  });

  it('move with the decision date', () => {
    const asOf = new Date('2027-03-15T06:00:00Z');
    for (const build of Object.values(CREDIT_SCENARIOS)) {
      const later = build({ asOf });
      const first = later.transactions[0].occurredAt.toISOString();
      const last = later.transactions.at(-1)!.occurredAt.toISOString();
      expect(first >= '2026-02-28T18:30:00.000Z').toBe(true); // 1 March 2026, IST
      expect(last < '2027-02-28T18:30:00.000Z').toBe(true); // before 1 March 2027, IST
      const f = alt(later, asOf);
      expect(f.monthsObserved).toBe(12);
    }
    expect(alt(distressedBorrower({ asOf }), asOf).paydayLoans).toBe(3);
    expect(alt(seasonalFarmer({ asOf }), asOf).incomePattern).toBe('HARVEST');
  });
});

describe('insertScenarioCustomer', () => {
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase({ pgliteDir: 'memory://' });
    await database.migrate();
    await seedDatabase(database, { customers: 0, seed: 1, embedder: new FakeEmbedder(), riskModel: false }); // the catalog
  });

  afterAll(async () => {
    await database?.close();
  });

  it('writes the customer, holdings, transactions and bureau file, readable as they were built', async () => {
    if (database.raw.kind !== 'pglite') throw new Error('PGlite only');
    const pg = database.raw.pg;
    const ids = [9_000_001, 9_000_002, 9_000_003, 9_000_004];
    const scenarios = Object.values(CREDIT_SCENARIOS).map((build) => build());
    for (let i = 0; i < ids.length; i++) await insertScenarioCustomer(database, 'demo', ids[i], scenarios[i]);
    const customers = await pg.query<{ id: number; credit_score: number | null }>('select id, credit_score from customers order by id');
    expect(customers.rows.map((c) => c.id)).toEqual(ids);
    for (let i = 0; i < ids.length; i++) {
      const stored = await pg.query<{ occurred_at: Date; amount: number; category: string; channel: string; balance_after: number; description: string }>(
        `select occurred_at, amount, category, channel, balance_after, description from transactions where customer_id = ${ids[i]} order by occurred_at, id`,
      );
      const txns: AltTransaction[] = stored.rows.map((r) => ({ occurredAt: new Date(r.occurred_at), amount: r.amount, category: r.category, channel: r.channel, balanceAfter: r.balance_after, description: r.description }));
      expect(transactionFeatures(txns, SEED_AS_OF)).toEqual(alt(scenarios[i]));
      const bureau = await pg.query<{ report: { subjectRef: string; hit: boolean } }>(`select report from bureau_records where subject_ref = 'demo:${ids[i]}'`);
      expect(bureau.rows[0].report.subjectRef).toBe(`demo:${ids[i]}`);
      expect(bureau.rows[0].report.hit).toBe(scenarios[i].bureau.hit);
      const holdings = await pg.query<{ n: number }>(`select count(*)::int as n from holdings where customer_id = ${ids[i]}`);
      expect(holdings.rows[0].n).toBe(scenarios[i].holdings.length);
    }
  });
});
