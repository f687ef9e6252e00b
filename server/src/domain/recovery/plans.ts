// Repayment plans for a delinquent loan: which kind of plan suits the customer, the schedule of
// each kind, and whether a customer's counter-offer can be accepted by the system or needs a
// person. Pure: no I/O and no clock (callers pass `asOf`). Money is computed in whole paise so a
// schedule always sums exactly to what it must repay; amounts leave as rupees through round2.
import { round2 } from '../credit/credit-terms.js';
import { addMonths, daysBetween, DEFAULT_TIME_ZONE, isDate, localDate, monthOf } from './calendar.js';
import { PLAN_KINDS, type PlanKind, type PlannedPayment, type Reason, type RecoverySegment, type Strategy } from './types.js';

/** What the system may agree to on its own; a plan outside any bound needs a person's approval. */
export interface PlanBounds {
  minTermMonths: number;
  maxTermMonths: number;
  /** Largest share of the outstanding a settlement may forgive. */
  maxSettlementDiscount: number;
  /** A settlement closes the debt quickly: a lump sum or a few payments. */
  maxSettlementPayments: number;
  /** Smallest payment (₹) worth collecting; a plan's final remainder may be smaller. */
  minMonthlyPayment: number;
  /** Smallest first payment as a share of the outstanding: a sign of commitment. */
  minFirstPaymentShare: number;
  /** Latest first payment, in days after today. */
  maxFirstPaymentDelayDays: number;
  /** Smallest payment in a seasonal plan's lean months, as a share of the plan's average payment. */
  minLeanMonthShare: number;
}

export const DEFAULT_PLAN_BOUNDS: Readonly<PlanBounds> = Object.freeze({
  minTermMonths: 1,
  maxTermMonths: 24,
  maxSettlementDiscount: 0.4,
  maxSettlementPayments: 3,
  minMonthlyPayment: 500,
  minFirstPaymentShare: 0.05,
  maxFirstPaymentDelayDays: 30,
  minLeanMonthShare: 0.1,
});

/** Longest schedule ever generated, whatever the bounds: a typo of 100000 months is bad input. */
export const MAX_SCHEDULE_MONTHS = 120;
const MAX_AMOUNT = 1e10;

/** Inflows whose coefficient of variation (month to month) reaches this mark a seasonal earner. */
export const SEASONAL_INFLOW_VARIABILITY = 0.35;
/** A peak in the current or the next month makes "pay more now" realistic. */
const STRONG_MONTHS_AHEAD = 2;
/** Step-down tiers, highest first, as integer weights: the first tier pays twice the last. */
const STEP_WEIGHTS = [4, 3, 2] as const;

export interface Plan {
  /** The kind of the schedule actually built (a seasonal plan with no earning month in its term is STANDARD). */
  kind: PlanKind;
  payments: PlannedPayment[];
  /** Sum of the payments: the outstanding less the discount, to the paisa. */
  total: number;
  /** Rupees forgiven (settlements only). */
  discount: number;
  termMonths: number;
  firstPaymentDate: string;
  reasons: Reason[];
}

export interface PlanInput {
  outstanding: number;
  /** What the customer can pay in an ordinary month (₹). */
  monthlyCapacity: number;
  /** Months (1-12) in which the customer earns most. */
  peakMonths: readonly number[];
  /** Due date of the first payment, YYYY-MM-DD; later payments fall on the same day of each month. */
  startDate: string;
  /** Omitted: derived from the monthly capacity within the bounds. */
  termMonths?: number;
  /** Share of the outstanding forgiven, SETTLEMENT only (other kinds forgive nothing and ignore it). Omitted: half the maximum. */
  settlementDiscount?: number;
}

/** A problem with an input, naming the field, for a typed GraphQL error. */
export interface PlanInputProblem {
  field: string;
  message: string;
}

/** Thrown by proposePlan for input that validatePlanInput rejects; resolvers validate first. */
export class PlanInputError extends Error {
  constructor(readonly field: string, message: string) {
    super(`${field} ${message}`);
    this.name = 'PlanInputError';
  }
}

