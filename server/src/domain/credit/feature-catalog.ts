// Every model feature with a stable reason code, a label, and the words a decision uses about it:
// a plain-language reason about the applicant's own value (a regulator reads these, and so does
// the applicant), and, where the applicant can change it, a hint for "what would change the
// outcome". A reason only ever speaks of the one value the model saw for that feature; a
// missing value is worded as missing, never guessed at.
import type { FeatureValues } from '../../../../drizzle/schema.js';
import { formatInr, formatPercent } from '../recommendation/format.js';
import { isSeasonalIncome, MODEL_FEATURES, type AltDataFeatures, type IncomePattern, type ModelFeature } from './features.js';

export interface FeatureCatalogEntry {
  name: ModelFeature;
  /** Stable reason code: ALTnn transaction data, APPnn the application, BURnn the bureau. */
  code: string;
  label: string;
  /** As the scorecard trainer takes it ({ name, type, label } is its FeatureSpec). */
  type: 'numeric' | 'categorical';
  /** Which way risk is expected to rise, for reviewing a trained model's bins; null: no order. */
  riskRises: 'HIGHER' | 'LOWER' | null;
  /** The value as shown next to a reason ("7 of 12 months", "58%"). */
  format(value: number | string): string;
  /** A sentence about the applicant's value. */
  reason(value: number | string): string;
  /** The sentence when the value is missing. */
  missing: string;
  /** What the applicant could do, as a phrase that completes "... would add 20 points"; null when nothing can be done. */
  hint: string | null;
}

