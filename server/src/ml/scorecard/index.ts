// Credit scorecard trainer: WoE binning + L2 logistic regression + points scaling, with exact
// per-feature points and reason codes. Pure TypeScript, deterministic, JSON-serialisable output.
//
//   const card = trainScorecard({ rows, bad }, specs);          // store JSON.stringify(card)
//   const card = parseScorecard(jsonFromDb);                     // at start-up
//   const { score, pd, reasons } = scoreRow(card, applicant);   // per decision, with reasons
//   const points = scorePoints(card, applicant);                 // hot path: the exact score only
export type { DataRow, Dataset, FeatureSpec, FeatureValue } from './types.js';
export { ScorecardInputError } from './errors.js';
export { DEFAULT_BINNING, type BinningOptions, type MonotoneMode } from './binning.js';
export {
  DEFAULT_TRAIN_OPTIONS,
  SCORECARD_FORMAT,
  parseScorecard,
  pdFromScore,
  scorePoints,
  scoreRow,
  trainScorecard,
  type Contribution,
  type Scorecard,
  type ScorecardBin,
  type ScorecardFeature,
  type ScoreResult,
  type TrainOptions,
  type TrainOptionsInput,
} from './scorecard.js';
export { auc, brier, calibrationTable, gini, ks, psi, rocCurve, summarize, type MetricSummary } from './metrics.js';
export { crossValidate, crossValidateScorecard, stratifiedFolds, stratifiedSplit, type CrossValidationResult } from './cross-validation.js';
export { loadCsvDataset, parseCsvDataset, type CsvDatasetOptions, type LoadedDataset } from './csv-dataset.js';
export { runTrainingPipeline, type PipelineOptions, type PipelineResult } from './pipeline.js';
export { buildReport, writeReport } from './report.js';
export { oneHotLogistic } from './baseline.js';