// ---------------------------------------------------------------------------------------------
// Which kind of plan

export interface PlanKindSignals {
  segment: RecoverySegment;
  strategy: Strategy;
  /** Coefficient of variation of the customer's monthly inflows (0 = the same every month). */
  inflowVariability: number;
  peakMonths: readonly number[];
  /** The current month (1-12) in the customer's calendar. */
  asOfMonth: number;
}

export function recommendPlanKind(s: PlanKindSignals): { kind: PlanKind; reasons: Reason[] } {
  if (s.strategy === 'SETTLEMENT_OFFER') {
    return { kind: 'SETTLEMENT', reasons: [reason('SETTLEMENT_STRATEGY', 'the strategy is a settlement offer: a discounted sum closes the debt')] };
  }
  if (isSeasonalEarner(s)) {
    const text = `income arrives in ${monthList(s.peakMonths)} (inflows vary by ${percent(s.inflowVariability)} month to month): payments follow it`;
    return { kind: 'SEASONAL', reasons: [reason('SEASONAL_INCOME', text)] };
  }
  if (needsHardshipTerms(s)) {
    const hardship = reason('HARDSHIP', 'the customer cannot pay the original instalments');
    const strong = strongMonthsAhead(s.peakMonths, s.asOfMonth);
    if (strong.length > 0) {
      return { kind: 'STEP_DOWN', reasons: [hardship, reason('STRONG_MONTHS_AHEAD', `${monthList(strong)} is a strong month: pay more first, less later`)] };
    }
    return { kind: 'STANDARD', reasons: [hardship, reason('LONGER_TERM', 'equal payments over a longer term, sized to what the customer can pay')] };
  }
  return { kind: 'STANDARD', reasons: [reason('LEVEL_PAYMENTS', 'steady income: equal monthly payments')] };
}

function isSeasonalEarner(s: PlanKindSignals): boolean {
  // Twelve "peak" months is no season at all.
  return s.peakMonths.length > 0 && s.peakMonths.length < 12 && s.inflowVariability >= SEASONAL_INFLOW_VARIABILITY;
}

function needsHardshipTerms(s: PlanKindSignals): boolean {
  return s.strategy === 'HARDSHIP_PLAN' || s.segment === 'UNABLE_WILLING' || s.segment === 'UNABLE_UNWILLING';
}

function strongMonthsAhead(peakMonths: readonly number[], asOfMonth: number): number[] {
  const ahead = Array.from({ length: STRONG_MONTHS_AHEAD }, (_, i) => ((asOfMonth - 1 + i) % 12) + 1);
  return ahead.filter((m) => peakMonths.includes(m));
}

// ---------------------------------------------------------------------------------------------
// Validation

/** The first problem with a plan's input, or null. */
export function validatePlanInput(input: PlanInput): PlanInputProblem | null {
  return (
    checkMoney('outstanding', input.outstanding) ??
    checkMoney('monthlyCapacity', input.monthlyCapacity) ??
    checkPeakMonths(input.peakMonths) ??
    (isDate(input.startDate) ? null : problem('startDate', 'must be a date written YYYY-MM-DD')) ??
    (input.termMonths == null ? null : checkTerm('termMonths', input.termMonths)) ??
    (input.settlementDiscount == null || (Number.isFinite(input.settlementDiscount) && input.settlementDiscount >= 0 && input.settlementDiscount < 1)
      ? null
      : problem('settlementDiscount', 'must be a share from 0 up to (not including) 1'))
  );
}

function checkMoney(field: string, value: number): PlanInputProblem | null {
  return Number.isFinite(value) && value > 0 && value <= MAX_AMOUNT ? null : problem(field, `must be more than 0 and at most ${MAX_AMOUNT}`);
}

function checkTerm(field: string, months: number): PlanInputProblem | null {
  if (!Number.isInteger(months) || months < 1) return problem(field, 'must be a whole number of months, at least 1');
  if (months > MAX_SCHEDULE_MONTHS) return problem(field, `must be at most ${MAX_SCHEDULE_MONTHS} months`);
  return null;
}

