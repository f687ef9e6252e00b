// Population stability index (PSI) of a model's inputs and outputs: how far the values a model
// sees now have moved from those it was trained on. Pure (no SQL, no GraphQL).
//
// A ReferenceDistribution is the training sample summarised once, at training time: the quantile
// cut points of a numeric value (bins of about equal training share) or the categories of a
// categorical one, each bin's training share, and the share of missing values. A recent window is
// then binned the same way and compared: PSI = sum over bins of (a - e) ln(a / e), e the training
// share and a the recent share of a bin, an empty bin counting as EPSILON so the log stays finite.
// Convention: <= 0.1 stable (OK), above 0.1 a WARNING, above 0.25 an ALERT.
import { bucketOf, psiContribution, quantileCuts } from '../../ml/scorecard/metrics.js';

/** A value as a model sees it: a number, a category code, or missing. */
export type DriftValue = number | string | null | undefined;

export type DriftLevel = 'OK' | 'WARNING' | 'ALERT';
/** A level, or NOT_ENOUGH_DATA when the recent window is too small to say (never a fake 0). */
export type DriftStatus = DriftLevel | 'NOT_ENOUGH_DATA';
/** What a distribution describes: one of the model's inputs, or its output score. */
export type DriftKind = 'FEATURE' | 'SCORE';

export const WARNING_PSI = 0.1;
export const ALERT_PSI = 0.25;
/** Share an empty bin counts as (as in ml/scorecard/metrics.ts psi). */
export const EPSILON = 1e-4;
export const DEFAULT_BINS = 10;

export interface ReferenceDistribution {
  name: string;
  /** FEATURE (default) or SCORE. */
  kind?: DriftKind;
  /**
   * Numeric values: ascending cut points at the training sample's quantiles; bin k holds
   * edges[k-1] <= x < edges[k] (x >= edge goes up). Empty for a categorical value.
   */
  edges: number[];
  /**
   * Training share per bin: for a numeric value edges.length + 1 bins; for a categorical one a
   * bin per entry of `categories` and a last bin for categories training never saw (share 0).
   * Shares are of the whole sample, so sum(shares) + missingShare = 1.
   */
  shares: number[];
  /** Present for a categorical value: the training sample's categories, most frequent first. */
  categories?: string[];
  /** Training share of missing values (null, undefined, NaN, or a non-number for a numeric value). */
  missingShare: number;
  /** Training rows summarised. */
  sampleSize: number;
}

export interface PsiBin {
  /** Numeric bins: lower edge (included), null for the first bin. */
  lower: number | null;
  /** Numeric bins: upper edge (excluded), null for the last bin. */
  upper: number | null;
  /** "[620, 655)", "SALARY", "(other)" or "(missing)". */
  label: string;
  expectedShare: number;
  actualShare: number;
  contribution: number;
}

export interface PsiOutcome {
  /** null when the recent window had fewer than `minSample` values. */
  psi: number | null;
  status: DriftStatus;
  sampleSize: number;
  /** The bins (numeric or categorical, then missing when either side has any); empty without a PSI. */
  bins: PsiBin[];
}

const isMissingNumber = (v: DriftValue): boolean => typeof v !== 'number' || !Number.isFinite(v);
const isMissingCategory = (v: DriftValue): boolean => v == null || (typeof v === 'number' && !Number.isFinite(v));

/**
 * The reference distribution of a training sample. Numeric unless `opts.categorical` (or the
 * sample's present values are all strings): `bins` equal-count quantile bins, fewer when values tie.
 */
export function referenceOf(name: string, values: readonly DriftValue[], bins = DEFAULT_BINS, opts: { kind?: DriftKind; categorical?: boolean } = {}): ReferenceDistribution {
  if (!(Number.isInteger(bins) && bins >= 1)) throw new RangeError(`bins must be a whole number >= 1, got ${bins}`);
  const n = values.length;
  const share = (count: number) => (n === 0 ? 0 : count / n);
  const categorical = opts.categorical ?? (values.some((v) => typeof v === 'string') && !values.some((v) => typeof v === 'number' && Number.isFinite(v)));
  const kind = opts.kind ?? 'FEATURE';
  if (categorical) {
    const counts = new Map<string, number>();
    let missing = 0;
    for (const v of values) {
      if (isMissingCategory(v)) missing++;
      else counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
    }
    const categories = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
    return { name, kind, edges: [], shares: [...categories.map((c) => share(counts.get(c)!)), 0], categories, missingShare: share(missing), sampleSize: n };
  }
  const present = values.filter((v): v is number => !isMissingNumber(v)).sort((a, b) => a - b);
  const edges = quantileCuts(present, bins);
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const x of present) counts[bucketOf(edges, x)]++;
  return { name, kind, edges, shares: counts.map(share), missingShare: share(n - present.length), sampleSize: n };
}

