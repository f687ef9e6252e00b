// Cluster gap analysis: a product category most members of the customer's cluster hold and the
// customer does not is a gap; the product offered is the one most members hold, and the reason
// cites the cluster ("62% of affluent savers hold a credit card").
import type { SegmentCluster } from './model.js';

export interface GapProduct {
  id: string;
  name: string;
  category: string;
  customerKind: string;
}

export interface ClusterGap {
  productId: string;
  category: string;
  /** Share of the cluster holding any product of the category. */
  share: number;
  reason: string;
}

export interface ClusterGapOptions {
  /** Least category share in the cluster for a gap (default 0.5: "most"). */
  threshold?: number;
  /** Clusters smaller than this say nothing (default 10). */
  minClusterSize?: number;
  limit?: number;
}

const CATEGORY_WORDS: Readonly<Record<string, string>> = {
  CREDIT_CARD: 'a credit card',
  PERSONAL_LOAN: 'a personal loan',
  BUSINESS_LOAN: 'a business loan',
  MORTGAGE: 'a home loan',
  INSURANCE: 'insurance',
  SAVINGS: 'a savings account',
  INVESTMENT: 'an investment',
};

export function clusterGaps(
  cluster: SegmentCluster,
  customer: { kind: string; heldProductIds: readonly string[] },
  productById: (id: string) => GapProduct | undefined,
  isOffered: (id: string) => boolean,
  opts: ClusterGapOptions = {},
): ClusterGap[] {
  const threshold = opts.threshold ?? 0.5;
  if (cluster.size < (opts.minClusterSize ?? 10)) return [];
  const held = new Set(customer.heldProductIds);
  const heldCategories = new Set<string>();
  for (const id of held) {
    const p = productById(id);
    if (p) heldCategories.add(p.category);
  }
  const gaps: ClusterGap[] = [];
  const categories = Object.entries(cluster.categoryShare).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [category, share] of categories) {
    if (share < threshold || heldCategories.has(category)) continue;
    const pick = (cluster.topProducts[category] ?? [])
      .map((t) => ({ t, p: productById(t.productId) }))
      .find(({ p }) => p && !held.has(p.id) && isOffered(p.id) && (p.customerKind === 'ANY' || p.customerKind === customer.kind));
    if (!pick?.p) continue;
    const words = CATEGORY_WORDS[category] ?? category.toLowerCase().replace(/_/g, ' ');
    gaps.push({
      productId: pick.p.id,
      category,
      share,
      reason: `${Math.round(share * 100)}% of ${cluster.name} hold ${words}; ${pick.p.name} is the one most of them hold (${Math.round(pick.t.share * 100)}%)`,
    });
    if (gaps.length >= (opts.limit ?? 5)) break;
  }
  return gaps;
}
