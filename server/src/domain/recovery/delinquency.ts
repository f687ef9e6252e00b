// Delinquency of a loan as of a moment: how payments settle its dues, how many days the oldest
// unpaid due is past, which bucket that puts the loan in and when it would be charged off; and
// roll rates between buckets for reporting.
//
// Days are counted in the customer's local calendar: a payment at 23:00 IST lands on that day
// even though it is the previous day in UTC until 18:30.
import { round2, type ScheduledPayment } from '../credit/credit-terms.js';
import { addDays, daysBetween, DEFAULT_TIME_ZONE, localDate } from './calendar.js';
import { CHARGE_OFF_DAYS, DELINQUENCY_BUCKETS, type DelinquencyBucket, type Due, type LoanKind, type Payment } from './types.js';

/** Rounding tolerance: a due with less than ₹1 left on it counts as paid. */
export const PAID_TOLERANCE = 1;

export interface AllocatedDue {
  dueDate: string;
  amount: number;
  paid: number;
  /** 0 once the due counts as paid, even when paise are left (see PAID_TOLERANCE). */
  remaining: number;
  /** The local date of the payment that settled it (its own date for a due under ₹1); null while unpaid. */
  paidOn: string | null;
}

export interface Delinquency {
  daysPastDue: number;
  bucket: DelinquencyBucket;
  /** Unpaid on dues falling on or before the local date of asOf (today's due included). */
  overdueAmount: number;
  /** The oldest due on or before today that is not fully paid; null when none. */
  oldestUnpaidDueDate: string | null;
  /** Payments received up to asOf, excess over the dues included. */
  totalPaid: number;
  chargeOffDue: boolean;
  /** The local date DPD reaches the charge-off threshold if the oldest unpaid due stays unpaid. */
  chargeOffDate: string | null;
}

export interface DelinquencyInput {
  kind: LoanKind;
  dues: readonly Due[];
  payments: readonly Payment[];
  asOf: Date;
  timeZone?: string;
}

export interface RollRate {
  from: DelinquencyBucket;
  count: number;
  /** Moved to a worse bucket. */
  rolledForward: number;
  stayed: number;
  /** Moved back to CURRENT from a delinquent bucket. */
  cured: number;
  /** Moved to a better bucket that is still delinquent. */
  improved: number;
  /** Shares of count (0..1); null when nothing started in the bucket. */
  rollForwardRate: number | null;
  stayRate: number | null;
  cureRate: number | null;
  improveRate: number | null;
}

/** A credit schedule (credit-terms' monthlySchedule or seasonalSchedule) as dues. */
export function duesFromSchedule(schedule: readonly ScheduledPayment[]): Due[] {
  return schedule.map(({ dueDate, amount }) => ({ dueDate, amount }));
}

/**
 * Applies payments in the order they were made to the oldest due not yet paid (a waterfall), so
 * a payment first clears arrears and only then the current or a future instalment. Returns one
 * entry per due, in the order given; money beyond the last due is not allocated and a payment of
 * zero or less (a reversal) is ignored.
 */
export function allocatePayments(dues: readonly Due[], payments: readonly Payment[], timeZone = DEFAULT_TIME_ZONE): AllocatedDue[] {
  const allocated: AllocatedDue[] = dues.map((d) => ({ dueDate: d.dueDate, amount: round2(d.amount), paid: 0, remaining: round2(d.amount), paidOn: null }));
  const oldestFirst = [...allocated].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  // A due of less than the tolerance (a zero minimum due, say) is settled on its own date.
  for (const due of oldestFirst) if (isSettled(due.remaining)) settle(due, due.dueDate);

  for (const payment of chronological(payments)) {
    let left = round2(payment.amount);
    for (const due of oldestFirst) {
      if (left <= 0) break;
      if (due.remaining === 0) continue;
      const applied = Math.min(left, due.remaining);
      due.paid = round2(due.paid + applied);
      due.remaining = round2(due.amount - due.paid);
      left = round2(left - applied);
      if (isSettled(due.remaining)) settle(due, localDate(payment.paidAt, timeZone));
    }
  }
  return allocated;
}

