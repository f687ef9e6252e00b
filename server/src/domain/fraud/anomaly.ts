// How unusual one loan application is for the customer who makes it, from three signals measured
// against the customer's own history: the amount, the pace of applications, and the hour.
//
// Every component is 0..1 (0: ordinary for this customer, 1: as unusual as we measure); a
// component at or above `flagThreshold` raises its flag with a plain-language explanation. The
// overall score is a weighted noisy-OR,
//     score = 1 − Π (1 − w_i · c_i),
// so one strong signal is enough to score high, two middling ones add up, and no component can
// push the score past its weight on its own (the hour alone is weak evidence: w = 0.6).
//
// Why robust statistics: a customer's past amounts usually cluster, with the odd outlier (one
// home-improvement loan among small top-ups). A mean and standard deviation would let that single
// outlier inflate the spread so much that the *next* huge request looks normal: the outlier masks
// the fraud. The median and the median absolute deviation (MAD) ignore up to half of the data
// being extreme, so one big past loan barely moves them and a second big one still stands out.
// Amounts are compared on a log scale because they are multiplicative (₹20,000 → ₹40,000 is the
// same step as ₹2,00,000 → ₹4,00,000).
import { formatInr, formatRatio } from '../recommendation/format.js';
import { mad, median } from '../statistics.js';

export interface ApplicationEvent {
  /** INR. */
  amount: number;
  submittedAt: Date;
}

export interface CustomerHistory {
  /** The customer's earlier applications, not including the one being scored. */
  previousApplications: ApplicationEvent[];
  /** Median monthly inflow (INR); null when unknown. */
  monthlyInflowMedian: number | null;
  /** Local hour (IST, 0–23) of each of the customer's past transactions. */
  transactionHours: number[];
}

export type AnomalyFlag = 'UNUSUAL_AMOUNT' | 'HIGH_VELOCITY' | 'UNUSUAL_HOUR';

export interface AnomalyComponents {
  amount: number;
  velocity: number;
  timeOfDay: number;
}

export interface AnomalyEvidence {
  /** What the amount was compared with. */
  amountBasis: 'APPLICATIONS' | 'INFLOW' | 'NONE';
  /** Robust z of ln(amount) against past application amounts (APPLICATIONS basis). */
  amountZ: number | null;
  /** Median of past application amounts (APPLICATIONS basis). */
  typicalAmount: number | null;
  /** amount / median monthly inflow (INFLOW basis). */
  inflowMultiple: number | null;
  /** Applications in each window, this one included. */
  applicationsLastHour: number;
  applicationsLastDay: number;
  applicationsLastWeek: number;
  /** The customer's baseline rate of applications per day (with the prior as a floor). */
  baselinePerDay: number;
  /** The IST hour of submission, 0–23. */
  hourIst: number;
  /** Share of the customer's transactions within ±1 h of that hour, before the prior. */
  hourShare: number | null;
  transactionsKnown: number;
}

export interface AnomalyResult {
  /** 0..1. */
  score: number;
  components: AnomalyComponents;
  flags: AnomalyFlag[];
  /** One sentence per flag, in the order of `flags`. */
  explanations: string[];
  evidence: AnomalyEvidence;
}

export interface AnomalyOptions {
  /** A component at or above this raises its flag. */
  flagThreshold: number;
  weights: AnomalyComponents;

  // Amount against past applications: c = ramp(z, amountZStart, amountZFull) where
  // z = (ln amount − median ln a_i) / max(1.4826 · MAD, minLogScale). 1.4826 · MAD estimates the
  // standard deviation of normal data; the floor stops a customer who always asks for the same
  // amount from being flagged for asking 20% more.
  /** Fewer past applications than this: compare with monthly inflow instead. */
  minApplicationsForAmountBaseline: number;
  amountZStart: number;
  amountZFull: number;
  minLogScale: number;

  // Amount against monthly inflow: c = ramp(ln m, ln inflowMultipleStart, ln inflowMultipleFull)
  // with m = amount / median monthly inflow. With the defaults c = 0.5 (flagged) at m = 12.
  inflowMultipleStart: number;
  inflowMultipleFull: number;

