import { describe, expect, it } from 'vitest';
import { checkEligibility, eligibilitySubject, failedRules, rulesOf } from './eligibility.js';
import { product, profile } from './test-fixtures.js';

function failed(p: Parameters<typeof checkEligibility>[0], prod: Parameters<typeof checkEligibility>[1]) {
  const r = checkEligibility(p, prod);
  return r.eligible ? [] : r.failed.map((f) => f.rule);
}

describe('eligibility', () => {
  it('accepts a product with no requirements', () => {
    const r = checkEligibility(profile(), product({ id: 'open' }));
    expect(r).toEqual({ eligible: true, margins: { incomeRatio: null, scoreHeadroom: null } });
  });

  it('income must reach the minimum; margins report the ratio', () => {
    const p = product({ id: 'x', minIncome: 600_000 });
    expect(failed(profile({ annualIncome: 599_999 }), p)).toEqual(['INCOME']);
    expect(failed(profile({ annualIncome: 600_000 }), p)).toEqual([]);
    const r = checkEligibility(profile({ annualIncome: 1_440_000 }), p);
    expect(r.eligible && r.margins.incomeRatio).toBeCloseTo(2.4);
    const msg = checkEligibility(profile({ annualIncome: 400_000 }), p);
    expect(!msg.eligible && msg.failed[0].message).toContain('₹6,00,000');
  });

  it('score must reach the minimum; margins report the points above it', () => {
    const p = product({ id: 'card', category: 'CREDIT_CARD', minScore: 700 });
    expect(failed(profile({ creditScore: 699 }), p)).toEqual(['CREDIT_SCORE']);
    const r = checkEligibility(profile({ creditScore: 782 }), p);
    expect(r.eligible && r.margins.scoreHeadroom).toBe(82);
  });

  it('new to credit: a product with a minimum score is closed, one without is open', () => {
    const ntc = profile({ creditScore: null });
    expect(failed(ntc, product({ id: 'a', minScore: 300 }))).toEqual(['NEW_TO_CREDIT']);
    const open = checkEligibility(ntc, product({ id: 'b', minScore: null, category: 'CREDIT_CARD' }));
    expect(open.eligible).toBe(true);
    expect(open.eligible && open.margins.scoreHeadroom).toBeNull();
  });

  it('credit-builder products are for customers new to credit or rebuilding, not for an established record', () => {
    const builder = product({ id: 'builder', category: 'PERSONAL_LOAN', minScore: null, tags: ['credit-builder', 'small-ticket'] });
    expect(failed(profile({ creditScore: null }), builder)).toEqual([]);
    expect(failed(profile({ creditScore: 640 }), builder)).toEqual([]);
    expect(failed(profile({ creditScore: 809 }), builder)).toEqual(['ESTABLISHED_CREDIT']);
    const msg = checkEligibility(profile({ creditScore: 809 }), builder);
    expect(!msg.eligible && msg.failed[0].message).toContain('809');
    expect(failed(profile({ creditScore: 809 }), product({ id: 'plain', tags: ['small-ticket'] }))).toEqual([]);
  });

  it('age band applies to individuals only', () => {
    const p = product({ id: 'youth', minAge: 21, maxAge: 35 });
    expect(failed(profile({ age: 20 }), p)).toEqual(['AGE']);
    expect(failed(profile({ age: 36 }), p)).toEqual(['AGE']);
    expect(failed(profile({ age: 21 }), p)).toEqual([]);
    expect(failed(profile({ age: 35 }), p)).toEqual([]);
    expect(failed(profile({ kind: 'BUSINESS', age: null, yearsInBusiness: 50 }), p)).toEqual([]);
  });

  it('an unknown age passes an ordinary adult band only', () => {
    const unknown = profile({ age: null });
    expect(failed(unknown, product({ id: 'adult', minAge: 18 }))).toEqual([]);
    expect(failed(unknown, product({ id: 'senior', minAge: 60 }))).toEqual(['AGE']);
    expect(failed(unknown, product({ id: 'youth', minAge: 18, maxAge: 30 }))).toEqual(['AGE']);
  });

  it('region: empty list means everywhere; otherwise it must be listed (case-insensitive profile region)', () => {
    expect(failed(profile({ region: 'Kerala' }), product({ id: 'all', regions: [] }))).toEqual([]);
    const p = product({ id: 'south', regions: ['Karnataka', 'Tamil Nadu'] });
    expect(failed(profile({ region: 'tamil nadu' }), p)).toEqual([]);
    expect(failed(profile({ region: 'Punjab' }), p)).toEqual(['REGION']);
  });

  it('kind must match; ANY matches both', () => {
    const biz = product({ id: 'wc', customerKind: 'BUSINESS' });
    const ind = product({ id: 'pl', customerKind: 'INDIVIDUAL' });
    const any = product({ id: 'sv', customerKind: 'ANY' });
    const person = profile();
    const company = profile({ kind: 'BUSINESS', segment: 'SMALL_BUSINESS', age: null });
    expect(failed(person, biz)).toEqual(['KIND']);
    expect(failed(company, ind)).toEqual(['KIND']);
    expect(failed(person, any)).toEqual([]);
    expect(failed(company, any)).toEqual([]);
  });

  it('a product already held is not eligible', () => {
    expect(failed(profile({ heldProductIds: ['sv'] }), product({ id: 'sv' }))).toEqual(['ALREADY_HELD']);
  });

  it('lists every failed rule, and the bitmask agrees', () => {
    const p = product({ id: 'x', minIncome: 10_000_000, minScore: 800, regions: ['Delhi'], customerKind: 'BUSINESS' });
    const who = profile({ creditScore: 700, heldProductIds: ['x'] });
    expect(failed(who, p)).toEqual(['KIND', 'ALREADY_HELD', 'INCOME', 'CREDIT_SCORE', 'REGION']);
    expect(rulesOf(failedRules(eligibilitySubject(who), p))).toEqual(['KIND', 'ALREADY_HELD', 'INCOME', 'CREDIT_SCORE', 'REGION']);
  });
});
