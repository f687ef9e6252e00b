// Alternative-data credit features: what twelve months of bank-statement transactions say about
// an applicant's ability and willingness to repay, and the flat record the risk model scores.
// Pure (no SQL, no GraphQL) and one pass over the transactions: it runs per credit decision.
//
// Why each feature predicts default (the scorecard learns how much; the feature catalog words it):
// - Income regularity and months with income: a loan is repaid from income, and income that skips
//   months or swings widely leaves months in which an instalment cannot be met.
// - Income seasonality: income concentrated in a few months (harvests) is fine on a matching
//   repayment schedule, riskier on a monthly one; the model sees it alongside the income pattern.
// - Cash-flow volatility: large swings of net flow relative to inflows mean months of shortfall.
// - Balance buffer: months of spending kept in the account absorb an income shock; a near-empty
//   account turns the first shock into a missed payment.
// - Balance trend: a falling balance is spending beyond one's means, often months before a default.
// - UPI and bill-payment consistency: regular digital activity and bills paid every month they
//   are due are the repayment habit itself, observed before any credit (the new-to-credit signal).
// - Existing obligations and debt-to-income: what is already committed cannot repay a new loan.
// - Distress signs: bounced payments (NACH/ECS return charges), missed bills and payday-style
//   instant loans are what people in financial trouble do when they run out of money.
// - Wilful non-payment: a payment that bounced while the account held enough to cover it is a
//   willingness problem, not an ability problem, and the strongest single sign of strategic default.
// - Dominant income pattern and peak months: how income arrives decides which schedule fits
//   (monthly EMIs for salaries, harvest-month instalments for farmers).
import type { FeatureValues } from '../../../../drizzle/schema.js';
import type { BureauReport } from '../../bureau/report.js';
import { median } from '../statistics.js';

/** One statement line, as account-aggregator data gives it. */
export interface AltTransaction {
  occurredAt: Date;
  /** INR; positive: inflow, negative: outflow. */
  amount: number;
  category: string;
  channel: string;
  /** Account balance after the line; null when the source gives none. */
  balanceAfter: number | null;
  /** Optional: tells recurring payments of one category apart (two EMIs, rent and a premium). */
  description?: string | null;
}

export type IncomePattern = 'SALARY' | 'PENSION' | 'GIG' | 'BUSINESS' | 'HARVEST' | 'NONE';

export interface AltDataFeatures {
  /** Months of the window with at least one transaction (0-12). */
  monthsObserved: number;
  transactions: number;
  /** Mean monthly income (income categories only) over the 12 months, INR. */
  monthlyIncome: number;
  /** Months in which any income arrived (0-12). */
  monthsWithIncome: number;
  /** 1 - coefficient of variation of monthly income, clamped to 0..1; null without income. */
  incomeRegularity: number | null;
  /** Share of the year's income that arrived in its three best months (0.25 steady .. 1); null without income. */
  incomeSeasonality: number | null;
  incomePattern: IncomePattern;
  /** Calendar months (1-12) with income at least 25% above the monthly mean, highest first (up to 4). */
  peakIncomeMonths: number[];
  /** Mean monthly inflow (everything credited, loans included) and outflow, INR. */
  monthlyInflow: number;
  monthlyOutflow: number;
  /** Standard deviation of monthly net flow divided by mean monthly inflow; null without inflows. */
  cashFlowVolatility: number | null;
  /** Median month-end balance in months of mean outflow; null without balances. */
  balanceBufferMonths: number | null;
  /** Mean month-end balance of the last 3 months minus that of the 3 before, in months of mean outflow; null without 6 months of balances. */
  balanceTrend: number | null;
  /** Share of the 12 months with regular UPI use (at least 2 UPI transactions). */
  upiConsistency: number;
  /**
   * Share of due months in which each recurring bill was paid; null without recurring bills.
   * Recurring: utilities (any, every month) and scheduled payments of rent, EMIs and premiums
   * (told apart by description; a fixed amount on a fixed day) paid in at least 3 months.
   */
  billPaymentConsistency: number | null;
  /** Due months of recurring bills with no payment. */
  missedBillPayments: number;
  /** Existing debt payments a month: running recurring EMIs at their instalment (ended ones not), plus other loan repayments (harvest-time, instant loans) averaged over the year. */
  monthlyObligations: number;
  /** monthlyObligations / monthlyIncome; null without income. */
  debtToIncome: number | null;
  /** Payments returned unpaid (bounce / NACH return charges) in the 12 months. */
  bouncedPayments: number;
  /** Bounces while the balance before the charge covered the largest regular instalment with half a month of spending to spare. */
  bouncesWithFunds: number;
  /** Payday-style instant-loan credits in the 12 months, and their total. */
  paydayLoans: number;
  paydayLoanAmount: number;
}

