// Weight-of-evidence binning. Each feature becomes a handful of bins whose WoE = ln(%good / %bad)
// replaces the raw value in the regression: that makes the model monotone within a bin, robust to
// outliers, and gives every bin a readable label for reason codes.
//
// Numeric: fine quantile pre-bins, then merges until every bin is big enough and has goods and
// bads, optionally forces a monotone WoE trend, then caps the bin count by merging the most
// similar neighbours (smallest chi-square). Categorical: one bin per category, rare ones pooled
// into "other". Missing values always get their own bin; values never seen in training map to
// the neutral WoE 0 (the average applicant), which is the least surprising guess.
import type { FeatureSpec, FeatureValue } from './types.js';

export type MonotoneMode = 'auto' | 'always' | 'never';

export interface BinningOptions {
  /** Fine quantile pre-bins of a numeric feature, before merging. */
  preBins: number;
  /** Smallest share of the training rows one bin may hold (the missing bin is exempt). */
  minBinShare: number;
  /** Most non-missing bins a numeric feature keeps. */
  maxBins: number;
  /**
   * Monotone WoE for numeric features: 'always', 'never', or 'auto' = monotone unless the
   * unconstrained bins fit the bad rates significantly better (likelihood-ratio test at
   * `monotonePValue`): a real U-shape survives, noise wiggles do not. Training-set IV cannot make
   * that call, since more bins always have more IV in-sample.
   */
  monotone: MonotoneMode;
  monotonePValue: number;
  /** Categories rarer than this share of rows are pooled into one "other" bin. */
  minCategoryShare: number;
  /** Most bins a categorical feature keeps, grouping categories with similar bad rates; 0 = no limit. */
  maxCategoryBins: number;
  /** Added to every bin's good and bad count in the WoE, so an all-good bin has no infinite WoE. */
  smoothing: number;
}

export const DEFAULT_BINNING: BinningOptions = {
  preBins: 20,
  minBinShare: 0.05,
  maxBins: 8,
  monotone: 'auto',
  monotonePValue: 0.05,
  minCategoryShare: 0.03,
  maxCategoryBins: 0,
  smoothing: 0.5,
};

export interface Bin {
  kind: 'range' | 'category' | 'other' | 'missing';
  /** Readable label: "< 12", "12 to < 24", ">= 24", "A11", "other (A44, A410)", "missing". */
  label: string;
  /** Range bins: inclusive lower bound (null = no bound) and exclusive upper bound. */
  lower: number | null;
  upper: number | null;
  /** Category and other bins: the training categories they hold. */
  categories: string[];
  count: number;
  goods: number;
  bads: number;
  woe: number;
}

export interface FeatureBinning {
  feature: string;
  type: 'numeric' | 'categorical';
  /** Numeric: range bins in ascending order, then the missing bin if any. */
  bins: Bin[];
  /** Numeric: ascending cut points; a value x falls in bin #(cuts <= x). */
  cuts: number[];
  /** Categorical: category -> bin index. */
  categoryBins: Record<string, number>;
  missingBin: number | null;
  otherBin: number | null;
  /** Information value, sum over bins of (%good - %bad) * WoE. */
  iv: number;
  monotone: 'increasing' | 'decreasing' | null;
}

interface Cell {
  goods: number;
  bads: number;
  lower: number | null;
  upper: number | null;
  categories: string[];
}

/** Numeric reading of a cell: numbers as-is, numeric strings parsed, anything else is missing. */
export function toNumber(value: FeatureValue | undefined): number | null {
  if (typeof value === 'number') return Number.isNaN(value) ? null : value;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return null;
    const x = Number(text);
    return Number.isNaN(x) ? null : x;
  }
  return null;
}

/** Categorical reading of a cell: trimmed text; null, NaN and '' are missing. */
export function toCategory(value: FeatureValue | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isNaN(value) ? null : String(value);
  const text = value.trim();
  return text === '' ? null : text;
}

const count = (c: Cell) => c.goods + c.bads;

/** Pearson chi-square of the 2x2 good/bad table of two cells: small = similar bad rates. */
function chiSquare(a: Cell, b: Cell): number {
  const n = count(a) + count(b);
  const denominator = count(a) * count(b) * (a.goods + b.goods) * (a.bads + b.bads);
  if (denominator === 0) return 0;
  const cross = a.goods * b.bads - a.bads * b.goods;
  return (n * cross * cross) / denominator;
}