function checkPeakMonths(months: readonly number[]): PlanInputProblem | null {
  const bad = months.find((m) => !Number.isInteger(m) || m < 1 || m > 12);
  return bad === undefined ? null : problem('peakMonths', `must be months 1-12, not ${bad}`);
}

function problem(field: string, message: string): PlanInputProblem {
  return { field, message };
}

// ---------------------------------------------------------------------------------------------
// Proposing a plan

/** The system's plan of a kind; throws PlanInputError for input validatePlanInput rejects. */
export function proposePlan(kind: PlanKind, input: PlanInput, bounds: PlanBounds = DEFAULT_PLAN_BOUNDS): Plan {
  const bad = validatePlanInput(input);
  if (bad) throw new PlanInputError(bad.field, bad.message);
  const outstanding = toPaise(input.outstanding);
  const discountShare = input.settlementDiscount ?? openingSettlementDiscount(bounds);
  const discount = kind === 'SETTLEMENT' ? Math.round(outstanding * discountShare) : 0;
  const ctx = planContext(outstanding, discount, { paise: toPaise(input.monthlyCapacity), stated: true }, input.peakMonths, input.startDate, bounds);
  return buildPlan(kind, ctx, input.termMonths == null ? {} : { months: input.termMonths });
}

/** The system opens a settlement below its limit, leaving room to meet a counter-offer without a person. */
function openingSettlementDiscount(bounds: PlanBounds): number {
  return bounds.maxSettlementDiscount / 2;
}

/** Everything a schedule is built from, money in paise. */
interface PlanContext {
  outstanding: number;
  discount: number;
  payable: number;
  capacity: number;
  /** False when the capacity is only the proposal's average (a counter-offer): nothing to compare a plan with. */
  capacityStated: boolean;
  peaks: ReadonlySet<number>;
  start: string;
  bounds: PlanBounds;
}

function planContext(
  outstanding: number,
  discount: number,
  capacity: { paise: number; stated: boolean },
  peakMonths: readonly number[],
  start: string,
  bounds: PlanBounds,
): PlanContext {
  return { outstanding, discount, payable: outstanding - discount, capacity: capacity.paise, capacityStated: capacity.stated, peaks: new Set(peakMonths), start, bounds };
}

/** An explicit term, a fixed payment (a customer's "I can pay ₹X a month"), or neither: derive it. */
interface TermChoice {
  months?: number;
  fixedMonthly?: number;
}

interface Schedule {
  kind: PlanKind;
  amounts: number[];
  firstRaised: boolean;
}

function buildPlan(kind: PlanKind, ctx: PlanContext, term: TermChoice): Plan {
  const schedule = chooseSchedule(kind, ctx, term);
  const amounts = schedule.amounts;
  const reasons = [
    ...describeSchedule(kind, schedule, ctx),
    ...(schedule.firstRaised ? [firstRaisedReason(amounts[0], ctx)] : []),
    ...capacityReasons(schedule.kind, amounts, ctx),
  ];
  return {
    kind: schedule.kind,
    payments: amounts.map((a, i) => ({ dueDate: addMonths(ctx.start, i), amount: toRupees(a) })),
    total: toRupees(sum(amounts)),
    discount: toRupees(ctx.discount),
    termMonths: amounts.length,
    firstPaymentDate: ctx.start,
    reasons,
  };
}

function chooseSchedule(kind: PlanKind, ctx: PlanContext, term: TermChoice): Schedule {
  if (term.fixedMonthly != null) return { kind, amounts: fixedPaymentAmounts(ctx.payable, term.fixedMonthly), firstRaised: false };
  if (term.months != null) return scheduleFor(kind, ctx, term.months);
  let months = deriveTerm(kind, ctx);
  // The capacity may ask for more months than the minimum payment allows once a plan is shaped.
  while (months > 1 && hasPaymentUnderMinimum(scheduleFor(kind, ctx, months).amounts, ctx.bounds)) months--;
  return scheduleFor(kind, ctx, months);
}

