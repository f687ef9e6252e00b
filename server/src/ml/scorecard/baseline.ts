// The yardstick a scorecard is compared with: a plain L2 logistic regression on one-hot codes of
// the categorical features and standardised numerics (what a data scientist would fit first).
// Missing numerics get the training mean (0 after standardising); unseen categories get all zeros.
import { toCategory, toNumber } from './binning.js';
import { fitLogistic, predictLogistic } from './logistic.js';
import type { FitPredict } from './cross-validation.js';
import type { DataRow, Dataset, FeatureSpec } from './types.js';

type Encoder = (row: DataRow, out: number[]) => void;

function numericEncoder(spec: FeatureSpec, rows: DataRow[]): Encoder {
  const xs = rows.map((r) => toNumber(r[spec.name])).filter((x): x is number => x !== null);
  const mean = xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0;
  const sd = xs.length > 1 ? Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length) : 0;
  return (row, out) => {
    const x = toNumber(row[spec.name]);
    out.push(x === null || sd === 0 ? 0 : (x - mean) / sd);
  };
}

function oneHotEncoder(spec: FeatureSpec, rows: DataRow[]): Encoder {
  const levels = [...new Set(rows.map((r) => toCategory(r[spec.name]) ?? '\u0000missing'))].sort();
  const position = new Map(levels.map((level, k) => [level, k]));
  return (row, out) => {
    const k = position.get(toCategory(row[spec.name]) ?? '\u0000missing');
    for (let j = 0; j < levels.length; j++) out.push(j === k ? 1 : 0);
  };
}

/** Fits the baseline on `train` and returns its PD function; l2 = 1 matches sklearn's C = 1. */
export function oneHotLogistic(specs: FeatureSpec[], l2 = 1): FitPredict {
  return (train: Dataset) => {
    const encoders = specs.map((spec) => (spec.type === 'numeric' ? numericEncoder(spec, train.rows) : oneHotEncoder(spec, train.rows)));
    const encode = (row: DataRow) => {
      const out: number[] = [];
      for (const e of encoders) e(row, out);
      return out;
    };
    const model = fitLogistic(train.rows.map(encode), train.bad, { l2 });
    return (row) => predictLogistic(model, encode(row));
  };
}
