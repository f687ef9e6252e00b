// Terms of credit products: amount and term bounds, risk-based pricing, instalments and repayment
// schedules. The catalog stores eligibility and APR ranges; the bounds below follow the product's
// kind, as lenders publish them, so that one table says what a form may ask for.

export type CreditCategory = 'CREDIT_CARD' | 'PERSONAL_LOAN' | 'BUSINESS_LOAN' | 'MORTGAGE';
export const CREDIT_CATEGORIES: readonly CreditCategory[] = ['CREDIT_CARD', 'PERSONAL_LOAN', 'BUSINESS_LOAN', 'MORTGAGE'];

export interface TermsProduct {
  id: string;
  category: string;
  tags: readonly string[];
  aprMin: number | null;
  aprMax: number | null;
}

export interface CreditTerms {
  minAmount: number;
  maxAmount: number;
  minTermMonths: number;
  maxTermMonths: number;
  /** A card or an overdraft: a limit, repaid at a minimum share of the balance each month. */
  revolving: boolean;
  /** Repaid from harvests rather than monthly (Kisan credit, crop and tractor loans). */
  seasonal: boolean;
}

/** Share of a revolving balance due each month, used to size its instalment for affordability. */
export const REVOLVING_MINIMUM_DUE = 0.05;

export function isCreditProduct(p: { category: string }): p is { category: CreditCategory } {
  return (CREDIT_CATEGORIES as readonly string[]).includes(p.category);
}

/** The bounds an application for the product must stay within; null for a product that is not credit. */
export function creditTerms(p: TermsProduct): CreditTerms | null {
  const has = (tag: string) => p.tags.includes(tag);
  const seasonal = has('seasonal-repayment');
  switch (p.category) {
    case 'CREDIT_CARD':
      return { minAmount: 5_000, maxAmount: 2_500_000, minTermMonths: 1, maxTermMonths: 36, revolving: true, seasonal };
    case 'PERSONAL_LOAN':
      if (has('gold')) return { minAmount: 5_000, maxAmount: 2_500_000, minTermMonths: 3, maxTermMonths: 36, revolving: false, seasonal };
      if (has('two-wheeler')) return { minAmount: 20_000, maxAmount: 300_000, minTermMonths: 6, maxTermMonths: 48, revolving: false, seasonal };
      if (has('vehicle')) return { minAmount: 100_000, maxAmount: 5_000_000, minTermMonths: 12, maxTermMonths: 84, revolving: false, seasonal };
      if (has('small-ticket') || has('credit-builder')) return { minAmount: 5_000, maxAmount: 200_000, minTermMonths: 3, maxTermMonths: 36, revolving: false, seasonal };
      return { minAmount: 10_000, maxAmount: 4_000_000, minTermMonths: 6, maxTermMonths: 72, revolving: false, seasonal };
    case 'BUSINESS_LOAN':
      // Crop loans are working capital too, but repaid from harvests: seasonal before revolving.
      if (seasonal || has('crop')) return { minAmount: 10_000, maxAmount: 5_000_000, minTermMonths: 6, maxTermMonths: 84, revolving: false, seasonal: true };
      if (has('overdraft') || has('working-capital')) return { minAmount: 25_000, maxAmount: 10_000_000, minTermMonths: 6, maxTermMonths: 36, revolving: true, seasonal };
      return { minAmount: 50_000, maxAmount: 50_000_000, minTermMonths: 6, maxTermMonths: 120, revolving: false, seasonal };
    case 'MORTGAGE':
      return { minAmount: 300_000, maxAmount: 100_000_000, minTermMonths: 60, maxTermMonths: 360, revolving: false, seasonal };
    default:
      return null;
  }
}

/** Risk-based pricing: the APR within the product's range, by grade position (0 best, 1 worst). */
export function aprFor(p: TermsProduct, gradePosition: number): number {
  const lo = p.aprMin ?? 12;
  const hi = p.aprMax ?? lo;
  return round2(lo + (hi - lo) * Math.min(1, Math.max(0, gradePosition)));
}

/** Equal monthly instalment of an amortising loan. */
export function monthlyInstalment(amount: number, termMonths: number, aprPercent: number): number {
  const r = aprPercent / 100 / 12;
  if (r === 0) return amount / termMonths;
  return (amount * r) / (1 - Math.pow(1 + r, -termMonths));
}

/** What the credit costs each month for an affordability check: the EMI, or the minimum due of a limit. */
export function affordabilityInstalment(terms: CreditTerms, amount: number, termMonths: number, aprPercent: number): number {
  return terms.revolving ? amount * REVOLVING_MINIMUM_DUE : monthlyInstalment(amount, termMonths, aprPercent);
}

export interface ScheduledPayment {
  dueDate: string;
  amount: number;
}

/** Equal monthly payments on the 5th, starting the month after the decision. */
export function monthlySchedule(amount: number, termMonths: number, aprPercent: number, from: Date): ScheduledPayment[] {
  const emi = round2(monthlyInstalment(amount, termMonths, aprPercent));
  return Array.from({ length: termMonths }, (_, i) => ({ dueDate: dueDate(from, i + 1), amount: emi }));
}

/**
 * Payments only in the months the customer earns (after harvests), over the same term. Interest
 * accrues monthly; each harvest payment is equal, sized so the loan is repaid by the last one.
 */
export function seasonalSchedule(amount: number, termMonths: number, aprPercent: number, from: Date, incomeMonths: readonly number[]): ScheduledPayment[] {
  const months = new Set(incomeMonths.length > 0 ? incomeMonths : [4, 11]);
  const r = aprPercent / 100 / 12;
  const offsets: number[] = [];
  for (let i = 1; i <= termMonths; i++) if (months.has(monthOf(from, i))) offsets.push(i);
  if (offsets.length === 0) offsets.push(termMonths);
  // Present value of 1 paid at each offset; the payment is amount / that sum.
  const pv = offsets.reduce((s, k) => s + Math.pow(1 + r, -k), 0);
  const payment = round2(amount / pv);
  return offsets.map((k) => ({ dueDate: dueDate(from, k), amount: payment }));
}

/** The calendar month (1-12) that is `offset` months after `from`. */
function monthOf(from: Date, offset: number): number {
  return ((from.getUTCMonth() + offset) % 12) + 1;
}

function dueDate(from: Date, offset: number): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + offset, 5));
  return d.toISOString().slice(0, 10);
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Rounds an offered amount down to a figure a person would quote: 1,000s, or 10,000s above a lakh. */
export function roundOfferAmount(x: number): number {
  const step = x >= 100_000 ? 10_000 : 1_000;
  return Math.floor(x / step) * step;
}