function deriveTerm(kind: PlanKind, ctx: PlanContext): number {
  const { bounds, payable, capacity } = ctx;
  const byCapacity = Math.ceil(payable / capacity);
  if (kind === 'SETTLEMENT') return Math.min(bounds.maxSettlementPayments, Math.max(1, byCapacity));
  const withinTermBounds = clamp(byCapacity, bounds.minTermMonths, bounds.maxTermMonths);
  const atMinimumPayment = Math.max(1, Math.floor(payable / toPaise(bounds.minMonthlyPayment)));
  const months = Math.min(withinTermBounds, atMinimumPayment);
  return kind === 'SEASONAL' ? reachPeakMonth(months, ctx) : months;
}

/** A seasonal term that would end before the next harvest is stretched to include it, within bounds. */
function reachPeakMonth(months: number, ctx: PlanContext): number {
  for (let n = months; n <= ctx.bounds.maxTermMonths; n++) {
    if (peakIndexes(n, ctx).length > 0) return n;
  }
  return months;
}

function scheduleFor(kind: PlanKind, ctx: PlanContext, months: number): Schedule {
  const seasonal = kind === 'SEASONAL' ? seasonalSlots(months, ctx) : null;
  // A "seasonal" plan without an earning month in its term is just equal payments.
  const builtKind: PlanKind = kind === 'SEASONAL' && !seasonal ? 'STANDARD' : kind;
  const slots = seasonal ?? (kind === 'STEP_DOWN' ? stepDownSlots(months) : levelSlots(months));
  const { amounts, raised } = withFirstPaymentAtLeast(ctx.payable, slots, minimumFirstPayment(ctx));
  return { kind: builtKind, amounts, firstRaised: raised };
}

/** The customer's own figure each month, and whatever is left in the last. */
function fixedPaymentAmounts(payable: number, monthly: number): number[] {
  const months = Math.ceil(payable / monthly);
  return [...Array.from({ length: months - 1 }, () => monthly), payable - (months - 1) * monthly];
}

type Slot = { fixed: number } | { weight: number };

function levelSlots(months: number): Slot[] {
  return Array.from({ length: months }, () => ({ weight: 1 }));
}

/** Up to three tiers, the earlier ones a month longer when the term does not divide evenly. */
function stepDownSlots(months: number): Slot[] {
  const steps = Math.min(STEP_WEIGHTS.length, months);
  return Array.from({ length: months }, (_, i) => ({ weight: STEP_WEIGHTS[Math.floor((i * steps) / months)] }));
}

/** A token payment in lean months and the rest shared by the earning months; null when that shape does not fit. */
function seasonalSlots(months: number, ctx: PlanContext): Slot[] | null {
  const peaks = new Set(peakIndexes(months, ctx));
  if (peaks.size === 0) return null;
  const token = Math.max(toPaise(ctx.bounds.minMonthlyPayment), shareOf(ctx.payable / months, ctx.bounds.minLeanMonthShare));
  const leanMonths = months - peaks.size;
  // Tokens that leave the earning months no more than a token each would make a flat plan anyway.
  if ((ctx.payable - token * leanMonths) / peaks.size <= token) return null;
  return Array.from({ length: months }, (_, i) => (peaks.has(i) ? { weight: 1 } : { fixed: token }));
}

function peakIndexes(months: number, ctx: PlanContext): number[] {
  return Array.from({ length: months }, (_, i) => i).filter((i) => ctx.peaks.has(monthOf(addMonths(ctx.start, i))));
}

function minimumFirstPayment(ctx: PlanContext): number {
  return Math.min(ctx.payable, shareOf(ctx.outstanding, ctx.bounds.minFirstPaymentShare));
}

