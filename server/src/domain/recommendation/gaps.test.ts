import { describe, expect, it } from 'vitest';
import { productGaps } from './gaps.js';
import { peers, product, profile } from './test-fixtures.js';

const catalog = [
  product({ id: 'sav', category: 'SAVINGS' }),
  product({ id: 'ins', category: 'INSURANCE' }),
  product({ id: 'card', category: 'CREDIT_CARD', customerKind: 'INDIVIDUAL' }),
  product({ id: 'wc', category: 'BUSINESS_LOAN', customerKind: 'BUSINESS' }),
  product({ id: 'rare', category: 'INVESTMENT' }),
  product({ id: 'tie-b', category: 'INVESTMENT' }),
  product({ id: 'tie-a', category: 'INVESTMENT' }),
];
const stats = peers({
  segments: {
    YOUNG_PROFESSIONAL: { size: 1000, holders: { sav: 900, ins: 600, card: 700, wc: 800, rare: 50, 'tie-a': 300, 'tie-b': 300 } },
    SMALL_BUSINESS: { size: 200, holders: { wc: 150, sav: 100, card: 190 } },
    FARMER: { size: 4, holders: { sav: 4 } },
  },
});

describe('productGaps', () => {
  it('lists what peers commonly hold and the customer lacks, most held first, ties by id', () => {
    const gaps = productGaps(profile({ heldProductIds: ['sav'] }), { catalog, peers: stats });
    expect(gaps).toEqual(['card', 'ins', 'tie-a', 'tie-b']);
  });

  it('drops products below the uptake threshold, and respects the limit', () => {
    expect(productGaps(profile(), { catalog, peers: stats }, 10)).not.toContain('rare');
    expect(productGaps(profile(), { catalog, peers: stats }, 2)).toEqual(['sav', 'card']);
    expect(productGaps(profile(), { catalog, peers: stats }, 0)).toEqual([]);
  });

  it('keeps to products offered and meant for the customer kind', () => {
    const offered = new Set(['ins', 'wc', 'tie-b']);
    expect(productGaps(profile(), { catalog, peers: stats, offeredProductIds: offered })).toEqual(['ins', 'tie-b']);
    const biz = profile({ kind: 'BUSINESS', segment: 'SMALL_BUSINESS', age: null });
    expect(productGaps(biz, { catalog, peers: stats })).toEqual(['wc', 'sav']);
  });

  it('says nothing for an unknown or tiny segment', () => {
    expect(productGaps(profile({ segment: 'AFFLUENT' }), { catalog, peers: stats })).toEqual([]);
    expect(productGaps(profile({ segment: 'FARMER' }), { catalog, peers: stats })).toEqual([]);
  });
});
