// Discrimination, calibration and stability measures. Convention: `risk` is higher for riskier
// rows (a PD, or minus a score), `bad` is the observed outcome.

export interface MetricSummary {
  n: number;
  bads: number;
  badRate: number;
  auc: number;
  gini: number;
  ks: number;
  brier: number;
}

function checkLengths(risk: ArrayLike<number>, bad: ArrayLike<boolean>): void {
  if (risk.length !== bad.length) throw new Error(`metrics: ${risk.length} predictions but ${bad.length} outcomes`);
}

/** Indices sorted by ascending value (stable, so ties keep input order). */
function ascendingOrder(values: ArrayLike<number>): number[] {
  return Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
}

/**
 * Area under the ROC curve = P(a random bad ranks riskier than a random good), ties counted as
 * half (Mann-Whitney U with mid-ranks). NaN when one class is absent.
 */
export function auc(risk: ArrayLike<number>, bad: ArrayLike<boolean>): number {
  checkLengths(risk, bad);
  const order = ascendingOrder(risk);
  let rankSumBad = 0;
  let bads = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && risk[order[end + 1]] === risk[order[start]]) end++;
    const midRank = (start + end) / 2 + 1; // ranks are 1-based
    for (let k = start; k <= end; k++) {
      if (bad[order[k]]) {
        rankSumBad += midRank;
        bads++;
      }
    }
    start = end + 1;
  }
  const goods = order.length - bads;
  if (bads === 0 || goods === 0) return NaN;
  return (rankSumBad - (bads * (bads + 1)) / 2) / (bads * goods);
}

export const gini = (areaUnderCurve: number): number => 2 * areaUnderCurve - 1;

/**
 * Kolmogorov-Smirnov statistic: the largest gap between the cumulative risk distributions of bads
 * and goods, evaluated only between groups of tied values (a threshold cannot split a tie).
 */
export function ks(risk: ArrayLike<number>, bad: ArrayLike<boolean>): number {
  checkLengths(risk, bad);
  const order = ascendingOrder(risk);
  let bads = 0;
  for (let i = 0; i < bad.length; i++) if (bad[i]) bads++;
  const goods = bad.length - bads;
  if (bads === 0 || goods === 0) return NaN;
  let cumBad = 0;
  let cumGood = 0;
  let best = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && risk[order[end + 1]] === risk[order[start]]) end++;
    for (let k = start; k <= end; k++) {
      if (bad[order[k]]) cumBad++;
      else cumGood++;
    }
    best = Math.max(best, Math.abs(cumGood / goods - cumBad / bads));
    start = end + 1;
  }
  return best;
}

/** Mean squared error of the predicted PD against the 0/1 outcome. */
export function brier(pd: ArrayLike<number>, bad: ArrayLike<boolean>): number {
  checkLengths(pd, bad);
  if (pd.length === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < pd.length; i++) {
    const e = pd[i] - (bad[i] ? 1 : 0);
    sum += e * e;
  }
  return sum / pd.length;
}

export function summarize(pd: ArrayLike<number>, bad: ArrayLike<boolean>): MetricSummary {
  let bads = 0;
  for (let i = 0; i < bad.length; i++) if (bad[i]) bads++;
  const area = auc(pd, bad);
  return {
    n: pd.length,
    bads,
    badRate: pd.length ? bads / pd.length : NaN,
    auc: area,
    gini: gini(area),
    ks: ks(pd, bad),
    brier: brier(pd, bad),
  };
}

export interface CalibrationRow {
  group: number;
  count: number;
  minPd: number;
  maxPd: number;
  meanPd: number;
  observedBadRate: number;
}

/**
 * Rows sorted by predicted PD and cut into `groups` equal-count groups (deciles by default; tied
 * PDs may straddle a boundary). A calibrated model has meanPd close to observedBadRate everywhere.
 */
export function calibrationTable(pd: ArrayLike<number>, bad: ArrayLike<boolean>, groups = 10): CalibrationRow[] {
  checkLengths(pd, bad);
  const order = ascendingOrder(pd);
  const n = order.length;
  const table: CalibrationRow[] = [];
  for (let g = 0; g < groups; g++) {
    const from = Math.floor((g * n) / groups);
    const to = Math.floor(((g + 1) * n) / groups);
    if (to <= from) continue;
    let sumPd = 0;
    let bads = 0;
    for (let k = from; k < to; k++) {
      sumPd += pd[order[k]];
      if (bad[order[k]]) bads++;
    }
    const count = to - from;
    table.push({ group: table.length + 1, count, minPd: pd[order[from]], maxPd: pd[order[to - 1]], meanPd: sumPd / count, observedBadRate: bads / count });
  }
  return table;
}

