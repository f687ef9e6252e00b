// A fitted segmentation model: scaler, centroids and named clusters with their facts and what
// their members hold (for gap analysis). fitSegments() is pure and deterministic; serving assigns
// a customer to the nearest stored centroid.
import { clusterFacts } from './facts.js';
import { FEATURES, FEATURE_NAMES, type FeatureVector } from './features.js';
import { chooseK, nearest } from './kmeans.js';
import { nameClusters } from './naming.js';
import { fitScaler, scale, type Scaler } from './scaler.js';

export interface TrainingRow {
  customerId: number;
  features: FeatureVector;
  /** Active holdings: product id and category. */
  holdings: readonly { productId: string; category: string }[];
}

export interface SegmentCluster {
  /** Index in the model (0: the largest cluster). */
  index: number;
  name: string;
  tags: string[];
  facts: string[];
  /** Naming rule that gave the name, or null (named from the tags). */
  rule: string | null;
  standout: { feature: string; z: number }[];
  size: number;
  /** Share of members holding any product of each category. */
  categoryShare: Record<string, number>;
  /** Per category, the products most held by members, with their shares (at most 3). */
  topProducts: Record<string, { productId: string; share: number }[]>;
}

export interface SegmentModelData {
  k: number;
  featureNames: string[];
  scaler: Scaler;
  centroids: number[][];
  clusters: SegmentCluster[];
  inertia: number;
  silhouette: number;
  /** The silhouette and inertia of every k tried. */
  tried: { k: number; silhouette: number; inertia: number }[];
  trainingRows: number;
  seed: number;
}

export interface SegmentFit {
  model: SegmentModelData;
  assignments: { customerId: number; cluster: number; distance: number }[];
}

export interface FitOptions {
  seed: number;
  /** Values of k tried; the best silhouette wins (default 4-8, fewer for small data). */
  ks?: readonly number[];
}

/** The k tried by default: 4 to 8, but at least ~15 customers per cluster. */
export function defaultKs(rows: number): number[] {
  const max = Math.min(8, Math.floor(rows / 15));
  const ks: number[] = [];
  for (let k = Math.min(4, max); k <= max; k++) if (k >= 2) ks.push(k);
  return ks;
}

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

export function fitSegments(rows: readonly TrainingRow[], opts: FitOptions): SegmentFit {
  const ks = opts.ks ?? defaultKs(rows.length);
  if (ks.length === 0) throw new RangeError(`too few customers to segment: ${rows.length}`);
  const sorted = [...rows].sort((a, b) => a.customerId - b.customerId);
  const scaler = fitScaler(
    sorted.map((r) => r.features),
    FEATURES.map((f) => f.transform),
  );
  const points = sorted.map((r) => scale(scaler, r.features));
  const fit = chooseK(points, ks, { seed: opts.seed });

  // Clusters numbered by size, largest first (ties: the earlier centroid), so that ids read well.
  const sizes = new Array<number>(fit.k).fill(0);
  for (const l of fit.labels) sizes[l] += 1;
  const order = sizes.map((s, c) => ({ s, c })).sort((a, b) => b.s - a.s || a.c - b.c).map((x) => x.c);
  const centroids = order.map((c) => fit.centroids[c].map((v) => round(v, 6)));
  // Assignments against the rounded centroids as stored, so that serving reproduces them exactly
  // (the same as k-means' own final labels but for ties at the rounding's precision).
  const assignments = sorted.map((r) => ({ customerId: r.customerId, ...assign({ scaler, centroids }, r.features) }));
  const labels = assignments.map((a) => a.cluster);
  const named = nameClusters(centroids, FEATURE_NAMES);

  const clusters: SegmentCluster[] = centroids.map((_, i) => {
    const members = sorted.filter((_r, n) => labels[n] === i);
    const categoryHolders = new Map<string, number>();
    const productHolders = new Map<string, Map<string, number>>();
    for (const m of members) {
      const cats = new Set<string>();
      const prods = new Set<string>();
      for (const h of m.holdings) {
        cats.add(h.category);
        if (prods.has(h.productId)) continue;
        prods.add(h.productId);
        let byProduct = productHolders.get(h.category);
        if (!byProduct) productHolders.set(h.category, (byProduct = new Map()));
        byProduct.set(h.productId, (byProduct.get(h.productId) ?? 0) + 1);
      }
      for (const c of cats) categoryHolders.set(c, (categoryHolders.get(c) ?? 0) + 1);
    }
    const size = members.length;
    const categoryShare: Record<string, number> = {};
    for (const [c, n] of [...categoryHolders].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) categoryShare[c] = round(n / Math.max(1, size));
    const topProducts: Record<string, { productId: string; share: number }[]> = {};
    for (const [c, m] of [...productHolders].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      topProducts[c] = [...m]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 3)
        .map(([productId, n]) => ({ productId, share: round(n / Math.max(1, size)) }));
    }
    return {
      index: i,
      name: named[i].name,
      tags: named[i].tags,
      facts: clusterFacts(
        members.map((m) => m.features),
        named[i].standout,
      ),
      rule: named[i].rule,
      standout: named[i].standout,
      size,
      categoryShare,
      topProducts,
    };
  });

  return {
    model: {
      k: fit.k,
      featureNames: [...FEATURE_NAMES],
      scaler,
      centroids,
      clusters,
      inertia: round(fit.inertia, 3),
      silhouette: round(fit.silhouette),
      tried: fit.tried.map((t) => ({ k: t.k, silhouette: round(t.silhouette), inertia: round(t.inertia, 3) })),
      trainingRows: rows.length,
      seed: opts.seed,
    },
    assignments,
  };
}

/** The nearest centroid of raw features, and the distance to it in standardised units. */
export function assign(model: Pick<SegmentModelData, 'scaler' | 'centroids'>, features: FeatureVector): { cluster: number; distance: number } {
  const { cluster, sq } = nearest(model.centroids, scale(model.scaler, features));
  return { cluster, distance: round(Math.sqrt(sq)) };
}