/** Raises the first payment to the minimum when the shape leaves it short, re-sharing the rest. */
function withFirstPaymentAtLeast(total: number, slots: readonly Slot[], firstMinimum: number): { amounts: number[]; raised: boolean } {
  const amounts = allocate(total, slots);
  const rest = slots.slice(1);
  const restFixed = sum(rest.map((s) => ('fixed' in s ? s.fixed : 0)));
  const canReshare = rest.some((s) => 'weight' in s) && firstMinimum + restFixed <= total;
  if (amounts[0] >= firstMinimum || !canReshare) return { amounts, raised: false };
  return { amounts: allocate(total, [{ fixed: firstMinimum }, ...rest]), raised: true };
}

/**
 * Splits `total` paise over the slots: fixed slots take their amount, the rest is shared by
 * (integer) weight. Paise lost to flooring go one each to the earliest weighted slots, so a
 * schedule whose weights never rise never rises either.
 */
function allocate(total: number, slots: readonly Slot[]): number[] {
  const fixed = sum(slots.map((s) => ('fixed' in s ? s.fixed : 0)));
  const weights = sum(slots.map((s) => ('weight' in s ? s.weight : 0)));
  const rest = total - fixed;
  if (rest < 0 || (rest > 0 && weights === 0)) throw new Error(`cannot share ${total} paise over these payments`);
  // Integers throughout: floor(rest * w / weights) is exact for integers below 2^53.
  const amounts = slots.map((s) => ('fixed' in s ? s.fixed : Math.floor((rest * s.weight) / weights)));
  const weighted = slots.flatMap((s, i) => ('weight' in s ? [i] : []));
  for (let left = total - sum(amounts), k = 0; left > 0; left--, k = (k + 1) % weighted.length) amounts[weighted[k]]++;
  return amounts;
}

/** A final remainder may be small; any other payment under the minimum is not worth a plan. */
function hasPaymentUnderMinimum(amounts: readonly number[], bounds: PlanBounds): boolean {
  return smallestRegularPayment(amounts) < toPaise(bounds.minMonthlyPayment);
}

function smallestRegularPayment(amounts: readonly number[]): number {
  return amounts.length <= 1 ? Infinity : Math.min(...amounts.slice(0, -1));
}

// ---------------------------------------------------------------------------------------------
// Reasons that describe a plan

function describeSchedule(requested: PlanKind, schedule: Schedule, ctx: PlanContext): Reason[] {
  const { amounts } = schedule;
  const n = amounts.length;
  const payments = `${n} ${n === 1 ? 'payment' : 'payments'}`;
  switch (schedule.kind) {
    case 'SETTLEMENT':
      return [
        reason(
          'SETTLEMENT_TERMS',
          `settles ${money(ctx.outstanding)} for ${money(ctx.payable)} in ${payments}: ${money(ctx.discount)} (${percent(ctx.discount / ctx.outstanding)}) forgiven`,
        ),
      ];
    case 'STEP_DOWN':
      return [reason('STEPS_DOWN', `${payments} stepping down from ${money(amounts[0])} to ${money(amounts[n - 1])}: more while the customer can pay more`)];
    case 'SEASONAL': {
      const peaks = amounts.filter((_, i) => ctx.peaks.has(monthOf(addMonths(ctx.start, i))));
      const leanMonths = amounts.filter((_, i) => !ctx.peaks.has(monthOf(addMonths(ctx.start, i))));
      const lean = leanMonths.length > 0 ? `, ${money(Math.min(...leanMonths))} in other months` : '';
      return [reason('PEAK_MONTH_PAYMENTS', `payments of about ${money(Math.max(...peaks))} in ${monthList([...ctx.peaks])}, when income arrives${lean}`)];
    }
    default: {
      const fallback = requested === 'SEASONAL' ? [reason('NO_PEAK_IN_TERM', 'no earning month falls within the term: equal payments instead')] : [];
      // The second payment is the regular one: the first may be raised, the last may be a remainder.
      return [...fallback, reason('LEVEL_PAYMENTS', `${payments} of about ${money(amounts[Math.min(1, n - 1)])}`)];
    }
  }
}

function firstRaisedReason(first: number, ctx: PlanContext): Reason {
  return reason('FIRST_PAYMENT_RAISED', `first payment raised to ${money(first)}, ${percent(ctx.bounds.minFirstPaymentShare)} of the outstanding, as a sign of commitment`);
}

