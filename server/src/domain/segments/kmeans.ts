// k-means with k-means++ seeding and a fixed seed (Lloyd's iterations, best of a few restarts),
// the silhouette coefficient, and the choice of k by silhouette. Deterministic: the same rows in
// the same order with the same seed give the same clusters. Written here rather than taken from
// a package: it is about sixty lines, and owning it keeps the seed, the restarts and the
// tie-breaking (lowest cluster index) under our control and unit-tested.
import { mulberry32 } from '../../ml/scorecard/random.js';

export interface KMeansResult {
  k: number;
  centroids: number[][];
  /** Cluster of each row. */
  labels: number[];
  /** Euclidean distance of each row to its centroid. */
  distances: number[];
  /** Sum of squared distances to the centroids. */
  inertia: number;
  iterations: number;
}

export interface KMeansOptions {
  seed: number;
  /** Independent k-means++ starts; the one with the lowest inertia wins (default 4). */
  restarts?: number;
  maxIterations?: number;
}

function sqDist(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) {
    const d = a[i] - b[i];
    s += d * d;
  }
  return s;
}

/** Index of the nearest centroid (lowest index on ties) and the squared distance to it. */
export function nearest(centroids: readonly (readonly number[])[], x: readonly number[]): { cluster: number; sq: number } {
  let best = 0;
  let bestSq = Infinity;
  for (let c = 0; c < centroids.length; c++) {
    const d = sqDist(centroids[c], x);
    if (d < bestSq) {
      bestSq = d;
      best = c;
    }
  }
  return { cluster: best, sq: bestSq };
}

function seedPlusPlus(points: readonly number[][], k: number, random: () => number): number[][] {
  const centroids = [points[Math.floor(random() * points.length)].slice()];
  const d2 = points.map((p) => sqDist(p, centroids[0]));
  while (centroids.length < k) {
    const total = d2.reduce((a, b) => a + b, 0);
    let pick = 0;
    if (total > 0) {
      let r = random() * total;
      for (pick = 0; pick < points.length - 1; pick++) if ((r -= d2[pick]) < 0) break;
    } else {
      pick = Math.floor(random() * points.length); // all points coincide with a centroid
    }
    const c = points[pick].slice();
    centroids.push(c);
    for (let i = 0; i < points.length; i++) d2[i] = Math.min(d2[i], sqDist(points[i], c));
  }
  return centroids;
}

function lloyd(points: readonly number[][], centroids: number[][], maxIterations: number): KMeansResult {
  const n = points.length;
  const dim = points[0].length;
  const k = centroids.length;
  const labels = new Array<number>(n).fill(-1);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      const { cluster } = nearest(centroids, points[i]);
      if (cluster !== labels[i]) {
        labels[i] = cluster;
        changed = true;
      }
    }
    if (!changed) break;
    const sums = Array.from({ length: k }, () => new Array<number>(dim).fill(0));
    const counts = new Array<number>(k).fill(0);
    for (let i = 0; i < n; i++) {
      counts[labels[i]] += 1;
      const s = sums[labels[i]];
      for (let j = 0; j < dim; j++) s[j] += points[i][j];
    }
    // An emptied cluster keeps its centroid (rare after k-means++ seeding).
    for (let c = 0; c < k; c++) if (counts[c] > 0) centroids[c] = sums[c].map((v) => v / counts[c]);
  }
  // Final assignment against the final centroids, so that serving (nearest centroid) agrees.
  const distances = new Array<number>(n);
  let inertia = 0;
  for (let i = 0; i < n; i++) {
    const { cluster, sq } = nearest(centroids, points[i]);
    labels[i] = cluster;
    distances[i] = Math.sqrt(sq);
    inertia += sq;
  }
  return { k, centroids, labels, distances, inertia, iterations };
}

export function kmeans(points: readonly number[][], k: number, opts: KMeansOptions): KMeansResult {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
  if (points.length < k) throw new RangeError(`k-means needs at least k = ${k} rows, got ${points.length}`);
  const random = mulberry32(opts.seed);
  let best: KMeansResult | null = null;
  for (let r = 0; r < (opts.restarts ?? 4); r++) {
    const run = lloyd(points, seedPlusPlus(points, k, random), opts.maxIterations ?? 100);
    if (!best || run.inertia < best.inertia) best = run;
  }
  return best!;
}

/**
 * Mean silhouette coefficient of a clustering, over at most `maxRows` rows (an evenly spaced,
 * deterministic sample: the computation is quadratic). 0 when there is a single cluster.
 */
export function silhouette(points: readonly number[][], labels: readonly number[], k: number, maxRows = 1000): number {
  if (k < 2) return 0;
  const step = Math.max(1, Math.ceil(points.length / maxRows));
  const idx: number[] = [];
  for (let i = 0; i < points.length; i += step) idx.push(i);
  let total = 0;
  for (const i of idx) {
    const sum = new Array<number>(k).fill(0);
    const cnt = new Array<number>(k).fill(0);
    for (const j of idx) {
      if (i === j) continue;
      sum[labels[j]] += Math.sqrt(sqDist(points[i], points[j]));
      cnt[labels[j]] += 1;
    }
    const own = labels[i];
    if (cnt[own] === 0) continue; // a singleton scores 0
    const a = sum[own] / cnt[own];
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && cnt[c] > 0) b = Math.min(b, sum[c] / cnt[c]);
    if (Number.isFinite(b)) total += (b - a) / Math.max(a, b);
  }
  return idx.length > 0 ? total / idx.length : 0;
}

/** Fits every k in the range and keeps the best silhouette (ties: the smaller k). */
export function chooseK(points: readonly number[][], ks: readonly number[], opts: KMeansOptions): KMeansResult & { silhouette: number; tried: { k: number; silhouette: number; inertia: number }[] } {
  const tried: { k: number; silhouette: number; inertia: number }[] = [];
  let best: (KMeansResult & { silhouette: number }) | null = null;
  for (const k of ks) {
    if (k > points.length) continue;
    const fit = kmeans(points, k, { ...opts, seed: opts.seed + k });
    const s = silhouette(points, fit.labels, k);
    tried.push({ k, silhouette: s, inertia: fit.inertia });
    if (!best || s > best.silhouette + 1e-12) best = { ...fit, silhouette: s };
  }
  if (!best) throw new RangeError(`too few rows (${points.length}) for any k in ${ks.join(', ')}`);
  return { ...best, tried };
}
