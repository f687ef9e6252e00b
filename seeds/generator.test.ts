import { describe, expect, it } from 'vitest';
import { REGIONS, SEGMENTS, TRANSACTION_CHANNELS } from '../server/src/domain/reference.js';
import { LEDGER_END_MS, LEDGER_MONTHS, istMonth, istTime } from './calendar.js';
import { catalogProduct } from './catalog.js';
import { generateCustomer, generateCustomers, type GeneratedCustomer } from './generator.js';
import { isEligible, MAX_HOLDINGS } from './holdings.js';
import { persona } from './personas.js';
import { Random } from './random.js';
import { computeSpendProfile } from './spend-profile.js';
import { tenantSeed } from './tenants.js';

const take = (seed: number, customers: number, transactionsPerMonth?: number) => [...generateCustomers({ seed, customers, transactionsPerMonth })];

/**
 * Outflow categories: the keys the need-profile text knows how to say (texts.ts SPEND_WORDS),
 * and the bank's charge for a bounced payment (risk.ts), too small ever to be a top category.
 */
const SPEND_CATEGORIES = new Set([
  'groceries', 'rent', 'dining', 'travel', 'fuel', 'utilities', 'shopping', 'education', 'healthcare',
  'emi', 'insurance_premium', 'investments', 'farm_inputs', 'inventory', 'payroll', 'entertainment',
  'bounce_charge',
]);

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('Random', () => {
  it('repeats for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, ((r) => () => r.nextUint32())(new Random(seed)));
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('draws uniform values in [0, 1) with a plausible mean', () => {
    const r = new Random(7);
    const xs = Array.from({ length: 20_000 }, () => r.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(mean(xs)).toBeCloseTo(0.5, 1);
  });
});

describe('generator determinism', () => {
  it('gives the same customers, holdings and transactions for the same seed', () => {
    expect(take(42, 40)).toEqual(take(42, 40));
  });

  it('gives the first N customers whatever the total, and any customer on its own', () => {
    const small = take(42, 25);
    expect(take(42, 120).slice(0, 25)).toEqual(small);
    expect(generateCustomer(42, 17)).toEqual(small[16]);
  });

  it('gives different customers for a different seed', () => {
    const a = take(42, 30).map((g) => g.customer);
    const b = take(43, 30).map((g) => g.customer);
    expect(a).not.toEqual(b);
    expect(a.filter((c, i) => c.name === b[i].name && c.annualIncome === b[i].annualIncome).length).toBeLessThan(3);
  });

  it('keeps the customer the same whatever the transaction density', () => {
    const dense = take(9, 60, 30);
    const none = take(9, 60, 0);
    for (let i = 0; i < dense.length; i++) {
      expect(none[i].transactions).toEqual([]);
      expect(none[i].holdings).toEqual(dense[i].holdings);
      const { spendProfile: a, ...restA } = dense[i].customer;
      const { spendProfile: b, ...restB } = none[i].customer;
      expect(restB).toEqual(restA);
      // Amounts come from the same monthly plan, so they agree exactly; channels only in expectation.
      expect(b.categoryShare).toEqual(a.categoryShare);
      expect(b.monthlyInflowMean).toBe(a.monthlyInflowMean);
      expect(b.monthlyOutflowMean).toBe(a.monthlyOutflowMean);
      expect(b.inflowVariability).toBe(a.inflowVariability);
      expect(b.peakMonths).toEqual(a.peakMonths);
      for (const [channel, share] of Object.entries(a.channelShare)) expect(Math.abs((b.channelShare[channel] ?? 0) - share)).toBeLessThan(0.15);
    }
  });
});

describe('generated population (5,000 customers)', () => {
  const population: GeneratedCustomer[] = take(2024, 5000, 0);
  const customers = population.map((g) => g.customer);

  it('numbers customers 1..N', () => {
    expect(customers.map((c) => c.id)).toEqual(Array.from({ length: 5000 }, (_, i) => i + 1));
  });

  it('leaves about 10% without a bureau score, more among credit builders', () => {
    const missing = customers.filter((c) => c.creditScore === null).length / customers.length;
    expect(missing).toBeGreaterThan(0.08);
    expect(missing).toBeLessThan(0.12);
    const builders = customers.filter((c) => c.segment === 'CREDIT_BUILDER');
    expect(builders.filter((c) => c.creditScore === null).length / builders.length).toBeGreaterThan(0.2);
    const scores = customers.map((c) => c.creditScore).filter((s): s is number => s !== null);
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(300);
    expect(Math.max(...scores)).toBeLessThanOrEqual(850);
  });

  it('puts about 10% with the white-label tenant', () => {
    const share = customers.filter((c) => c.tenantId === 'northwind').length / customers.length;
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.12);
  });

  it('covers every segment and region, with farmers in the farm belt', () => {
    expect(new Set(customers.map((c) => c.segment))).toEqual(new Set(SEGMENTS));
    expect(new Set(customers.map((c) => c.region))).toEqual(new Set(REGIONS));
    const farmers = customers.filter((c) => c.segment === 'FARMER');
    const inPunjabOrUp = farmers.filter((c) => c.region === 'Punjab' || c.region === 'Uttar Pradesh').length / farmers.length;
    expect(inPunjabOrUp).toBeGreaterThan(0.35);
    expect(farmers.some((c) => c.region === 'Delhi')).toBe(false);
  });

  it('gives each persona its kind, age or years in business, and income band', () => {
    for (const c of customers) {
      const p = persona(c.segment);
      expect(c.kind).toBe(p.kind);
      expect(c.annualIncome).toBeGreaterThanOrEqual(p.income.min);
      expect(c.annualIncome).toBeLessThanOrEqual(p.income.max);
      if (c.kind === 'BUSINESS') {
        expect(c.age).toBeNull();
        expect(c.yearsInBusiness).toBeGreaterThanOrEqual(1);
      } else {
        expect(c.yearsInBusiness).toBeNull();
        expect(c.age).toBeGreaterThanOrEqual(p.ageRange![0]);
        expect(c.age).toBeLessThanOrEqual(p.ageRange![1]);
        expect(c.name.split(' ').length).toBeGreaterThanOrEqual(2);
      }
      expect(c.goals.length).toBeGreaterThan(5);
      expect(c.employment.length).toBeGreaterThan(3);
    }
    const median = (seg: string) => {
      const xs = customers.filter((c) => c.segment === seg).map((c) => c.annualIncome).sort((a, b) => a - b);
      return xs[Math.floor(xs.length / 2)];
    };
    expect(median('AFFLUENT')).toBeGreaterThan(3 * median('YOUNG_PROFESSIONAL'));
    expect(median('YOUNG_PROFESSIONAL')).toBeGreaterThan(median('CREDIT_BUILDER'));
    expect(median('SMALL_BUSINESS')).toBeGreaterThan(median('AFFLUENT'));
  });

  it('varies goals within a persona', () => {
    const farmerGoals = new Set(customers.filter((c) => c.segment === 'FARMER').map((c) => c.goals));
    expect(farmerGoals.size).toBeGreaterThan(8);
    expect([...farmerGoals].some((g) => g.includes('tractor'))).toBe(true);
  });

  it('holds 1-5 products, each offered by the tenant and within the customer’s eligibility', () => {
    for (const { customer: c, holdings } of population) {
      expect(holdings.length).toBeGreaterThanOrEqual(1);
      expect(holdings.length).toBeLessThanOrEqual(MAX_HOLDINGS);
      expect(new Set(holdings.map((h) => h.productId)).size).toBe(holdings.length);
      const offered = new Set(tenantSeed(c.tenantId).productIds);
      for (const h of holdings) {
        expect(offered.has(h.productId), `${c.tenantId} ${h.productId}`).toBe(true);
        expect(isEligible(catalogProduct(h.productId), c), `${c.id} ${h.productId}`).toBe(true);
        expect(h.customerId).toBe(c.id);
        expect(h.openedAt.getTime()).toBeLessThan(LEDGER_END_MS);
        expect(h.balance).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('gives personas the products that fit them', () => {
    const share = (segment: string, test: (id: string) => boolean) => {
      const members = population.filter((g) => g.customer.segment === segment);
      return members.filter((g) => g.holdings.some((h) => test(h.productId))).length / members.length;
    };
    const tagged = (tag: string) => (id: string) => catalogProduct(id).tags.includes(tag);
    expect(share('FARMER', tagged('agriculture'))).toBeGreaterThan(0.6);
    expect(share('AFFLUENT', tagged('premium'))).toBeGreaterThan(0.6);
    expect(share('RETIREMENT_PLANNER', (id) => tagged('retirement')(id) || tagged('senior')(id))).toBeGreaterThan(0.5);
    expect(share('SMALL_BUSINESS', (id) => catalogProduct(id).customerKind === 'BUSINESS')).toBeGreaterThan(0.8);
    expect(share('YOUNG_PROFESSIONAL', tagged('agriculture'))).toBeLessThan(0.1);
  });

  it('makes farmers’ income seasonal and salaries steady', () => {
    const variability = (segment: string) => mean(customers.filter((c) => c.segment === segment).map((c) => c.spendProfile.inflowVariability));
    expect(variability('FARMER')).toBeGreaterThan(0.8);
    expect(variability('YOUNG_PROFESSIONAL')).toBeLessThan(0.3);
    expect(variability('FARMER')).toBeGreaterThan(3 * variability('YOUNG_PROFESSIONAL'));
    const farmers = customers.filter((c) => c.segment === 'FARMER' && c.region !== 'Kerala');
    const harvestPeaks = farmers.filter((c) => c.spendProfile.peakMonths.length > 0 && c.spendProfile.peakMonths.every((m) => [3, 4, 10, 11].includes(m)));
    expect(harvestPeaks.length / farmers.length).toBeGreaterThan(0.9);
  });

  it('summarises spending with shares that add up to one', () => {
    for (const c of customers) {
      const sp = c.spendProfile;
      const categories = Object.values(sp.categoryShare).reduce((a, b) => a + b, 0);
      const channels = Object.values(sp.channelShare).reduce((a, b) => a + b, 0);
      expect(categories).toBeCloseTo(1, 2);
      expect(channels).toBeCloseTo(1, 2);
      for (const k of Object.keys(sp.categoryShare)) expect(SPEND_CATEGORIES.has(k), k).toBe(true);
      for (const k of Object.keys(sp.channelShare)) expect(TRANSACTION_CHANNELS).toContain(k);
      expect(sp.monthlyInflowMean).toBeGreaterThan(0);
      expect(sp.monthlyOutflowMean).toBeGreaterThan(0);
    }
    const topFarmerCategory = customers.filter((c) => c.segment === 'FARMER').map((c) => Object.keys(c.spendProfile.categoryShare)[0]);
    expect(topFarmerCategory.filter((k) => k === 'farm_inputs').length / topFarmerCategory.length).toBeGreaterThan(0.5);
  });
});

describe('transactions', () => {
  const sample = take(5, 300);
  const start = istTime(LEDGER_MONTHS[0].year, LEDGER_MONTHS[0].month, 1);

  it('cover twelve months up to the fixed ledger end, 15-30 a month on average', () => {
    for (const { customer, transactions } of sample) {
      const perMonth = transactions.length / 12;
      expect(perMonth).toBeGreaterThan(12);
      expect(perMonth).toBeLessThan(40);
      // One assertion per customer: per-row expects would dominate the run time.
      const bad = transactions.filter(
        (t) =>
          t.customerId !== customer.id ||
          t.occurredAt.getTime() < start ||
          t.occurredAt.getTime() > LEDGER_END_MS ||
          !Number.isInteger(t.amount) ||
          t.amount === 0 ||
          !(TRANSACTION_CHANNELS as readonly string[]).includes(t.channel) ||
          (t.amount < 0 && !SPEND_CATEGORIES.has(t.category)),
      );
      expect(bad).toEqual([]);
    }
    const overall = sample.reduce((n, g) => n + g.transactions.length, 0) / sample.length / 12;
    expect(overall).toBeGreaterThan(15);
    expect(overall).toBeLessThan(30);
  });

  it('pay salaries monthly and crop sales at harvest', () => {
    const salaried = sample.find((g) => g.transactions.filter((t) => t.category === 'salary').length === 12);
    expect(salaried).toBeDefined();
    const farmer = sample.find((g) => g.customer.segment === 'FARMER' && g.customer.region !== 'Kerala')!;
    const saleMonths = new Set(farmer.transactions.filter((t) => t.category === 'crop_sale').map((t) => istMonth(t.occurredAt.getTime())));
    for (const m of saleMonths) expect([3, 4, 10, 11]).toContain(m);
  });

  it('are what the stored spend profile summarises', () => {
    for (const { customer, transactions } of sample.slice(0, 50)) {
      expect(computeSpendProfile(transactions)).toEqual(customer.spendProfile);
    }
  });

  it('can be switched off', () => {
    expect(take(5, 20, 0).every((g) => g.transactions.length === 0)).toBe(true);
  });
});
