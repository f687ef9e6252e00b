import { describe, expect, it } from 'vitest';
import { customerInsights, discoveryInsight, engagementInsight, serviceInsight, type Insight, type InsightInput } from './index.js';

const card = { id: 'card-1', name: 'Aurora Travel Elite', category: 'CREDIT_CARD', tags: ['travel', 'lounge'] };
const fd = { id: 'fd-1', name: 'Secure FD', category: 'SAVINGS', tags: ['deposit'] };

function input(over: Partial<InsightInput> = {}): InsightInput {
  return {
    kind: 'INDIVIDUAL',
    segmentLabel: 'Young professional',
    creditScore: 720,
    cluster: { name: 'affluent savers', tags: ['high income'] },
    spend: {
      categoryShare: { groceries: 0.4, dining: 0.3, emi: 0.1 },
      channelShare: { UPI: 0.6, CARD: 0.3, CASH: 0.1 },
      monthlyInflowMean: 80_000,
      inflowVariability: 0.1,
      monthlyOutflowMean: 70_000,
      peakMonths: [3],
    },
    holdings: [],
    gaps: [
      { product: card, basis: 'CLUSTER', share: 0.62, group: 'affluent savers' },
      { product: fd, basis: 'SEGMENT', share: 0.41, group: 'young professional customers' },
    ],
    feedback: { likedTags: [], dislikedTags: [], interests: [] },
    interactions: { views: 0, clicks: 0, dismissals: 0, applies: 0, days: 90 },
    ...over,
  };
}

/** Every number in the text (₹45,000, 62%, 0.62, 3) is part of the value of a cited fact. */
function expectNumbersCited(i: Insight) {
  expect(i.facts.length).toBeGreaterThan(0);
  const values = i.facts.map((f) => f.value).join(' | ');
  for (const n of `${i.title} ${i.text}`.match(/\d[\d,]*(\.\d+)?/g) ?? []) expect(values, `${n} in "${i.text}"`).toContain(n);
}

describe('engagementInsight', () => {
  it('times outreach before the harvest for a seasonal earner', () => {
    const i = engagementInsight(input({ spend: { ...input().spend!, inflowVariability: 0.74, peakMonths: [11, 10], monthlyInflowMean: 45_000 } }));
    expect(i.kind).toBe('ENGAGEMENT_STRATEGY');
    expect(i.text).toContain('peaks in Oct, Nov');
    expect(i.text).toContain('Reach out in Sep');
    expect(i.text).toContain('₹45,000');
    expect(i.facts).toContainEqual({ label: 'Income variability', value: '0.74', source: 'SPENDING' });
    expect(i.facts).toContainEqual({ label: 'Cluster', value: 'affluent savers', source: 'CLUSTER' });
    expectNumbersCited(i);
  });

  it('asks for fewer, better offers after many dismissals', () => {
    const i = engagementInsight(input({ interactions: { views: 9, clicks: 1, dismissals: 4, applies: 0, days: 90 } }));
    expect(i.title).toBe('Fewer, better offers');
    expect(i.text).toContain('dismissed 4 recommendations and clicked 1');
    expect(i.facts).toContainEqual({ label: 'Dismissals (last 90 days)', value: '4', source: 'INTERACTIONS' });
    expectNumbersCited(i);
  });

  it('follows up on clicks, leads with savings, else a check-in', () => {
    const clicked = engagementInsight(input({ interactions: { views: 3, clicks: 3, dismissals: 0, applies: 1, days: 90 } }));
    expect(clicked.text).toContain('clicked 3 recommendations');
    expectNumbersCited(clicked);
    const saver = engagementInsight(input({ spend: { ...input().spend!, monthlyOutflowMean: 50_000 } }));
    expect(saver.title).toBe('Lead with savings');
    expect(saver.facts).toContainEqual({ label: 'Savings rate', value: '38%', source: 'SPENDING' });
    expectNumbersCited(saver);
    const plain = engagementInsight(input({ spend: null, cluster: null }));
    expect(plain.facts).toContainEqual({ label: 'Segment', value: 'Young professional', source: 'CLUSTER' });
    expectNumbersCited(plain);
  });
});

