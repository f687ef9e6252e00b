// The normalisation of each score component to 0..1, and the confidence curve. Small pure
// functions, called per product in the engine's inner loop: no allocations here.
import { CREDIT_CATEGORIES, type EngineConfig } from './weights.js';

/** Dot product over the common length. For L2-normalised vectors it is the cosine similarity. */
export function dot(a: Float32Array, b: Float32Array): number {
  const n = a.length < b.length ? a.length : b.length;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let i = 0;
  for (; i + 3 < n; i += 4) {
    s0 += a[i] * b[i];
    s1 += a[i + 1] * b[i + 1];
    s2 += a[i + 2] * b[i + 2];
    s3 += a[i + 3] * b[i + 3];
  }
  for (; i < n; i++) s0 += a[i] * b[i];
  return s0 + s1 + s2 + s3;
}

/** x / saturation, clamped to 0..1. */
export function saturate(x: number, saturation: number): number {
  if (!(x > 0)) return 0;
  return x >= saturation ? 1 : x / saturation;
}

/**
 * Need match of a product whose cosine with the need is `cosine`, given the mean and spread
 * (standard deviation) of the need's cosines over the catalog: (cosine − mean) / (fullMatchZ ×
 * max(spread, minSpread)), clamped to 0..1.
 */
export function needMatchValue(cosine: number, mean: number, spread: number, c: EngineConfig['needMatch']): number {
  const v = (cosine - mean) / (c.fullMatchZ * (spread > c.minSpread ? spread : c.minSpread));
  return v > 0 ? (v < 1 ? v : 1) : 0;
}

/** holders / (size + shrinkage): a share pulled towards zero when the population is small. */
export function shrunkShare(holders: number, size: number, shrinkage: number): number {
  return holders > 0 ? holders / (size + shrinkage) : 0;
}

/**
 * How comfortably the profile clears the product's minimums: floor + (1 − floor) × headroom,
 * where headroom is the mean of the parts that apply: the income part ln(ratio) / ln(full ratio)
 * and the score part points / full points, each clamped to 0..1. A product with neither minimum
 * gets openProductHeadroom. Pass null for a part that does not apply.
 */
export function eligibilityMarginValue(
  incomeRatio: number | null,
  scoreHeadroom: number | null,
  c: EngineConfig['eligibilityMargin'],
): number {
  let sum = 0;
  let parts = 0;
  if (incomeRatio != null) {
    const v = Math.log(incomeRatio) / Math.log(c.incomeRatioForFullMargin);
    sum += v > 0 ? (v < 1 ? v : 1) : 0;
    parts++;
  }
  if (scoreHeadroom != null) {
    const v = scoreHeadroom / c.scorePointsForFullMargin;
    sum += v > 0 ? (v < 1 ? v : 1) : 0;
    parts++;
  }
  const headroom = parts === 0 ? c.openProductHeadroom : sum / parts;
  return c.floor + (1 - c.floor) * headroom;
}

export function isCreditCategory(category: string): boolean {
  return CREDIT_CATEGORIES.has(category);
}

/**
 * A proxy for the chance of approval, 0..1. Credit products: a logistic curve over the bureau
 * score, nudged by income headroom; new to credit: a low fixed value. Other products need no
 * credit approval: a neutral fixed value.
 */
export function approvalValue(
  category: string,
  creditScore: number | null,
  incomeRatio: number | null,
  c: EngineConfig['approval'],
): number {
  if (!isCreditCategory(category)) return c.nonCredit;
  if (creditScore == null) return c.newToCredit;
  let z = (creditScore - c.scorePivot) / c.scoreScale;
  if (incomeRatio != null && incomeRatio > 1) z += c.incomeSlope * Math.log(incomeRatio < c.incomeRatioCap ? incomeRatio : c.incomeRatioCap);
  return 1 / (1 + Math.exp(-z));
}

/**
 * Confidence 0..100 from the final score: a logistic curve centred on `center` with spread
 * `scale`. Monotone (a higher score never gets a lower confidence). With the defaults a score of
 * 0.35 (a fair match) gives 50, 0.55 gives 88, 0.15 gives 12.
 */
export function confidenceFromScore(score: number, c: EngineConfig['confidence']): number {
  const v = 100 / (1 + Math.exp(-(score - c.center) / c.scale));
  return v < 0 ? 0 : v > 100 ? 100 : v;
}