  // Velocity: for windows of 1 h, 24 h and 7 d, the number k of *earlier* applications inside the
  // window is compared with a Poisson count at the customer's own rate λ_w = baselinePerDay · w:
  // surprise = −log10 P(N ≥ k | λ_w), c_w = ramp(surprise, velocitySurpriseStart, velocitySurpriseFull);
  // the component is the largest c_w. baselinePerDay is the customer's rate before the last 7 days
  // over at least minBaselineDays, never below baselinePriorPerDay (so a thin history does not make
  // a second application look wild). hardMaxPerHour applications in an hour are anomalous for anyone.
  baselinePriorPerDay: number;
  minBaselineDays: number;
  velocitySurpriseStart: number;
  velocitySurpriseFull: number;
  hardMaxPerHour: number;

  // Time of day: with c_h the customer's transactions at IST hour h (N in all), the smoothed share
  // p_data(h) = (c_{h−1} + c_h + c_{h+1}) / 3N (circular), and with a uniform prior worth
  // hourPriorStrength transactions, p(h) = (N · p_data(h) + α/24) / (N + α). The ratio r = 24 · p(h)
  // (1: as common as a random hour) maps to c = ramp(ln(hourRatioStart / r), 0, ln(hourRatioStart /
  // hourRatioFull)). A customer with no history has p(h) = 1/24 for every h: never flagged.
  hourPriorStrength: number;
  hourRatioStart: number;
  hourRatioFull: number;
  /** Offset of local time from UTC (minutes); IST is +330. */
  timeZoneOffsetMinutes: number;
  /** How that local time is named in explanations. */
  timeZoneLabel: string;
}

export const ANOMALY_DEFAULTS: AnomalyOptions = {
  flagThreshold: 0.5,
  weights: { amount: 0.9, velocity: 0.95, timeOfDay: 0.6 },
  minApplicationsForAmountBaseline: 3,
  amountZStart: 2,
  amountZFull: 4.5,
  minLogScale: 0.35,
  inflowMultipleStart: 6,
  inflowMultipleFull: 24,
  baselinePriorPerDay: 1 / 30,
  minBaselineDays: 90,
  velocitySurpriseStart: 2,
  velocitySurpriseFull: 4,
  hardMaxPerHour: 3,
  hourPriorStrength: 10,
  hourRatioStart: 0.5,
  hourRatioFull: 0.1,
  timeZoneOffsetMinutes: 330,
  timeZoneLabel: 'IST',
};

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Applications stamped slightly after the one being scored (clock skew) still count as earlier. */
const SKEW_MS = 60_000;
const MAD_TO_SD = 1.4826;

const clamp01 = (x: number) => (x <= 0 ? 0 : x >= 1 ? 1 : x);
/** 0 at or below `start`, 1 at or above `full`, linear between. */
const ramp = (x: number, start: number, full: number) => clamp01((x - start) / (full - start));

export { mad, median };

/** P(N ≥ k) for N ~ Poisson(λ), summed from the tail so small probabilities keep their precision. */
export function poissonTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (!(lambda > 0)) return 0;
  let logFact = 0;
  for (let i = 2; i <= k; i++) logFact += Math.log(i);
  let term = Math.exp(-lambda + k * Math.log(lambda) - logFact);
  let sum = 0;
  for (let i = k; i < k + 10_000; i++) {
    sum += term;
    term *= lambda / (i + 1);
    if (term < sum * 1e-15) break;
  }
  return Math.min(1, sum);
}

/** Local hour 0–23 of an instant, for a fixed UTC offset. */
export function localHour(at: Date, offsetMinutes = ANOMALY_DEFAULTS.timeZoneOffsetMinutes): number {
  const minutes = Math.floor(at.getTime() / 60_000) + offsetMinutes;
  return Math.floor((((minutes % 1440) + 1440) % 1440) / 60);
}

