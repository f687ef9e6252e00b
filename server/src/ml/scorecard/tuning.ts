// Picks binning and regularisation settings by cross-validation on the training data only. Used
// inside each outer fold (nested CV), the outer estimate stays honest: the held-out fold never
// influences which settings were chosen for it.
import { crossValidateScorecard, type FitPredict } from './cross-validation.js';
import { scoreRow, trainScorecard, type TrainOptionsInput } from './scorecard.js';
import type { Dataset, FeatureSpec } from './types.js';

/** A small grid over the settings that matter most on scorecard-sized data. */
export const DEFAULT_TUNING_GRID: TrainOptionsInput[] = (['auto', 'always', 'never'] as const).flatMap((monotone) =>
  [5, 8].flatMap((maxBins) => [1, 5].map((l2) => ({ l2, binning: { monotone, maxBins } }))),
);

export interface TuningOptions {
  grid: TrainOptionsInput[];
  folds: number;
  seed: number;
}

export interface TuningResult {
  best: TrainOptionsInput;
  candidates: Array<{ options: TrainOptionsInput; meanAuc: number }>;
}

/** Merges a grid point over the base options (the grid wins; binning merged field by field). */
export function withOverrides(base: TrainOptionsInput, override: TrainOptionsInput): TrainOptionsInput {
  return { ...base, ...override, binning: { ...base.binning, ...override.binning } };
}

/** The grid point with the best mean inner-CV AUC (first one on ties, so the order is a preference). */
export function tuneScorecard(data: Dataset, specs: FeatureSpec[], base: TrainOptionsInput, tuning: TuningOptions): TuningResult {
  const candidates = tuning.grid.map((point) => {
    const options = withOverrides(base, point);
    return { options, meanAuc: crossValidateScorecard(data, specs, options, { folds: tuning.folds, seed: tuning.seed }).meanAuc };
  });
  const best = candidates.reduce((a, b) => (b.meanAuc > a.meanAuc ? b : a));
  return { best: best.options, candidates };
}

/** A learner that tunes on its training set, then fits there with the winning settings. */
export function tunedScorecardLearner(specs: FeatureSpec[], base: TrainOptionsInput, tuning: TuningOptions): FitPredict {
  return (train) => {
    const { best } = tuneScorecard(train, specs, base, tuning);
    const card = trainScorecard(train, specs, best);
    return (row) => scoreRow(card, row).pd;
  };
}
