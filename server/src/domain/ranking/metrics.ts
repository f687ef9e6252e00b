// Offline ranking metrics, per customer, then averaged over customers with at least one relevant item.
//   Recall@K  relevant items in the top K / relevant items
//   NDCG@K    graded: gain 2^rel − 1 (an approved application is worth more than an application)
//   MAP@K     average precision at K, normalised by min(K, relevant items)

/** product id -> relevance grade (> 0 is relevant). */
export type Relevance = ReadonlyMap<string, number>;

export function recallAtK(ranked: readonly string[], rel: Relevance, k: number): number {
  const relevant = countRelevant(rel);
  if (relevant === 0) return 0;
  let hits = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) if ((rel.get(ranked[i]) ?? 0) > 0) hits++;
  return hits / relevant;
}

export function ndcgAtK(ranked: readonly string[], rel: Relevance, k: number): number {
  let dcg = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) dcg += gain(rel.get(ranked[i]) ?? 0) / Math.log2(i + 2);
  const ideal = [...rel.values()].filter((g) => g > 0).sort((a, b) => b - a);
  let idcg = 0;
  for (let i = 0; i < Math.min(k, ideal.length); i++) idcg += gain(ideal[i]) / Math.log2(i + 2);
  return idcg > 0 ? dcg / idcg : 0;
}

export function averagePrecisionAtK(ranked: readonly string[], rel: Relevance, k: number): number {
  const relevant = countRelevant(rel);
  if (relevant === 0) return 0;
  let hits = 0;
  let sum = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    if ((rel.get(ranked[i]) ?? 0) > 0) {
      hits++;
      sum += hits / (i + 1);
    }
  }
  return sum / Math.min(k, relevant);
}

export const EVALUATION_KS = [3, 5, 10] as const;

export interface RankingMetrics {
  /** Customers evaluated (those with at least one relevant item). */
  customers: number;
  recall: Record<number, number>;
  ndcg: Record<number, number>;
  map: Record<number, number>;
}

/** Mean metrics over the lists; lists without a relevant item are skipped. */
export function evaluateRankings(lists: readonly { ranked: readonly string[]; rel: Relevance }[], ks: readonly number[] = EVALUATION_KS): RankingMetrics {
  const used = lists.filter((l) => countRelevant(l.rel) > 0);
  const mean = (f: (l: (typeof used)[number], k: number) => number) =>
    Object.fromEntries(ks.map((k) => [k, used.length === 0 ? 0 : used.reduce((s, l) => s + f(l, k), 0) / used.length]));
  return {
    customers: used.length,
    recall: mean((l, k) => recallAtK(l.ranked, l.rel, k)),
    ndcg: mean((l, k) => ndcgAtK(l.ranked, l.rel, k)),
    map: mean((l, k) => averagePrecisionAtK(l.ranked, l.rel, k)),
  };
}

function gain(grade: number): number {
  return grade > 0 ? 2 ** grade - 1 : 0;
}

function countRelevant(rel: Relevance): number {
  let n = 0;
  for (const g of rel.values()) if (g > 0) n++;
  return n;
}
