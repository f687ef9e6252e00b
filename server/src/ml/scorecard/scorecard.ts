// Scorecard = WoE binning + L2 logistic regression on the WoE values + points scaling.
//
// The model predicts P(bad) = sigmoid(eta), eta = alpha + sum_j beta_j * WoE_j. The score is
// offset + factor * ln(odds of good) = offset - factor * eta, with factor = pdo / ln 2 and offset
// chosen so that `baseScore` sits at good:bad odds `baseOdds`. Splitting that sum per feature,
//   points_j(bin) = -factor * beta_j * WoE_bin + (offset - factor * alpha) / nFeatures,
// makes the per-feature points add up to the score exactly, so the reason codes (points lost
// against the best bin) always explain the very score and PD that were returned.
import { createHash } from 'node:crypto';
import { binFeature, binIndex, DEFAULT_BINNING, woeOf, type Bin, type BinningOptions, type FeatureBinning } from './binning.js';
import { ScorecardInputError } from './errors.js';
import { fitLogistic, sigmoid } from './logistic.js';
import { summarize, type MetricSummary } from './metrics.js';
import type { DataRow, Dataset, FeatureSpec, FeatureValue } from './types.js';

export const SCORECARD_FORMAT = 'creditgraph.scorecard/v1';

export interface ScalingOptions {
  /** Points to double the odds of good. */
  pdo: number;
  /** Score at the base odds. */
  baseScore: number;
  /** good:bad odds at the base score (50 = 50:1). */
  baseOdds: number;
}

export interface TrainOptions extends ScalingOptions {
  /** L2 penalty of the logistic regression (on the summed log-loss). */
  l2: number;
  /** Features with a lower information value are not offered to the regression. */
  minIv: number;
  /**
   * Drop features whose coefficient comes out positive (more WoE = more risk, i.e. the WoE meaning
   * inverted by collinearity) one at a time, refitting after each.
   */
  dropWrongSign: boolean;
  binning: BinningOptions;
  /** Reason codes scoreRow returns by default. */
  reasonCount: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  pdo: 20,
  baseScore: 600,
  baseOdds: 50,
  l2: 2,
  minIv: 0.02,
  dropWrongSign: true,
  binning: DEFAULT_BINNING,
  reasonCount: 4,
};

export type TrainOptionsInput = Partial<Omit<TrainOptions, 'binning'>> & {
  binning?: Partial<BinningOptions>;
  /** Training time stamp (tests pin it). */
  now?: Date;
  /** Version string; default scorecard-<time>-<hash of the model>. */
  version?: string;
};

export function resolveTrainOptions(input: TrainOptionsInput = {}): TrainOptions {
  const { now: _now, version: _version, binning, ...rest } = input;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  const binningDefined = Object.fromEntries(Object.entries(binning ?? {}).filter(([, v]) => v !== undefined));
  return { ...DEFAULT_TRAIN_OPTIONS, ...defined, binning: { ...DEFAULT_BINNING, ...binningDefined } };
}

export interface ScorecardBin extends Bin {
  points: number;
}

export interface ScorecardFeature {
  name: string;
  label: string;
  type: 'numeric' | 'categorical';
  iv: number;
  coefficient: number;
  monotone: FeatureBinning['monotone'];
  cuts: number[];
  categoryBins: Record<string, number>;
  missingBin: number | null;
  otherBin: number | null;
  bins: ScorecardBin[];
  /** Points of a value that falls in no trained bin (WoE 0): the feature's share of the intercept. */
  neutralPoints: number;
  /** Best points attainable by a real value (the missing bin does not count as attainable). */
  maxPoints: number;
  bestBin: number;
}

export interface CandidateFeature {
  feature: string;
  label: string;
  type: 'numeric' | 'categorical';
  iv: number;
  bins: number;
  selected: boolean;
  dropReason: 'low-iv' | 'single-bin' | 'wrong-sign' | null;
}

export interface Scaling extends ScalingOptions {
  factor: number;
  offset: number;
}