/** Credited income. Loan credits (payday_loan) and transfers are not income. */
export const INCOME_CATEGORIES: Readonly<Record<string, Exclude<IncomePattern, 'NONE'>>> = {
  salary: 'SALARY',
  bonus: 'SALARY',
  pension: 'PENSION',
  interest: 'PENSION',
  gig_payout: 'GIG',
  professional_fees: 'GIG',
  business_income: 'BUSINESS',
  crop_sale: 'HARVEST',
  dairy_income: 'HARVEST',
  subsidy: 'HARVEST',
};

/** Bills people pay on a schedule; a due month without a payment is a missed bill. */
export const BILL_CATEGORIES: ReadonlySet<string> = new Set(['utilities', 'rent', 'emi', 'insurance_premium']);
export const PAYDAY_LOAN_CATEGORY = 'payday_loan';
export const BOUNCE_CATEGORY = 'bounce_charge';
export const EMI_CATEGORY = 'emi';

const WINDOW_MONTHS = 12;
const IST_OFFSET_MS = 330 * 60_000;
const DAY_MS = 86_400_000;
/** A recurring bill: paid in at least this many months of the window. */
const RECURRING_MIN_MONTHS = 3;
/** A bill not seen for this many months at the end of the window (and no bounce since) has ended. */
const ENDED_AFTER_MONTHS = 3;
const UPI_MONTHLY_MIN = 2;
const PEAK_FACTOR = 1.25;
/** A bounce counts as "with funds" when the balance covered the instalment plus this many months of spending. */
const WILFUL_SPARE_MONTHS = 0.5;

