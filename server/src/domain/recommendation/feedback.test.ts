import { describe, expect, it } from 'vitest';
import { recommend } from './engine.js';
import {
  DISMISS_PENALTY,
  INTEREST_BOOST,
  LIKED_TAG_BOOST,
  feedbackAdjustments,
  foldFeedback,
  isNeutral,
  type FeedbackEvent,
  type FeedbackState,
} from './feedback.js';
import { FEEDBACK_REASON_CODE } from './reasons.js';
import { emptyPeers, product, profile } from './test-fixtures.js';

const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n));
const ev = (n: number, e: Partial<FeedbackEvent>): FeedbackEvent => ({ likedTags: [], dislikedTags: [], interests: [], createdAt: at(n), ...e });
const state = (s: Partial<FeedbackState>): FeedbackState => ({ likedTags: [], dislikedTags: [], interests: [], ...s });

describe('foldFeedback', () => {
  it('keeps the latest word on each tag: a later like cancels an earlier dislike, and back', () => {
    const s = foldFeedback([
      ev(1, { dislikedTags: ['travel', 'cashback'] }),
      ev(2, { likedTags: ['travel'] }),
      ev(3, { likedTags: ['fuel'] }),
      ev(4, { dislikedTags: ['fuel'] }),
    ]);
    expect(s.likedTags).toEqual(['travel']);
    expect(s.dislikedTags).toEqual(['cashback', 'fuel']);
    expect(s.updatedAt).toBe(at(4).toISOString());
  });

  it('keeps interests most recent first, normalised and without repeats', () => {
    const s = foldFeedback([ev(1, { interests: ['Airport  Lounge', 'gold'] }), ev(2, { interests: ['home loan', 'airport lounge'] })]);
    expect(s.interests).toEqual(['airport lounge', 'home loan', 'gold']);
  });

  it('lets an interest naming a disliked tag cancel the dislike, and a later dislike drop the interest', () => {
    expect(foldFeedback([ev(1, { dislikedTags: ['travel'] }), ev(2, { interests: ['Travel'] })])).toMatchObject({ dislikedTags: [], interests: ['travel'] });
    expect(foldFeedback([ev(1, { interests: ['travel'] }), ev(2, { dislikedTags: ['travel'] })])).toMatchObject({ dislikedTags: ['travel'], interests: [] });
  });

  it('carries the dismissals over, and is neutral with nothing given', () => {
    expect(foldFeedback([], { 'p-1': at(1).toISOString() }).dismissed).toEqual({ 'p-1': at(1).toISOString() });
    expect(isNeutral(foldFeedback([]))).toBe(true);
    expect(isNeutral(null)).toBe(true);
  });
});

describe('feedbackAdjustments', () => {
  const catalog = [
    product({ id: 'cc-travel', name: 'Sky Miles Card', category: 'CREDIT_CARD', tags: ['travel', 'airport-lounge'] }),
    product({ id: 'cc-fuel', name: 'Fuel Saver Card', category: 'CREDIT_CARD', tags: ['fuel', 'cashback'] }),
    product({ id: 'ins-health', name: 'Family Health Cover', category: 'INSURANCE', tags: ['health', 'family'] }),
    product({ id: 'sv-basic', name: 'Basic Savings', category: 'SAVINGS', tags: ['zero-balance'] }),
  ];
  const now = at(60);

  it('excludes every product carrying a disliked tag', () => {
    const a = feedbackAdjustments(state({ dislikedTags: ['cashback', 'family'] }), catalog, now);
    expect([...a.excluded].sort()).toEqual(['cc-fuel', 'ins-health']);
  });

  it('boosts products matching an interest by tag words, category or name, and liked tags less, naming what matched', () => {
    const a = feedbackAdjustments(state({ interests: ['airport lounge', 'insurance'], likedTags: ['zero-balance'] }), catalog, now);
    expect(a.boosts.get('cc-travel')).toEqual({ boost: INTEREST_BOOST, text: 'The customer said they are interested in airport lounge' });
    expect(a.boosts.get('ins-health')?.boost).toBe(INTEREST_BOOST);
    expect(a.boosts.get('sv-basic')).toEqual({ boost: LIKED_TAG_BOOST, text: 'Carries a feature the customer said they like: zero balance' });
    expect(a.boosts.has('cc-fuel')).toBe(false);
    expect(feedbackAdjustments(state({ interests: ['lounges'] }), catalog, now).boosts.has('cc-travel')).toBe(true);
    expect(feedbackAdjustments(state({ interests: ['airport gold'] }), catalog, now).boosts.size).toBe(0);
  });

  it('demotes products dismissed in the last 30 days only', () => {
    const a = feedbackAdjustments(state({ dismissed: { 'cc-fuel': at(30).toISOString(), 'sv-basic': new Date(now.getTime() - 31 * 86_400_000).toISOString() } }), catalog, now);
    expect(a.penalties.get('cc-fuel')).toBe(DISMISS_PENALTY);
    expect(a.penalties.has('sv-basic')).toBe(false);
  });
});

