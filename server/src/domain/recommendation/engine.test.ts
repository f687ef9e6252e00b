import { describe, expect, it } from 'vitest';
import { confidenceFromScore } from './components.js';
import { recommend } from './engine.js';
import { emptyPeers, peers, product, profile, syntheticMarket, vec } from './test-fixtures.js';
import type { CatalogProduct, ScoredProduct } from './types.js';
import { COMPONENT_CODES, DEFAULT_CONFIG, type EngineConfig } from './weights.js';

const ids = (recs: ScoredProduct[]) => recs.map((r) => r.productId);
const codes = (r: ScoredProduct) => r.reasons.map((x) => x.code);
const byId = (recs: ScoredProduct[], id: string) => {
  const r = recs.find((x) => x.productId === id);
  if (!r) throw new Error(`${id} not recommended`);
  return r;
};

/** Checks every invariant of a recommendation list. */
function expectWellFormed(recs: ScoredProduct[], k: number, held: string[] = []) {
  expect(recs.length).toBeLessThanOrEqual(k);
  expect(new Set(ids(recs)).size).toBe(recs.length);
  recs.forEach((r, i) => {
    expect(r.rank).toBe(i + 1);
    expect(held).not.toContain(r.productId);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(100);
    if (i > 0) {
      expect(r.score).toBeLessThanOrEqual(recs[i - 1].score);
      expect(r.confidence).toBeLessThanOrEqual(recs[i - 1].confidence);
    }
    expect(r.reasons.length).toBeGreaterThanOrEqual(2);
    expect(r.reasons.length).toBeLessThanOrEqual(4);
    let sum = 0;
    r.reasons.forEach((reason, j) => {
      expect(COMPONENT_CODES).toContain(reason.code);
      expect(reason.weight).toBeGreaterThan(0);
      expect(reason.weight).toBeLessThanOrEqual(1);
      if (j > 0) expect(reason.weight).toBeLessThanOrEqual(r.reasons[j - 1].weight);
      expect(reason.text.length).toBeGreaterThan(10);
      // Honest: the component behind every reason contributed to the score.
      expect(r.components![reason.code as (typeof COMPONENT_CODES)[number]]).toBeGreaterThan(0);
      sum += reason.weight;
    });
    expect(sum).toBeLessThanOrEqual(1 + 1e-9);
    expect(new Set(codes(r)).size).toBe(r.reasons.length);
  });
}

describe('recommend: guards', () => {
  it.each([0, 51, 1.5, Number.NaN, -3])('rejects k = %s with a RangeError', (k) => {
    expect(() => recommend(profile(), { catalog: [], peers: emptyPeers() }, k)).toThrow(RangeError);
  });

  it('returns an empty list for an empty catalog, and fewer than k when fewer are eligible', () => {
    expect(recommend(profile(), { catalog: [], peers: emptyPeers() }, 5)).toEqual([]);
    const catalog = [product({ id: 'a' }), product({ id: 'b', minIncome: 1e12 })];
    expect(ids(recommend(profile(), { catalog, peers: emptyPeers() }, 5))).toEqual(['a']);
  });
});

