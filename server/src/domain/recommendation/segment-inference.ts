// The segment of a prospect who has no record, inferred from what they tell us. First rule that
// applies wins:
//
//   1. a business                                   -> SMALL_BUSINESS
//   2. farming words in the goals (crop, tractor…)  -> FARMER
//   3. no bureau score, or below 650                -> CREDIT_BUILDER
//   4. aged 55 or over, or retirement words         -> RETIREMENT_PLANNER
//   5. annual income of ₹25,00,000 or more          -> AFFLUENT
//   6. otherwise                                    -> YOUNG_PROFESSIONAL
//
// Thresholds: SEGMENT_INFERENCE in weights.ts.
import type { CustomerKind, Segment } from '../reference.js';
import { SEGMENT_INFERENCE } from './weights.js';

export interface ProspectFacts {
  kind: CustomerKind;
  age: number | null;
  /** Annual income in INR (revenue for a business). */
  income: number;
  creditScore: number | null;
  goals: string;
}

/** Word stems that mark farming, matched at the start of a word ("farm" matches "farmer", "farming"). */
const FARMING = /\b(crop|tractor|harvest|farm|kisan|agri|irrigat|fertili[sz]|livestock|dairy|cattle|paddy|orchard|sowing|kharif|rabi|poultry|plantation|sugarcane|horticultur)/i;

const RETIREMENT = /\b(retir|pension|senior citizen|old age|golden years)/i;

export function hasFarmingWords(text: string): boolean {
  return FARMING.test(text);
}

export function hasRetirementWords(text: string): boolean {
  return RETIREMENT.test(text);
}

export function inferSegment(prospect: ProspectFacts): Segment {
  const t = SEGMENT_INFERENCE;
  const goals = prospect.goals ?? '';
  if (prospect.kind === 'BUSINESS') return 'SMALL_BUSINESS';
  if (hasFarmingWords(goals)) return 'FARMER';
  if (prospect.creditScore == null || prospect.creditScore < t.creditBuilderBelowScore) return 'CREDIT_BUILDER';
  if ((prospect.age != null && prospect.age >= t.retirementFromAge) || hasRetirementWords(goals)) return 'RETIREMENT_PLANNER';
  if (prospect.income >= t.affluentFromIncome) return 'AFFLUENT';
  return 'YOUNG_PROFESSIONAL';
}