function mergeAt(cells: Cell[], i: number): void {
  const a = cells[i];
  const b = cells[i + 1];
  cells.splice(i, 2, {
    goods: a.goods + b.goods,
    bads: a.bads + b.bads,
    lower: a.lower,
    upper: b.upper,
    categories: [...a.categories, ...b.categories],
  });
}

/** Merges the adjacent pair with the smallest chi-square (leftmost on ties) until at most `max` cells. */
function capCells(cells: Cell[], max: number): void {
  while (cells.length > Math.max(1, max)) {
    let best = 0;
    let bestChi = Infinity;
    for (let i = 0; i + 1 < cells.length; i++) {
      const chi = chiSquare(cells[i], cells[i + 1]);
      if (chi < bestChi) {
        bestChi = chi;
        best = i;
      }
    }
    mergeAt(cells, best);
  }
}

/** log good/bad ratio of a cell: the WoE up to a per-feature constant, enough to compare order. */
function logRatio(c: Cell, smoothing: number): number {
  return Math.log((c.goods + smoothing) / (c.bads + smoothing));
}

/** Merges adjacent cells whose WoE steps against `direction` (most similar pair first). */
function enforceMonotone(input: Cell[], direction: 1 | -1, smoothing: number): Cell[] {
  const cells = input.map((c) => ({ ...c, categories: [...c.categories] }));
  for (;;) {
    let best = -1;
    let bestChi = Infinity;
    for (let i = 0; i + 1 < cells.length; i++) {
      const step = logRatio(cells[i + 1], smoothing) - logRatio(cells[i], smoothing);
      if (step * direction < 0) {
        const chi = chiSquare(cells[i], cells[i + 1]);
        if (chi < bestChi) {
          bestChi = chi;
          best = i;
        }
      }
    }
    if (best < 0) return cells;
    mergeAt(cells, best);
  }
}

interface WoeResult {
  woe: number[];
  iv: number;
}

function woeAndIv(cells: Cell[], smoothing: number): WoeResult {
  const used = cells.filter((c) => count(c) > 0).length;
  let goods = 0;
  let bads = 0;
  for (const c of cells) {
    goods += c.goods;
    bads += c.bads;
  }
  let iv = 0;
  const woe = cells.map((c) => {
    if (count(c) === 0) return 0;
    const pGood = (c.goods + smoothing) / (goods + smoothing * used);
    const pBad = (c.bads + smoothing) / (bads + smoothing * used);
    const w = Math.log(pGood / pBad);
    iv += (pGood - pBad) * w;
    return w;
  });
  return { woe, iv };
}

/** Bernoulli log-likelihood of the outcomes when each cell predicts its own bad rate. */
function logLikelihood(cells: Cell[]): number {
  const xlogy = (x: number, y: number) => (x > 0 ? x * Math.log(x / y) : 0);
  return cells.reduce((sum, c) => sum + xlogy(c.bads, count(c)) + xlogy(c.goods, count(c)), 0);
}

/** Upper standard normal quantile z with P(Z > z) = p (Abramowitz & Stegun 26.2.23, |error| < 5e-4). */
function normalUpperQuantile(p: number): number {
  const q = Math.min(Math.max(p, 1e-12), 0.5);
  const t = Math.sqrt(-2 * Math.log(q));
  return t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
}

/** Likelihood-ratio test: do the `rich` cells explain the outcomes better than the `simple` ones? */
function significantlyBetter(rich: Cell[], simple: Cell[], pValue: number): boolean {
  const df = rich.length - simple.length;
  if (df <= 0) return false;
  const g = 2 * (logLikelihood(rich) - logLikelihood(simple));
  // Wilson-Hilferty approximation of the chi-square quantile with df degrees of freedom.
  const z = normalUpperQuantile(pValue);
  const critical = df * (1 - 2 / (9 * df) + z * Math.sqrt(2 / (9 * df))) ** 3;
  return g > critical;
}

/** Merges too-small cells, and cells lacking goods or bads, into their more similar neighbour. */
function enforceMinimums(cells: Cell[], minCount: number): void {
  const violates = (c: Cell) => count(c) < minCount || c.goods === 0 || c.bads === 0;
  while (cells.length > 1) {
    let worst = -1;
    for (let i = 0; i < cells.length; i++) {
      if (violates(cells[i]) && (worst < 0 || count(cells[i]) < count(cells[worst]))) worst = i;
    }
    if (worst < 0) return;
    if (worst === 0) mergeAt(cells, 0);
    else if (worst === cells.length - 1) mergeAt(cells, worst - 1);
    else {
      const left = chiSquare(cells[worst - 1], cells[worst]);
      const right = chiSquare(cells[worst], cells[worst + 1]);
      mergeAt(cells, left <= right ? worst - 1 : worst);
    }
  }
}

