import { describe, expect, it } from 'vitest';
import type { DecisionDraft, ReasonCode } from '../credit/decision.js';
import type { EligibilityProduct } from '../recommendation/eligibility.js';
import type { CustomerProfile, ScoredProduct } from '../recommendation/types.js';
import { applyChanges, describeChanges, diffDecisions, diffRecommendations, validateScenarioChanges } from './scenario.js';

const profile: CustomerProfile = {
  customerId: 7,
  kind: 'INDIVIDUAL',
  segment: 'CREDIT_BUILDER',
  age: 22,
  yearsInBusiness: null,
  annualIncome: 264_000,
  creditScore: null,
  region: 'Uttar Pradesh',
  heldProductIds: [],
  goals: 'build my credit',
  spendProfile: null,
  needEmbedding: null,
};

const product = (id: string, over: Partial<EligibilityProduct> = {}): EligibilityProduct => ({
  id,
  customerKind: 'ANY',
  minIncome: 0,
  minScore: null,
  minAge: null,
  maxAge: null,
  regions: [],
  tags: [],
  ...over,
});
const PRODUCTS = new Map([
  ['term', product('term', { minIncome: 300_000 })],
  ['card', product('card', { minScore: 650 })],
  ['rd', product('rd')],
  ['sahaj', product('sahaj')],
]);

const rec = (productId: string, rank: number, confidence: number, reasons: ScoredProduct['reasons'] = []): ScoredProduct => ({ productId, rank, score: confidence / 100, confidence, reasons });

describe('validateScenarioChanges', () => {
  it('names the field of a bad change', () => {
    expect(validateScenarioChanges({ annualIncome: -5 }, 'INDIVIDUAL')).toMatchObject({ ok: false, field: 'changes.annualIncome' });
    expect(validateScenarioChanges({ creditScore: 900 }, 'INDIVIDUAL')).toMatchObject({ ok: false, field: 'changes.creditScore' });
    expect(validateScenarioChanges({ creditScore: 299 }, 'INDIVIDUAL')).toMatchObject({ ok: false, field: 'changes.creditScore' });
    expect(validateScenarioChanges({ creditScore: 700, newToCredit: true }, 'INDIVIDUAL')).toMatchObject({ ok: false, field: 'changes.creditScore' });
    expect(validateScenarioChanges({ region: 'Narnia' }, 'INDIVIDUAL')).toMatchObject({ ok: false, field: 'changes.region' });
    expect(validateScenarioChanges({ age: 40 }, 'BUSINESS')).toMatchObject({ ok: false, field: 'changes.age' });
    expect(validateScenarioChanges({}, 'INDIVIDUAL')).toMatchObject({ ok: false, field: 'changes' });
    expect(validateScenarioChanges({ goals: null, region: null }, 'INDIVIDUAL')).toMatchObject({ ok: false, field: 'changes' });
  });

  it('cleans good changes; newToCredit means no score', () => {
    expect(validateScenarioChanges({ annualIncome: 0, region: 'uttar pradesh', goals: '  a car ' }, 'INDIVIDUAL')).toEqual({
      ok: true,
      value: { annualIncome: 0, region: 'Uttar Pradesh', goals: 'a car' },
    });
    expect(validateScenarioChanges({ newToCredit: true }, 'INDIVIDUAL')).toEqual({ ok: true, value: { creditScore: null } });
  });
});

describe('applyChanges and describeChanges', () => {
  it('changes only what is given and lists only what really differs', () => {
    const changes = { annualIncome: 400_000, creditScore: 720, region: 'Uttar Pradesh' as const };
    const after = applyChanges(profile, changes);
    expect(after).toMatchObject({ annualIncome: 400_000, creditScore: 720, region: 'Uttar Pradesh', goals: 'build my credit', age: 22, customerId: 7 });
    expect(profile.annualIncome).toBe(264_000); // not mutated
    expect(describeChanges(profile, changes)).toEqual([
      { field: 'annualIncome', from: '₹2,64,000', to: '₹4,00,000' },
      { field: 'creditScore', from: 'none (new to credit)', to: '720' },
    ]);
  });
});

