// SERVICE_OPTIMISATION: how to serve the customer at lower cost and friction. The first rule
// whose facts hold wins:
//   1. low UPI share (< 20% of payments): digital onboarding (UPI, app), naming the main channel;
//   2. new to credit (no bureau score): a credit-building plan and reminders;
//   3. heavy repayments (EMIs and similar >= 30% of spending): align due dates with income;
//   4. three or more products held: one consolidated view and statement;
//   5. otherwise: self-serve alerts on the channel they already use most.
import { categoryShare, channelShare, fact, pct } from './facts.js';
import type { Insight, InsightInput } from './types.js';

export const LOW_UPI = 0.2;
export const HEAVY_REPAYMENTS = 0.3;
export const MANY_PRODUCTS = 3;
const REPAYMENT_CATEGORIES = ['emi', 'payday_loan', 'bounce_charge'];

function mainChannel(input: InsightInput): { name: string; share: number } | null {
  const shares = Object.entries(input.spend?.channelShare ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return shares[0] ? { name: shares[0][0], share: shares[0][1] } : null;
}

export function serviceInsight(input: InsightInput): Insight {
  const kind = 'SERVICE_OPTIMISATION' as const;
  const upi = channelShare(input, 'UPI');
  const main = mainChannel(input);

  if (upi !== null && upi < LOW_UPI) {
    const via = main && main.name !== 'UPI' ? ` Most go through ${main.name} (${pct(main.share)}).` : '';
    return {
      kind,
      title: 'Digital onboarding',
      text: `Only ${pct(upi)} of the customer's payments use UPI.${via} Help them set up UPI and the app, with autopay for dues, to cut branch and cash handling.`,
      facts: [fact('UPI share of payments', pct(upi), 'SPENDING'), ...(via ? [fact(`${main!.name} share of payments`, pct(main!.share), 'SPENDING')] : [])],
    };
  }

  if (input.creditScore === null) {
    return {
      kind,
      title: 'Build a credit file',
      text: 'The customer has no bureau score yet. Set up due-date reminders and autopay on any first credit line, so that a clean repayment record builds a score.',
      facts: [fact('Bureau credit score', 'none (new to credit)', 'CREDIT')],
    };
  }

  const repayments = categoryShare(input, REPAYMENT_CATEGORIES);
  if (repayments !== null && repayments >= HEAVY_REPAYMENTS) {
    return {
      kind,
      title: 'Ease the repayment load',
      text: `Repayments take ${pct(repayments)} of spending at a credit score of ${input.creditScore}. Align due dates with income days and offer reminders before each one.`,
      facts: [fact('Repayments share of spending', pct(repayments), 'SPENDING'), fact('Credit score', String(input.creditScore), 'CREDIT')],
    };
  }

  if (input.holdings.length >= MANY_PRODUCTS) {
    return {
      kind,
      title: 'One view of every product',
      text: `The customer holds ${input.holdings.length} products. Offer one consolidated statement and a single contact point instead of a conversation per product.`,
      facts: [fact('Products held', String(input.holdings.length), 'HOLDINGS')],
    };
  }

  return {
    kind,
    title: 'Self-serve on the channel they use',
    text: main
      ? `${pct(main.share)} of the customer's payments go through ${main.name}. Move alerts and routine requests to self-service there.`
      : `The customer holds ${input.holdings.length} products. Move alerts and routine requests to self-service in the app.`,
    facts: main ? [fact(`${main.name} share of payments`, pct(main.share), 'SPENDING')] : [fact('Products held', String(input.holdings.length), 'HOLDINGS')],
  };
}