/** Quantile pre-bins over the sorted non-missing values; cut points are data values (x < cut goes left). */
function preBinCells(values: number[], bad: boolean[], preBins: number): Cell[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  const n = order.length;
  if (n === 0) return [{ goods: 0, bads: 0, lower: null, upper: null, categories: [] }];
  const cuts: number[] = [];
  const smallest = values[order[0]];
  for (let q = 1; q < preBins; q++) {
    const cut = values[order[Math.floor((q * n) / preBins)]];
    if (cut > smallest && (cuts.length === 0 || cut > cuts[cuts.length - 1])) cuts.push(cut);
  }
  const cells: Cell[] = [];
  for (let i = 0; i <= cuts.length; i++) {
    cells.push({ goods: 0, bads: 0, lower: i === 0 ? null : cuts[i - 1], upper: i === cuts.length ? null : cuts[i], categories: [] });
  }
  let cell = 0;
  for (const i of order) {
    while (cell < cuts.length && values[i] >= cuts[cell]) cell++;
    if (bad[i]) cells[cell].bads++;
    else cells[cell].goods++;
  }
  return cells;
}

function formatNumber(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
}

function rangeLabel(lower: number | null, upper: number | null): string {
  if (lower === null && upper === null) return 'all values';
  if (lower === null) return `< ${formatNumber(upper as number)}`;
  if (upper === null) return `>= ${formatNumber(lower)}`;
  return `${formatNumber(lower)} to < ${formatNumber(upper)}`;
}

