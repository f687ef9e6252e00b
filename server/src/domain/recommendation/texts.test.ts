import { describe, expect, it } from 'vitest';
import { needProfileText, productText } from './texts.js';

describe('productText', () => {
  it('reads tags as words and names the audience', () => {
    const t = productText({
      name: 'Udyam Working Capital Line',
      category: 'BUSINESS_LOAN',
      description: 'A revolving line for stock and suppliers',
      tags: ['working-capital', 'festive_season'],
      customerKind: 'BUSINESS',
    });
    expect(t).toBe('Udyam Working Capital Line. business loan. A revolving line for stock and suppliers. For businesses. working capital, festive season.');
  });

  it('works without tags or audience', () => {
    expect(productText({ name: 'Basic Savings', category: 'SAVINGS', description: 'Zero balance.', tags: [] })).toBe(
      'Basic Savings. savings account deposit. Zero balance.',
    );
  });
});

describe('needProfileText', () => {
  it('describes the person, goals and top spending', () => {
    const t = needProfileText({
      kind: 'INDIVIDUAL',
      segment: 'FARMER',
      age: 45,
      yearsInBusiness: null,
      creditScore: null,
      goals: ' buy a tractor. ',
      spendProfile: {
        categoryShare: { farm_inputs: 0.5, groceries: 0.2, fuel: 0.1, rent: 0 },
        channelShare: {},
        monthlyInflowMean: 20_000,
        inflowVariability: 0.9,
        monthlyOutflowMean: 15_000,
        peakMonths: [3, 10],
      },
    });
    expect(t).toBe(
      'A person: farmer (seasonal income) in their 40s new to credit with no bureau history. Goals: buy a tractor. ' +
        'Spends mostly on seeds, fertiliser and farm inputs, fuel, groceries. Income is seasonal and irregular.',
    );
  });

  it('gives the same text to customers who differ only in exact age or the order of their top spending', () => {
    const base = { kind: 'INDIVIDUAL', segment: 'YOUNG_PROFESSIONAL', yearsInBusiness: null, creditScore: 700, goals: 'travel' } as const;
    const spend = (a: number, b: number) => ({
      categoryShare: { dining: a, travel: b, rent: 0.3 },
      channelShare: {},
      monthlyInflowMean: 1,
      inflowVariability: 0.1,
      monthlyOutflowMean: 1,
      peakMonths: [],
    });
    expect(needProfileText({ ...base, age: 31, spendProfile: spend(0.4, 0.2) })).toBe(
      needProfileText({ ...base, age: 38, spendProfile: spend(0.2, 0.4) }),
    );
    expect(needProfileText({ ...base, age: 31, spendProfile: null })).not.toBe(needProfileText({ ...base, age: 41, spendProfile: null }));
  });
});
