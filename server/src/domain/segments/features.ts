// Behavioural and financial features of a customer for segmentation: what the customer row
// already holds (income, age or years in business, bureau score, the 12-month spend profile) and
// its active holdings (count by category, balances). Pure: no SQL, no GraphQL.
import type { SpendProfile } from '../../../../drizzle/schema.js';
import type { ProductCategory } from '../reference.js';

/** What segmentation reads of a customer. */
export interface SegmentInput {
  kind: string;
  age: number | null;
  yearsInBusiness: number | null;
  annualIncome: number;
  creditScore: number | null;
  spendProfile: SpendProfile | null;
}

export interface SegmentHolding {
  category: ProductCategory | string;
  balance: number;
}

/**
 * How a raw feature is standardised: `log` features are log1p'd before z-scoring (money is
 * log-normal), `z` features are z-scored as they are.
 */
export type FeatureTransform = 'log' | 'z';

export interface FeatureSpec {
  name: string;
  transform: FeatureTransform;
  /** How a person reads the raw value in a cluster's facts. */
  unit: 'rupees' | 'share' | 'years' | 'count' | 'score' | 'ratio';
}

/**
 * The feature vector, in this order. Missing values (the age of a business, the score of someone
 * new to credit) are null and imputed with the training mean by the scaler, so they sit at z = 0
 * and only the indicator columns (business, newToCredit) carry that difference.
 */
export const FEATURES: readonly FeatureSpec[] = [
  { name: 'annualIncome', transform: 'log', unit: 'rupees' },
  { name: 'age', transform: 'z', unit: 'years' },
  { name: 'yearsInBusiness', transform: 'z', unit: 'years' },
  { name: 'business', transform: 'z', unit: 'share' },
  { name: 'creditScore', transform: 'z', unit: 'score' },
  { name: 'newToCredit', transform: 'z', unit: 'share' },
  { name: 'inflowVariability', transform: 'z', unit: 'ratio' },
  { name: 'savingsRate', transform: 'z', unit: 'share' },
  { name: 'digitalShare', transform: 'z', unit: 'share' },
  { name: 'lifestyleSpend', transform: 'z', unit: 'share' },
  { name: 'farmSpend', transform: 'z', unit: 'share' },
  { name: 'debtService', transform: 'z', unit: 'share' },
  { name: 'products', transform: 'z', unit: 'count' },
  { name: 'creditProducts', transform: 'z', unit: 'count' },
  { name: 'investmentProducts', transform: 'z', unit: 'count' },
  { name: 'depositBalance', transform: 'log', unit: 'rupees' },
];
export const FEATURE_NAMES: readonly string[] = FEATURES.map((f) => f.name);
export type FeatureVector = (number | null)[];

const LIFESTYLE = ['travel', 'dining', 'shopping', 'entertainment'];
const DEBT = ['emi', 'payday_loan', 'bounce_charge'];
const CREDIT_CATEGORIES = new Set(['CREDIT_CARD', 'PERSONAL_LOAN', 'BUSINESS_LOAN', 'MORTGAGE']);
const DEPOSIT_CATEGORIES = new Set(['SAVINGS', 'INVESTMENT']);

const sumOf = (shares: Record<string, number> | undefined, keys: readonly string[]) => keys.reduce((a, k) => a + (shares?.[k] ?? 0), 0);

/** The raw (unscaled) feature vector in FEATURES order. */
export function customerFeatures(c: SegmentInput, held: readonly SegmentHolding[]): FeatureVector {
  const s = c.spendProfile;
  const business = c.kind === 'BUSINESS';
  const inflow = s?.monthlyInflowMean ?? 0;
  const savingsRate = s && inflow > 0 ? Math.max(-1, Math.min(1, 1 - s.monthlyOutflowMean / inflow)) : null;
  let creditProducts = 0;
  let investmentProducts = 0;
  let deposits = 0;
  for (const h of held) {
    if (CREDIT_CATEGORIES.has(h.category)) creditProducts += 1;
    if (h.category === 'INVESTMENT') investmentProducts += 1;
    if (DEPOSIT_CATEGORIES.has(h.category)) deposits += Math.max(0, h.balance);
  }
  return [
    Math.max(0, c.annualIncome),
    business ? null : c.age,
    business ? c.yearsInBusiness : null,
    business ? 1 : 0,
    c.creditScore,
    c.creditScore === null ? 1 : 0,
    s ? s.inflowVariability : null,
    savingsRate,
    s ? sumOf(s.channelShare, ['UPI', 'CARD']) : null,
    s ? sumOf(s.categoryShare, LIFESTYLE) : null,
    s ? sumOf(s.categoryShare, ['farm_inputs']) : null,
    s ? sumOf(s.categoryShare, DEBT) : null,
    held.length,
    creditProducts,
    investmentProducts,
    deposits,
  ];
}
