// The synthetic outcome history must encode real risk, not noise: defaults follow a true
// probability of default built from latent traits, and the traits leave observable traces that
// a model can learn from (and only those).
import { describe, expect, it } from 'vitest';
import { MODEL_FEATURES } from '../server/src/domain/credit/features.js';
import { DAY_MS, LEDGER_END_MS } from './calendar.js';
import { generateCustomers, type GeneratedCustomer, type OutcomeSeed } from './generator.js';
import { severity } from './risk.js';

/** Area under the ROC curve of a risk score (ties count half). */
function auc(risk: number[], bad: boolean[]): number {
  const order = risk.map((_, i) => i).sort((a, b) => risk[a] - risk[b]);
  const ranks = new Array<number>(risk.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && risk[order[j + 1]] === risk[order[i]]) j++;
    for (let k = i; k <= j; k++) ranks[order[k]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  let positives = 0;
  let rankSum = 0;
  bad.forEach((b, i) => {
    if (b) {
      positives++;
      rankSum += ranks[i];
    }
  });
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * (bad.length - positives));
}

const badRate = (xs: OutcomeSeed[]) => xs.filter((o) => o.defaulted).length / xs.length;
const num = (o: OutcomeSeed, feature: string) => o.features[feature] as number | null;

describe('credit risk in the synthetic data (5,000 customers)', () => {
  const population: GeneratedCustomer[] = [...generateCustomers({ seed: 2024, customers: 5000 })];
  const outcomes = population.flatMap((g) => g.outcomes);

  it('gives most borrowers one or two past credits, and none to those who never borrowed', () => {
    expect(outcomes.length / population.length).toBeGreaterThan(0.7);
    expect(outcomes.length / population.length).toBeLessThan(1.3);
    for (const g of population) {
      expect(g.outcomes.length).toBeLessThanOrEqual(2);
      if (!g.traits.everBorrowed) expect(g.outcomes).toEqual([]);
    }
    expect(population.some((g) => !g.traits.everBorrowed)).toBe(true);
    const earliest = LEDGER_END_MS - 31 * 30.44 * DAY_MS;
    const latest = LEDGER_END_MS - 11.9 * 30.44 * DAY_MS;
    for (const g of population) {
      for (const o of g.outcomes) {
        expect(o.customerId).toBe(g.customer.id);
        expect(o.tenantId).toBe(g.customer.tenantId);
        expect(o.source).toBe('SEED');
        expect(o.amount).toBeGreaterThan(0);
        expect(Object.keys(o.features)).toEqual([...MODEL_FEATURES]);
        expect(o.grantedAt.getTime()).toBeGreaterThan(earliest);
        expect(o.grantedAt.getTime()).toBeLessThan(latest);
      }
    }
    // New-to-credit borrowers (small credits the bureau never saw) are scored without bureau features.
    const thin = outcomes.filter((o) => o.features.bureau_score === null);
    expect(thin.length / outcomes.length).toBeGreaterThan(0.03);
    for (const o of thin) expect(o.features.bureau_delinquencies_24m).toBeNull();
  });

  it('draws defaults from the true probability of default: a bad rate of 8-15%', () => {
    const rate = badRate(outcomes);
    expect(rate).toBeGreaterThan(0.08);
    expect(rate).toBeLessThan(0.15);
    const meanPd = outcomes.reduce((a, o) => a + o.truePd, 0) / outcomes.length;
    expect(Math.abs(meanPd - rate)).toBeLessThan(0.02);
  });

  it('encodes real risk: the worst decile of true PD defaults many times more than the best', () => {
    const sorted = outcomes.slice().sort((a, b) => a.truePd - b.truePd);
    const decile = (d: number) => sorted.slice(Math.floor((d * sorted.length) / 10), Math.floor(((d + 1) * sorted.length) / 10));
    const best = badRate(decile(0));
    const worst = badRate(decile(9));
    expect(worst).toBeGreaterThan(0.35);
    expect(worst).toBeGreaterThan(5 * Math.max(best, 0.01));
    expect(badRate([...decile(7), ...decile(8), ...decile(9)])).toBeGreaterThan(3 * badRate([...decile(0), ...decile(1), ...decile(2)]));
  });

  it('leaves the risk in what a model sees: distress signs, bureau file, balances', () => {
    const withPayday = outcomes.filter((o) => num(o, 'payday_loans_12m')! > 0);
    const without = outcomes.filter((o) => num(o, 'payday_loans_12m') === 0);
    expect(withPayday.length).toBeGreaterThan(100);
    expect(badRate(withPayday)).toBeGreaterThan(2.5 * badRate(without));

    const bills = outcomes.filter((o) => num(o, 'bill_payment_consistency') != null);
    expect(badRate(bills.filter((o) => num(o, 'bill_payment_consistency')! < 0.95))).toBeGreaterThan(2 * badRate(bills.filter((o) => num(o, 'bill_payment_consistency') === 1)));

    const bad = outcomes.map((o) => o.defaulted);
    const univariate = (feature: string, sign: 1 | -1, missing: number) => auc(outcomes.map((o) => sign * (num(o, feature) ?? missing)), bad);
    expect(univariate('payday_loans_12m', 1, 0)).toBeGreaterThan(0.65);
    expect(univariate('bureau_score', -1, -650)).toBeGreaterThan(0.6);
    expect(univariate('bureau_enquiries_6m', 1, 1)).toBeGreaterThan(0.6);
    expect(univariate('balance_buffer_months', -1, 0)).toBeGreaterThan(0.6);
    expect(univariate('balance_trend', -1, 0)).toBeGreaterThan(0.6);
    expect(univariate('debt_to_income_after', 1, 0.3)).toBeGreaterThan(0.6);
    expect(univariate('income_regularity', -1, 0)).toBeGreaterThan(0.58);
  });

  it('is learnable but not perfectly: AUC of the true PD about 0.86, a simple model on features near 0.78', () => {
    const half = outcomes.length >> 1;
    const train = outcomes.slice(0, half);
    const test = outcomes.slice(half);
    const ceiling = auc(
      test.map((o) => o.truePd),
      test.map((o) => o.defaulted),
    );
    expect(ceiling).toBeGreaterThan(0.8);
    expect(ceiling).toBeLessThan(0.92);
    // Naive Bayes on quintile bins: the sum of each feature's weight of evidence, learnt on one half.
    const bins = new Map<string, number[]>();
    for (const f of MODEL_FEATURES) {
      const xs = train.map((o) => o.features[f]).filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
      bins.set(f, xs.length === 0 ? [] : [...new Set([0.2, 0.4, 0.6, 0.8].map((q) => xs[Math.floor(q * (xs.length - 1))]))]);
    }
    const key = (f: string, v: number | string | null) => (v == null ? 'missing' : typeof v === 'string' ? v : `bin${bins.get(f)!.filter((c) => v > c).length}`);
    const bads = train.filter((o) => o.defaulted).length;
    const goods = train.length - bads;
    const woe = new Map<string, number>();
    for (const f of MODEL_FEATURES) {
      const counts = new Map<string, [number, number]>();
      for (const o of train) {
        const k = `${f}|${key(f, o.features[f])}`;
        const c = counts.get(k) ?? [0, 0];
        c[o.defaulted ? 0 : 1]++;
        counts.set(k, c);
      }
      for (const [k, [b, g]] of counts) woe.set(k, Math.log((b + 0.5) / bads / ((g + 0.5) / goods)));
    }
    const score = (o: OutcomeSeed) => MODEL_FEATURES.reduce((a, f) => a + (woe.get(`${f}|${key(f, o.features[f])}`) ?? 0), 0);
    const learnt = auc(
      test.map(score),
      test.map((o) => o.defaulted),
    );
    expect(learnt).toBeGreaterThan(0.72);
    expect(learnt).toBeLessThan(ceiling);
  });

  it('shows strategic defaulters as able but unwilling: bounces with money in the account, a bureau flag', () => {
    const strategic = population.filter((g) => g.traits.strategic);
    const others = population.filter((g) => !g.traits.strategic);
    expect(strategic.length).toBeGreaterThan(50);
    const wilfulBounces = (g: GeneratedCustomer) => (g.outcomes[0]?.features.wilful_bounces_12m as number | undefined) ?? null;
    const shown = strategic.filter((g) => g.outcomes.length > 0);
    expect(shown.filter((g) => wilfulBounces(g)! > 0).length / shown.length).toBeGreaterThan(0.5);
    const othersShown = others.filter((g) => g.outcomes.length > 0);
    expect(othersShown.filter((g) => wilfulBounces(g)! > 0).length / othersShown.length).toBeLessThan(0.03);
    expect(others.every((g) => !g.bureau.willfulDefaulter)).toBe(true);
    expect(strategic.filter((g) => g.bureau.willfulDefaulter).length).toBeGreaterThan(0);
    expect(badRate(strategic.flatMap((g) => g.outcomes))).toBeGreaterThan(2 * badRate(outcomes));
  });

  it('shows distress in the statements: payday loans, bounces and falling balances', () => {
    const distressed = population.filter((g) => severity(g.traits) > 0.5);
    const calm = population.filter((g) => severity(g.traits) === 0 && !g.traits.strategic);
    expect(distressed.length).toBeGreaterThan(100);
    const share = (gs: GeneratedCustomer[], test: (g: GeneratedCustomer) => boolean) => gs.filter(test).length / gs.length;
    const payday = (g: GeneratedCustomer) => g.transactions.some((t) => t.category === 'payday_loan');
    const bounced = (g: GeneratedCustomer) => g.transactions.some((t) => t.category === 'bounce_charge');
    expect(share(distressed, payday)).toBeGreaterThan(0.8);
    expect(share(calm, payday)).toBe(0);
    expect(share(distressed, bounced)).toBeGreaterThan(3 * share(calm, bounced));
    for (const t of distressed.flatMap((g) => g.transactions).filter((t) => t.category === 'payday_loan')) {
      expect(t.channel).toBe('UPI');
      expect(t.amount).toBeGreaterThan(0);
      expect(t.description).toMatch(/^Instant loan credit - /);
    }
    for (const t of population.flatMap((g) => g.transactions).filter((t) => t.category === 'bounce_charge')) {
      expect(t.channel).toBe('ACH');
      expect(t.amount).toBeLessThan(0);
      expect(t.amount).toBeGreaterThan(-1000);
      expect(t.description).toBe('NACH return charges');
    }
    const trend = (gs: GeneratedCustomer[]) => {
      const xs = gs.flatMap((g) => g.outcomes.slice(0, 1)).map((o) => num(o, 'balance_trend')!);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    expect(trend(distressed)).toBeLessThan(0);
    expect(trend(calm)).toBeGreaterThan(0);
  });

  it('keeps the bureau file consistent with the customer', () => {
    for (const { customer: c, bureau: b, traits } of population) {
      expect(b.subjectRef).toBe(`${c.tenantId}:${c.id}`);
      expect(b.score).toBe(c.creditScore);
      expect(b.hit).toBe(c.creditScore != null);
      if (!b.hit) {
        expect([b.activeAccounts, b.delinquencies24m, b.writtenOffAccounts, b.enquiries6m, b.monthlyObligations]).toEqual([0, 0, 0, 0, 0]);
        expect(b.oldestAccountMonths).toBeNull();
      } else {
        expect(b.oldestAccountMonths!).toBeGreaterThanOrEqual(6);
        expect(b.maxDaysPastDue24m > 0).toBe(b.delinquencies24m > 0);
        if (b.writtenOffAccounts > 0) expect(b.maxDaysPastDue24m).toBeGreaterThanOrEqual(180);
      }
      if (b.willfulDefaulter) expect(traits.strategic).toBe(true);
    }
    const hits = population.filter((g) => g.bureau.hit);
    const mean = (gs: GeneratedCustomer[], f: (g: GeneratedCustomer) => number) => gs.reduce((a, g) => a + f(g), 0) / gs.length;
    const low = hits.filter((g) => g.customer.creditScore! < 640);
    const high = hits.filter((g) => g.customer.creditScore! > 760);
    expect(mean(low, (g) => g.bureau.delinquencies24m)).toBeGreaterThan(3 * mean(high, (g) => g.bureau.delinquencies24m));
    const stressed = hits.filter((g) => g.traits.stress > 0.5);
    expect(mean(stressed, (g) => g.bureau.enquiries6m)).toBeGreaterThan(2 * mean(high, (g) => g.bureau.enquiries6m));
  });

  it('writes statements in time order with running balances that never go below zero', () => {
    for (const g of population.slice(0, 400)) {
      const t = g.transactions;
      const bad = t.filter(
        (r, i) =>
          r.balanceAfter == null ||
          r.balanceAfter < 0 ||
          (i > 0 && (r.occurredAt.getTime() < t[i - 1].occurredAt.getTime() || r.balanceAfter !== t[i - 1].balanceAfter! + r.amount)),
      );
      expect(bad).toEqual([]);
    }
  });
});

describe('outcomes without transactions', () => {
  it('keep the customer, bureau file and outcomes; only the alt-data features are null', () => {
    const dense = [...generateCustomers({ seed: 31, customers: 150 })];
    const none = [...generateCustomers({ seed: 31, customers: 150, transactionsPerMonth: 0 })];
    const alt = MODEL_FEATURES.slice(0, MODEL_FEATURES.indexOf('loan_to_income'));
    for (let i = 0; i < dense.length; i++) {
      expect(none[i].bureau).toEqual(dense[i].bureau);
      expect(none[i].traits).toEqual(dense[i].traits);
      expect(none[i].outcomes.length).toBe(dense[i].outcomes.length);
      none[i].outcomes.forEach((o, j) => {
        const d = dense[i].outcomes[j];
        expect({ ...o, features: null }).toEqual({ ...d, features: null });
        for (const f of alt) expect(o.features[f]).toBeNull();
        for (const f of MODEL_FEATURES.filter((k) => !alt.includes(k) && k !== 'debt_to_income_after')) expect(o.features[f]).toEqual(d.features[f]);
      });
    }
  });
});