export interface PsiBucket {
  lower: number | null;
  upper: number | null;
  expectedShare: number;
  actualShare: number;
  contribution: number;
}

export interface PsiResult {
  psi: number;
  buckets: PsiBucket[];
}

/**
 * Cut points at the quantiles of an ascending `sorted` sample: bucket k holds cuts[k-1] <= x < cuts[k]
 * (x >= cut goes up). Duplicate cuts (ties) and a cut at the minimum are dropped, so every bucket
 * of the sample is non-empty; a constant sample gets no cuts (one bucket).
 */
export function quantileCuts(sorted: ArrayLike<number>, buckets = 10): number[] {
  const cuts: number[] = [];
  for (let q = 1; q < buckets; q++) {
    const cut = sorted[Math.floor((q * sorted.length) / buckets)];
    if (cut > sorted[0] && (cuts.length === 0 || cut > cuts[cuts.length - 1])) cuts.push(cut);
  }
  return cuts;
}

/** The bucket of x among ascending `cuts` (x >= cut goes up): 0 .. cuts.length. */
export function bucketOf(cuts: readonly number[], x: number): number {
  let k = 0;
  while (k < cuts.length && x >= cuts[k]) k++;
  return k;
}

/** One bucket's PSI term (a - e) ln(a / e), either share floored at `epsilon` so the log stays finite. */
export function psiContribution(expectedShare: number, actualShare: number, epsilon = 1e-4): number {
  const es = Math.max(expectedShare, epsilon);
  const as = Math.max(actualShare, epsilon);
  return (as - es) * Math.log(as / es);
}

/**
 * Population stability index of `actual` against `expected` (e.g. test vs train scores). Buckets are
 * the expected distribution's deciles (x >= cut goes up); empty buckets count as `epsilon` so the
 * log stays finite. PSI = sum (a - e) ln(a / e); < 0.1 stable, 0.1-0.25 drifting, > 0.25 shifted.
 * (domain/drift generalises this to a stored reference with categories and missing values.)
 */
export function psi(expected: ArrayLike<number>, actual: ArrayLike<number>, buckets = 10, epsilon = 1e-4): PsiResult {
  if (expected.length === 0 || actual.length === 0) return { psi: NaN, buckets: [] };
  const cuts = quantileCuts(Array.from(expected).sort((a, b) => a - b), buckets);
  const e = new Array<number>(cuts.length + 1).fill(0);
  const a = new Array<number>(cuts.length + 1).fill(0);
  for (let i = 0; i < expected.length; i++) e[bucketOf(cuts, expected[i])]++;
  for (let i = 0; i < actual.length; i++) a[bucketOf(cuts, actual[i])]++;
  let total = 0;
  const result: PsiBucket[] = e.map((count, k) => {
    const contribution = psiContribution(count / expected.length, a[k] / actual.length, epsilon);
    total += contribution;
    return { lower: k === 0 ? null : cuts[k - 1], upper: k === cuts.length ? null : cuts[k], expectedShare: count / expected.length, actualShare: a[k] / actual.length, contribution };
  });
  return { psi: total, buckets: result };
}

export interface RocPoint {
  threshold: number;
  fpr: number;
  tpr: number;
}

/**
 * ROC curve: flagging every row with risk >= threshold, for each distinct threshold from the top
 * down; starts at (0, 0) (threshold +Infinity) and ends at (1, 1).
 */
export function rocCurve(risk: ArrayLike<number>, bad: ArrayLike<boolean>): RocPoint[] {
  checkLengths(risk, bad);
  const order = ascendingOrder(risk).reverse();
  let bads = 0;
  for (let i = 0; i < bad.length; i++) if (bad[i]) bads++;
  const goods = bad.length - bads;
  const points: RocPoint[] = [{ threshold: Infinity, fpr: 0, tpr: 0 }];
  let tp = 0;
  let fp = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && risk[order[end + 1]] === risk[order[start]]) end++;
    for (let k = start; k <= end; k++) {
      if (bad[order[k]]) tp++;
      else fp++;
    }
    points.push({ threshold: risk[order[start]], fpr: goods ? fp / goods : 0, tpr: bads ? tp / bads : 0 });
    start = end + 1;
  }
  return points;
}
