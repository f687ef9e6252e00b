import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from './features.js';
import { nameClusters } from './naming.js';

/** A centroid with the given z-scores, 0 elsewhere. */
const centroid = (z: Record<string, number>) => FEATURE_NAMES.map((f) => z[f] ?? 0);

describe('nameClusters', () => {
  it('names clusters from their standout features, with tags', () => {
    const named = nameClusters([
      centroid({ annualIncome: 1.5, savingsRate: 1.2, depositBalance: 1.1, investmentProducts: 1 }),
      centroid({ newToCredit: 2, creditScore: -0.3, annualIncome: -0.8 }),
      centroid({ inflowVariability: 2, farmSpend: 2.1, digitalShare: -1 }),
      centroid({ business: 2.2, yearsInBusiness: 1, annualIncome: 1.4 }),
      centroid({ debtService: 2.4, savingsRate: -0.9, creditProducts: 1.5 }),
      centroid({ age: -1, digitalShare: 0.8, lifestyleSpend: 0.9 }),
    ]);
    expect(named.map((n) => n.name)).toEqual([
      'affluent savers',
      'credit builders',
      'seasonal earners',
      'established businesses',
      'stretched borrowers',
      'digital-first young professionals',
    ]);
    expect(named[0].tags).toContain('high income');
    expect(named[1].tags).toContain('new to credit');
    expect(named[2].tags).toEqual(expect.arrayContaining(['seasonal income', 'agriculture']));
    expect(named[2].standout[0]).toEqual({ feature: 'farmSpend', z: 2.1 });
  });

  it('keeps names unique when two centroids look alike or fit no rule', () => {
    const named = nameClusters([
      centroid({ inflowVariability: 2, farmSpend: 2 }),
      centroid({ inflowVariability: 1.9, farmSpend: 2 }),
      centroid({ products: 0.9, digitalShare: -0.8 }),
      centroid({}),
      centroid({}),
    ]);
    const names = named.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe('seasonal earners');
    expect(named[1].rule).toBeNull(); // the rule is taken: named from its tags
    expect(names[1]).toBe('agriculture, seasonal income customers');
    expect(names[2]).toBe('multi-product, cash-first customers');
    expect(names.slice(3)).toEqual(['mainstream customers', 'mainstream customers 2']);
  });
});