function capacityReasons(kind: PlanKind, amounts: readonly number[], ctx: PlanContext): Reason[] {
  const average = ctx.payable / amounts.length;
  if (!ctx.capacityStated || average <= ctx.capacity) return [];
  const limit = kind === 'SETTLEMENT' ? `a settlement has at most ${ctx.bounds.maxSettlementPayments} payments` : `the term is ${amounts.length} months`;
  return [reason('ABOVE_CAPACITY', `payments average ${money(average)} a month, above the ${money(ctx.capacity)} the customer can pay: ${limit}`)];
}

// ---------------------------------------------------------------------------------------------
// Counter-offers

/** A customer's counter-offer; absent or null fields keep the proposal's. */
export interface CounterOffer {
  kind?: string | null;
  termMonths?: number | null;
  /** STEP_DOWN and SEASONAL: what the customer can pay a month (sets the term). STANDARD: the payment itself. */
  monthlyAmount?: number | null;
  /** What the customer will pay in all to settle (implies SETTLEMENT). */
  settlementAmount?: number | null;
  firstPaymentDate?: string | null;
}

export interface CounterOfferContext {
  outstanding: number;
  peakMonths: readonly number[];
  asOf: Date;
  /** The customer's zone, for "today"; India by default. */
  timeZone?: string;
}

export type CounterOfferOutcome =
  | { outcome: 'ACCEPTED'; plan: Plan; reasons: Reason[] }
  | { outcome: 'ESCALATED'; plan: Plan; reasons: Reason[] }
  | { outcome: 'INVALID'; field: string; message: string };

/**
 * Inside every bound the system accepts the counter-offer and returns its schedule; outside one
 * (a term of 36 months, a deep discount, a payment under the minimum) a person must approve it,
 * and each reason says which bound and by how much; malformed input is INVALID naming the field.
 * A monthlyAmount under the minimum payment is ESCALATED, not INVALID: it is a real offer a
 * collector may take from a customer in hardship.
 */
export function evaluateCounterOffer(proposed: Plan, counter: CounterOffer, context: CounterOfferContext, bounds: PlanBounds = DEFAULT_PLAN_BOUNDS): CounterOfferOutcome {
  const bad = validateCounterOffer(proposed, counter, context);
  if (bad) return { outcome: 'INVALID', ...bad };
  const kind = counterKind(proposed, counter);
  const outstanding = toPaise(context.outstanding);
  const discount = counterDiscount(kind, proposed, counter, outstanding, bounds);
  // Without a stated monthly amount, the proposal's average payment stands in for the capacity.
  const capacity = { paise: toPaise(counter.monthlyAmount ?? proposed.total / proposed.termMonths), stated: counter.monthlyAmount != null };
  const ctx = planContext(outstanding, discount, capacity, context.peakMonths, counter.firstPaymentDate ?? proposed.firstPaymentDate, bounds);
  const plan = buildPlan(kind, ctx, counterTerm(kind, proposed, counter, ctx.payable));
  const breaches = boundsBroken(plan, ctx, today(context));
  if (breaches.length > 0) return { outcome: 'ESCALATED', plan, reasons: breaches };
  return { outcome: 'ACCEPTED', plan, reasons: [reason('WITHIN_BOUNDS', 'inside every bound: accepted without approval')] };
}

/** The first problem with a counter-offer, or null. */
export function validateCounterOffer(proposed: Plan, counter: CounterOffer, context: CounterOfferContext): PlanInputProblem | null {
  if (!(context.asOf instanceof Date) || Number.isNaN(context.asOf.getTime())) return problem('asOf', 'must be a valid instant');
  const contextProblem = checkMoney('outstanding', context.outstanding) ?? checkPeakMonths(context.peakMonths);
  if (contextProblem) return contextProblem;
  if (counter.kind != null && !(PLAN_KINDS as readonly string[]).includes(counter.kind)) return problem('kind', `must be one of ${PLAN_KINDS.join(', ')}`);
  const amounts = (counter.termMonths == null ? null : checkTerm('termMonths', counter.termMonths)) ??
    (counter.monthlyAmount == null ? null : checkMoney('monthlyAmount', counter.monthlyAmount)) ??
    (counter.settlementAmount == null ? null : checkMoney('settlementAmount', counter.settlementAmount));
  return amounts ?? checkCounterCombination(proposed, counter, context) ?? checkFirstPaymentDate(proposed, counter, context);
}

