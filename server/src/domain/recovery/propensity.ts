// Propensity to pay: the probability that a delinquent case sees a payment in the next 30 days,
// learned from past cases by the scorecard's logistic regression. Features stay in their natural
// units (days, shares, counts) so that a coefficient reads as "per day past due", and an
// explanation is each feature's pull on the log-odds away from the average training case.
import { fitLogistic, predictLogistic } from '../../ml/scorecard/logistic.js';
import { auc } from '../../ml/scorecard/metrics.js';
import { cashFlow, type CaseProfile } from './segmentation.js';

/** The feature order every model and every vector follows. */
export const PROPENSITY_FEATURE_NAMES = [
  'log_free_cash_flow_ratio',
  'log_overdue_months',
  'days_past_due',
  'on_time_share',
  'no_repayment_history',
  'promises_kept',
  'promises_broken',
  'reach_rate',
  'inflow_variability',
  'hardship',
] as const;
export type PropensityFeatureName = (typeof PROPENSITY_FEATURE_NAMES)[number];

export interface PropensityFeatures {
  names: readonly PropensityFeatureName[];
  values: number[];
}

export interface PropensityExample {
  features: PropensityFeatures;
  /** A payment followed within 30 days of `at`. */
  paid: boolean;
  /** When the case was observed; the split into training and holdout is by this. */
  at: Date;
}

export interface PropensityModel {
  version: string;
  featureNames: PropensityFeatureName[];
  intercept: number;
  coefficients: number[];
  /** Feature means over the training rows: contributions are measured from this average case. */
  featureMeans: number[];
  /** The latest observation the model was trained on (ISO instant); the holdout is all later. */
  trainedThrough: string;
  metrics: { auc: number; n: number; trainN: number; holdoutN: number; baseRate: number };
}

export interface TrainPropensityOptions {
  /** Share of examples, earliest first, to train on; the rest is the holdout. */
  trainShare: number;
  /** L2 penalty of the logistic regression. */
  l2: number;
  version?: string;
}

export const DEFAULT_TRAIN_PROPENSITY: TrainPropensityOptions = { trainShare: 0.8, l2: 1 };

export interface PropensityScore {
  probability: number;
  /** Each feature's effect on the log-odds against the average training case, largest first. */
  contributions: { feature: PropensityFeatureName; value: number; effect: number }[];
}

/** Pseudo-counts that pull a short contact record toward an even reach rate. */
const REACH_PRIOR = 1;

/** log(1 + x) that keeps the sign, so a shortfall is as visible as a surplus. */
const signedLog1p = (x: number): number => Math.sign(x) * Math.log1p(Math.abs(x));

/** The feature vector of a case, in PROPENSITY_FEATURE_NAMES order. */
export function propensityFeatures(profile: CaseProfile): PropensityFeatures {
  const flow = cashFlow(profile);
  const overdueMonths = flow.averageInflow > 0 ? Math.max(profile.overdueAmount, 0) / flow.averageInflow : 0;
  const reached = Math.min(Math.max(profile.contactsReached, 0), Math.max(profile.contactAttempts, 0));
  const byName: Record<PropensityFeatureName, number> = {
    log_free_cash_flow_ratio: signedLog1p(flow.coverage),
    log_overdue_months: Math.log1p(overdueMonths),
    days_past_due: Math.max(profile.daysPastDue, 0),
    // Unknown history sits at the middle; the indicator lets the model move it.
    on_time_share: profile.onTimeShare ?? 0.5,
    no_repayment_history: profile.onTimeShare === null ? 1 : 0,
    promises_kept: Math.max(profile.promisesKept, 0),
    promises_broken: Math.max(profile.promisesBroken, 0),
    reach_rate: (reached + REACH_PRIOR) / (Math.max(profile.contactAttempts, 0) + 2 * REACH_PRIOR),
    inflow_variability: Math.max(profile.spendProfile.inflowVariability, 0),
    hardship: profile.hardship ? 1 : 0,
  };
  return { names: PROPENSITY_FEATURE_NAMES, values: PROPENSITY_FEATURE_NAMES.map((name) => byName[name]) };
}

function checkFeatures(expected: readonly string[], features: PropensityFeatures): void {
  const same = features.names.length === expected.length && features.names.every((name, i) => name === expected[i]) && features.values.length === expected.length;
  if (!same) throw new Error(`propensity features [${features.names.join(', ')}] do not match the model's [${expected.join(', ')}]`);
}

/** Examples oldest first; ties keep their input order so the split is deterministic. */
function chronological(examples: readonly PropensityExample[]): PropensityExample[] {
  return examples
    .map((example, index) => ({ example, index }))
    .sort((a, b) => a.example.at.getTime() - b.example.at.getTime() || a.index - b.index)
    .map((e) => e.example);
}

function columnMeans(rows: readonly number[][]): number[] {
  const means = new Array<number>(rows[0].length).fill(0);
  for (const row of rows) row.forEach((v, j) => (means[j] += v / rows.length));
  return means;
}

/**
 * Fits the propensity model on the earliest examples and measures it on the latest ones: a model
 * is used on cases that come after its training data, so a random split would flatter it.
 */
export function trainPropensity(examples: readonly PropensityExample[], options: Partial<TrainPropensityOptions> = {}): PropensityModel {
  const opts = { ...DEFAULT_TRAIN_PROPENSITY, ...options };
  if (!(opts.trainShare > 0 && opts.trainShare <= 1)) throw new RangeError(`trainShare must be in (0, 1], got ${opts.trainShare}`);
  for (const e of examples) checkFeatures(PROPENSITY_FEATURE_NAMES, e.features);
  const ordered = chronological(examples);
  const trainN = Math.floor(ordered.length * opts.trainShare);
  const train = ordered.slice(0, trainN);
  const holdout = ordered.slice(trainN);
  if (train.length === 0 || train.every((e) => e.paid) || train.every((e) => !e.paid)) {
    throw new Error(`trainPropensity needs paid and unpaid cases among the ${train.length} training examples`);
  }
  const rows = train.map((e) => e.features.values);
  const fit = fitLogistic(rows, train.map((e) => e.paid), { l2: opts.l2 });
  const model = { intercept: fit.intercept, coefficients: fit.coefficients };
  const holdoutAuc = holdout.length > 0 ? auc(holdout.map((e) => predictLogistic(model, e.features.values)), holdout.map((e) => e.paid)) : NaN;
  const trainedThrough = train[train.length - 1].at.toISOString();
  return {
    version: opts.version ?? `propensity-logistic@${trainedThrough.slice(0, 10)}`,
    featureNames: [...PROPENSITY_FEATURE_NAMES],
    intercept: fit.intercept,
    coefficients: fit.coefficients,
    featureMeans: columnMeans(rows),
    trainedThrough,
    metrics: {
      auc: holdoutAuc,
      n: examples.length,
      trainN,
      holdoutN: holdout.length,
      baseRate: examples.filter((e) => e.paid).length / examples.length,
    },
  };
}

/** The probability of a payment within 30 days, and why. */
export function scorePropensity(model: PropensityModel, features: PropensityFeatures): PropensityScore {
  checkFeatures(model.featureNames, features);
  const contributions = model.featureNames.map((feature, j) => ({
    feature,
    value: features.values[j],
    effect: model.coefficients[j] * (features.values[j] - model.featureMeans[j]),
  }));
  contributions.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  return { probability: predictLogistic(model, features.values), contributions };
}
