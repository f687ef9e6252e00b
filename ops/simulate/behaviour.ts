// How simulated customers behave, as pure functions of a random source: which recommendations
// they look at, what they apply for and for how much, and how they repay. No I/O here.

import type { CreditTerms } from '../../server/src/domain/credit/credit-terms.js';
import { mulberry32 } from '../../server/src/ml/scorecard/random.js';

export type { CreditTerms };

/** A seeded source of numbers in [0, 1): the same seed gives the same sequence. */
export type Rng = () => number;

export const rng: (seed: number) => Rng = mulberry32;

/** An independent stream for one thing (a session), so its choices do not depend on timing. */
export function childRng(seed: number, index: number): Rng {
  return rng((Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0);
}

export const uniform = (r: Rng, lo: number, hi: number) => lo + (hi - lo) * r();
export const intBetween = (r: Rng, lo: number, hi: number) => Math.floor(uniform(r, lo, hi + 1));
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.min(xs.length - 1, Math.floor(r() * xs.length))];

/** The shares of the funnel, each a probability. */
export interface Funnel {
  /** That a served recommendation is seen, by rank (1 first); later ranks use the last entry. */
  viewByRank: number[];
  /** That a seen recommendation is opened (the click-through rate). */
  click: number;
  /** That a seen recommendation that was not opened is dismissed. */
  dismiss: number;
  /** That a click on a credit product ends in an application (the conversion rate). */
  apply: number;
  /** That an application carries a device block (device id, phone) for the fraud checks. */
  device: number;
  /** That the applicant also consents to a bureau check. */
  bureauConsent: number;
  /** Payments made on each approved loan or card during the run, at most. */
  repaymentsPerLoan: [number, number];
  /** Of the payments: paid in full after the due date; paid short. The rest are on time. */
  late: number;
  short: number;
}

export const DEFAULT_FUNNEL: Funnel = {
  viewByRank: [0.9, 0.75, 0.6, 0.45, 0.35],
  click: 0.2,
  dismiss: 0.12,
  apply: 0.3,
  device: 0.6,
  bureauConsent: 0.9,
  repaymentsPerLoan: [1, 4],
  late: 0.1,
  short: 0.07,
};

export interface SimProduct {
  id: string;
  code: string;
  name: string;
  category: string;
  creditTerms: CreditTerms | null;
}

export interface SimCustomer {
  id: string;
  kind: 'INDIVIDUAL' | 'BUSINESS';
  annualIncome: number;
  region: string;
  /** What the customer consents to: the graph refuses to rank, or assess, one who has not. */
  consents: { purpose: 'RECOMMENDATION' | 'CREDIT_CHECK' | 'MARKETING_CONTACT'; granted: boolean }[];
}

export const consentsTo = (c: SimCustomer, purpose: SimCustomer['consents'][number]['purpose']): boolean => c.consents.some((x) => x.purpose === purpose && x.granted);

const PURPOSES: Record<string, readonly string[]> = {
  CREDIT_CARD: ['everyday spending', 'travel', 'fuel and groceries', 'online shopping', 'building a credit history'],
  PERSONAL_LOAN: ['home renovation', 'wedding expenses', 'medical bills', 'education fees', 'consolidating debts', 'a two-wheeler', 'a family trip'],
  BUSINESS_LOAN: ['working capital', 'new machinery', 'inventory for the festive season', 'expanding the shop', 'seeds and fertiliser for the next sowing'],
  MORTGAGE: ['buying a first home', 'a home loan balance transfer', 'building a house on own land'],
};

/** Multiples of annual income (revenue for a business) that people ask for, by category. */
const ASK_SHARE: Record<string, [number, number]> = {
  CREDIT_CARD: [0.08, 0.3],
  PERSONAL_LOAN: [0.1, 0.6],
  BUSINESS_LOAN: [0.05, 0.3],
  MORTGAGE: [2, 5],
};

const COMMON_TERMS = [3, 6, 9, 12, 18, 24, 36, 48, 60, 72, 84, 96, 120, 180, 240, 300, 360];

function roundAmount(x: number): number {
  const step = x >= 1_000_000 ? 100_000 : x >= 100_000 ? 10_000 : 5_000;
  return Math.round(x / step) * step;
}

export interface ApplicationInput {
  customerId: string;
  productId: string;
  amount: number;
  termMonths: number;
  purpose: string;
  consent: { creditAssessment: true; bureauCheck: boolean };
  device?: { deviceId: string; phone: string };
}