// ---------------------------------------------------------------- wording helpers

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "two payments", "one payment", "14 payments". */
function count(n: number, singular: string, plural = `${singular}s`): string {
  const k = Math.round(n);
  return `${k >= 0 && k <= 10 ? WORDS[k] : String(k)} ${k === 1 ? singular : plural}`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const num = (v: number | string) => (typeof v === 'number' ? v : Number(v));
const pct = (x: number) => formatPercent(x);

function months(x: number): string {
  const v = Math.abs(x);
  const text = v >= 10 ? String(Math.round(v)) : v.toFixed(1);
  return `${text} ${text === '1.0' ? 'month' : 'months'}`;
}

function duration(monthsCount: number): string {
  const m = Math.round(monthsCount);
  if (m >= 24) return `${Math.floor(m / 12)} years`;
  return `${m} ${m === 1 ? 'month' : 'months'}`;
}

const PATTERN_WORDS: Record<IncomePattern, string> = {
  SALARY: 'a monthly salary',
  PENSION: 'a pension and interest',
  GIG: 'gig or freelance payouts',
  BUSINESS: 'business receipts',
  HARVEST: 'seasonal harvest sales',
  NONE: 'no identifiable source',
};

const PRODUCT_WORDS: Record<string, string> = {
  CREDIT_CARD: 'a credit card',
  PERSONAL_LOAN: 'a personal loan',
  BUSINESS_LOAN: 'a business loan',
  MORTGAGE: 'a home loan',
};

// ---------------------------------------------------------------- the catalog

const NO_TRANSACTIONS = 'No account transactions were available to this decision';
const NO_BUREAU = 'No credit bureau file was available to this decision';

export const FEATURE_CATALOG: readonly FeatureCatalogEntry[] = [
  {
    name: 'income_months',
    code: 'ALT01',
    label: 'Months with income',
    type: 'numeric',
    riskRises: 'LOWER',
    format: (v) => `${num(v)} of 12 months`,
    reason: (v) => {
      const n = num(v);
      if (n >= 12) return 'Income arrived in every one of the last 12 months';
      if (n <= 0) return 'No income arrived in the account in the last 12 months';
      return `Income arrived in only ${n} of the last 12 months`;
    },
    missing: NO_TRANSACTIONS,
    hint: 'receiving income into this account every month for 6 months',
  },
  {
    name: 'income_regularity',
    code: 'ALT02',
    label: 'Income regularity',
    type: 'numeric',
    riskRises: 'LOWER',
    format: (v) => pct(num(v)),
    reason: (v) => {
      const swing = 1 - num(v);
      if (swing >= 0.995) return 'Monthly income varied by 100% or more from month to month';
      if (swing < 0.02) return 'Monthly income was the same every month';
      if (swing <= 0.1) return `Monthly income was steady, varying by about ${pct(swing)} from month to month`;
      return `Monthly income varied by about ${pct(swing)} from month to month`;
    },
    missing: NO_TRANSACTIONS,
    hint: 'having all income paid into this account, so that it arrives steadily, for 6 months',
  },
  {
    name: 'income_seasonality',
    code: 'ALT03',
    label: 'Income seasonality',
    type: 'numeric',
    riskRises: 'HIGHER',
    format: (v) => pct(num(v)),
    reason: (v) => `${pct(num(v))} of the year's income arrived in its three best months`,
    missing: NO_TRANSACTIONS,
    hint: null, // how a harvest pays is not something to change; a seasonal schedule fits it instead
  },
  {
    name: 'cash_flow_volatility',
    code: 'ALT04',
    label: 'Cash-flow volatility',
    type: 'numeric',
    riskRises: 'HIGHER',
    format: (v) => pct(num(v)),
    reason: (v) =>
      num(v) < 0.02 ? 'Net cash flow was steady from month to month' : `Net cash flow swung by about ${pct(num(v))} of average monthly inflows from month to month`,
    missing: NO_TRANSACTIONS,
    hint: 'keeping monthly spending within monthly income for 6 months',
  },
  {
    name: 'balance_buffer_months',
    code: 'ALT05',
    label: 'Balance buffer',
    type: 'numeric',
    riskRises: 'LOWER',
    format: (v) => months(num(v)),
    reason: (v) => {
      const m = num(v);
      if (m < 0) return 'The account was usually overdrawn at the end of the month';
      if (m < 0.1) return 'The account balance was usually close to zero at the end of the month';
      return `The account usually held about ${months(m)} of spending at the end of the month`;
    },
    missing: 'No account balances were available to this decision',
    hint: 'keeping at least one month of spending in the account',
  },
  {
    name: 'balance_trend',
    code: 'ALT06',
    label: 'Balance trend',
    type: 'numeric',
    riskRises: 'LOWER',
    format: (v) => `${num(v) < 0 ? '-' : '+'}${months(num(v))}`,
    reason: (v) => {
      const t = num(v);
      if (t <= -0.05) return `Balances in the last 3 months were lower than in the 3 months before by about ${months(t)} of spending`;
      if (t >= 0.05) return `Balances in the last 3 months were higher than in the 3 months before by about ${months(t)} of spending`;
      return 'Balances were steady over the last 6 months';
    },
    missing: 'Fewer than 6 months of account balances were available to this decision',
    hint: 'keeping the account balance steady or rising for 3 months',
  },
  {
    name: 'upi_consistency',
    code: 'ALT07',
    label: 'UPI activity',
    type: 'numeric',
    riskRises: 'LOWER',
    format: (v) => `${Math.round(num(v) * 12)} of 12 months`,
    reason: (v) => {
      const n = Math.round(num(v) * 12);
      if (n >= 12) return 'UPI payments were used regularly in every one of the last 12 months';
      if (n <= 0) return 'UPI payments were not used regularly in any of the last 12 months';
      return `UPI payments were used regularly in ${n} of the last 12 months`;
    },
    missing: NO_TRANSACTIONS,
    hint: 'using this account for everyday UPI payments every month',
  },
  {
    name: 'bill_payment_consistency',
    code: 'ALT08',
    label: 'Bills paid when due',
    type: 'numeric',
    riskRises: 'LOWER',
    format: (v) => pct(num(v)),
    reason: (v) => {
      const c = num(v);
      if (c >= 0.9995) return 'Every recurring bill was paid in each month it was due';
      return `Recurring bills (utilities, rent, EMIs, premiums) were paid in only ${pct(c)} of the months they were due`;
    },
    missing: 'No recurring bill payments were seen in the account',
    hint: 'paying every bill on time for 6 months',
  },
  {
    name: 'bounced_payments_12m',
    code: 'ALT09',
    label: 'Bounced payments',
    type: 'numeric',
    riskRises: 'HIGHER',
    format: (v) => String(num(v)),
    reason: (v) => {
      const n = num(v);
      if (n <= 0) return 'No payment bounced in the last 12 months';
      return `${cap(count(n, 'scheduled payment'))} bounced in the last 12 months`;
    },
    missing: NO_TRANSACTIONS,
    hint: 'going 12 months without a bounced payment',
  },
  {
    name: 'payday_loans_12m',
    code: 'ALT10',
    label: 'Payday-style loans',
    type: 'numeric',
    riskRises: 'HIGHER',
    format: (v) => String(num(v)),
    reason: (v) => {
      const n = num(v);
      if (n <= 0) return 'No payday-style instant loans were taken in the last 12 months';
      return `${cap(count(n, 'payday-style instant loan'))} ${n === 1 ? 'was' : 'were'} taken in the last 12 months`;
    },
    missing: NO_TRANSACTIONS,
    hint: 'avoiding payday-style instant loans for 12 months',
  },
  {
    name: 'wilful_bounces_12m',
    code: 'ALT11',
    label: 'Payments bounced despite funds',
    type: 'numeric',
    riskRises: 'HIGHER',
    format: (v) => String(num(v)),
    reason: (v) => {
      const n = num(v);
      if (n <= 0) return 'No payment bounced while the account held enough to cover it';
      return `${cap(count(n, 'payment'))} bounced while the account held enough to cover ${n === 1 ? 'it' : 'them'}`;
    },
    missing: NO_TRANSACTIONS,
    hint: 'honouring every scheduled payment the balance can cover for 12 months',
  },
  {
    name: 'income_pattern',
    code: 'ALT12',
    label: 'Income pattern',
    type: 'categorical',
    riskRises: null,
    format: (v) => String(v),
    reason: (v) => {
      const words = PATTERN_WORDS[String(v) as IncomePattern];
      if (String(v) === 'NONE') return 'No income source could be identified in the account';
      return `Income comes mainly from ${words ?? String(v).toLowerCase()}`;
    },
    missing: NO_TRANSACTIONS,
    hint: null,
  },
  {
    name: 'loan_to_income',
    code: 'APP01',
    label: 'Loan to income',
    type: 'numeric',
    riskRises: 'HIGHER',
    format: (v) => (num(v) >= 1 ? `${num(v).toFixed(1)}×` : pct(num(v))),
    reason: (v) => {
      const x = num(v);
      return x >= 1 ? `The amount asked for is ${x.toFixed(1)} times annual income` : `The amount asked for is ${pct(x)} of annual income`;
    },
    missing: 'Annual income was not available to this decision',
    hint: 'asking for a smaller amount',
  },
  {
    name: 'debt_to_income_after',
    code: 'APP02',
    label: 'Debt-to-income with the new loan',
    type: 'numeric',
    riskRises: 'HIGHER',
    format: (v) => pct(num(v)),
    reason: (v) => `The new credit would take debt payments to ${pct(num(v))} of monthly income`,
    missing: 'Monthly income was not available to this decision',
    hint: 'paying down existing loans before borrowing more',
  },
  {
    name: 'term_months',
    code: 'APP03',
    label: 'Term',
    type: 'numeric',
    riskRises: null,
    format: (v) => `${num(v)} months`,
    reason: (v) => `The term asked for is ${num(v)} months`,
    missing: 'No term was given',
    hint: null, // the decision searches other terms itself
  },
  {
    name: 'age',
    code: 'APP04',
    label: 'Age',
    type: 'numeric',
    riskRises: null,
    format: (v) => `${num(v)} years`,
    reason: (v) => `The applicant is ${num(v)} years old`,
    missing: 'Age does not apply (a business applicant) or was not given',
    hint: null,
  },
  {
    name: 'years_in_business',
    code: 'APP05',
    label: 'Years in business',
    type: 'numeric',
    riskRises: 'LOWER',
    format: (v) => `${num(v)} years`,
    reason: (v) => `The business has been running for ${count(num(v), 'year')}`.replace('for no years', 'for less than a year'),
    missing: 'Years in business do not apply (an individual applicant) or were not given',
    hint: null,
  },
  {
    name: 'product_category',
    code: 'APP06',
    label: 'Product',
    type: 'categorical',
    riskRises: null,
    format: (v) => String(v),
    reason: (v) => `The credit applied for is ${PRODUCT_WORDS[String(v)] ?? String(v).toLowerCase().replace(/_/g, ' ')}`,
    missing: 'No product was given',
    hint: null,
  },
  {
    name: 'bureau_score',
    code: 'BUR01',
    label: 'Bureau score',
    type: 'numeric',
    riskRises: 'LOWER',
    format: (v) => String(num(v)),
    reason: (v) => `The credit bureau score is ${num(v)}`,
    missing: NO_BUREAU,
    hint: 'raising the bureau score by repaying existing credit on time',
  },
  {
    name: 'bureau_delinquencies_24m',
    code: 'BUR02',
    label: 'Late payments on file',
    type: 'numeric',
    riskRises: 'HIGHER',
    format: (v) => String(num(v)),
    reason: (v) => {
      const n = num(v);
      if (n <= 0) return 'No late payments were reported to the bureau in the last 24 months';
      return `${cap(count(n, 'late payment'))} ${n === 1 ? 'was' : 'were'} reported to the bureau in the last 24 months`;
    },
    missing: NO_BUREAU,
    hint: 'keeping every credit account current for 24 months',
  },
  {
    name: 'bureau_enquiries_6m',
    code: 'BUR03',
    label: 'Recent credit enquiries',
    type: 'numeric',
    riskRises: 'HIGHER',
    format: (v) => String(num(v)),
    reason: (v) => {
      const n = num(v);
      if (n <= 0) return 'No other lender enquired about the applicant in the last 6 months';
      return `${cap(count(n, 'credit enquiry', 'credit enquiries'))} in the last 6 months`;
    },
    missing: NO_BUREAU,
    hint: 'making no other credit applications for 6 months',
  },
  {
    name: 'bureau_written_off_accounts',
    code: 'BUR04',
    label: 'Written-off accounts',
    type: 'numeric',
    riskRises: 'HIGHER',
    format: (v) => String(num(v)),
    reason: (v) => {
      const n = num(v);
      if (n <= 0) return 'No credit account has been written off';
      return `${cap(count(n, 'credit account'))} ${n === 1 ? 'has' : 'have'} been written off by a lender`;
    },
    missing: NO_BUREAU,
    hint: 'settling the written-off account with the lender',
  },
  {
    name: 'bureau_wilful_default',
    code: 'BUR05',
    label: 'Wilful-default flag',
    type: 'numeric',
    riskRises: 'HIGHER',
    format: (v) => (num(v) ? 'yes' : 'no'),
    reason: (v) => (num(v) ? 'A lender has reported the applicant to the bureau as a wilful defaulter' : 'No lender has reported the applicant as a wilful defaulter'),
    missing: NO_BUREAU,
    hint: null, // a legal classification, lifted only by the reporting lender
  },
  {
    name: 'bureau_file_age_months',
    code: 'BUR06',
    label: 'Credit history length',
    type: 'numeric',
    riskRises: 'LOWER',
    format: (v) => duration(num(v)),
    reason: (v) => `The oldest credit account on file is ${duration(num(v))} old`,
    missing: NO_BUREAU,
    hint: null,
  },
];

const byName = new Map<string, FeatureCatalogEntry>(FEATURE_CATALOG.map((e) => [e.name, e]));

export function catalogEntry(feature: string): FeatureCatalogEntry {
  const entry = byName.get(feature);
  if (!entry) throw new Error(`unknown model feature "${feature}"`);
  return entry;
}

/** Whether a name is a model feature. */
export function isModelFeature(feature: string): feature is ModelFeature {
  return byName.has(feature);
}

/** The features as the scorecard trainer takes them. */
export function scorecardFeatureSpecs(): { name: string; type: 'numeric' | 'categorical'; label: string }[] {
  return MODEL_FEATURES.map((name) => {
    const e = catalogEntry(name);
    return { name: e.name, type: e.type, label: e.label };
  });
}

function isMissing(value: number | string | null | undefined): value is null | undefined {
  return value == null || (typeof value === 'number' && Number.isNaN(value));
}

/** The wording the decision uses (decision.ts FeatureWording). */
export const featureWording = {
  code: (feature: string): string => catalogEntry(feature).code,
  label: (feature: string): string => catalogEntry(feature).label,
  reason(feature: string, value: number | string | null): string {
    const e = catalogEntry(feature);
    return isMissing(value) ? e.missing : e.reason(value);
  },
  hint: (feature: string): string | null => catalogEntry(feature).hint,
  formatValue(feature: string, value: number | string | null): string | null {
    return isMissing(value) ? null : catalogEntry(feature).format(value);
  },
};

/** Reasons for every feature of a record, in catalog order (for reports and audits). */
export function describeFeatures(values: FeatureValues): { code: string; feature: string; value: string | null; text: string }[] {
  return FEATURE_CATALOG.filter((e) => e.name in values).map((e) => ({
    code: e.code,
    feature: e.name,
    value: featureWording.formatValue(e.name, values[e.name]),
    text: featureWording.reason(e.name, values[e.name]),
  }));
}

/**
 * Signs in the transactions, worded for the decision: distress (ability to pay) and wilful
 * non-payment (willingness). Empty lists when there are none.
 */
export function altDataSignals(alt: AltDataFeatures | null): { distress: string[]; wilful: string[] } {
  const distress: string[] = [];
  const wilful: string[] = [];
  if (!alt || alt.monthsObserved === 0) return { distress, wilful };
  if (alt.paydayLoans > 0) {
    distress.push(`${cap(count(alt.paydayLoans, 'payday-style instant loan'))} (${formatInr(alt.paydayLoanAmount)} in all) in the last 12 months`);
  }
  const short = alt.bouncedPayments - alt.bouncesWithFunds;
  if (short > 0) distress.push(`${cap(count(short, 'scheduled payment'))} bounced for lack of funds in the last 12 months`);
  // A bounced EMI is also a month it went unpaid: only the bills missed besides bounces are news.
  const unpaid = alt.missedBillPayments - alt.bouncedPayments;
  if (unpaid > 0) distress.push(`${cap(count(unpaid, 'recurring bill'))} ${unpaid === 1 ? 'was' : 'were'} not paid in a month ${unpaid === 1 ? 'it was' : 'they were'} due`);
  // Seasonal earners draw their balance down between harvests: that is not distress.
  if (alt.balanceTrend != null && alt.balanceTrend <= -0.25 && !isSeasonalIncome(alt)) {
    distress.push(`Balances in the last 3 months fell by about ${months(alt.balanceTrend)} of spending against the 3 months before`);
  }
  if (alt.monthlyIncome > 0 && alt.monthlyOutflow > alt.monthlyIncome * 1.1 && alt.paydayLoans > 0) {
    distress.push(`Spending of ${formatInr(alt.monthlyOutflow)} a month exceeds income of ${formatInr(alt.monthlyIncome)} a month`);
  }
  if (alt.bouncesWithFunds > 0) {
    wilful.push(`${cap(count(alt.bouncesWithFunds, 'payment'))} bounced while the account held enough to cover ${alt.bouncesWithFunds === 1 ? 'it' : 'them'}`);
  }
  return { distress, wilful };
}
