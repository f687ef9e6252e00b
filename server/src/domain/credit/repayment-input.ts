// Validation of a repayment (GraphQL RepaymentInput) before anything is read or written. Pure:
// the resolver turns an error into RepaymentRejected naming `field`.
import { fail, type Validated } from '../profile-input.js';
import { APPLICATION_LIMITS } from './application-input.js';

export interface RepaymentInputLike {
  applicationId: string;
  amount: number;
  amountDue: number;
  dueDate: string;
  paidAt: Date | string;
  statementBalance?: number | null;
}

export interface ValidRepayment {
  idempotencyKey: string;
  /** The application's global id as given; the service resolves it within the tenant. */
  applicationId: string;
  amount: number;
  amountDue: number;
  dueDate: string;
  paidAt: Date;
  statementBalance: number | null;
}

/** A gateway's clock may run a little ahead of ours. */
const CLOCK_SKEW_MS = 5 * 60_000;
const MAX_AMOUNT = 1e10;

export function validateRepaymentInput(input: RepaymentInputLike, idempotencyKey: string, now: Date): Validated<ValidRepayment> {
  const key = idempotencyKey.trim();
  if (key.length === 0) return fail('idempotencyKey', 'must not be empty');
  if (key.length > APPLICATION_LIMITS.maxIdempotencyKeyLength) return fail('idempotencyKey', `must be at most ${APPLICATION_LIMITS.maxIdempotencyKeyLength} characters`);
  const money = (field: 'amount' | 'amountDue', v: number) => (Number.isFinite(v) && v > 0 && v <= MAX_AMOUNT ? null : fail(field, `must be more than 0 and at most ${MAX_AMOUNT}`));
  const badMoney = money('amount', input.amount) ?? money('amountDue', input.amountDue);
  if (badMoney) return badMoney;
  if (!isCalendarDate(input.dueDate)) return fail('dueDate', 'must be a date written YYYY-MM-DD');
  const paidAt = input.paidAt instanceof Date ? input.paidAt : new Date(input.paidAt);
  if (Number.isNaN(paidAt.getTime())) return fail('paidAt', 'must be an ISO-8601 date and time');
  if (paidAt.getTime() > now.getTime() + CLOCK_SKEW_MS) return fail('paidAt', 'must not be in the future');
  const balance = input.statementBalance ?? null;
  if (balance !== null && !(Number.isFinite(balance) && balance >= input.amountDue && balance <= MAX_AMOUNT)) {
    return fail('statementBalance', 'must be at least amountDue (the minimum due is part of the statement balance)');
  }
  return {
    ok: true,
    value: { idempotencyKey: key, applicationId: input.applicationId, amount: input.amount, amountDue: input.amountDue, dueDate: input.dueDate, paidAt, statementBalance: balance },
  };
}

function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
