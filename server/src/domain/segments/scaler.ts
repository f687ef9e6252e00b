// Standardisation of feature vectors: log1p for money, then z-scores; a missing value is imputed
// with the training mean (z = 0). Serialisable, so that serving scales exactly as training did.
import type { FeatureTransform, FeatureVector } from './features.js';

export interface Scaler {
  transforms: FeatureTransform[];
  /** Mean and standard deviation of each (transformed) feature over the training rows. */
  means: number[];
  stds: number[];
}

const transformed = (t: FeatureTransform, v: number) => (t === 'log' ? Math.log1p(Math.max(0, v)) : v);

export function fitScaler(rows: readonly FeatureVector[], transforms: readonly FeatureTransform[]): Scaler {
  const d = transforms.length;
  const means = new Array<number>(d).fill(0);
  const stds = new Array<number>(d).fill(1);
  for (let j = 0; j < d; j++) {
    let n = 0;
    let sum = 0;
    for (const r of rows) {
      const v = r[j];
      if (v === null || !Number.isFinite(v)) continue;
      sum += transformed(transforms[j], v);
      n += 1;
    }
    const mean = n > 0 ? sum / n : 0;
    let ss = 0;
    for (const r of rows) {
      const v = r[j];
      if (v === null || !Number.isFinite(v)) continue;
      ss += (transformed(transforms[j], v) - mean) ** 2;
    }
    const sd = n > 1 ? Math.sqrt(ss / n) : 0;
    means[j] = mean;
    // A constant feature carries no information: scale 1 keeps it at z = 0 instead of dividing by 0.
    stds[j] = sd > 1e-12 ? sd : 1;
  }
  return { transforms: [...transforms], means, stds };
}

export function scale(s: Scaler, row: FeatureVector): number[] {
  const out = new Array<number>(s.means.length);
  for (let j = 0; j < out.length; j++) {
    const v = row[j];
    out[j] = v === null || !Number.isFinite(v) ? 0 : (transformed(s.transforms[j], v) - s.means[j]) / s.stds[j];
  }
  return out;
}

/** The raw value at a z-score: the inverse of scale for one feature (for readable facts). */
export function unscale(s: Scaler, j: number, z: number): number {
  const t = z * s.stds[j] + s.means[j];
  return s.transforms[j] === 'log' ? Math.expm1(t) : t;
}