function localClock(at: Date, offsetMinutes: number): string {
  const minutes = ((Math.floor(at.getTime() / 60_000) + offsetMinutes) % 1440 + 1440) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const isValidDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

function ordinal(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

function describePast(count: number, spanDays: number): string {
  if (count === 0) return 'before this week, this customer had no applications on record';
  const span = spanDays < 60 ? `${Math.max(1, Math.round(spanDays))} days` : `${Math.round(spanDays / 30)} months`;
  return `before this week, this customer applied ${count === 1 ? 'once' : `${count} times`} in ${span}`;
}

function amountComponent(amount: number, history: CustomerHistory, o: AnomalyOptions) {
  const past = history.previousApplications.filter((a) => Number.isFinite(a.amount) && a.amount > 0).map((a) => a.amount);
  const x = Math.log(Math.max(amount, 1));
  if (past.length >= o.minApplicationsForAmountBaseline) {
    const logs = past.map((a) => Math.log(a));
    const m = median(logs);
    const scale = Math.max(MAD_TO_SD * mad(logs), o.minLogScale);
    // Only asking for more is unusual; a smaller loan than usual is not a fraud signal.
    const z = (x - m) / scale;
    const typical = Math.round(Math.exp(m));
    return {
      value: ramp(z, o.amountZStart, o.amountZFull),
      basis: 'APPLICATIONS' as const,
      z,
      typical,
      multiple: null,
      explanation: `${formatInr(amount)} is ${formatRatio(amount / typical)} this customer's typical application of ${formatInr(typical)} (median of ${past.length} earlier applications)`,
    };
  }
  const inflow = history.monthlyInflowMedian;
  if (inflow !== null && Number.isFinite(inflow) && inflow > 0) {
    const multiple = amount / inflow;
    const value = ramp(Math.log(Math.max(multiple, 1e-9)), Math.log(o.inflowMultipleStart), Math.log(o.inflowMultipleFull));
    return {
      value,
      basis: 'INFLOW' as const,
      z: null,
      typical: null,
      multiple,
      explanation: `${formatInr(amount)} is ${formatRatio(multiple)} the customer's median monthly inflow of ${formatInr(inflow)}`,
    };
  }
  return { value: 0, basis: 'NONE' as const, z: null, typical: null, multiple: null, explanation: '' };
}

function velocityComponent(now: number, history: CustomerHistory, o: AnomalyOptions) {
  const times = history.previousApplications
    .map((a) => a.submittedAt)
    .filter(isValidDate)
    .map((d) => d.getTime())
    .filter((t) => t <= now + SKEW_MS);
  const earlierWithin = (windowMs: number) => times.filter((t) => t > now - windowMs).length;

  // The customer's own pace, measured before the week being examined.
  const cutoff = now - 7 * DAY_MS;
  const before = times.filter((t) => t <= cutoff);
  const observedDays = before.length ? (cutoff - Math.min(...before)) / DAY_MS : 0;
  const baselinePerDay = Math.max(o.baselinePriorPerDay, before.length / Math.max(o.minBaselineDays, observedDays));

  const windows = [
    { label: 'hour', ms: HOUR_MS },
    { label: '24 hours', ms: DAY_MS },
    { label: '7 days', ms: 7 * DAY_MS },
  ];
  let best = { value: 0, label: 'hour', count: 1 };
  const counts: number[] = [];
  for (const w of windows) {
    const k = earlierWithin(w.ms);
    counts.push(k + 1);
    const lambda = baselinePerDay * (w.ms / DAY_MS);
    const surprise = -Math.log10(Math.max(poissonTail(k, lambda), 1e-300));
    let value = ramp(surprise, o.velocitySurpriseStart, o.velocitySurpriseFull);
    if (w.ms === HOUR_MS && k + 1 >= o.hardMaxPerHour) value = 1;
    if (value > best.value) best = { value, label: w.label, count: k + 1 };
  }
  const explanation =
    `${ordinal(best.count)} application in the last ${best.label}; ` + describePast(before.length, observedDays);
  return { value: best.value, counts, baselinePerDay, explanation };
}

function timeOfDayComponent(submittedAt: Date, history: CustomerHistory, o: AnomalyOptions) {
  const hour = localHour(submittedAt, o.timeZoneOffsetMinutes);
  const counts = new Array<number>(24).fill(0);
  for (const h of history.transactionHours) {
    if (Number.isInteger(h) && h >= 0 && h < 24) counts[h] += 1;
  }
  const n = counts.reduce((a, b) => a + b, 0);
  const near = counts[(hour + 23) % 24] + counts[hour] + counts[(hour + 1) % 24];
  const pData = n > 0 ? near / (3 * n) : 1 / 24;
  const p = (n * pData + o.hourPriorStrength / 24) / (n + o.hourPriorStrength);
  const ratio = 24 * p;
  const value = clamp01(Math.log(o.hourRatioStart / ratio) / Math.log(o.hourRatioStart / o.hourRatioFull));
  const from = String((hour + 23) % 24).padStart(2, '0');
  const to = String((hour + 2) % 24).padStart(2, '0');
  const explanation =
    `submitted at ${localClock(submittedAt, o.timeZoneOffsetMinutes)} ${o.timeZoneLabel}; ${near === 0 ? 'none' : `only ${near}`} of ` +
    `this customer's ${n} past transactions happened between ${from}:00 and ${to}:00`;
  return { value, hour, share: n > 0 ? near / n : null, n, explanation };
}

/**
 * Scores one application (amount, submission time) against the customer's history. Pure: the
 * caller loads the history; `submittedAt` is "now" for the velocity windows.
 */
export function scoreApplicationAnomaly(
  application: ApplicationEvent,
  history: CustomerHistory,
  options: Partial<AnomalyOptions> = {},
): AnomalyResult {
  const o: AnomalyOptions = { ...ANOMALY_DEFAULTS, ...options, weights: { ...ANOMALY_DEFAULTS.weights, ...options.weights } };
  if (!isValidDate(application.submittedAt)) throw new TypeError('application.submittedAt must be a valid Date');
  const now = application.submittedAt.getTime();

  const amount = amountComponent(application.amount, history, o);
  const velocity = velocityComponent(now, history, o);
  const hour = timeOfDayComponent(application.submittedAt, history, o);

  const components: AnomalyComponents = { amount: amount.value, velocity: velocity.value, timeOfDay: hour.value };
  const score =
    1 -
    (1 - o.weights.amount * components.amount) *
      (1 - o.weights.velocity * components.velocity) *
      (1 - o.weights.timeOfDay * components.timeOfDay);

  const flags: AnomalyFlag[] = [];
  const explanations: string[] = [];
  if (components.amount >= o.flagThreshold) {
    flags.push('UNUSUAL_AMOUNT');
    explanations.push(capitalise(amount.explanation));
  }
  if (components.velocity >= o.flagThreshold) {
    flags.push('HIGH_VELOCITY');
    explanations.push(capitalise(velocity.explanation));
  }
  if (components.timeOfDay >= o.flagThreshold) {
    flags.push('UNUSUAL_HOUR');
    explanations.push(capitalise(hour.explanation));
  }

  return {
    score: round3(clamp01(score)),
    components: { amount: round3(components.amount), velocity: round3(components.velocity), timeOfDay: round3(components.timeOfDay) },
    flags,
    explanations,
    evidence: {
      amountBasis: amount.basis,
      amountZ: amount.z === null ? null : round3(amount.z),
      typicalAmount: amount.typical,
      inflowMultiple: amount.multiple === null ? null : round3(amount.multiple),
      applicationsLastHour: velocity.counts[0],
      applicationsLastDay: velocity.counts[1],
      applicationsLastWeek: velocity.counts[2],
      baselinePerDay: round3(velocity.baselinePerDay),
      hourIst: hour.hour,
      hourShare: hour.share === null ? null : round3(hour.share),
      transactionsKnown: hour.n,
    },
  };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