export interface CrossValidationSummary {
  folds: number;
  seed: number;
  foldAuc: number[];
  meanAuc: number;
  stdAuc: number;
  pooled: MetricSummary;
}

export interface Scorecard {
  format: typeof SCORECARD_FORMAT;
  version: string;
  trainedAt: string;
  specs: FeatureSpec[];
  options: TrainOptions;
  scaling: Scaling;
  intercept: number;
  /** The selected features, in model order. */
  features: ScorecardFeature[];
  selectedFeatures: string[];
  candidates: CandidateFeature[];
  training: { rows: number; bads: number; goods: number; badRate: number; iterations: number; converged: boolean };
  metrics: {
    /** In-sample, on the rows the card was fitted on (optimistic). */
    train: MetricSummary;
    /** Out-of-sample, from a model fitted on the training share of a split (set by the pipeline). */
    test?: MetricSummary;
    psiTrainTest?: number;
    cv?: CrossValidationSummary;
  };
}

export interface Contribution {
  feature: string;
  label: string;
  value: FeatureValue;
  bin: string;
  woe: number;
  points: number;
  maxPoints: number;
  /** maxPoints - points, never negative. */
  pointsLost: number;
  /** Label of the bin worth maxPoints: what would recover the lost points. */
  bestBin: string;
}

export interface ScoreResult {
  /** Rounded for display. */
  score: number;
  /** Exact sum of the contributions' points. */
  scoreExact: number;
  /** sigmoid of the same linear predictor the points were split from. */
  pd: number;
  linearPredictor: number;
  contributions: Contribution[];
  /** Up to N contributions with pointsLost > 0, most points lost first. */
  reasons: Contribution[];
}

export function scalingOf(options: ScalingOptions): Scaling {
  if (!(options.pdo > 0) || !(options.baseOdds > 0) || !Number.isFinite(options.baseScore)) {
    throw new ScorecardInputError(`scaling needs pdo > 0 and baseOdds > 0 (got pdo ${options.pdo}, base odds ${options.baseOdds})`);
  }
  const factor = options.pdo / Math.LN2;
  return { pdo: options.pdo, baseScore: options.baseScore, baseOdds: options.baseOdds, factor, offset: options.baseScore - factor * Math.log(options.baseOdds) };
}

function validateTrainingData(data: Dataset, specs: FeatureSpec[]): void {
  if (data.rows.length !== data.bad.length) throw new ScorecardInputError(`${data.rows.length} rows but ${data.bad.length} outcomes`);
  if (data.rows.length === 0) throw new ScorecardInputError('no training rows');
  const bads = data.bad.filter(Boolean).length;
  if (bads === 0 || bads === data.rows.length) throw new ScorecardInputError(`training data needs both goods and bads (found ${bads} bads in ${data.rows.length} rows)`);
  if (specs.length === 0) throw new ScorecardInputError('no features to train on');
  const seen = new Set<string>();
  for (const spec of specs) {
    if (!spec.name) throw new ScorecardInputError('a feature has an empty name');
    if (spec.type !== 'numeric' && spec.type !== 'categorical') throw new ScorecardInputError(`feature "${spec.name}": type must be numeric or categorical, got "${String(spec.type)}"`);
    if (seen.has(spec.name)) throw new ScorecardInputError(`feature "${spec.name}" is listed twice`);
    seen.add(spec.name);
  }
}

const columnOf = (rows: DataRow[], name: string): FeatureValue[] => rows.map((r) => r[name] ?? null);

/**
 * Bins every feature, drops weak ones (IV < minIv, a single bin), fits the regression on the WoE
 * values (refitting after dropping wrong-signed features) and scales it to points.
 */