function checkCounterCombination(proposed: Plan, counter: CounterOffer, context: CounterOfferContext): PlanInputProblem | null {
  const kind = counterKind(proposed, counter);
  if (counter.settlementAmount != null) {
    if (kind !== 'SETTLEMENT') return problem('settlementAmount', `applies to a SETTLEMENT, not a ${kind} plan`);
    if (toPaise(counter.settlementAmount) > toPaise(context.outstanding)) return problem('settlementAmount', `must not be more than the outstanding ${money(toPaise(context.outstanding))}`);
  }
  if (counter.monthlyAmount != null) {
    if (kind === 'SETTLEMENT') return problem('monthlyAmount', 'does not apply to a SETTLEMENT: give settlementAmount and termMonths (the number of payments)');
    // Each sets the other; two figures that disagree would leave us guessing which one the customer meant.
    if (counter.termMonths != null) return problem('monthlyAmount', 'give termMonths or monthlyAmount, not both: each sets the other');
    const months = Math.ceil(toPaise(context.outstanding) / toPaise(counter.monthlyAmount));
    if (months > MAX_SCHEDULE_MONTHS) return problem('monthlyAmount', `is too small: it would take ${months} months, more than ${MAX_SCHEDULE_MONTHS}`);
  }
  return null;
}

function checkFirstPaymentDate(proposed: Plan, counter: CounterOffer, context: CounterOfferContext): PlanInputProblem | null {
  const date = counter.firstPaymentDate ?? proposed.firstPaymentDate;
  if (!isDate(date)) return problem('firstPaymentDate', 'must be a date written YYYY-MM-DD');
  const now = today(context);
  if (daysBetween(now, date) >= 0) return null;
  return counter.firstPaymentDate != null
    ? problem('firstPaymentDate', `must not be in the past (today is ${now})`)
    : problem('firstPaymentDate', `the proposed first payment date ${date} has passed: give a new one`);
}

function counterKind(proposed: Plan, counter: CounterOffer): PlanKind {
  if (counter.kind != null) return counter.kind as PlanKind;
  return counter.settlementAmount != null ? 'SETTLEMENT' : proposed.kind;
}

function counterDiscount(kind: PlanKind, proposed: Plan, counter: CounterOffer, outstanding: number, bounds: PlanBounds): number {
  if (kind !== 'SETTLEMENT') return 0;
  if (counter.settlementAmount != null) return outstanding - toPaise(counter.settlementAmount);
  if (proposed.kind === 'SETTLEMENT') return toPaise(proposed.discount);
  return Math.round(outstanding * openingSettlementDiscount(bounds));
}

function counterTerm(kind: PlanKind, proposed: Plan, counter: CounterOffer, payable: number): TermChoice {
  if (counter.monthlyAmount != null) {
    const monthly = toPaise(counter.monthlyAmount);
    return kind === 'STANDARD' ? { fixedMonthly: monthly } : { months: Math.ceil(payable / monthly) };
  }
  if (counter.termMonths != null) return { months: counter.termMonths };
  // A change of kind changes the shape of the term too (12 monthly payments are not a settlement).
  return kind === proposed.kind ? { months: proposed.termMonths } : {};
}

function today(context: CounterOfferContext): string {
  return localDate(context.asOf, context.timeZone ?? DEFAULT_TIME_ZONE);
}

// ---------------------------------------------------------------------------------------------
// Bounds a plan may break, each saying by how much

