// Shared fact formatting for the insights: one spelling for shares, money, months and scores, so
// that the number in a text is, character for character, the value of the fact it cites.
import { formatMoney } from '../recovery/composer.js';
import type { FactSource, InsightFact, InsightInput } from './types.js';

export { formatMoney };

export const fact = (label: string, value: string, source: FactSource): InsightFact => ({ label, value, source });

/** 0.2934 -> "29%". */
export const pct = (x: number): string => `${Math.round(x * 100)}%`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 1..12 -> "Jan".."Dec". */
export const monthName = (m: number): string => MONTHS[(((Math.round(m) - 1) % 12) + 12) % 12];

/** [10, 11] -> "Oct, Nov" (in calendar order). */
export const monthList = (ms: readonly number[]): string => [...ms].sort((a, b) => a - b).map(monthName).join(', ');

/** The month before m (Jan -> Dec). */
export const monthBefore = (m: number): number => (m <= 1 ? 12 : m - 1);

/** "CREDIT_CARD" -> "credit card". */
export const categoryWords = (category: string): string => category.toLowerCase().replace(/_/g, ' ');

/** One product of a category with its article, as a sentence says it: "an insurance policy". */
const CATEGORY_NOUNS: Record<string, string> = {
  CREDIT_CARD: 'a credit card',
  PERSONAL_LOAN: 'a personal loan',
  BUSINESS_LOAN: 'a business loan',
  MORTGAGE: 'a home loan',
  INSURANCE: 'an insurance policy',
  SAVINGS: 'a savings account',
  INVESTMENT: 'an investment',
};
export const categoryNoun = (category: string): string => CATEGORY_NOUNS[category] ?? `a ${categoryWords(category)} product`;

/** Share of the monthly inflow kept, -1..1; null without a spending profile or inflow. */
export function savingsRate(input: InsightInput): number | null {
  const s = input.spend;
  if (!s || !(s.monthlyInflowMean > 0)) return null;
  return Math.max(-1, Math.min(1, 1 - s.monthlyOutflowMean / s.monthlyInflowMean));
}

export const channelShare = (input: InsightInput, channel: string): number | null => (input.spend ? (input.spend.channelShare[channel] ?? 0) : null);

export function categoryShare(input: InsightInput, categories: readonly string[]): number | null {
  if (!input.spend) return null;
  return categories.reduce((sum, c) => sum + (input.spend!.categoryShare[c] ?? 0), 0);
}

/** The cluster the customer belongs to, as a fact, when there is one. */
export const clusterFact = (input: InsightInput): InsightFact[] => (input.cluster ? [fact('Cluster', input.cluster.name, 'CLUSTER')] : []);

/** The customer's group in words: its cluster, else its segment. */
export const groupName = (input: InsightInput): string => input.cluster?.name ?? `${input.segmentLabel.toLowerCase()} customers`;