describe('discoveryInsight', () => {
  it('names the cluster gap with the cluster share', () => {
    const i = discoveryInsight(input());
    expect(i.kind).toBe('PRODUCT_DISCOVERY');
    expect(i.text).toContain('62% of affluent savers hold a credit card');
    expect(i.text).toContain('Aurora Travel Elite');
    expect(i.facts).toContainEqual({ label: 'Suggested product', value: 'Aurora Travel Elite', source: 'GAPS' });
    expect(i.facts).toContainEqual({ label: 'Share of affluent savers holding a credit card', value: '62%', source: 'CLUSTER' });
    expectNumbersCited(i);
  });

  it('never suggests a product carrying a disliked tag, and says so', () => {
    const i = discoveryInsight(input({ feedback: { likedTags: [], dislikedTags: ['lounge'], interests: [] } }));
    expect(i.text).not.toContain('Aurora');
    expect(i.text).toContain('Secure FD');
    expect(i.text).toContain('41% of young professional customers hold Secure FD');
    expect(i.facts).toContainEqual({ label: 'Declined tags', value: 'lounge', source: 'FEEDBACK' });
    expectNumbersCited(i);
    const none = discoveryInsight(input({ feedback: { likedTags: [], dislikedTags: ['lounge', 'deposit'], interests: ['gold loan'] } }));
    expect(none.title).toBe('Ask before offering');
    expect(none.text).not.toMatch(/Aurora|Secure FD/);
    expect(none.text).toContain('gold loan');
    expectNumbersCited(none);
  });

  it('leads with a gap matching an interest, and skips held products', () => {
    const i = discoveryInsight(input({ feedback: { likedTags: [], dislikedTags: [], interests: ['deposit'] } }));
    expect(i.text).toContain('Secure FD matches what the customer told us (deposit)');
    expect(i.facts).toContainEqual({ label: 'Customer interest', value: 'deposit', source: 'FEEDBACK' });
    expectNumbersCited(i);
    expect(discoveryInsight(input({ holdings: [card] })).text).not.toContain('Aurora');
  });
});

describe('serviceInsight', () => {
  it('suggests digital onboarding on a low UPI share', () => {
    const i = serviceInsight(input({ spend: { ...input().spend!, channelShare: { UPI: 0.08, CASH: 0.72, CARD: 0.2 } } }));
    expect(i.title).toBe('Digital onboarding');
    expect(i.text).toContain('Only 8% of');
    expect(i.text).toContain('CASH (72%)');
    expect(i.facts).toContainEqual({ label: 'UPI share of payments', value: '8%', source: 'SPENDING' });
    expectNumbersCited(i);
  });

  it('builds a credit file, eases repayments, consolidates, else self-serve', () => {
    const ntc = serviceInsight(input({ creditScore: null }));
    expect(ntc.facts).toEqual([{ label: 'Bureau credit score', value: 'none (new to credit)', source: 'CREDIT' }]);
    const emi = serviceInsight(input({ spend: { ...input().spend!, categoryShare: { emi: 0.35, groceries: 0.65 } } }));
    expect(emi.text).toContain('Repayments take 35% of spending at a credit score of 720');
    expectNumbersCited(emi);
    const many = serviceInsight(input({ holdings: [card, fd, { ...fd, id: 'x' }] }));
    expect(many.text).toContain('holds 3 products');
    expectNumbersCited(many);
    const plain = serviceInsight(input());
    expect(plain.text).toContain('60% of the customer');
    expectNumbersCited(plain);
  });
});

describe('customerInsights', () => {
  it('gives three insights of the three kinds, each with facts', () => {
    const all = customerInsights(input());
    expect(all.map((i) => i.kind)).toEqual(['ENGAGEMENT_STRATEGY', 'PRODUCT_DISCOVERY', 'SERVICE_OPTIMISATION']);
    for (const i of all) expectNumbersCited(i);
  });
});
