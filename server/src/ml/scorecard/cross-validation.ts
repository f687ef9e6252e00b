// Stratified k-fold cross-validation. Everything learned from data (bins, WoE, feature selection,
// coefficients) is refitted inside each fold on the training part only, so the held-out fold is
// scored by a model that never saw it: the out-of-fold figures are honest estimates.
import { ScorecardInputError } from './errors.js';
import { mulberry32, shuffleInPlace } from './random.js';
import { summarize, type MetricSummary } from './metrics.js';
import { scoreRow, trainScorecard, type CrossValidationSummary, type TrainOptionsInput } from './scorecard.js';
import type { DataRow, Dataset, FeatureSpec } from './types.js';

/**
 * Fold number (0..k-1) of every row. Bads and goods are shuffled separately with the seed and
 * dealt round-robin, so every fold's size and bad count are within one of each other.
 */
export function stratifiedFolds(bad: boolean[], k: number, seed: number): number[] {
  const bads = bad.filter(Boolean).length;
  const goods = bad.length - bads;
  if (!Number.isInteger(k) || k < 2) throw new ScorecardInputError(`folds must be an integer >= 2, got ${k}`);
  if (k > Math.min(bads, goods)) throw new ScorecardInputError(`${k} folds need at least ${k} bads and ${k} goods (have ${bads} bads, ${goods} goods)`);
  const random = mulberry32(seed);
  const badIdx = shuffleInPlace(bad.flatMap((b, i) => (b ? [i] : [])), random);
  const goodIdx = shuffleInPlace(bad.flatMap((b, i) => (b ? [] : [i])), random);
  const fold = new Array<number>(bad.length);
  [...badIdx, ...goodIdx].forEach((row, position) => {
    fold[row] = position % k;
  });
  return fold;
}

/** Stratified train/test split: about `testShare` of the bads and of the goods go to test. */
export function stratifiedSplit(bad: boolean[], testShare: number, seed: number): { train: number[]; test: number[] } {
  if (!(testShare > 0 && testShare < 1)) throw new ScorecardInputError(`test share must be between 0 and 1, got ${testShare}`);
  const random = mulberry32(seed);
  const test: number[] = [];
  const train: number[] = [];
  for (const outcome of [true, false]) {
    const idx = shuffleInPlace(bad.flatMap((b, i) => (b === outcome ? [i] : [])), random);
    const cut = Math.round(idx.length * testShare);
    test.push(...idx.slice(0, cut));
    train.push(...idx.slice(cut));
  }
  const ascending = (a: number, b: number) => a - b;
  return { train: train.sort(ascending), test: test.sort(ascending) };
}

export function subset(data: Dataset, indices: number[]): Dataset {
  return { rows: indices.map((i) => data.rows[i]), bad: indices.map((i) => data.bad[i]) };
}

export interface CrossValidationOptions {
  folds: number;
  seed: number;
  /** Called after each fold (progress). */
  onFold?: (fold: number, folds: number) => void;
}

export interface FoldResult extends MetricSummary {
  fold: number;
  trainRows: number;
}

export interface CrossValidationResult {
  folds: FoldResult[];
  meanAuc: number;
  stdAuc: number;
  /** Metrics of all out-of-fold predictions pooled together. */
  pooled: MetricSummary;
  /** Out-of-fold PD of every row (by the model of the fold that held it out). */
  oofPd: number[];
}

/** A learner: fit on a training set, return a function giving the PD of a row. */
export type FitPredict = (train: Dataset) => (row: DataRow) => number;

/** Stratified k-fold CV of any learner (the scorecard, or a baseline to compare it with). */
export function crossValidate(data: Dataset, options: CrossValidationOptions, fitPredict: FitPredict): CrossValidationResult {
  const fold = stratifiedFolds(data.bad, options.folds, options.seed);
  const oofPd = new Array<number>(data.rows.length).fill(NaN);
  const folds: FoldResult[] = [];
  for (let f = 0; f < options.folds; f++) {
    const trainIdx: number[] = [];
    const testIdx: number[] = [];
    fold.forEach((g, i) => (g === f ? testIdx : trainIdx).push(i));
    const predict = fitPredict(subset(data, trainIdx));
    const pd = testIdx.map((i) => predict(data.rows[i]));
    testIdx.forEach((i, k) => {
      oofPd[i] = pd[k];
    });
    folds.push({ fold: f + 1, trainRows: trainIdx.length, ...summarize(pd, testIdx.map((i) => data.bad[i])) });
    options.onFold?.(f + 1, options.folds);
  }
  const aucs = folds.map((r) => r.auc);
  const meanAuc = aucs.reduce((s, a) => s + a, 0) / aucs.length;
  const stdAuc = Math.sqrt(aucs.reduce((s, a) => s + (a - meanAuc) ** 2, 0) / Math.max(1, aucs.length - 1));
  return { folds, meanAuc, stdAuc, pooled: summarize(oofPd, data.bad), oofPd };
}

/** Cross-validates trainScorecard with the given options (the same call the CLI makes). */
export function crossValidateScorecard(data: Dataset, specs: FeatureSpec[], train: TrainOptionsInput, options: CrossValidationOptions): CrossValidationResult {
  return crossValidate(data, options, (part) => {
    const card = trainScorecard(part, specs, train);
    return (row) => scoreRow(card, row).pd;
  });
}

/** The compact form stored in the scorecard's metrics. */
export function cvSummary(result: CrossValidationResult, seed: number): CrossValidationSummary {
  return { folds: result.folds.length, seed, foldAuc: result.folds.map((f) => f.auc), meanAuc: result.meanAuc, stdAuc: result.stdAuc, pooled: result.pooled };
}