describe('recommend with feedback', () => {
  // Open products (no minimums) that a young professional is eligible for; no peers, no embeddings:
  // they differ only by the eligibility and approval components, so feedback decides the order.
  const catalog = [
    product({ id: 'a-card', category: 'CREDIT_CARD', tags: ['cashback'], minIncome: 300_000, minScore: 650 }),
    product({ id: 'b-card', category: 'CREDIT_CARD', tags: ['cashback', 'fuel'], minIncome: 300_000, minScore: 650 }),
    product({ id: 'c-savings', category: 'SAVINGS', tags: ['zero-balance'] }),
    product({ id: 'd-insurance', name: 'Term Shield', category: 'INSURANCE', tags: ['term-life'] }),
    product({ id: 'e-invest', category: 'INVESTMENT', tags: ['mutual-fund'] }),
  ];
  const base = { catalog, peers: emptyPeers() };
  const now = new Date();

  it('leaves out products with a disliked tag and moves an interest up with an INTEREST_MATCH reason', () => {
    const before = recommend(profile(), base, 5);
    expect(before.map((r) => r.productId)).toContain('a-card');
    const insuranceBefore = before.findIndex((r) => r.productId === 'd-insurance');

    const fb = feedbackAdjustments(state({ dislikedTags: ['cashback'], interests: ['term life'] }), catalog, now);
    const after = recommend(profile(), { ...base, feedback: fb }, 5);
    const ids = after.map((r) => r.productId);
    expect(ids).not.toContain('a-card');
    expect(ids).not.toContain('b-card');
    expect(ids[0]).toBe('d-insurance');
    expect(insuranceBefore).toBeGreaterThan(0);
    const top = after[0];
    expect(top.reasons.map((r) => r.code)).toContain(FEEDBACK_REASON_CODE);
    expect(top.reasons.find((r) => r.code === FEEDBACK_REASON_CODE)?.text).toBe('The customer said they are interested in term life');
    expect(top.reasons.length).toBeLessThanOrEqual(4);
    const weights = top.reasons.map((r) => r.weight);
    expect(weights.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    expect(top.score).toBeGreaterThan(before.find((r) => r.productId === 'd-insurance')!.score);
  });

  it('demotes a dismissed product', () => {
    const before = recommend(profile(), base, 5);
    const first = before[0].productId;
    const fb = feedbackAdjustments(state({ dismissed: { [first]: now.toISOString() } }), catalog, now);
    const after = recommend(profile(), { ...base, feedback: fb }, 5);
    expect(after[0].productId).not.toBe(first);
    expect(after.findIndex((r) => r.productId === first)).toBeGreaterThan(0);
  });

  it('changes nothing without feedback', () => {
    expect(recommend(profile(), { ...base, feedback: null }, 5)).toEqual(recommend(profile(), base, 5));
  });
});