export function trainScorecard(data: Dataset, specs: FeatureSpec[], input: TrainOptionsInput = {}): Scorecard {
  validateTrainingData(data, specs);
  const options = resolveTrainOptions(input);
  const scaling = scalingOf(options);
  const binnings = specs.map((spec) => binFeature(spec, columnOf(data.rows, spec.name), data.bad, options.binning));
  const candidates: CandidateFeature[] = specs.map((spec, j) => {
    const usedBins = binnings[j].bins.filter((b) => b.count > 0).length;
    const dropReason = usedBins < 2 ? 'single-bin' : binnings[j].iv < options.minIv ? 'low-iv' : null;
    return { feature: spec.name, label: spec.label ?? spec.name, type: spec.type, iv: binnings[j].iv, bins: binnings[j].bins.length, selected: dropReason === null, dropReason };
  });
  const woe = binnings.map((b) => data.rows.map((r) => woeOf(b, r[b.feature])));

  let selected = candidates.flatMap((c, j) => (c.selected ? [j] : []));
  for (;;) {
    if (selected.length === 0) {
      const best = [...candidates].sort((a, b) => b.iv - a.iv)[0];
      throw new ScorecardInputError(`no feature is informative enough: the best IV is ${best.iv.toFixed(4)} (${best.feature}), the threshold is ${options.minIv}`);
    }
    const x = data.rows.map((_, i) => selected.map((j) => woe[j][i]));
    const model = fitLogistic(x, data.bad, { l2: options.l2 });
    let worst = -1;
    if (options.dropWrongSign) {
      model.coefficients.forEach((beta, k) => {
        if (beta > 0 && (worst < 0 || beta > model.coefficients[worst])) worst = k;
      });
    }
    if (worst >= 0) {
      const j = selected[worst];
      candidates[j].selected = false;
      candidates[j].dropReason = 'wrong-sign';
      selected = selected.filter((k) => k !== j);
      continue;
    }
    return assemble(data, specs, options, scaling, binnings, candidates, selected, model, input);
  }
}

function assemble(
  data: Dataset,
  specs: FeatureSpec[],
  options: TrainOptions,
  scaling: Scaling,
  binnings: FeatureBinning[],
  candidates: CandidateFeature[],
  selected: number[],
  model: ReturnType<typeof fitLogistic>,
  input: TrainOptionsInput,
): Scorecard {
  const basePoints = (scaling.offset - scaling.factor * model.intercept) / selected.length;
  const features: ScorecardFeature[] = selected.map((j, k) => {
    const binning = binnings[j];
    const beta = model.coefficients[k];
    const bins = binning.bins.map((b) => ({ ...b, points: basePoints - scaling.factor * beta * b.woe }));
    let bestBin = -1;
    bins.forEach((b, i) => {
      if (b.kind !== 'missing' && b.count > 0 && (bestBin < 0 || b.points > bins[bestBin].points)) bestBin = i;
    });
    return {
      name: specs[j].name,
      label: specs[j].label ?? specs[j].name,
      type: specs[j].type,
      iv: binning.iv,
      coefficient: beta,
      monotone: binning.monotone,
      cuts: binning.cuts,
      categoryBins: binning.categoryBins,
      missingBin: binning.missingBin,
      otherBin: binning.otherBin,
      bins,
      neutralPoints: basePoints,
      maxPoints: bestBin < 0 ? basePoints : bins[bestBin].points,
      bestBin,
    };
  });
  const bads = data.bad.filter(Boolean).length;
  const trainedAt = (input.now ?? new Date()).toISOString();
  const card: Scorecard = {
    format: SCORECARD_FORMAT,
    version: '',
    trainedAt,
    specs: specs.map((s) => ({ ...s })),
    options,
    scaling,
    intercept: model.intercept,
    features,
    selectedFeatures: features.map((f) => f.name),
    candidates,
    training: { rows: data.rows.length, bads, goods: data.rows.length - bads, badRate: bads / data.rows.length, iterations: model.iterations, converged: model.converged },
    metrics: { train: summarize([], []) },
  };
  card.metrics.train = summarize(
    data.rows.map((r) => scoreLinear(card, r)).map(sigmoid),
    data.bad,
  );
  const digest = createHash('sha256').update(JSON.stringify([card.intercept, card.features])).digest('hex').slice(0, 8);
  card.version = input.version ?? `scorecard-${trainedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${digest}`;
  return card;
}

function pointsOf(feature: ScorecardFeature, index: number): number {
  return index < 0 ? feature.neutralPoints : feature.bins[index].points;
}