describe('recommend: components raise the right products', () => {
  it('prefers the product whose embedding matches the need, and names the matching goal', () => {
    const need = vec(8, { 0: 1 });
    // Need match is measured against the typical product of the catalog: give it a few.
    const others = Array.from({ length: 6 }, (_, i) => product({ id: `b-other-${i}`, minIncome: 1e12, embedding: vec(8, { [2 + (i % 5)]: 1 }) }));
    const catalog = [
      ...others,
      product({ id: 'a-unrelated', embedding: vec(8, { 1: 1 }) }),
      product({ id: 'z-home', name: 'Griha First Home Loan', category: 'MORTGAGE', tags: ['first-home'], embedding: vec(8, { 0: 1, 1: 0.3 }) }),
    ];
    const who = profile({ needEmbedding: need, goals: 'buy a first home, save for my daughter\'s education' });
    const recs = recommend(who, { catalog, peers: emptyPeers() }, 2);
    expectWellFormed(recs, 2);
    expect(ids(recs)).toEqual(['z-home', 'a-unrelated']);
    const home = byId(recs, 'z-home');
    expect(home.reasons[0].code).toBe('NEED_MATCH');
    expect(home.reasons[0].text).toBe('Matches the stated goal: buy a first home');
    // The unrelated product has cosine 0: need match contributed nothing, so it is not a reason.
    expect(codes(byId(recs, 'a-unrelated'))).not.toContain('NEED_MATCH');
  });

  it('gives no need-match reason when either embedding is missing', () => {
    const catalog = [
      product({ id: 'a', embedding: vec(4, { 0: 1 }) }),
      product({ id: 'b', embedding: null }),
      product({ id: 'c', embedding: vec(4, { 1: 1 }) }),
    ];
    const withoutNeed = recommend(profile({ needEmbedding: null }), { catalog, peers: emptyPeers() }, 3);
    const withNeed = recommend(profile({ needEmbedding: vec(4, { 0: 1 }) }), { catalog, peers: emptyPeers() }, 3);
    for (const r of withoutNeed) expect(codes(r)).not.toContain('NEED_MATCH');
    expect(codes(byId(withNeed, 'b'))).not.toContain('NEED_MATCH');
    expect(codes(byId(withNeed, 'a'))).toContain('NEED_MATCH');
  });

  it('treats a need embedding of another dimension as missing', () => {
    const catalog = [product({ id: 'a', embedding: vec(4, { 0: 1 }) })];
    const recs = recommend(profile({ needEmbedding: vec(8, { 0: 1 }) }), { catalog, peers: emptyPeers() }, 1);
    expect(codes(recs[0])).not.toContain('NEED_MATCH');
  });

  it('segment uptake raises a product and says how many peers hold it', () => {
    const catalog = [product({ id: 'a' }), product({ id: 'b', name: 'Aurora Platinum card', category: 'CREDIT_CARD' })];
    const stats = peers({ segments: { YOUNG_PROFESSIONAL: { size: 500, holders: { b: 320 } } } });
    const recs = recommend(profile(), { catalog, peers: stats }, 2);
    expectWellFormed(recs, 2);
    expect(ids(recs)[0]).toBe('b');
    expect(recs[0].score).toBeGreaterThan(recs[1].score);
    const text = recs[0].reasons.find((r) => r.code === 'PEER_UPTAKE')?.text;
    expect(text).toBe('64% of young professionals like this customer hold Aurora Platinum card');
  });

  it('uses "like this one" for businesses', () => {
    const catalog = [product({ id: 'wc', name: 'Udyam working-capital line', category: 'BUSINESS_LOAN', customerKind: 'BUSINESS' })];
    const stats = peers({ segments: { SMALL_BUSINESS: { size: 100, holders: { wc: 64 } } } });
    const biz = profile({ kind: 'BUSINESS', segment: 'SMALL_BUSINESS', age: null, yearsInBusiness: 6 });
    const [rec] = recommend(biz, { catalog, peers: stats }, 1);
    expect(rec.reasons.map((r) => r.text)).toContain('64% of small businesses like this one hold Udyam working-capital line');
  });

  it('ignores segments too small to speak for peers', () => {
    const catalog = [product({ id: 'a' })];
    const stats = peers({ segments: { YOUNG_PROFESSIONAL: { size: 3, holders: { a: 3 } } } });
    const [rec] = recommend(profile(), { catalog, peers: stats }, 1);
    expect(codes(rec)).not.toContain('PEER_UPTAKE');
    expect(codes(rec)).not.toContain('PRODUCT_GAP');
  });

  it('a category the customer lacks but peers hold is a product gap; a held category is not', () => {
    const catalog = [
      product({ id: 'ins-a', category: 'INSURANCE', name: 'Suraksha Health' }),
      product({ id: 'ins-b', category: 'INSURANCE' }),
      product({ id: 'sav-a', category: 'SAVINGS' }),
      product({ id: 'sav-b', category: 'SAVINGS' }),
    ];
    const stats = peers({
      segments: {
        YOUNG_PROFESSIONAL: {
          size: 1000,
          holders: { 'ins-a': 100, 'ins-b': 100, 'sav-a': 100, 'sav-b': 100 },
          categoryHolders: { INSURANCE: 580, SAVINGS: 700 },
        },
      },
    });
    const recs = recommend(profile({ heldProductIds: ['sav-a'] }), { catalog, peers: stats }, 3);
    expectWellFormed(recs, 3, ['sav-a']);
    const gap = byId(recs, 'ins-a').reasons.find((r) => r.code === 'PRODUCT_GAP');
    expect(gap?.text).toBe('58% of young professionals like this customer have an insurance policy; this customer has none yet');
    expect(codes(byId(recs, 'sav-b'))).not.toContain('PRODUCT_GAP');
  });

  it('uses the largest product share as a lower bound when no category counts are given, and says "at least"', () => {
    const catalog = [product({ id: 'ins-a', category: 'INSURANCE' }), product({ id: 'ins-b', category: 'INSURANCE' })];
    const stats = peers({ segments: { YOUNG_PROFESSIONAL: { size: 1000, holders: { 'ins-a': 400, 'ins-b': 300 } } } });
    const recs = recommend(profile(), { catalog, peers: stats }, 2);
    const gap = recs[0].reasons.find((r) => r.code === 'PRODUCT_GAP');
    expect(gap?.text).toBe('At least 40% of young professionals like this customer have an insurance policy; this customer has none yet');
  });

  it('co-occurrence with held products raises a product and names the held product', () => {
    const catalog = [
      product({ id: 'cc-aurora', name: 'the Aurora Platinum card', category: 'CREDIT_CARD' }),
      product({ id: 'a-plain', category: 'INVESTMENT' }),
      product({ id: 'b-cooc', category: 'INVESTMENT' }),
    ];
    const stats = peers({ holders: { 'cc-aurora': 400 }, cooccurrence: { 'cc-aurora': { 'b-cooc': 124 } } });
    const recs = recommend(profile({ heldProductIds: ['cc-aurora'] }), { catalog, peers: stats }, 2);
    expectWellFormed(recs, 2, ['cc-aurora']);
    expect(ids(recs)).toEqual(['b-cooc', 'a-plain']);
    expect(recs[0].reasons.map((r) => r.text)).toContain('Customers who hold the Aurora Platinum card often also take this (31%)');
  });

  it('says nothing about co-occurrence for held products with too few holders', () => {
    const catalog = [product({ id: 'h' }), product({ id: 'b' })];
    const stats = peers({ holders: { h: 2 }, cooccurrence: { h: { b: 2 } } });
    const [rec] = recommend(profile({ heldProductIds: ['h'] }), { catalog, peers: stats }, 1);
    expect(codes(rec)).not.toContain('SIMILAR_CUSTOMERS');
  });

  it('prefers a comfortable eligibility margin and explains it with the numbers', () => {
    const catalog = [
      product({ id: 'edge', category: 'PERSONAL_LOAN', minIncome: 1_400_000, minScore: 750 }),
      product({ id: 'roomy', category: 'PERSONAL_LOAN', minIncome: 600_000, minScore: 650 }),
    ];
    const who = profile({ annualIncome: 1_440_000, creditScore: 760 });
    const recs = recommend(who, { catalog, peers: emptyPeers() }, 2);
    expect(ids(recs)).toEqual(['roomy', 'edge']);
    const texts = byId(recs, 'roomy').reasons.map((r) => r.text);
    expect(texts).toContain(
      'Income is 2.4× the minimum of ₹6,00,000 and credit score of 760 is 110 points above the minimum of 650',
    );
  });

  it('new to credit: credit products get a low approval value, savings a neutral one', () => {
    const catalog = [
      product({ id: 'card', category: 'CREDIT_CARD', minScore: null }),
      product({ id: 'save', category: 'SAVINGS' }),
    ];
    const ntc = profile({ creditScore: null, segment: 'CREDIT_BUILDER' });
    const recs = recommend(ntc, { catalog, peers: emptyPeers() }, 2);
    expect(ids(recs)).toEqual(['save', 'card']);
    expect(byId(recs, 'card').components!.APPROVAL_LIKELIHOOD).toBe(DEFAULT_CONFIG.approval.newToCredit);
    expect(byId(recs, 'save').components!.APPROVAL_LIKELIHOOD).toBe(DEFAULT_CONFIG.approval.nonCredit);
    expect(byId(recs, 'card').reasons.map((r) => r.text)).toContain('Open to customers new to credit');
    expect(byId(recs, 'save').reasons.map((r) => r.text)).toContain('No credit approval needed for this product');
  });

  it('a higher score gives a higher approval likelihood for credit products', () => {
    const catalog = [product({ id: 'card', category: 'CREDIT_CARD', minScore: 650 })];
    const low = recommend(profile({ creditScore: 660 }), { catalog, peers: emptyPeers() }, 1)[0];
    const high = recommend(profile({ creditScore: 820 }), { catalog, peers: emptyPeers() }, 1)[0];
    expect(high.components!.APPROVAL_LIKELIHOOD).toBeGreaterThan(low.components!.APPROVAL_LIKELIHOOD);
    expect(high.reasons.map((r) => r.text).join('|')).toMatch(/approval likelihood: credit score 820 \(excellent\)/);
  });
});