function otherLabel(categories: string[]): string {
  return categories.length <= 3 ? `other (${categories.join(', ')})` : `other (${categories.length} rare categories)`;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

function binNumeric(values: FeatureValue[], bad: boolean[], opts: BinningOptions) {
  const xs: number[] = [];
  const ys: boolean[] = [];
  const missing: Cell = { goods: 0, bads: 0, lower: null, upper: null, categories: [] };
  values.forEach((v, i) => {
    const x = toNumber(v);
    if (x === null) {
      if (bad[i]) missing.bads++;
      else missing.goods++;
    } else {
      xs.push(x);
      ys.push(bad[i]);
    }
  });
  const minCount = Math.max(1, Math.ceil(opts.minBinShare * values.length));
  const free = preBinCells(xs, ys, Math.max(2, opts.preBins));
  enforceMinimums(free, minCount);

  let cells = free.map((c) => ({ ...c }));
  capCells(cells, opts.maxBins);
  let monotone: FeatureBinning['monotone'] = null;
  if (opts.monotone !== 'never' && free.length > 1) {
    const increasing = enforceMonotone(free, 1, opts.smoothing);
    const decreasing = enforceMonotone(free, -1, opts.smoothing);
    const up = logLikelihood(increasing) >= logLikelihood(decreasing);
    const best = up ? increasing : decreasing;
    // Test on the fine cells, of which the monotone cells are a coarsening (nested models). The
    // capped free cells would overstate the evidence: they were picked to differ most.
    if (opts.monotone === 'always' || !significantlyBetter(free, best, opts.monotonePValue)) {
      capCells(best, opts.maxBins);
      cells = best;
      monotone = best.length > 1 ? (up ? 'increasing' : 'decreasing') : null;
    }
  }
  const cuts = cells.slice(1).map((c) => c.lower as number);
  const kinds: Bin['kind'][] = cells.map(() => 'range');
  const labels = cells.map((c) => rangeLabel(c.lower, c.upper));
  if (count(missing) > 0) {
    cells.push(missing);
    kinds.push('missing');
    labels.push('missing');
  }
  return { cells, kinds, labels, cuts, monotone };
}

function binCategorical(values: FeatureValue[], bad: boolean[], opts: BinningOptions) {
  const counts = new Map<string, Cell>();
  const missing: Cell = { goods: 0, bads: 0, lower: null, upper: null, categories: [] };
  values.forEach((v, i) => {
    const c = toCategory(v);
    let cell = missing;
    if (c !== null) {
      cell = counts.get(c) ?? { goods: 0, bads: 0, lower: null, upper: null, categories: [c] };
      counts.set(c, cell);
    }
    if (bad[i]) cell.bads++;
    else cell.goods++;
  });
  const minCount = opts.minCategoryShare * values.length;
  const names = [...counts.keys()].sort(byName);
  let regular = names.filter((n) => count(counts.get(n) as Cell) >= minCount).map((n) => counts.get(n) as Cell);
  const rare = names.filter((n) => count(counts.get(n) as Cell) < minCount);
  if (opts.maxCategoryBins > 0 && regular.length > opts.maxCategoryBins) {
    // Group categories with similar bad rates: order by WoE, then merge most similar neighbours.
    regular.sort((a, b) => logRatio(a, opts.smoothing) - logRatio(b, opts.smoothing));
    capCells(regular, opts.maxCategoryBins);
    for (const cell of regular) cell.categories.sort(byName);
    regular = regular.sort((a, b) => byName(a.categories[0], b.categories[0]));
  }
  const cells: Cell[] = [...regular];
  const kinds: Bin['kind'][] = regular.map(() => 'category');
  const labels = regular.map((c) => c.categories.join(', '));
  if (rare.length > 0) {
    const other: Cell = { goods: 0, bads: 0, lower: null, upper: null, categories: rare };
    for (const n of rare) {
      other.goods += (counts.get(n) as Cell).goods;
      other.bads += (counts.get(n) as Cell).bads;
    }
    cells.push(other);
    kinds.push('other');
    labels.push(otherLabel(rare));
  }
  if (count(missing) > 0) {
    cells.push(missing);
    kinds.push('missing');
    labels.push('missing');
  }
  return { cells, kinds, labels };
}

/** Bins one feature on training values (same length as `bad`) and computes WoE and IV. */
export function binFeature(spec: FeatureSpec, values: FeatureValue[], bad: boolean[], options: Partial<BinningOptions> = {}): FeatureBinning {
  const opts = { ...DEFAULT_BINNING, ...options };
  const numeric = spec.type === 'numeric';
  const built = numeric ? binNumeric(values, bad, opts) : { ...binCategorical(values, bad, opts), cuts: [], monotone: null };
  const { woe, iv } = woeAndIv(built.cells, opts.smoothing);
  const bins: Bin[] = built.cells.map((c, i) => ({
    kind: built.kinds[i],
    label: built.labels[i],
    lower: built.kinds[i] === 'range' ? c.lower : null,
    upper: built.kinds[i] === 'range' ? c.upper : null,
    categories: built.kinds[i] === 'category' || built.kinds[i] === 'other' ? c.categories : [],
    count: count(c),
    goods: c.goods,
    bads: c.bads,
    woe: woe[i],
  }));
  const indexOf = (kind: Bin['kind']) => {
    const i = bins.findIndex((b) => b.kind === kind);
    return i < 0 ? null : i;
  };
  // fromEntries makes own properties even for names like "__proto__", and stays plain JSON.
  const categoryBins = Object.fromEntries(bins.flatMap((b, i) => (b.kind === 'category' || b.kind === 'other' ? b.categories.map((c) => [c, i]) : [])));
  return {
    feature: spec.name,
    type: spec.type,
    bins,
    cuts: built.cuts,
    categoryBins,
    missingBin: indexOf('missing'),
    otherBin: indexOf('other'),
    iv,
    monotone: built.monotone,
  };
}

/** The bin a raw value falls in, or -1 for "no trained bin" (neutral WoE 0). */
export function binIndex(binning: Pick<FeatureBinning, 'type' | 'cuts' | 'categoryBins' | 'missingBin' | 'otherBin'>, value: FeatureValue | undefined): number {
  if (binning.type === 'numeric') {
    const x = toNumber(value);
    if (x === null) return binning.missingBin ?? -1;
    const cuts = binning.cuts;
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cuts[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  const c = toCategory(value);
  if (c === null) return binning.missingBin ?? -1;
  return Object.hasOwn(binning.categoryBins, c) ? binning.categoryBins[c] : (binning.otherBin ?? -1);
}

/** WoE of a raw value; 0 (neutral) when it falls in no trained bin. */
export function woeOf(binning: FeatureBinning, value: FeatureValue | undefined): number {
  const i = binIndex(binning, value);
  return i < 0 ? 0 : binning.bins[i].woe;
}