function woeAt(feature: ScorecardFeature, index: number): number {
  return index < 0 ? 0 : feature.bins[index].woe;
}

/** alpha + sum beta_j WoE_j for one row. */
function scoreLinear(card: Scorecard, row: DataRow): number {
  let eta = card.intercept;
  for (const f of card.features) eta += f.coefficient * woeAt(f, binIndex(f, row[f.name]));
  return eta;
}

/**
 * The exact score of a row and nothing else: the hot path of a credit decision (no allocation
 * beyond the lookups; binary search over the cut points, a property read per category).
 */
export function scorePoints(card: Scorecard, row: DataRow): number {
  let score = 0;
  const features = card.features;
  for (let j = 0; j < features.length; j++) score += pointsOf(features[j], binIndex(features[j], row[features[j].name]));
  return score;
}

/** PD implied by an exact score (inverse of the scaling). */
export function pdFromScore(card: Scorecard, score: number): number {
  return sigmoid((card.scaling.offset - score) / card.scaling.factor);
}

function describeBin(feature: ScorecardFeature, index: number, value: FeatureValue): string {
  if (index >= 0) return feature.bins[index].label;
  return value === null || value === undefined || value === '' || Number.isNaN(value) ? 'missing (not seen in training)' : 'unseen category';
}

/** Score, PD, every feature's points and the top reason codes of one row. */
export function scoreRow(card: Scorecard, row: DataRow, options: { reasons?: number } = {}): ScoreResult {
  let eta = card.intercept;
  let scoreExact = 0;
  const contributions: Contribution[] = card.features.map((f) => {
    const value = row[f.name] ?? null;
    const index = binIndex(f, value);
    const woe = woeAt(f, index);
    const points = pointsOf(f, index);
    eta += f.coefficient * woe;
    scoreExact += points;
    const lost = f.maxPoints - points;
    return {
      feature: f.name,
      label: f.label,
      value,
      bin: describeBin(f, index, value),
      woe,
      points,
      maxPoints: f.maxPoints,
      pointsLost: lost > 1e-9 ? lost : 0,
      bestBin: f.bestBin < 0 ? '' : f.bins[f.bestBin].label,
    };
  });
  const reasonCount = options.reasons ?? card.options.reasonCount;
  const reasons = contributions
    .map((c, k) => ({ c, k }))
    .filter(({ c }) => c.pointsLost > 0)
    .sort((a, b) => b.c.pointsLost - a.c.pointsLost || a.k - b.k)
    .slice(0, reasonCount)
    .map(({ c }) => c);
  return { score: Math.round(scoreExact), scoreExact, pd: sigmoid(eta), linearPredictor: eta, contributions, reasons };
}

/**
 * Checks that a value loaded from storage (jsonb, a file) is a scorecard this code can score with;
 * throws a ScorecardInputError naming the first problem.
 */
export function parseScorecard(value: unknown): Scorecard {
  const card = value as Partial<Scorecard> | null;
  if (!card || typeof card !== 'object') throw new ScorecardInputError('scorecard: not an object');
  if (card.format !== SCORECARD_FORMAT) throw new ScorecardInputError(`scorecard: format is ${JSON.stringify(card.format)}, expected ${SCORECARD_FORMAT}`);
  if (typeof card.intercept !== 'number' || !Array.isArray(card.features) || card.features.length === 0) throw new ScorecardInputError('scorecard: missing intercept or features');
  for (const f of card.features) {
    if (!f || typeof f.name !== 'string' || !Array.isArray(f.bins) || typeof f.coefficient !== 'number' || typeof f.neutralPoints !== 'number') {
      throw new ScorecardInputError(`scorecard: feature ${JSON.stringify(f?.name)} is malformed`);
    }
    if (f.type === 'numeric' && (!Array.isArray(f.cuts) || f.cuts.length + (f.missingBin === null ? 1 : 2) !== f.bins.length)) {
      throw new ScorecardInputError(`scorecard: feature ${f.name} has ${f.cuts?.length} cuts for ${f.bins.length} bins`);
    }
  }
  return card as Scorecard;
}