function boundsBroken(plan: Plan, ctx: PlanContext, todayDate: string): Reason[] {
  const checks = [termBreach, discountBreach, minimumPaymentBreach, firstPaymentShareBreach];
  const broken = checks.map((check) => check(plan, ctx));
  return [...broken, firstPaymentDelayBreach(plan, ctx.bounds, todayDate)].filter((r): r is Reason => r !== null);
}

function termBreach(plan: Plan, { bounds }: PlanContext): Reason | null {
  const n = plan.termMonths;
  if (plan.kind === 'SETTLEMENT') {
    const max = bounds.maxSettlementPayments;
    return n > max ? reason('SETTLEMENT_PAYMENTS_OVER_MAX', `settlement in ${n} payments is over the ${max}-payment maximum by ${n - max}`) : null;
  }
  if (n > bounds.maxTermMonths) {
    return reason('TERM_OVER_MAX', `term of ${n} months is over the ${bounds.maxTermMonths}-month maximum by ${months(n - bounds.maxTermMonths)}`);
  }
  if (n < bounds.minTermMonths) {
    return reason('TERM_UNDER_MIN', `term of ${months(n)} is under the ${bounds.minTermMonths}-month minimum by ${months(bounds.minTermMonths - n)}`);
  }
  return null;
}

function discountBreach(_plan: Plan, ctx: PlanContext): Reason | null {
  const max = Math.round(ctx.outstanding * ctx.bounds.maxSettlementDiscount);
  if (ctx.discount <= max) return null;
  const share = ctx.discount / ctx.outstanding;
  const points = round1((share - ctx.bounds.maxSettlementDiscount) * 100);
  return reason(
    'DISCOUNT_OVER_MAX',
    `settlement discount of ${percent(share)} (${money(ctx.discount)}) is over the ${percent(ctx.bounds.maxSettlementDiscount)} maximum by ${points} percentage points (${money(ctx.discount - max)})`,
  );
}

function minimumPaymentBreach(plan: Plan, { bounds }: PlanContext): Reason | null {
  const smallest = smallestRegularPayment(plan.payments.map((p) => toPaise(p.amount)));
  const min = toPaise(bounds.minMonthlyPayment);
  if (smallest >= min) return null;
  return reason('PAYMENT_UNDER_MIN', `monthly payment of ${money(smallest)} is under the ${money(min)} minimum by ${money(min - smallest)}`);
}

function firstPaymentShareBreach(plan: Plan, ctx: PlanContext): Reason | null {
  const first = toPaise(plan.payments[0].amount);
  const min = minimumFirstPayment(ctx);
  if (first >= min) return null;
  return reason(
    'FIRST_PAYMENT_UNDER_MIN',
    `first payment of ${money(first)} is under the ${percent(ctx.bounds.minFirstPaymentShare)} minimum of ${money(min)} by ${money(min - first)}`,
  );
}

function firstPaymentDelayBreach(plan: Plan, bounds: PlanBounds, todayDate: string): Reason | null {
  const days = daysBetween(todayDate, plan.firstPaymentDate);
  const max = bounds.maxFirstPaymentDelayDays;
  if (days <= max) return null;
  return reason('FIRST_PAYMENT_TOO_LATE', `first payment ${days} days away is over the ${max}-day maximum by ${days - max} days`);
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const toPaise = (rupees: number): number => Math.round(rupees * 100);
const toRupees = (paise: number): number => round2(paise / 100);
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** A share of an amount in paise, rounded up; the epsilon keeps 5% of ₹60,000 at ₹3,000, not ₹3,000.01. */
const shareOf = (paise: number, share: number): number => Math.ceil(paise * share - 1e-6);

function reason(code: string, text: string): Reason {
  return { code, text };
}

const INR = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 2 });
function money(paise: number): string {
  return `₹${INR.format(paise / 100)}`;
}

function percent(share: number): string {
  return `${round1(share * 100)}%`;
}

function months(n: number): string {
  return `${n} ${n === 1 ? 'month' : 'months'}`;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function monthList(monthNumbers: readonly number[]): string {
  const names = [...new Set(monthNumbers)].sort((a, b) => a - b).map((m) => MONTH_NAMES[m - 1]);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