describe('diffRecommendations', () => {
  const changes = { annualIncome: 400_000, creditScore: 700 };
  const after = applyChanges(profile, changes);
  const described = describeChanges(profile, changes);

  it('explains a product that became eligible with the rule and the minimum it now meets', () => {
    const d = diffRecommendations([rec('rd', 1, 80)], [rec('term', 1, 85), rec('rd', 2, 78)], { before: profile, after }, (id) => PRODUCTS.get(id), described);
    expect(d.map((c) => [c.productId, c.rankBefore, c.rankAfter])).toEqual([
      ['term', null, 1],
      ['rd', 1, 2],
    ]);
    expect(d[0].why[0]).toMatch(/^Eligibility now met \(income\): before, annual income of ₹2,64,000 is below the minimum of ₹3,00,000/);
    expect(d[1].why).toEqual(['Moved down as other products moved up.']);
  });

  it('cites a new score opening a product and reasons that appeared, vanished or moved', () => {
    const d = diffRecommendations(
      [rec('sahaj', 1, 70, [{ code: 'NEED_MATCH', text: 'matches "credit"', weight: 0.4 }, { code: 'PEER_UPTAKE', text: 'peers hold it', weight: 0.2 }])],
      [rec('card', 1, 90), rec('sahaj', 2, 60, [{ code: 'NEED_MATCH', text: 'matches "credit"', weight: 0.3 }, { code: 'PRODUCT_GAP', text: 'fills a gap', weight: 0.1 }])],
      { before: profile, after },
      (id) => PRODUCTS.get(id),
      [...described, { field: 'goals', from: 'a', to: 'b' }],
    );
    expect(d[0].why[0]).toMatch(/^Eligibility now met \(new to credit\)/);
    const why = d[1].why.join('\n');
    expect(why).toMatch(/Need match counts less \(40% → 30% of the score\) \(changed by the new goals\)/);
    expect(why).toMatch(/New reason, product gap: fills a gap/);
    expect(why).toMatch(/No longer a reason, similar customers' uptake: peers hold it/);
  });

  it('leaves out products that did not move, and explains one that dropped out or lost eligibility', () => {
    const worse = applyChanges(profile, { annualIncome: 100_000 });
    const d = diffRecommendations([rec('rd', 1, 80), rec('term', 2, 70)], [rec('rd', 1, 80.2)], { before: profile, after: worse }, (id) => PRODUCTS.get(id));
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ productId: 'term', rankBefore: 2, rankAfter: null, confidenceBefore: 70, confidenceAfter: null });
    expect(d[0].why).toEqual(['Moved out of the top list: other products now rank higher.']);
  });
});

describe('diffDecisions', () => {
  const reason = (code: string): ReasonCode => ({ code, feature: code, value: null, contribution: 0, text: code, source: 'POLICY' });
  const draft = (over: Partial<DecisionDraft>): DecisionDraft =>
    ({ outcome: 'APPROVE', probabilityOfDefault: 0.03, score: 640, grade: 'B', reasons: [], counterfactuals: [], approvedAmount: 60_000, creditLimit: null, ...over }) as DecisionDraft;

  it('gives both sides and the reasons that appeared and disappeared', () => {
    const d = diffDecisions(
      draft({ reasons: [reason('ALT01'), reason('BUR01')] }),
      draft({ outcome: 'DECLINE', probabilityOfDefault: 0.2, score: 560, approvedAmount: null, reasons: [reason('POL_PRODUCT_ELIGIBILITY'), reason('BUR01')] }),
    );
    expect(d).toMatchObject({ outcomeBefore: 'APPROVE', outcomeAfter: 'DECLINE', approvedAmountBefore: 60_000, approvedAmountAfter: null, scoreBefore: 640, scoreAfter: 560 });
    expect(d.reasonsAppeared.map((r) => r.code)).toEqual(['POL_PRODUCT_ELIGIBILITY']);
    expect(d.reasonsDisappeared.map((r) => r.code)).toEqual(['ALT01']);
  });
});