/** An application a customer would fill in for a credit product: amount and term inside its bounds. */
export function applicationFor(r: Rng, customer: SimCustomer, product: SimProduct & { creditTerms: CreditTerms }, funnel: Funnel): ApplicationInput {
  const t = product.creditTerms;
  const [lo, hi] = ASK_SHARE[product.category] ?? [0.1, 0.5];
  const wanted = roundAmount(Math.max(0, customer.annualIncome) * uniform(r, lo, hi));
  const amount = Math.min(t.maxAmount, Math.max(t.minAmount, wanted));
  const terms = COMMON_TERMS.filter((m) => m >= t.minTermMonths && m <= t.maxTermMonths);
  // Cards are applied for on a yearly cycle; loans take a common term in bounds, shorter ones more often.
  let termMonths: number;
  if (t.revolving && t.minTermMonths <= 12 && t.maxTermMonths >= 12) termMonths = 12;
  else if (terms.length > 0) termMonths = terms[Math.min(terms.length - 1, Math.floor(r() * r() * terms.length * 1.6))];
  else termMonths = intBetween(r, t.minTermMonths, t.maxTermMonths);
  const input: ApplicationInput = {
    customerId: customer.id,
    productId: product.id,
    amount,
    termMonths,
    purpose: pick(r, PURPOSES[product.category] ?? ['personal needs']),
    consent: { creditAssessment: true, bureauCheck: r() < funnel.bureauConsent },
  };
  if (r() < funnel.device) input.device = deviceOf(customer.id);
  return input;
}

/** The customer's own phone and device: stable per customer, so they never link strangers into a ring. */
export function deviceOf(customerId: string): { deviceId: string; phone: string } {
  let h = 2166136261;
  for (let i = 0; i < customerId.length; i++) h = Math.imul(h ^ customerId.charCodeAt(i), 16777619);
  const n = h >>> 0;
  return { deviceId: `sim-device-${n.toString(36)}`, phone: `9${String(n % 1_000_000_000).padStart(9, '0')}` };
}

export interface ApprovedCredit {
  applicationId: string;
  submittedAt: number;
  revolving: boolean;
  /** The card limit, or the loan amount. */
  amount: number;
  instalment: number | null;
  schedule: { dueDate: string; amount: number }[];
}

export interface RepaymentInput {
  applicationId: string;
  amount: number;
  amountDue: number;
  dueDate: string;
  paidAt: string;
  statementBalance?: number;
}

const DAY_MS = 86_400_000;
const round2 = (x: number) => Math.round(x * 100) / 100;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The 5th of the month `offset` months after `from` (where the servicing system puts due dates). */
function fifthOfMonth(from: number, offset: number): string {
  const d = new Date(from);
  return isoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 5));
}

/**
 * The n-th payment (0 first) on an approved loan or card, paid now. Time is compressed: an on-time
 * payment is made ahead of its (future) due date; a late one names a due date in the past; a
 * short one pays part of what was due.
 */
export function repaymentFor(r: Rng, credit: ApprovedCredit, n: number, now: number, funnel: Funnel): RepaymentInput {
  // Never before the application (the server's clock wrote submittedAt): a second after it at least.
  const paidAtMs = Math.max(now, credit.submittedAt + 1000);
  const u = r();
  const mode = u < funnel.late ? 'LATE' : u < funnel.late + funnel.short ? 'SHORT' : 'ON_TIME';

  let amountDue: number;
  let dueDate: string;
  let statementBalance: number | undefined;
  if (credit.revolving) {
    statementBalance = round2(Math.max(1000, credit.amount * uniform(r, 0.1, 0.7)));
    amountDue = round2(Math.max(500, statementBalance * 0.05));
    if (amountDue > statementBalance) amountDue = statementBalance;
    dueDate = fifthOfMonth(paidAtMs, n + 1);
  } else {
    const slot = credit.schedule[n] ?? credit.schedule[credit.schedule.length - 1];
    amountDue = round2(slot?.amount ?? credit.instalment ?? Math.max(500, credit.amount / 12));
    dueDate = slot?.dueDate ?? fifthOfMonth(paidAtMs, n + 1);
  }
  // A due date in the future is paid early, so on time; make sure of it for the ON_TIME and SHORT cases.
  if (Date.parse(`${dueDate}T00:00:00Z`) < Math.floor(paidAtMs / DAY_MS) * DAY_MS) dueDate = isoDay(paidAtMs);

  let amount = amountDue;
  if (mode === 'LATE') {
    // Mostly a few days; about one in eight a month or more (which cuts a card's limit).
    const days = r() < 0.12 ? intBetween(r, 30, 60) : intBetween(r, 1, 20);
    dueDate = isoDay(paidAtMs - days * DAY_MS);
  } else if (mode === 'SHORT') {
    amount = round2(Math.max(1, amountDue * uniform(r, 0.3, 0.9)));
  } else if (credit.revolving && statementBalance !== undefined && r() < 0.4) {
    // Card holders on time often pay the whole statement, or a round figure above the minimum.
    amount = r() < 0.5 ? statementBalance : round2(Math.min(statementBalance, Math.ceil((amountDue * uniform(r, 1.5, 6)) / 100) * 100));
  }
  return {
    applicationId: credit.applicationId,
    amount,
    amountDue,
    dueDate,
    paidAt: new Date(paidAtMs).toISOString(),
    ...(statementBalance !== undefined ? { statementBalance } : {}),
  };
}