/** WARNING above 0.1, ALERT above 0.25, else OK. */
export function driftLevel(psi: number): DriftLevel {
  if (!Number.isFinite(psi)) throw new RangeError(`psi must be a finite number, got ${psi}`);
  return psi > ALERT_PSI ? 'ALERT' : psi > WARNING_PSI ? 'WARNING' : 'OK';
}

const SEVERITY: Record<DriftStatus, number> = { OK: 0, NOT_ENOUGH_DATA: 1, WARNING: 2, ALERT: 3 };

/**
 * The worst of several statuses: ALERT > WARNING > NOT_ENOUGH_DATA > OK (a value that could not be
 * assessed keeps a model from reading OK; a real warning or alert says more). None: NOT_ENOUGH_DATA.
 */
export function worstStatus(statuses: Iterable<DriftStatus>): DriftStatus {
  let worst: DriftStatus | null = null;
  for (const s of statuses) if (worst === null || SEVERITY[s] > SEVERITY[worst]) worst = s;
  return worst ?? 'NOT_ENOUGH_DATA';
}

const fmt = (x: number) => String(Math.round(x * 1e4) / 1e4);

/**
 * PSI of the recent values against a reference, over the reference's bins (plus a missing bin
 * when either side has missing values). With fewer than `minSample` recent values (default 1, so
 * an empty window) or an empty reference, psi is null and the status NOT_ENOUGH_DATA.
 */
export function psiAgainst(reference: ReferenceDistribution, recentValues: readonly DriftValue[], opts: { minSample?: number; epsilon?: number } = {}): PsiOutcome {
  const minSample = Math.max(1, opts.minSample ?? 1);
  const epsilon = opts.epsilon ?? EPSILON;
  const n = recentValues.length;
  if (n < minSample || reference.sampleSize === 0) return { psi: null, status: 'NOT_ENOUGH_DATA', sampleSize: n, bins: [] };
  const { edges, categories } = reference;
  const counts = new Array<number>(reference.shares.length).fill(0);
  let missing = 0;
  if (categories) {
    const index = new Map(categories.map((c, i) => [c, i]));
    for (const v of recentValues) {
      if (isMissingCategory(v)) missing++;
      else counts[index.get(String(v)) ?? categories.length]++;
    }
  } else {
    for (const v of recentValues) {
      if (isMissingNumber(v)) missing++;
      else counts[bucketOf(edges, v as number)]++;
    }
  }
  const bins: PsiBin[] = reference.shares.map((expectedShare, k) => {
    const actualShare = counts[k] / n;
    const numeric = !categories;
    return {
      lower: numeric && k > 0 ? edges[k - 1] : null,
      upper: numeric && k < edges.length ? edges[k] : null,
      label: categories ? (categories[k] ?? '(other)') : `${k > 0 ? `[${fmt(edges[k - 1])}` : '(-inf'}, ${k < edges.length ? fmt(edges[k]) : '+inf'})`,
      expectedShare,
      actualShare,
      contribution: psiContribution(expectedShare, actualShare, epsilon),
    };
  });
  if (reference.missingShare > 0 || missing > 0) {
    bins.push({ lower: null, upper: null, label: '(missing)', expectedShare: reference.missingShare, actualShare: missing / n, contribution: psiContribution(reference.missingShare, missing / n, epsilon) });
  }
  // A categorical "other" bin both sides left empty adds nothing; it is not shown.
  const other = categories ? categories.length : -1;
  const shown = bins.filter((b, k) => !(k === other && b.expectedShare === 0 && b.actualShare === 0));
  const psi = shown.reduce((s, b) => s + b.contribution, 0);
  return { psi, status: driftLevel(psi), sampleSize: n, bins: shown };
}
