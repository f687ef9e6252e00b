import { describe, expect, it } from 'vitest';
import { decisionCitationQuery, FAIR_LENDING_POLICY, LENDING_POLICY, PRODUCT_SUITABILITY_GUIDE, recommendationCitationQuery } from './citation-queries.js';

describe('decisionCitationQuery', () => {
  it('words the outcome, the topic of each policy reason and the reason texts, from the lending policies', () => {
    const q = decisionCitationQuery({
      outcome: 'COUNTER_OFFER',
      reasons: [
        { code: 'POL_AFFORDABILITY', text: 'Debt payments would take 62% of monthly income, above the maximum of 50%' },
        { code: 'ALT01', text: 'Income arrived in only 7 of the last 12 months' },
      ],
    });
    expect(q.documents).toEqual([LENDING_POLICY, FAIR_LENDING_POLICY]);
    expect(q.text).toMatch(/^Counter-offer of other terms/);
    expect(q.text).toContain('affordability: debt-to-income ratio above the maximum');
    expect(q.text).toContain('Debt payments would take 62% of monthly income');
    expect(q.text).toContain('Income arrived in only 7 of the last 12 months');
  });

  it('reads at most the four reasons a decision shows, and is the same text for the same decision', () => {
    const reasons = ['one', 'two', 'three', 'four', 'five'].map((text) => ({ code: 'ALT01', text }));
    const q = decisionCitationQuery({ outcome: 'DECLINE', reasons });
    expect(q.text).toContain('four');
    expect(q.text).not.toContain('five');
    expect(decisionCitationQuery({ outcome: 'DECLINE', reasons }).text).toBe(q.text);
  });

  it('names restructuring for a restructuring counter-offer', () => {
    expect(decisionCitationQuery({ outcome: 'COUNTER_OFFER', reasons: [], counterOffer: { kind: 'RESTRUCTURING' } }).text).toContain('restructuring of existing debt');
  });
});

describe('recommendationCitationQuery', () => {
  it("asks the suitability guide about the product's kind, its tags and the reasons", () => {
    const q = recommendationCitationQuery({
      product: { name: 'Kisan Rabi-Kharif Crop Loan', category: 'BUSINESS_LOAN', tags: ['agriculture', 'seasonal-repayment'] },
      reasons: [{ code: 'PEER_UPTAKE', text: '40% of farmers like this customer hold Kisan Rabi-Kharif Crop Loan' }],
    });
    expect(q.documents).toEqual([PRODUCT_SUITABILITY_GUIDE]);
    expect(q.text).toBe(
      'When is business or MSME credit such as Kisan Rabi-Kharif Crop Loan suitable. agriculture, seasonal repayment. 40% of farmers like this customer hold Kisan Rabi-Kharif Crop Loan',
    );
  });
});
