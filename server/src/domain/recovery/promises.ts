// Promises to pay: whether each was kept, broken or is still open as of a moment, the share kept,
// and the checks a new promise must pass before a collector records it.
//
// A promise is kept by payments made from the moment it was given to the end of its due date on
// the customer's calendar (plus any grace days). Every rupee counts towards one promise only:
// each payment goes first to the eligible promise due earliest, and only what is left over after
// that promise is met goes to the next, so overlapping promises never double-count a payment.
import { round2 } from '../credit/credit-terms.js';
import { formatInr } from '../recommendation/format.js';
import { addDays, daysBetween, DEFAULT_TIME_ZONE, isDate, localDate } from './calendar.js';
import type { Payment, PromiseStatus, PromiseToPay } from './types.js';

export interface PromiseOptions {
  timeZone?: string;
  /** Days after the due date a payment still keeps the promise. */
  graceDays?: number;
  /** A promise short by less than this is kept (rounding, bank charges). */
  tolerance?: number;
}

export interface EvaluatedPromise {
  id: string;
  status: PromiseStatus;
  paidTowards: number;
  /** 0 once kept, even when paise short (see tolerance). */
  shortfall: number;
  /** The local date of the payment that kept it; null unless KEPT. */
  settledOn: string | null;
  reason: string;
}

export interface PromiseStats {
  kept: number;
  broken: number;
  pending: number;
  /** kept / (kept + broken); null while none is decided. */
  keptRate: number | null;
}

export interface PromiseInput {
  amount: number;
  dueDate: string;
  asOf: Date;
  timeZone?: string;
  maxDaysAhead?: number;
  /** The balance the promise is towards; when given, a promise may not exceed it. */
  outstanding?: number;
}

export interface PromiseProblem {
  field: 'amount' | 'dueDate';
  message: string;
}

export const DEFAULT_PROMISE_TOLERANCE = 1;
export const DEFAULT_MAX_DAYS_AHEAD = 30;

interface Tracked {
  promise: PromiseToPay;
  index: number;
  /** Last local date a payment counts towards it. */
  deadline: string;
  paid: number;
  settledOn: string | null;
}

/**
 * The status of each promise as of `asOf`, from payments made by then, in the order given.
 * KEPT once enough was paid in its window (even before the due date), BROKEN once the window has
 * closed without enough, PENDING otherwise.
 */
export function evaluatePromises(promises: readonly PromiseToPay[], payments: readonly Payment[], asOf: Date, options: PromiseOptions = {}): EvaluatedPromise[] {
  const { timeZone = DEFAULT_TIME_ZONE, graceDays = 0, tolerance = DEFAULT_PROMISE_TOLERANCE } = options;
  const today = localDate(asOf, timeZone);
  const tracked: Tracked[] = promises.map((promise, index) => ({ promise, index, deadline: addDays(promise.dueDate, graceDays), paid: 0, settledOn: null }));
  const earliestDueFirst = [...tracked].sort((a, b) => a.promise.dueDate.localeCompare(b.promise.dueDate) || a.promise.madeAt.getTime() - b.promise.madeAt.getTime() || a.index - b.index);

  const received = payments.filter((p) => p.paidAt.getTime() <= asOf.getTime()).sort((a, b) => a.paidAt.getTime() - b.paidAt.getTime());
  for (const payment of received) {
    const paidOn = localDate(payment.paidAt, timeZone);
    let left = round2(payment.amount);
    for (const t of earliestDueFirst) {
      if (left <= 0) break;
      if (t.settledOn !== null || !inWindow(t, payment.paidAt, paidOn)) continue;
      const applied = Math.min(left, round2(t.promise.amount - t.paid));
      t.paid = round2(t.paid + applied);
      left = round2(left - applied);
      if (isMet(t, tolerance)) t.settledOn = paidOn;
    }
  }
  return tracked.map((t) => describe(t, today));
}

/** Counts by status and the share kept of the promises already decided. */
export function promiseStats(evaluated: readonly { status: PromiseStatus }[]): PromiseStats {
  const count = (s: PromiseStatus) => evaluated.filter((e) => e.status === s).length;
  const kept = count('KEPT');
  const broken = count('BROKEN');
  return { kept, broken, pending: count('PENDING'), keptRate: kept + broken === 0 ? null : kept / (kept + broken) };
}

/**
 * The first problem with a promise a collector is about to record: the field and what is wrong with
 * it, worded to follow the field's name as the other input checks are; null when fine.
 */
export function validatePromise({ amount, dueDate, asOf, timeZone = DEFAULT_TIME_ZONE, maxDaysAhead = DEFAULT_MAX_DAYS_AHEAD, outstanding }: PromiseInput): PromiseProblem | null {
  if (!Number.isFinite(amount) || amount <= 0) return { field: 'amount', message: 'must be more than ₹0' };
  if (outstanding !== undefined && round2(amount) > round2(outstanding)) {
    return { field: 'amount', message: `${formatInr(amount)} is more than the outstanding balance of ${formatInr(outstanding)}` };
  }
  if (!isDate(dueDate)) return { field: 'dueDate', message: `must be a date as YYYY-MM-DD, not "${dueDate}"` };
  const today = localDate(asOf, timeZone);
  if (dueDate < today) return { field: 'dueDate', message: `${dueDate} is in the past (today is ${today})` };
  if (daysBetween(today, dueDate) > maxDaysAhead) {
    return { field: 'dueDate', message: `${dueDate} is more than ${maxDaysAhead} days ahead (at the latest ${addDays(today, maxDaysAhead)})` };
  }
  return null;
}

/** A payment counts when made after the promise was given and by the end of its deadline. */
function inWindow(t: Tracked, paidAt: Date, paidOn: string): boolean {
  return paidAt.getTime() >= t.promise.madeAt.getTime() && paidOn <= t.deadline;
}

function isMet(t: Tracked, tolerance: number): boolean {
  const short = round2(t.promise.amount - t.paid);
  return short <= 0 || short < tolerance;
}

function describe(t: Tracked, today: string): EvaluatedPromise {
  const { id, amount, dueDate } = t.promise;
  const paidTowards = t.paid;
  const base = { id, paidTowards };
  if (t.settledOn !== null) {
    return { ...base, status: 'KEPT', shortfall: 0, settledOn: t.settledOn, reason: `Paid ${formatInr(paidTowards)} of ${formatInr(amount)} by ${t.settledOn}, promised by ${dueDate}` };
  }
  const shortfall = round2(amount - paidTowards);
  const by = t.deadline === dueDate ? dueDate : `${dueDate} (with grace, ${t.deadline})`;
  // Still open on the deadline itself: the customer has until the end of that local day.
  if (today > t.deadline) {
    return { ...base, status: 'BROKEN', shortfall, settledOn: null, reason: `Paid ${formatInr(paidTowards)} of ${formatInr(amount)} by ${by}: ${formatInr(shortfall)} short` };
  }
  return { ...base, status: 'PENDING', shortfall, settledOn: null, reason: `${formatInr(shortfall)} of ${formatInr(amount)} still to pay by ${by}` };
}
