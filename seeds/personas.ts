// Who the synthetic customers are: one persona per segment, with the distributions that make
// its members look like that segment (age, income, bureau score, region, goals, what they hold,
// how they earn and spend).
import type { CustomerKind, ProductCategory, Region, Segment } from '../server/src/domain/reference.js';

/** How money comes in; decides the shape of the twelve months of inflows. */
export type IncomePattern = 'SALARY' | 'PENSION' | 'GIG' | 'BUSINESS' | 'HARVEST';

/** A product a member of the persona tends to hold: a category, and the tags that fit them. */
export interface Want {
  category: ProductCategory;
  probability: number;
  tags: readonly string[];
  /** Hold up to this many products of the category (default 1). */
  max?: number;
}

export interface Occupation {
  label: string;
  pattern: IncomePattern;
  weight: number;
}

export interface Persona {
  segment: Segment;
  kind: CustomerKind;
  /** Share of all customers. */
  share: number;
  /** Inclusive age band (individuals) or years in business (businesses). */
  ageRange: readonly [number, number] | null;
  yearsInBusinessRange: readonly [number, number] | null;
  /** Annual income, or revenue for businesses: log-normal around the median, clamped. */
  income: { median: number; sigma: number; min: number; max: number };
  /** Probability of no bureau score (new to credit), and the score distribution otherwise. */
  score: { missing: number; mean: number; sd: number };
  consentMarketing: number;
  regions: Readonly<Partial<Record<Region, number>>>;
  occupations: readonly Occupation[];
  goals: readonly string[];
  wants: readonly Want[];
  /** Relative weights of discretionary spending; fixed commitments (EMIs, premiums, SIPs) come from holdings. */
  spend: Readonly<Record<string, number>>;
  /** Share of inflows that flows out again over the year. */
  outflowRatio: readonly [number, number];
  /** Probability of paying rent (people without a home loan; shops). */
  rents: number;
  /** Latent credit traits and credit history (risk-traits.ts). */
  risk: RiskProfile;
}

/**
 * How a persona's members differ in credit risk. Each member has a latent risk (standard
 * normal, correlated with the bureau score) from which financial stress, the emergency-buffer
 * habit and, through them, what shows in the data and the true probability of default follow.
 */
export interface RiskProfile {
  /** Members whose latent risk exceeds this are in financial distress: 1 - Φ(threshold) of them (1.28: 10%). */
  distressThreshold: number;
  /** Share of strategic defaulters: able to pay, unwilling. */
  strategic: number;
  /** Log-odds centre of the emergency-buffer habit (0: half keep a buffer). */
  bufferHabit: number;
  /** Share of those who ever borrowed with one or two past credits in the outcome history. */
  pastCredit: number;
  /** Share of members without a bureau file or a credit product who borrowed anyway (small credits the bureau never saw). */
  unreportedBorrowing: number;
}

const URBAN: Partial<Record<Region, number>> = {
  Maharashtra: 20,
  Karnataka: 16,
  Delhi: 14,
  'Tamil Nadu': 10,
  Telangana: 10,
  Gujarat: 8,
  'West Bengal': 8,
  'Uttar Pradesh': 6,
  Kerala: 5,
  Punjab: 3,
};

const EVERYWHERE: Partial<Record<Region, number>> = {
  Maharashtra: 15,
  'Uttar Pradesh': 13,
  Karnataka: 10,
  'Tamil Nadu': 10,
  Delhi: 9,
  Gujarat: 9,
  'West Bengal': 10,
  Telangana: 8,
  Kerala: 8,
  Punjab: 8,
};

/** Farmers live in the farm belts, most of all Punjab and Uttar Pradesh. */
const FARM_BELT: Partial<Record<Region, number>> = {
  Punjab: 24,
  'Uttar Pradesh': 24,
  Maharashtra: 11,
  Gujarat: 8,
  'West Bengal': 9,
  Telangana: 8,
  Karnataka: 6,
  'Tamil Nadu': 5,
  Kerala: 5,
};