describe('recommend: list rules', () => {
  it('never recommends a held product, and honours k', () => {
    const { catalog, peers: stats } = syntheticMarket(7, 80, 32);
    const held = ['p-001', 'p-002', 'p-003', 'p-008'];
    for (const k of [1, 3, 5, 50]) {
      const recs = recommend(profile({ heldProductIds: held, needEmbedding: vec(32, { 0: 1, 5: 1 }) }), { catalog, peers: stats }, k);
      expectWellFormed(recs, k, held);
      if (k <= 5) expect(recs.length).toBe(k);
    }
  });

  it('keeps only products the tenant offers', () => {
    const { catalog, peers: stats } = syntheticMarket(3, 80, 16);
    const offered = new Set(catalog.filter((_, i) => i % 3 === 0).map((p) => p.id));
    const recs = recommend(profile(), { catalog, peers: stats, offeredProductIds: offered }, 50);
    expect(recs.length).toBeGreaterThan(0);
    for (const r of recs) expect(offered.has(r.productId)).toBe(true);
    expect(recommend(profile(), { catalog, peers: stats, offeredProductIds: new Set() }, 5)).toEqual([]);
  });

  it('applies a mild category-diversity penalty', () => {
    const cards = Array.from({ length: 5 }, (_, i) =>
      product({ id: `card-${i}`, category: 'CREDIT_CARD', embedding: vec(4, { 0: 1, 1: 0.05 * i }) }),
    );
    // Unrelated products set the typical similarity that need match is measured against.
    const unrelated = Array.from({ length: 6 }, (_, i) => product({ id: `other-${i}`, category: 'INVESTMENT', embedding: vec(4, { 2: 1 }) }));
    const catalog: CatalogProduct[] = [
      ...cards,
      product({ id: 'save', category: 'SAVINGS', embedding: vec(4, { 0: 1, 1: 0.3 }) }),
      ...unrelated,
    ];
    const who = profile({ needEmbedding: vec(4, { 0: 1 }) });
    const plain: EngineConfig = { ...DEFAULT_CONFIG, diversity: { repeatCategoryPenalty: 0 } };
    const without = ids(recommend(who, { catalog, peers: emptyPeers() }, 3, plain));
    expect(without).toEqual(['card-0', 'card-1', 'card-2']);
    const withPenalty = recommend(who, { catalog, peers: emptyPeers() }, 3);
    expectWellFormed(withPenalty, 3);
    // The third card pays twice the penalty and falls behind the savings product.
    expect(ids(withPenalty)).toEqual(['card-0', 'card-1', 'save']);
  });

  it('breaks ties by product id and is deterministic', () => {
    const catalog = ['c', 'a', 'b'].map((id) => product({ id }));
    expect(ids(recommend(profile(), { catalog, peers: emptyPeers() }, 3))).toEqual(['a', 'b', 'c']);
    const { catalog: big, peers: stats } = syntheticMarket(11, 90, 64);
    const who = profile({ heldProductIds: ['p-004'], needEmbedding: vec(64, { 3: 1, 9: -0.5 }) });
    const first = recommend(who, { catalog: big, peers: stats }, 10);
    // A call on another catalog in between must not leak state through the reused scratch space.
    recommend(profile(), { catalog: big.slice(0, 7), peers: emptyPeers() }, 5);
    expect(recommend(who, { catalog: big, peers: stats }, 10)).toEqual(first);
  });

  it('maps scores to confidences monotonically within 0..100', () => {
    let previous = -1;
    for (let s = -0.5; s <= 1.5; s += 0.01) {
      const c = confidenceFromScore(s, DEFAULT_CONFIG.confidence);
      expect(c).toBeGreaterThanOrEqual(0);
      expect(c).toBeLessThanOrEqual(100);
      expect(c).toBeGreaterThanOrEqual(previous);
      previous = c;
    }
    expect(confidenceFromScore(DEFAULT_CONFIG.confidence.center, DEFAULT_CONFIG.confidence)).toBeCloseTo(50);
    // Across many profiles, a higher score never gets a lower confidence.
    const { catalog, peers: stats, unit } = syntheticMarket(5, 80, 32);
    const all: ScoredProduct[] = [];
    for (let i = 0; i < 20; i++) all.push(...recommend(profile({ needEmbedding: unit(), creditScore: 600 + i * 10 }), { catalog, peers: stats }, 10));
    all.sort((a, b) => a.score - b.score);
    for (let i = 1; i < all.length; i++) expect(all[i].confidence).toBeGreaterThanOrEqual(all[i - 1].confidence);
  });

  it('always gives 2 to 4 honest reasons, with the numbers in the texts', () => {
    const { catalog, peers: stats, unit } = syntheticMarket(9, 80, 32);
    for (let i = 0; i < 30; i++) {
      const who = profile({
        needEmbedding: i % 3 === 0 ? null : unit(),
        creditScore: i % 4 === 0 ? null : 620 + i * 7,
        segment: (['YOUNG_PROFESSIONAL', 'AFFLUENT', 'CREDIT_BUILDER'] as const)[i % 3],
        heldProductIds: [`p-00${i % 10}`, `p-01${i % 7}`],
        annualIncome: 300_000 + i * 150_000,
      });
      const recs = recommend(who, { catalog, peers: stats }, 5);
      expectWellFormed(recs, 5, who.heldProductIds);
      for (const r of recs) {
        for (const reason of r.reasons) {
          if (['PEER_UPTAKE', 'PRODUCT_GAP', 'SIMILAR_CUSTOMERS'].includes(reason.code)) expect(reason.text).toMatch(/\d+%/);
          if (reason.code === 'NEED_MATCH') expect(reason.text).toMatch(/similarity 0\.\d\d|goal|spending/);
        }
      }
    }
  });
});