/** Days past due, bucket, arrears and charge-off of a loan as of `asOf`, from payments made by then. */
export function delinquencyOf({ kind, dues, payments, asOf, timeZone = DEFAULT_TIME_ZONE }: DelinquencyInput): Delinquency {
  const today = localDate(asOf, timeZone);
  const received = payments.filter((p) => p.paidAt.getTime() <= asOf.getTime());
  const allocated = allocatePayments(dues, received, timeZone);

  const dueByToday = allocated.filter((d) => d.dueDate <= today && d.remaining > 0);
  const oldestUnpaidDueDate = dueByToday.reduce<string | null>((oldest, d) => (oldest === null || d.dueDate < oldest ? d.dueDate : oldest), null);
  // A due falling today is not past due until tomorrow.
  const daysPastDue = oldestUnpaidDueDate === null ? 0 : Math.max(0, daysBetween(oldestUnpaidDueDate, today));
  const threshold = CHARGE_OFF_DAYS[kind];

  return {
    daysPastDue,
    bucket: bucketOf(daysPastDue),
    overdueAmount: round2(dueByToday.reduce((sum, d) => sum + d.remaining, 0)),
    oldestUnpaidDueDate,
    totalPaid: round2(received.reduce((sum, p) => sum + Math.max(0, p.amount), 0)),
    chargeOffDue: daysPastDue >= threshold,
    chargeOffDate: oldestUnpaidDueDate === null ? null : addDays(oldestUnpaidDueDate, threshold),
  };
}

/** The bucket of a number of days past due: CURRENT at 0, then 1-30, 31-60, 61-90, over 90. */
export function bucketOf(daysPastDue: number): DelinquencyBucket {
  if (daysPastDue <= 0) return 'CURRENT';
  if (daysPastDue <= 30) return 'DPD_1_30';
  if (daysPastDue <= 60) return 'DPD_31_60';
  if (daysPastDue <= 90) return 'DPD_61_90';
  return 'DPD_90_PLUS';
}

/**
 * Roll rates: of the loans that started a period in each bucket, how many rolled forward to a
 * worse bucket, stayed, cured (back to CURRENT) or improved without curing. One entry per
 * bucket, in bucket order, so a report always has the same rows.
 */
export function rollRates(pairs: readonly { from: DelinquencyBucket; to: DelinquencyBucket }[]): RollRate[] {
  return DELINQUENCY_BUCKETS.map((from) => {
    const moves = pairs.filter((p) => p.from === from).map((p) => moveOf(p.from, p.to));
    const count = moves.length;
    const tally = (m: Move) => moves.filter((x) => x === m).length;
    const rolledForward = tally('FORWARD');
    const stayed = tally('STAYED');
    const cured = tally('CURED');
    const improved = tally('IMPROVED');
    const share = (n: number) => (count === 0 ? null : n / count);
    return {
      from,
      count,
      rolledForward,
      stayed,
      cured,
      improved,
      rollForwardRate: share(rolledForward),
      stayRate: share(stayed),
      cureRate: share(cured),
      improveRate: share(improved),
    };
  });
}

type Move = 'FORWARD' | 'STAYED' | 'CURED' | 'IMPROVED';

function moveOf(from: DelinquencyBucket, to: DelinquencyBucket): Move {
  const delta = DELINQUENCY_BUCKETS.indexOf(to) - DELINQUENCY_BUCKETS.indexOf(from);
  if (delta > 0) return 'FORWARD';
  if (delta === 0) return 'STAYED';
  return to === 'CURRENT' ? 'CURED' : 'IMPROVED';
}

function isSettled(remaining: number): boolean {
  return remaining < PAID_TOLERANCE;
}

function settle(due: AllocatedDue, on: string | null): void {
  due.remaining = 0;
  due.paidOn = on;
}

/** Payments oldest first; equal instants keep their given order (sort is stable). */
function chronological(payments: readonly Payment[]): Payment[] {
  return [...payments].sort((a, b) => a.paidAt.getTime() - b.paidAt.getTime());
}
