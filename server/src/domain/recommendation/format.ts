// Wording helpers for reasons and eligibility messages: Indian rupee amounts, percentages,
// ratios, and how segments and categories are named in a sentence.
import type { Segment } from '../reference.js';

const INR = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 });

/** ₹6,00,000 (Indian digit grouping, whole rupees). */
export function formatInr(amount: number): string {
  return `₹${INR.format(Math.round(amount))}`;
}

/** A share 0..1 as a whole percentage: "64%"; "<1%" for a positive share that rounds to 0. */
export function formatPercent(share: number): string {
  const pct = Math.round(share * 100);
  if (pct === 0 && share > 0) return '<1%';
  return `${pct}%`;
}

/** A multiple: "2.4×" under 10, "12×" from 10. */
export function formatRatio(ratio: number): string {
  if (ratio >= 10) return `${Math.round(ratio)}×`;
  return `${(Math.floor(ratio * 10) / 10).toFixed(1)}×`;
}

/** The people of a segment, plural, as in "64% of small businesses like this one". */
export const SEGMENT_PEOPLE: Record<Segment, string> = {
  YOUNG_PROFESSIONAL: 'young professionals',
  AFFLUENT: 'affluent customers',
  RETIREMENT_PLANNER: 'customers planning retirement',
  CREDIT_BUILDER: 'customers building their credit',
  SMALL_BUSINESS: 'small businesses',
  FARMER: 'farmers',
};

/** A product of a category, as in "hold a home loan". */
export const CATEGORY_ARTICLE_NOUN: Record<string, string> = {
  CREDIT_CARD: 'a credit card',
  PERSONAL_LOAN: 'a personal loan',
  BUSINESS_LOAN: 'a business loan',
  MORTGAGE: 'a home loan',
  INSURANCE: 'an insurance policy',
  SAVINGS: 'a savings account or deposit',
  INVESTMENT: 'an investment product',
};

/** Credit score band names used in approval reasons. */
export function scoreBand(score: number): 'excellent' | 'good' | 'fair' | 'weak' {
  if (score >= 750) return 'excellent';
  if (score >= 700) return 'good';
  if (score >= 650) return 'fair';
  return 'weak';
}

/** Shortens free text to at most `max` characters at a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
