// ENGAGEMENT_STRATEGY: when and how to reach the customer. The first rule whose facts hold wins:
//   1. seasonal earner (income variability >= 0.5 with peak months): reach out the month before
//      the first peak, with offers sized to the seasonal inflow;
//   2. many dismissals (>= 3, and more than clicks): fewer, better-matched offers;
//   3. recent clicks (>= 2): follow up on what they looked at;
//   4. high savings rate (>= 25%): a savings-led conversation;
//   5. otherwise: a regular check-in framed for the customer's cluster, on their monthly inflow.
import { clusterFact, fact, formatMoney, groupName, monthBefore, monthList, monthName, pct, savingsRate } from './facts.js';
import type { Insight, InsightInput } from './types.js';

export const SEASONAL_VARIABILITY = 0.5;
export const MANY_DISMISSALS = 3;
export const ENGAGED_CLICKS = 2;
export const HIGH_SAVINGS = 0.25;

export function engagementInsight(input: InsightInput): Insight {
  const kind = 'ENGAGEMENT_STRATEGY' as const;
  const s = input.spend;
  const i = input.interactions;
  const window = `last ${i.days} days`;
  const windowFact = fact('Interactions counted over', `${i.days} days`, 'INTERACTIONS');

  if (s && s.inflowVariability >= SEASONAL_VARIABILITY && s.peakMonths.length > 0) {
    const first = [...s.peakMonths].sort((a, b) => a - b)[0];
    const variability = s.inflowVariability.toFixed(2);
    const peaks = monthList(s.peakMonths);
    return {
      kind,
      title: `Engage in ${monthName(monthBefore(first))}, before the income peak`,
      text:
        `Income is seasonal (variability ${variability}) and peaks in ${peaks}. Reach out in ${monthName(monthBefore(first))}, ` +
        `before the money arrives, and size offers to a monthly inflow of ${formatMoney(s.monthlyInflowMean)} rather than to the peak.`,
      facts: [
        fact('Income variability', variability, 'SPENDING'),
        fact('Peak income months', peaks, 'SPENDING'),
        fact('Average monthly inflow', formatMoney(s.monthlyInflowMean), 'SPENDING'),
        ...clusterFact(input),
      ],
    };
  }

  if (i.dismissals >= MANY_DISMISSALS && i.dismissals > i.clicks) {
    return {
      kind,
      title: 'Fewer, better offers',
      text:
        `The customer dismissed ${i.dismissals} recommendations and clicked ${i.clicks} in the ${window}. ` +
        `Show fewer offers, only the best-matched, and ask what they need before the next one.`,
      facts: [fact(`Dismissals (${window})`, String(i.dismissals), 'INTERACTIONS'), fact(`Clicks (${window})`, String(i.clicks), 'INTERACTIONS'), windowFact, ...clusterFact(input)],
    };
  }

  if (i.clicks >= ENGAGED_CLICKS) {
    return {
      kind,
      title: 'Follow up while interest is warm',
      text:
        `The customer clicked ${i.clicks} recommendations in the ${window}${i.applies > 0 ? ` and applied for ${i.applies}` : ''}. ` +
        `Call this week about the products they opened, before the interest fades.`,
      facts: [
        fact(`Clicks (${window})`, String(i.clicks), 'INTERACTIONS'),
        ...(i.applies > 0 ? [fact(`Applications (${window})`, String(i.applies), 'INTERACTIONS')] : []),
        windowFact,
        ...clusterFact(input),
      ],
    };
  }

  const rate = savingsRate(input);
  if (s && rate !== null && rate >= HIGH_SAVINGS) {
    return {
      kind,
      title: 'Lead with savings',
      text:
        `The customer keeps ${pct(rate)} of a monthly inflow of ${formatMoney(s.monthlyInflowMean)}. ` +
        `Open with where that surplus could earn more, then bring in other products.`,
      facts: [fact('Savings rate', pct(rate), 'SPENDING'), fact('Average monthly inflow', formatMoney(s.monthlyInflowMean), 'SPENDING'), ...clusterFact(input)],
    };
  }

  return {
    kind,
    title: `A regular check-in for ${groupName(input)}`,
    text: s
      ? `Income is steady at ${formatMoney(s.monthlyInflowMean)} a month. A regular check-in framed for ${groupName(input)} keeps the relationship warm without pushing offers.`
      : `There is no spending history yet. A regular check-in framed for ${groupName(input)} builds the picture before any offer.`,
    facts: [
      ...(s ? [fact('Average monthly inflow', formatMoney(s.monthlyInflowMean), 'SPENDING')] : []),
      ...(input.cluster ? clusterFact(input) : [fact('Segment', input.segmentLabel, 'CLUSTER')]),
    ],
  };
}
