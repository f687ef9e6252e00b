// A/B tests of collection strategies: sticky arm assignment and the two comparisons analysts
// need (a success rate such as "paid within 30 days", and an amount such as rupees recovered).
// The distribution functions are hand-written so the module has no dependency; each is checked
// against published values in the tests.
import { hashKey } from '../../../../seeds/random.js';

export interface Arm {
  name: string;
  /** Relative share of units; weights need not sum to 1. */
  weight: number;
}

/**
 * The arm a unit (case, customer) falls in. The same experiment and unit always give the same
 * arm, on every replica and every run, so nothing needs storing to keep a unit in its arm.
 * Hashing the experiment id in means one unit's arms in different experiments are independent.
 * Changing the weights of a running experiment moves some units: start a new experiment instead.
 */
export function assignArm(experimentId: string, unitId: string, arms: readonly Arm[]): string {
  validateArms(arms);
  const total = arms.reduce((sum, arm) => sum + arm.weight, 0);
  // The NUL separator keeps ('ab', 'c') and ('a', 'bc') apart.
  const u = hashKey(experimentId, '\u0000', unitId) / 0x1_0000_0000;
  let cumulative = 0;
  for (const arm of arms) {
    cumulative += arm.weight / total;
    if (u < cumulative) return arm.name;
  }
  // Rounding can leave the cumulative share a hair under 1: the last arm with weight takes it.
  return [...arms].reverse().find((arm) => arm.weight > 0)!.name;
}

function validateArms(arms: readonly Arm[]): void {
  if (arms.length === 0) throw new RangeError('arms: an experiment needs at least one arm');
  const names = new Set<string>();
  for (const arm of arms) {
    if (!(Number.isFinite(arm.weight) && arm.weight >= 0)) throw new RangeError(`arms: weight of ${arm.name} must be a finite number >= 0`);
    if (names.has(arm.name)) throw new RangeError(`arms: duplicate arm name ${arm.name}`);
    names.add(arm.name);
  }
  if (!arms.some((arm) => arm.weight > 0)) throw new RangeError('arms: at least one weight must be positive');
}

/** Two-sided 95% normal quantile. */
export const Z_95 = 1.959963984540054;

export interface Proportion {
  n: number;
  successes: number;
}

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson score interval for one proportion. Unlike the textbook p ± 1.96·se it stays inside
 * [0, 1] and keeps its coverage for small arms and rates near 0 or 1, which recovery rates are.
 */
export function wilsonInterval({ n, successes }: Proportion, z = Z_95): Interval {
  validateProportion({ n, successes }, 'proportion');
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const halfWidth = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - halfWidth), high: Math.min(1, centre + halfWidth) };
}

export interface RateComparison {
  rateA: number;
  rateB: number;
  /** rateA - rateB. */
  diff: number;
  /** 95% interval for diff. */
  ciLow: number;
  ciHigh: number;
  z: number;
  pValue: number;
  significant: boolean;
}

/**
 * Two-proportion z-test (pooled standard error, as the null hypothesis says the rates are
 * equal) with a Newcombe hybrid-score interval for the difference, built from the two Wilson
 * intervals: it behaves where the Wald interval does not (small arms, rates near 0 or 1).
 */
export function compareRates(a: Proportion, b: Proportion): RateComparison {
  validateProportion(a, 'a');
  validateProportion(b, 'b');
  const rateA = a.successes / a.n;
  const rateB = b.successes / b.n;
  const diff = rateA - rateB;
  const pooled = (a.successes + b.successes) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  // All successes or all failures in both arms: no evidence of any difference.
  const z = se === 0 ? 0 : diff / se;
  const pValue = twoSidedNormalP(z);
  const wa = wilsonInterval(a);
  const wb = wilsonInterval(b);
  const ciLow = diff - Math.sqrt((rateA - wa.low) ** 2 + (wb.high - rateB) ** 2);
  const ciHigh = diff + Math.sqrt((wa.high - rateA) ** 2 + (rateB - wb.low) ** 2);
  return { rateA, rateB, diff, ciLow, ciHigh, z, pValue, significant: pValue < 0.05 };
}

function validateProportion({ n, successes }: Proportion, field: string): void {
  if (!(Number.isInteger(n) && n > 0)) throw new RangeError(`${field}.n must be a whole number above 0`);
  if (!(Number.isInteger(successes) && successes >= 0 && successes <= n)) throw new RangeError(`${field}.successes must be a whole number from 0 to n`);
}

export interface MeanComparison {
  meanA: number;
  meanB: number;
  /** meanA - meanB. */
  diff: number;
  t: number;
  df: number;
  pValue: number;
  significant: boolean;
}

/**
 * Welch's t-test: does not assume equal variances, which amounts recovered under different
 * strategies rarely have. Each arm needs at least two values.
 */
export function compareMeans(a: readonly number[], b: readonly number[]): MeanComparison {
  const sa = summary(a, 'a');
  const sb = summary(b, 'b');
  const diff = sa.mean - sb.mean;
  const va = sa.variance / sa.n;
  const vb = sb.variance / sb.n;
  const se = Math.sqrt(va + vb);
  if (se === 0) {
    // Both arms constant: identical means are no evidence, different ones are certain.
    const df = sa.n + sb.n - 2;
    return { meanA: sa.mean, meanB: sb.mean, diff, t: diff === 0 ? 0 : Math.sign(diff) * Infinity, df, pValue: diff === 0 ? 1 : 0, significant: diff !== 0 };
  }
  const t = diff / se;
  // Welch-Satterthwaite degrees of freedom.
  const df = (va + vb) ** 2 / (va ** 2 / (sa.n - 1) + vb ** 2 / (sb.n - 1));
  const pValue = twoSidedTP(t, df);
  return { meanA: sa.mean, meanB: sb.mean, diff, t, df, pValue, significant: pValue < 0.05 };
}

function summary(values: readonly number[], field: string): { n: number; mean: number; variance: number } {
  if (values.length < 2) throw new RangeError(`${field} needs at least 2 values`);
  if (!values.every(Number.isFinite)) throw new RangeError(`${field} must hold finite numbers only`);
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
  return { n, mean, variance };
}

// --- distributions -------------------------------------------------------------------------

/**
 * Complementary error function (Numerical Recipes' Chebyshev fit, relative error < 1.2e-7
 * everywhere): computing erfc directly keeps small tail p-values accurate.
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const r = t * Math.exp(-z * z + poly);
  return x >= 0 ? r : 2 - r;
}

/** Standard normal CDF. */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

function twoSidedNormalP(z: number): number {
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

/** Student t CDF with `df` degrees of freedom (df need not be whole: Welch's rarely is). */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

function twoSidedTP(t: number, df: number): number {
  return Math.min(1, regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5));
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, 9 terms; about 15 significant digits). */
function logGamma(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let sum = c[0];
  for (let i = 1; i < 9; i++) sum += c[i] / (y + i);
  const w = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(w) - w + Math.log(sum);
}

/** I_x(a, b), the regularised incomplete beta function. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x);
  // The continued fraction converges fast only below the mean; above it use the symmetry I_x(a,b) = 1 - I_{1-x}(b,a).
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaContinuedFraction(x, a, b)) / a;
  return 1 - (Math.exp(logFront) * betaContinuedFraction(1 - x, b, a)) / b;
}

/** The continued fraction of the incomplete beta, by the modified Lentz method. */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  const epsilon = 1e-15;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + even * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + even / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + odd * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + odd / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < epsilon) break;
  }
  return h;
}
