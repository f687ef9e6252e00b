import { describe, expect, it } from 'vitest';
import { inferSegment, type ProspectFacts } from './segment-inference.js';

const base: ProspectFacts = { kind: 'INDIVIDUAL', age: 30, income: 1_000_000, creditScore: 720, goals: '' };
const infer = (over: Partial<ProspectFacts>) => inferSegment({ ...base, ...over });

describe('inferSegment', () => {
  it('a business is a small business, whatever else it says', () => {
    expect(infer({ kind: 'BUSINESS', age: null, goals: 'buy a tractor', creditScore: null })).toBe('SMALL_BUSINESS');
  });

  it.each(['buy a tractor', 'loan for the next harvest', 'Crop insurance', 'expand my dairy farm', 'drip irrigation', 'kisan credit'])(
    'farming words make a farmer: %s',
    (goals) => expect(infer({ goals, creditScore: null })).toBe('FARMER'),
  );

  it('no score or a score under 650 makes a credit builder', () => {
    expect(infer({ creditScore: null })).toBe('CREDIT_BUILDER');
    expect(infer({ creditScore: 649, age: 60, income: 5_000_000 })).toBe('CREDIT_BUILDER');
    expect(infer({ creditScore: 650 })).toBe('YOUNG_PROFESSIONAL');
  });

  it('55 or over, or retirement words, make a retirement planner', () => {
    expect(infer({ age: 55 })).toBe('RETIREMENT_PLANNER');
    expect(infer({ age: 54 })).toBe('YOUNG_PROFESSIONAL');
    expect(infer({ age: 40, goals: 'a pension for when I retire' })).toBe('RETIREMENT_PLANNER');
    expect(infer({ age: null, goals: 'Retirement income', income: 9_000_000 })).toBe('RETIREMENT_PLANNER');
  });

  it('₹25,00,000 or more a year makes an affluent customer; otherwise a young professional', () => {
    expect(infer({ income: 2_500_000 })).toBe('AFFLUENT');
    expect(infer({ income: 2_499_999 })).toBe('YOUNG_PROFESSIONAL');
    expect(infer({ income: 0, age: null })).toBe('YOUNG_PROFESSIONAL');
  });

  it('does not read farming into unrelated words', () => {
    expect(infer({ goals: 'pharmacy business and a fragrant garden' })).toBe('YOUNG_PROFESSIONAL');
  });
});
