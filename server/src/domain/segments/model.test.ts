import { describe, expect, it } from 'vitest';
import { customerFeatures, type SegmentInput } from './features.js';
import { clusterGaps } from './gaps.js';
import { assign, fitSegments, type TrainingRow } from './model.js';

/** Two planted groups: well-off savers with cards and investments, and new-to-credit earners with savings only. */
function rows(): TrainingRow[] {
  const out: TrainingRow[] = [];
  for (let i = 1; i <= 60; i++) {
    const rich = i % 2 === 0;
    const holdings = rich
      ? [
          { productId: 'card-gold', category: 'CREDIT_CARD' },
          { productId: 'inv-fund', category: 'INVESTMENT' },
          { productId: 'sav-plus', category: 'SAVINGS' },
        ]
      : [{ productId: 'sav-basic', category: 'SAVINGS' }];
    const c: SegmentInput = {
      kind: 'INDIVIDUAL',
      age: rich ? 45 + (i % 7) : 24 + (i % 5),
      yearsInBusiness: null,
      annualIncome: rich ? 3_000_000 + i * 10_000 : 300_000 + i * 1_000,
      creditScore: rich ? 780 : null,
      spendProfile: {
        categoryShare: rich ? { travel: 0.3, groceries: 0.2 } : { groceries: 0.6 },
        channelShare: rich ? { CARD: 0.6, UPI: 0.3, ACH: 0.1 } : { UPI: 0.5, CASH: 0.5 },
        monthlyInflowMean: rich ? 250_000 : 25_000,
        inflowVariability: 0.1,
        monthlyOutflowMean: rich ? 150_000 : 24_000,
        peakMonths: [],
      },
    };
    out.push({ customerId: i, features: customerFeatures(c, holdings.map((h) => ({ ...h, balance: rich ? 500_000 : 2_000 }))), holdings });
  }
  return out;
}

describe('fitSegments', () => {
  it('fits deterministically, names and describes the clusters, and serving agrees with training', () => {
    const a = fitSegments(rows(), { seed: 42, ks: [2] });
    const b = fitSegments([...rows()].reverse(), { seed: 42, ks: [2] });
    expect(b).toEqual(a);
    const { model, assignments } = a;
    expect(model.clusters.map((c) => c.size)).toEqual([30, 30]);
    expect(new Set(model.clusters.map((c) => c.name)).size).toBe(2);
    const rich = model.clusters[assignments.find((x) => x.customerId === 2)!.cluster];
    expect(rich.name).toBe('affluent savers');
    expect(rich.facts[0]).toBe('median income ₹33 L'); // 3,000,000 + 10,000 x 31, the median of the even ids
    expect(rich.facts.length).toBeGreaterThanOrEqual(3);
    expect(rich.categoryShare.CREDIT_CARD).toBe(1);
    const poor = model.clusters[assignments.find((x) => x.customerId === 1)!.cluster];
    expect(poor.standout).toContainEqual({ feature: 'newToCredit', z: 1 });
    for (const r of rows()) {
      const stored = assignments.find((x) => x.customerId === r.customerId)!;
      expect(assign(model, r.features)).toEqual({ cluster: stored.cluster, distance: stored.distance });
    }
  });
});

describe('clusterGaps', () => {
  it('offers the category most of the cluster holds, with a reason citing the cluster', () => {
    const { model } = fitSegments(rows(), { seed: 42, ks: [2] });
    const rich = model.clusters.find((c) => c.name === 'affluent savers')!;
    const products = new Map([
      ['card-gold', { id: 'card-gold', name: 'Gold Card', category: 'CREDIT_CARD', customerKind: 'INDIVIDUAL' }],
      ['inv-fund', { id: 'inv-fund', name: 'Index Fund', category: 'INVESTMENT', customerKind: 'ANY' }],
      ['sav-plus', { id: 'sav-plus', name: 'Savings Plus', category: 'SAVINGS', customerKind: 'ANY' }],
      ['sav-basic', { id: 'sav-basic', name: 'Basic Savings', category: 'SAVINGS', customerKind: 'ANY' }],
    ]);
    const gaps = clusterGaps(rich, { kind: 'INDIVIDUAL', heldProductIds: ['sav-basic', 'inv-fund'] }, (id) => products.get(id), () => true);
    expect(gaps.map((g) => g.productId)).toEqual(['card-gold']); // savings and investments already held
    expect(gaps[0].reason).toBe('100% of affluent savers hold a credit card; Gold Card is the one most of them hold (100%)');
    expect(clusterGaps(rich, { kind: 'BUSINESS', heldProductIds: [] }, (id) => products.get(id), () => true).map((g) => g.productId)).toEqual(['inv-fund', 'sav-plus']);
    expect(clusterGaps(rich, { kind: 'INDIVIDUAL', heldProductIds: [] }, (id) => products.get(id), (id) => id !== 'card-gold').map((g) => g.productId)).not.toContain('card-gold');
  });
});