export const PERSONAS: readonly Persona[] = [
  {
    segment: 'YOUNG_PROFESSIONAL',
    kind: 'INDIVIDUAL',
    share: 0.25,
    ageRange: [22, 35],
    yearsInBusinessRange: null,
    income: { median: 900_000, sigma: 0.45, min: 300_000, max: 4_000_000 },
    score: { missing: 0.12, mean: 718, sd: 50 },
    consentMarketing: 0.85,
    regions: URBAN,
    occupations: [
      { label: 'Salaried, IT services', pattern: 'SALARY', weight: 30 },
      { label: 'Salaried, banking and finance', pattern: 'SALARY', weight: 12 },
      { label: 'Salaried, consulting', pattern: 'SALARY', weight: 8 },
      { label: 'Salaried, healthcare', pattern: 'SALARY', weight: 8 },
      { label: 'Salaried, manufacturing', pattern: 'SALARY', weight: 10 },
      { label: 'Salaried, government', pattern: 'SALARY', weight: 7 },
      { label: 'Salaried, e-commerce', pattern: 'SALARY', weight: 8 },
      { label: 'Salaried, teaching', pattern: 'SALARY', weight: 6 },
      { label: 'Self-employed designer', pattern: 'GIG', weight: 5 },
      { label: 'Self-employed consultant', pattern: 'GIG', weight: 6 },
    ],
    goals: [
      'buy a first home',
      'build an emergency fund',
      'save tax under section 80C',
      'travel abroad next year',
      'buy a car',
      'start investing in mutual funds',
      'plan my wedding',
      'earn rewards on everyday spending',
      'pay off my education loan',
    ],
    wants: [
      { category: 'SAVINGS', probability: 0.85, tags: ['salaried', 'digital', 'zero-balance', 'young', 'high-interest'] },
      { category: 'CREDIT_CARD', probability: 0.65, tags: ['cashback', 'rewards', 'dining', 'shopping', 'fuel', 'travel', 'young'] },
      { category: 'INVESTMENT', probability: 0.4, tags: ['sip', 'tax-saving', 'equity', 'young', 'beginner'] },
      { category: 'INSURANCE', probability: 0.35, tags: ['term', 'health', 'family'] },
      { category: 'PERSONAL_LOAN', probability: 0.25, tags: ['salaried', 'instant', 'vehicle', 'education', 'two-wheeler', 'travel'] },
      { category: 'MORTGAGE', probability: 0.1, tags: ['first-home', 'affordable', 'step-up'] },
    ],
    spend: { groceries: 12, dining: 10, shopping: 8, travel: 6, fuel: 5, utilities: 4.5, entertainment: 4, healthcare: 2, education: 1 },
    outflowRatio: [0.7, 0.95],
    rents: 0.7,
    risk: { distressThreshold: 1.28, strategic: 0.02, bufferHabit: 0, pastCredit: 0.85, unreportedBorrowing: 0.3 },
  },
  {
    segment: 'AFFLUENT',
    kind: 'INDIVIDUAL',
    share: 0.1,
    ageRange: [32, 62],
    yearsInBusinessRange: null,
    income: { median: 4_500_000, sigma: 0.5, min: 2_000_000, max: 30_000_000 },
    score: { missing: 0.01, mean: 780, sd: 35 },
    consentMarketing: 0.7,
    regions: URBAN,
    occupations: [
      { label: 'Senior executive, IT services', pattern: 'SALARY', weight: 20 },
      { label: 'Senior executive, banking', pattern: 'SALARY', weight: 12 },
      { label: 'Company director', pattern: 'SALARY', weight: 10 },
      { label: 'Doctor, own practice', pattern: 'GIG', weight: 12 },
      { label: 'Chartered accountant, own firm', pattern: 'GIG', weight: 10 },
      { label: 'Lawyer, own practice', pattern: 'GIG', weight: 8 },
      { label: 'Business owner, manufacturing', pattern: 'BUSINESS', weight: 10 },
      { label: 'Senior executive, pharmaceuticals', pattern: 'SALARY', weight: 8 },
    ],
    goals: [
      'grow wealth through equity and bonds',
      'upgrade to a bigger home',
      "fund my children's education abroad",
      'earn travel rewards and lounge access',
      'diversify into gold',
      'protect my family with more health cover',
      'plan an early retirement',
      'buy a holiday home',
    ],
    wants: [
      { category: 'CREDIT_CARD', probability: 0.9, tags: ['premium', 'travel', 'lounge', 'rewards', 'concierge', 'lifestyle'] },
      { category: 'INVESTMENT', probability: 0.9, tags: ['wealth', 'equity', 'premium', 'gold', 'bonds', 'advisory'], max: 2 },
      { category: 'SAVINGS', probability: 0.7, tags: ['premium', 'wealth', 'relationship-manager', 'high-interest'] },
      { category: 'INSURANCE', probability: 0.6, tags: ['health', 'premium', 'family', 'top-up', 'travel', 'term'] },
      { category: 'MORTGAGE', probability: 0.35, tags: ['premium', 'large-ticket', 'home', 'renovation'] },
      { category: 'PERSONAL_LOAN', probability: 0.12, tags: ['premium', 'wealth', 'car', 'liquidity'] },
    ],
    spend: { travel: 16, shopping: 13, dining: 10, education: 8, groceries: 7, entertainment: 5, utilities: 4, fuel: 3.5, healthcare: 3 },
    outflowRatio: [0.5, 0.75],
    rents: 0.1,
    risk: { distressThreshold: 1.75, strategic: 0.015, bufferHabit: 1.2, pastCredit: 0.8, unreportedBorrowing: 0.2 },
  },
  {
    segment: 'RETIREMENT_PLANNER',
    kind: 'INDIVIDUAL',
    share: 0.15,
    ageRange: [50, 72],
    yearsInBusinessRange: null,
    income: { median: 1_100_000, sigma: 0.5, min: 300_000, max: 6_000_000 },
    score: { missing: 0.02, mean: 752, sd: 45 },
    consentMarketing: 0.75,
    regions: EVERYWHERE,
    occupations: [
      // Chosen by age in the generator: pensions from 60.
      { label: 'Salaried, government', pattern: 'SALARY', weight: 12 },
      { label: 'Salaried, public sector bank', pattern: 'SALARY', weight: 8 },
      { label: 'Salaried, manufacturing', pattern: 'SALARY', weight: 8 },
      { label: 'Self-employed trader', pattern: 'GIG', weight: 6 },
      { label: 'Retired, government pension', pattern: 'PENSION', weight: 14 },
      { label: 'Retired, defence pension', pattern: 'PENSION', weight: 5 },
      { label: 'Retired, private sector', pattern: 'PENSION', weight: 10 },
    ],
    goals: [
      'plan retirement income',
      'keep my savings safe',
      'get health cover for me and my spouse',
      'earn regular monthly interest',
      'leave something for my grandchildren',
      "pay for my daughter's wedding",
      'reduce tax on interest income',
    ],
    wants: [
      { category: 'SAVINGS', probability: 0.9, tags: ['senior', 'fixed-deposit', 'retirement', 'monthly-income', 'high-interest'] },
      { category: 'INVESTMENT', probability: 0.75, tags: ['retirement', 'pension', 'monthly-income', 'low-risk', 'senior', 'quarterly-income'] },
      { category: 'INSURANCE', probability: 0.65, tags: ['health', 'senior', 'retirement', 'family'] },
      { category: 'CREDIT_CARD', probability: 0.35, tags: ['senior', 'low-fee', 'healthcare', 'everyday'] },
      { category: 'MORTGAGE', probability: 0.07, tags: ['retirement', 'senior', 'renovation'] },
    ],
    spend: { groceries: 16, healthcare: 12, utilities: 8, travel: 6, shopping: 5, dining: 4, fuel: 3.5, education: 3, entertainment: 2 },
    outflowRatio: [0.55, 0.85],
    rents: 0.08,
    risk: { distressThreshold: 1.55, strategic: 0.01, bufferHabit: 1, pastCredit: 0.6, unreportedBorrowing: 0.1 },
  },
  {
    segment: 'CREDIT_BUILDER',
    kind: 'INDIVIDUAL',
    share: 0.15,
    ageRange: [19, 38],
    yearsInBusinessRange: null,
    income: { median: 330_000, sigma: 0.35, min: 150_000, max: 1_200_000 },
    score: { missing: 0.3, mean: 610, sd: 55 },
    consentMarketing: 0.85,
    regions: EVERYWHERE,
    occupations: [
      { label: 'Gig worker, food delivery', pattern: 'GIG', weight: 14 },
      { label: 'Gig worker, ride-hailing', pattern: 'GIG', weight: 10 },
      { label: 'Retail sales associate', pattern: 'SALARY', weight: 12 },
      { label: 'Salaried, BPO', pattern: 'SALARY', weight: 12 },
      { label: 'Security guard', pattern: 'SALARY', weight: 6 },
      { label: 'Domestic and care worker', pattern: 'SALARY', weight: 6 },
      { label: 'Street food vendor', pattern: 'GIG', weight: 8 },
      { label: 'Apprentice electrician', pattern: 'SALARY', weight: 5 },
      { label: 'Student with a part-time job', pattern: 'GIG', weight: 7 },
    ],
    goals: [
      'build my credit history',
      'get my first credit card',
      'save a little every month',
      'buy a two-wheeler',
      'handle emergencies without a moneylender',
      'improve my credit score',
      'pay for a skills course',
    ],
    wants: [
      { category: 'SAVINGS', probability: 0.85, tags: ['zero-balance', 'basic', 'new-to-credit', 'recurring-deposit', 'upi', 'habit'] },
      { category: 'CREDIT_CARD', probability: 0.55, tags: ['secured', 'credit-builder', 'starter', 'new-to-credit'] },
      { category: 'PERSONAL_LOAN', probability: 0.3, tags: ['credit-builder', 'small-ticket', 'two-wheeler', 'gig-workers'] },
      { category: 'INSURANCE', probability: 0.2, tags: ['micro', 'affordable', 'accident'] },
      { category: 'INVESTMENT', probability: 0.1, tags: ['small-ticket', 'beginner', 'gold'] },
    ],
    spend: { groceries: 22, utilities: 8, fuel: 6.5, shopping: 5.5, dining: 4.5, healthcare: 4, entertainment: 3.5, education: 3 },
    outflowRatio: [0.85, 1.0],
    rents: 0.75,
    risk: { distressThreshold: 0.75, strategic: 0.025, bufferHabit: -0.9, pastCredit: 0.7, unreportedBorrowing: 0.45 },
  },
  {
    segment: 'SMALL_BUSINESS',
    kind: 'BUSINESS',
    share: 0.17,
    ageRange: null,
    yearsInBusinessRange: [1, 35],
    income: { median: 8_000_000, sigma: 0.9, min: 800_000, max: 200_000_000 },
    score: { missing: 0.04, mean: 702, sd: 55 },
    consentMarketing: 0.8,
    regions: EVERYWHERE,
    // The business's trade (names.ts TRADES) decides the label; the pattern is always BUSINESS.
    occupations: [{ label: 'Business', pattern: 'BUSINESS', weight: 1 }],
    goals: [
      'expand the shop',
      'buy new machinery',
      'manage working capital through the festive season',
      'open a second outlet',
      'get paid faster on invoices',
      'cover staff with health insurance',
      'buy a delivery vehicle',
      'protect stock against fire and theft',
    ],
    wants: [
      { category: 'SAVINGS', probability: 0.85, tags: ['business', 'current-account', 'upi-collections'] },
      { category: 'BUSINESS_LOAN', probability: 0.7, tags: ['working-capital', 'expansion', 'equipment', 'invoice', 'overdraft', 'micro-enterprise', 'vehicle'] },
      { category: 'CREDIT_CARD', probability: 0.4, tags: ['business', 'expenses'] },
      { category: 'INSURANCE', probability: 0.4, tags: ['business', 'shop', 'stock', 'group-health'] },
      { category: 'INVESTMENT', probability: 0.15, tags: ['liquid', 'treasury', 'business'] },
      { category: 'MORTGAGE', probability: 0.06, tags: ['property', 'business'] },
    ],
    // Inventory and payroll come from the trade; these are the rest of the operating costs.
    spend: { utilities: 3, fuel: 2, travel: 1.2, shopping: 0.8 },
    outflowRatio: [0.85, 0.97],
    rents: 0.8,
    risk: { distressThreshold: 1.1, strategic: 0.04, bufferHabit: 0.2, pastCredit: 0.9, unreportedBorrowing: 0.3 },
  },
  {
    segment: 'FARMER',
    kind: 'INDIVIDUAL',
    share: 0.18,
    ageRange: [24, 70],
    yearsInBusinessRange: null,
    income: { median: 350_000, sigma: 0.6, min: 90_000, max: 4_000_000 },
    score: { missing: 0.08, mean: 672, sd: 55 },
    consentMarketing: 0.8,
    regions: FARM_BELT,
    occupations: [{ label: 'Farmer', pattern: 'HARVEST', weight: 1 }],
    goals: [
      'buy a tractor',
      'finance seeds and fertiliser for the next sowing',
      'install drip irrigation',
      'insure my crops against a bad monsoon',
      "save for my children's education",
      'repay loans after the harvest',
      'buy dairy cattle',
      'build a storage shed',
    ],
    wants: [
      { category: 'SAVINGS', probability: 0.8, tags: ['rural', 'agriculture', 'seasonal', 'zero-balance'] },
      { category: 'BUSINESS_LOAN', probability: 0.65, tags: ['agriculture', 'crop', 'tractor', 'dairy', 'irrigation'] },
      { category: 'CREDIT_CARD', probability: 0.45, tags: ['agriculture', 'crop', 'seasonal-repayment'] },
      { category: 'INSURANCE', probability: 0.45, tags: ['agriculture', 'crop', 'livestock', 'monsoon'] },
      { category: 'PERSONAL_LOAN', probability: 0.2, tags: ['gold', 'agriculture', 'seasonal-repayment'] },
      { category: 'INVESTMENT', probability: 0.1, tags: ['gold', 'small-ticket'] },
      { category: 'MORTGAGE', probability: 0.05, tags: ['rural', 'seasonal-repayment'] },
    ],
    // farm_inputs follows the sowing seasons (see the ledger).
    spend: { farm_inputs: 34, groceries: 18, fuel: 8, education: 7, healthcare: 6, utilities: 4, shopping: 5 },
    outflowRatio: [0.75, 0.98],
    rents: 0,
    risk: { distressThreshold: 0.95, strategic: 0.03, bufferHabit: -0.4, pastCredit: 0.85, unreportedBorrowing: 0.5 },
  },
];

const bySegment = new Map(PERSONAS.map((p) => [p.segment, p]));

export function persona(segment: Segment): Persona {
  const found = bySegment.get(segment);
  if (!found) throw new Error(`no persona for segment ${segment}`);
  return found;
}

/** Crops by state, for the farmer's employment text. */
export const CROPS: Readonly<Record<Region, readonly string[]>> = {
  Punjab: ['wheat and paddy', 'wheat and cotton', 'wheat, paddy and dairy'],
  'Uttar Pradesh': ['sugarcane and wheat', 'wheat and paddy', 'potato and mustard'],
  Maharashtra: ['cotton and soybean', 'sugarcane', 'onion and grapes'],
  Gujarat: ['cotton and groundnut', 'cumin and castor'],
  'West Bengal': ['paddy and jute', 'paddy and potato'],
  Telangana: ['cotton and paddy', 'chilli and maize'],
  Karnataka: ['ragi and maize', 'arecanut and coffee'],
  'Tamil Nadu': ['paddy and banana', 'sugarcane and coconut'],
  Kerala: ['rubber and coconut', 'pepper and cardamom'],
  Delhi: ['vegetables'],
};
