// The whole training run shared by the CLI and the benchmark: optional k-fold CV (the honest
// estimate), a stratified train/test split (test metrics, calibration, and PSI between train and
// test scores), then the final fit on every row, the card that is shipped.
import { crossValidate, cvSummary, stratifiedSplit, subset, type CrossValidationResult, type FitPredict } from './cross-validation.js';
import { calibrationTable, psi, rocCurve, summarize, type CalibrationRow, type MetricSummary, type PsiResult, type RocPoint } from './metrics.js';
import { scorePoints, scoreRow, trainScorecard, type Scorecard, type TrainOptionsInput } from './scorecard.js';
import { DEFAULT_TUNING_GRID, tuneScorecard, tunedScorecardLearner, type TuningResult } from './tuning.js';
import type { Dataset, FeatureSpec } from './types.js';

export interface PipelineOptions {
  train: TrainOptionsInput;
  /** k of the cross-validation; < 2 skips it. */
  folds: number;
  /** Share of rows held out for the test metrics and PSI; 0 skips the split. */
  testShare: number;
  seed: number;
  /** Choose binning/L2 settings by inner CV on each training set (nested inside the outer CV). */
  tune: boolean;
  progress?: (stage: string, done: number, total: number) => void;
}

export interface Evaluation {
  /** Which predictions the plots and tables use. */
  source: string;
  metrics: MetricSummary;
  calibration: CalibrationRow[];
  roc: RocPoint[];
  scores: number[];
  bad: boolean[];
}

export interface ReasonCoverage {
  rows: number;
  /** Share of rows with at least 1, and with the full count of, reason codes. */
  atLeastOne: number;
  atLeastFour: number;
  reasonCount: number;
  /** How often each feature is the first reason, most frequent first. */
  topReason: Array<{ feature: string; label: string; count: number; share: number }>;
}

export interface PipelineResult {
  card: Scorecard;
  cv: CrossValidationResult | null;
  split: { train: MetricSummary; test: MetricSummary; psi: PsiResult; trainScores: number[]; testScores: number[] } | null;
  evaluation: Evaluation;
  reasonCoverage: ReasonCoverage;
  /** Settings chosen on all rows when tuning; null otherwise. */
  tuning: TuningResult | null;
  seconds: number;
}

/** Score implied by a PD under the card's scaling (how out-of-fold PDs are put on the score scale). */
export function scoreFromPd(card: Scorecard, pd: number): number {
  return card.scaling.offset + card.scaling.factor * Math.log((1 - pd) / pd);
}

export function reasonCoverage(card: Scorecard, data: Dataset): ReasonCoverage {
  const reasonCount = card.options.reasonCount;
  let one = 0;
  let four = 0;
  const top = new Map<string, number>();
  for (const row of data.rows) {
    const { reasons } = scoreRow(card, row);
    if (reasons.length >= 1) {
      one++;
      top.set(reasons[0].feature, (top.get(reasons[0].feature) ?? 0) + 1);
    }
    if (reasons.length >= 4) four++;
  }
  const n = data.rows.length;
  const labels = new Map(card.features.map((f) => [f.name, f.label]));
  return {
    rows: n,
    atLeastOne: one / n,
    atLeastFour: four / n,
    reasonCount,
    topReason: [...top.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([feature, count]) => ({ feature, label: labels.get(feature) ?? feature, count, share: count / n })),
  };
}

function evaluationOf(source: string, pd: number[], bad: boolean[], toScore: (pd: number) => number): Evaluation {
  return { source, metrics: summarize(pd, bad), calibration: calibrationTable(pd, bad), roc: rocCurve(pd, bad), scores: pd.map(toScore), bad };
}

export function runTrainingPipeline(data: Dataset, specs: FeatureSpec[], options: PipelineOptions): PipelineResult {
  const started = performance.now();
  const progress = options.progress ?? (() => {});
  const tuning = { grid: DEFAULT_TUNING_GRID, folds: 5, seed: options.seed + 1 };
  const learner: FitPredict = options.tune
    ? tunedScorecardLearner(specs, options.train, tuning)
    : (train) => {
        const card = trainScorecard(train, specs, options.train);
        return (row) => scoreRow(card, row).pd;
      };

  let cv: CrossValidationResult | null = null;
  if (options.folds >= 2) {
    progress('cross-validation', 0, options.folds);
    cv = crossValidate(data, { folds: options.folds, seed: options.seed, onFold: (done, total) => progress('cross-validation', done, total) }, learner);
  }

  let split: PipelineResult['split'] = null;
  let splitPd: { pd: number[]; bad: boolean[] } | null = null;
  if (options.testShare > 0) {
    progress('train/test split', 0, 1);
    const { train, test } = stratifiedSplit(data.bad, options.testShare, options.seed);
    const trainData = subset(data, train);
    const testData = subset(data, test);
    const trainOptions = options.tune ? tuneScorecard(trainData, specs, options.train, tuning).best : options.train;
    const card = trainScorecard(trainData, specs, trainOptions);
    const testPd = testData.rows.map((r) => scoreRow(card, r).pd);
    const trainScores = trainData.rows.map((r) => scorePoints(card, r));
    const testScores = testData.rows.map((r) => scorePoints(card, r));
    split = { train: card.metrics.train, test: summarize(testPd, testData.bad), psi: psi(trainScores, testScores), trainScores, testScores };
    splitPd = { pd: testPd, bad: testData.bad };
    progress('train/test split', 1, 1);
  }

  progress('final fit', 0, 1);
  const chosen = options.tune ? tuneScorecard(data, specs, options.train, tuning) : null;
  const card = trainScorecard(data, specs, chosen ? chosen.best : options.train);
  if (cv) card.metrics.cv = cvSummary(cv, options.seed);
  if (split) {
    card.metrics.test = split.test;
    card.metrics.psiTrainTest = split.psi.psi;
  }
  progress('final fit', 1, 1);

  const toScore = (pd: number) => scoreFromPd(card, pd);
  const evaluation = splitPd
    ? evaluationOf(`test split (${splitPd.pd.length} rows, model fitted on the other ${data.rows.length - splitPd.pd.length})`, splitPd.pd, splitPd.bad, toScore)
    : cv
      ? evaluationOf(`out-of-fold predictions of the ${cv.folds.length}-fold cross-validation`, cv.oofPd, data.bad, toScore)
      : evaluationOf('training rows (in-sample, optimistic)', data.rows.map((r) => scoreRow(card, r).pd), data.bad, toScore);

  return { card, cv, split, evaluation, reasonCoverage: reasonCoverage(card, data), tuning: chosen, seconds: (performance.now() - started) / 1000 };
}