/** Month number (year * 12 + month index) of an instant, in IST. */
function istMonthNumber(ms: number): number {
  const d = new Date(ms + IST_OFFSET_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** Epoch ms of the start (IST) of a month number. */
function istMonthStart(monthNumber: number): number {
  return Date.UTC(Math.floor(monthNumber / 12), monthNumber % 12, 1) - IST_OFFSET_MS;
}

interface Stream {
  category: string;
  /** Bit b set: paid in month b of the window. */
  months: number;
  amounts: number[];
  /** Day of the month (IST) of each payment. */
  days: number[];
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const round2 = (x: number) => Math.round(x * 100) / 100;

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
}

/** Most values within `tolerance` of the median. */
function mostlyNear(values: number[], tolerance: (median: number) => number): boolean {
  const m = median(values);
  const t = tolerance(m);
  let close = 0;
  for (const v of values) if (Math.abs(v - m) <= t) close++;
  return close >= 0.75 * values.length;
}

/**
 * A scheduled payment (EMI, rent, premium): a fixed amount (within 35%) on a fixed day of the
 * month (within 3 days). One-off loan repayments and irregular spending are not.
 */
function scheduled(s: Stream): boolean {
  return mostlyNear(s.amounts, (m) => 0.35 * m) && mostlyNear(s.days, () => 3);
}

/**
 * The date to compute statement features as of: the start of the month after the latest line (so
 * that the 12 complete months before it are all there, also for a statement that arrives late),
 * or `now` if that is sooner.
 */
export function statementAsOf(latest: Date, now: Date): Date {
  return new Date(Math.min(istMonthStart(istMonthNumber(latest.getTime()) + 1), now.getTime()));
}

/**
 * The alternative-data features of the twelve complete calendar months (IST) before the month of
 * asOf; transactions of asOf's own (partial) month and later are ignored. O(n) in the transactions.
 */
export function transactionFeatures(txns: readonly AltTransaction[], asOf: Date): AltDataFeatures {
  const last = istMonthNumber(asOf.getTime()) - 1;
  const first = last - WINDOW_MONTHS + 1;
  const bounds: number[] = [];
  for (let b = 0; b <= WINDOW_MONTHS; b++) bounds.push(istMonthStart(first + b));
  const start = bounds[0];
  const end = bounds[WINDOW_MONTHS];

  const income = new Array<number>(WINDOW_MONTHS).fill(0);
  const inflow = new Array<number>(WINDOW_MONTHS).fill(0);
  const outflow = new Array<number>(WINDOW_MONTHS).fill(0);
  const upi = new Array<number>(WINDOW_MONTHS).fill(0);
  const seen = new Array<boolean>(WINDOW_MONTHS).fill(false);
  const endTime = new Array<number>(WINDOW_MONTHS).fill(-Infinity);
  const endBalance = new Array<number | null>(WINDOW_MONTHS).fill(null);
  const byPattern = new Map<IncomePattern, number>();
  const streams = new Map<string, Stream>();
  const bounces: { month: number; balanceBefore: number | null }[] = [];
  let count = 0;
  let emiOutflowTotal = 0;
  const emiOutflows: number[] = [];
  let paydayLoans = 0;
  let paydayLoanAmount = 0;

  for (const t of txns) {
    const ms = t.occurredAt.getTime();
    if (!(ms >= start && ms < end)) continue;
    // Binary search over the 13 month boundaries.
    let lo = 0;
    let hi = WINDOW_MONTHS;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (ms >= bounds[mid]) lo = mid;
      else hi = mid;
    }
    const b = lo;
    count++;
    seen[b] = true;
    const amount = t.amount;
    if (amount >= 0) inflow[b] += amount;
    else outflow[b] -= amount;
    if (t.channel === 'UPI') upi[b]++;
    if (t.balanceAfter != null && ms >= endTime[b]) {
      endTime[b] = ms;
      endBalance[b] = t.balanceAfter;
    }
    const category = t.category;
    if (amount > 0) {
      const pattern = INCOME_CATEGORIES[category];
      if (pattern) {
        income[b] += amount;
        byPattern.set(pattern, (byPattern.get(pattern) ?? 0) + amount);
      } else if (category === PAYDAY_LOAN_CATEGORY) {
        paydayLoans++;
        paydayLoanAmount += amount;
      }
    } else if (amount < 0) {
      if (category === BOUNCE_CATEGORY) {
        bounces.push({ month: b, balanceBefore: t.balanceAfter == null ? null : t.balanceAfter - amount });
      } else if (BILL_CATEGORIES.has(category)) {
        const key = category === 'utilities' ? category : `${category}|${(t.description ?? '').trim().toLowerCase()}`;
        let s = streams.get(key);
        if (!s) streams.set(key, (s = { category, months: 0, amounts: [], days: [] }));
        s.months |= 1 << b;
        s.amounts.push(-amount);
        s.days.push(Math.floor((ms - bounds[b]) / DAY_MS) + 1);
        if (category === EMI_CATEGORY) {
          emiOutflowTotal -= amount;
          emiOutflows.push(-amount);
        }
      }
    }
  }

  // ---------------------------------------------------------------- income
  let incomeTotal = 0;
  let monthsWithIncome = 0;
  for (const x of income) {
    incomeTotal += x;
    if (x > 0) monthsWithIncome++;
  }
  const monthlyIncome = incomeTotal / WINDOW_MONTHS;
  let incomeRegularity: number | null = null;
  let incomeSeasonality: number | null = null;
  const peakIncomeMonths: number[] = [];
  if (incomeTotal > 0) {
    let ss = 0;
    for (const x of income) ss += (x - monthlyIncome) ** 2;
    const cv = Math.sqrt(ss / WINDOW_MONTHS) / monthlyIncome;
    incomeRegularity = Math.min(1, Math.max(0, 1 - cv));
    const sorted = income.slice().sort((a, z) => z - a);
    incomeSeasonality = (sorted[0] + sorted[1] + sorted[2]) / incomeTotal;
    const peaks = income
      .map((value, b) => ({ value, month: ((first + b) % 12) + 1 }))
      .filter((m) => m.value >= PEAK_FACTOR * monthlyIncome)
      .sort((a, z) => z.value - a.value || a.month - z.month)
      .slice(0, 4);
    for (const p of peaks) peakIncomeMonths.push(p.month);
  }
  let incomePattern: IncomePattern = 'NONE';
  let best = 0;
  for (const [pattern, total] of byPattern) {
    if (total > best) {
      best = total;
      incomePattern = pattern;
    }
  }

  // ---------------------------------------------------------------- cash flow
  let inflowTotal = 0;
  let outflowTotal = 0;
  let monthsObserved = 0;
  let monthsWithUpi = 0;
  for (let b = 0; b < WINDOW_MONTHS; b++) {
    inflowTotal += inflow[b];
    outflowTotal += outflow[b];
    if (seen[b]) monthsObserved++;
    if (upi[b] >= UPI_MONTHLY_MIN) monthsWithUpi++;
  }
  const monthlyInflow = inflowTotal / WINDOW_MONTHS;
  const monthlyOutflow = outflowTotal / WINDOW_MONTHS;
  let cashFlowVolatility: number | null = null;
  if (monthlyInflow > 0) {
    const meanNet = monthlyInflow - monthlyOutflow;
    let ss = 0;
    for (let b = 0; b < WINDOW_MONTHS; b++) ss += (inflow[b] - outflow[b] - meanNet) ** 2;
    cashFlowVolatility = Math.sqrt(ss / WINDOW_MONTHS) / monthlyInflow;
  }

  // ---------------------------------------------------------------- balances
  // A month without transactions keeps the previous month-end balance.
  const balances: number[] = [];
  let carried: number | null = null;
  for (let b = 0; b < WINDOW_MONTHS; b++) {
    if (endBalance[b] != null) carried = endBalance[b];
    if (carried != null) balances.push(carried);
  }
  const spend = monthlyOutflow > 0 ? monthlyOutflow : null;
  const balanceBufferMonths = balances.length > 0 && spend ? median(balances) / spend : null;
  let balanceTrend: number | null = null;
  if (balances.length >= 6 && spend) {
    const n = balances.length;
    const recent = (balances[n - 1] + balances[n - 2] + balances[n - 3]) / 3;
    const before = (balances[n - 4] + balances[n - 5] + balances[n - 6]) / 3;
    balanceTrend = (recent - before) / spend;
  }

  // ---------------------------------------------------------------- bills and obligations
  const bouncesAfter = (b: number) => bounces.some((x) => x.month > b);
  let due = 0;
  let paid = 0;
  let recurringEmi = 0;
  let recurringEmiTotal = 0;
  let largestInstalment = 0;
  for (const s of streams.values()) {
    const paidMonths = popcount(s.months);
    if (paidMonths < RECURRING_MIN_MONTHS) continue;
    if (s.category !== 'utilities' && !scheduled(s)) continue; // e.g. instant-loan repayments
    const firstPaid = 31 - Math.clz32(s.months & -s.months); // lowest set bit
    const lastPaid = 31 - Math.clz32(s.months);
    // A bill that stopped long before the end (a loan repaid, a move) has ended, unless payments
    // are bouncing since: then it is still due.
    const ended = WINDOW_MONTHS - 1 - lastPaid >= ENDED_AFTER_MONTHS && !bouncesAfter(lastPaid);
    const dueMonths = (ended ? lastPaid : WINDOW_MONTHS - 1) - firstPaid + 1;
    due += dueMonths;
    paid += paidMonths;
    if (s.category === EMI_CATEGORY) {
      const instalment = median(s.amounts);
      largestInstalment = Math.max(largestInstalment, instalment);
      recurringEmiTotal += s.amounts.reduce((a, x) => a + x, 0);
      if (!ended) recurringEmi += instalment;
    }
  }
  const billPaymentConsistency = due > 0 ? paid / due : null;
  // EMIs outside recurring streams (harvest-time repayments, instant-loan repayments) count at their yearly average.
  const monthlyObligations = recurringEmi + Math.max(0, emiOutflowTotal - recurringEmiTotal) / WINDOW_MONTHS;
  const debtToIncome = monthlyIncome > 0 ? monthlyObligations / monthlyIncome : null;

  // A bounce "with funds": the balance before the charge covered the largest regular instalment
  // with half a month of spending to spare. Conservative on purpose (an accusation of wilful
  // non-payment must not rest on a balance that was only just enough): whichever payment
  // bounced, there was clearly money for it.
  const reference = largestInstalment > 0 ? largestInstalment : emiOutflows.length > 0 ? median(emiOutflows) : 0;
  const covered = reference + WILFUL_SPARE_MONTHS * (outflowTotal / WINDOW_MONTHS);
  let bouncesWithFunds = 0;
  if (reference > 0) for (const x of bounces) if (x.balanceBefore != null && x.balanceBefore >= covered) bouncesWithFunds++;

  return {
    monthsObserved,
    transactions: count,
    monthlyIncome: round2(monthlyIncome),
    monthsWithIncome,
    incomeRegularity: incomeRegularity == null ? null : round4(incomeRegularity),
    incomeSeasonality: incomeSeasonality == null ? null : round4(incomeSeasonality),
    incomePattern,
    peakIncomeMonths,
    monthlyInflow: round2(monthlyInflow),
    monthlyOutflow: round2(monthlyOutflow),
    cashFlowVolatility: cashFlowVolatility == null ? null : round4(cashFlowVolatility),
    balanceBufferMonths: balanceBufferMonths == null ? null : round4(balanceBufferMonths),
    balanceTrend: balanceTrend == null ? null : round4(balanceTrend),
    upiConsistency: round4(monthsWithUpi / WINDOW_MONTHS),
    billPaymentConsistency: billPaymentConsistency == null ? null : round4(billPaymentConsistency),
    missedBillPayments: due - paid,
    monthlyObligations: round2(monthlyObligations),
    debtToIncome: debtToIncome == null ? null : round4(debtToIncome),
    bouncedPayments: bounces.length,
    bouncesWithFunds,
    paydayLoans,
    paydayLoanAmount: round2(paydayLoanAmount),
  };
}

/** Income that arrives in a few months of the year: harvest-month repayment schedules fit it. */
export function isSeasonalIncome(alt: AltDataFeatures | null): boolean {
  if (!alt || alt.monthsWithIncome === 0) return false;
  return alt.incomePattern === 'HARVEST' || (alt.incomeSeasonality ?? 0) >= 0.5;
}

// ---------------------------------------------------------------- the model's view

export interface ApplicantProfile {
  kind: string; // INDIVIDUAL | BUSINESS
  age: number | null;
  yearsInBusiness: number | null;
  /** Declared annual income, or revenue for a business. */
  annualIncome: number;
  segment?: string | null;
}

export interface ApplicationTerms {
  amount: number;
  termMonths: number;
  productCategory: string;
  /** What the credit costs a month: the EMI, or the minimum due of a limit. */
  monthlyInstalment: number;
}

export interface CreditFeatureInput {
  /** null: no transaction history (or none shared). */
  alt: AltDataFeatures | null;
  profile: ApplicantProfile;
  application: ApplicationTerms;
  /** null: the bureau was not used. A report without a file (hit: false) also gives nulls. */
  bureau: BureauReport | null;
}

/**
 * The model features, in catalog order (feature-catalog.ts words each one). Every key is always
 * present; null means missing (no transactions, no bureau file, or not applicable), which a
 * scorecard scores in its own bin.
 */
export const MODEL_FEATURES = [
  'income_months',
  'income_regularity',
  'income_seasonality',
  'cash_flow_volatility',
  'balance_buffer_months',
  'balance_trend',
  'upi_consistency',
  'bill_payment_consistency',
  'bounced_payments_12m',
  'payday_loans_12m',
  'wilful_bounces_12m',
  'income_pattern',
  'loan_to_income',
  'debt_to_income_after',
  'term_months',
  'age',
  'years_in_business',
  'product_category',
  'bureau_score',
  'bureau_delinquencies_24m',
  'bureau_enquiries_6m',
  'bureau_written_off_accounts',
  'bureau_wilful_default',
  'bureau_file_age_months',
] as const;

export type ModelFeature = (typeof MODEL_FEATURES)[number];

/** Monthly income for affordability: observed in transactions when there is any, else declared. */
export function monthlyIncomeFor(alt: AltDataFeatures | null, profile: Pick<ApplicantProfile, 'annualIncome'>): number {
  if (alt && alt.monthsWithIncome > 0 && alt.monthlyIncome > 0) return alt.monthlyIncome;
  return profile.annualIncome / 12;
}

/** Existing debt payments a month: what the transactions show, or the bureau's figure if larger (other lenders). */
export function existingObligationsFor(alt: AltDataFeatures | null, bureau: BureauReport | null): number {
  return Math.max(alt?.monthlyObligations ?? 0, bureau?.hit ? bureau.monthlyObligations : 0);
}

/** The flat record the scorecard sees (keys: MODEL_FEATURES). */
export function creditFeatures(input: CreditFeatureInput): FeatureValues {
  const alt = input.alt && input.alt.monthsObserved > 0 ? input.alt : null;
  const { profile, application } = input;
  const bureau = input.bureau?.hit ? input.bureau : null;
  const business = profile.kind === 'BUSINESS';
  const income = monthlyIncomeFor(alt, profile);
  const obligations = existingObligationsFor(alt, bureau);
  const out: Record<ModelFeature, number | string | null> = {
    income_months: alt ? alt.monthsWithIncome : null,
    income_regularity: alt ? alt.incomeRegularity : null,
    income_seasonality: alt ? alt.incomeSeasonality : null,
    cash_flow_volatility: alt ? alt.cashFlowVolatility : null,
    balance_buffer_months: alt ? alt.balanceBufferMonths : null,
    balance_trend: alt ? alt.balanceTrend : null,
    upi_consistency: alt ? alt.upiConsistency : null,
    bill_payment_consistency: alt ? alt.billPaymentConsistency : null,
    bounced_payments_12m: alt ? alt.bouncedPayments : null,
    payday_loans_12m: alt ? alt.paydayLoans : null,
    wilful_bounces_12m: alt ? alt.bouncesWithFunds : null,
    income_pattern: alt ? alt.incomePattern : null,
    loan_to_income: profile.annualIncome > 0 ? round4(application.amount / profile.annualIncome) : null,
    debt_to_income_after: income > 0 ? round4((obligations + application.monthlyInstalment) / income) : null,
    term_months: application.termMonths,
    age: business ? null : profile.age,
    years_in_business: business ? profile.yearsInBusiness : null,
    product_category: application.productCategory,
    bureau_score: bureau ? bureau.score : null,
    bureau_delinquencies_24m: bureau ? bureau.delinquencies24m : null,
    bureau_enquiries_6m: bureau ? bureau.enquiries6m : null,
    bureau_written_off_accounts: bureau ? bureau.writtenOffAccounts : null,
    bureau_wilful_default: bureau ? (bureau.willfulDefaulter ? 1 : 0) : null,
    bureau_file_age_months: bureau ? bureau.oldestAccountMonths : null,
  };
  return out;
}
