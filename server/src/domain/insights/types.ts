// The inputs and outputs of the strategic insights (Customer.insights). Pure data: no GraphQL, no SQL.
import type { SpendProfile } from '../../../../drizzle/schema.js';

export type InsightKind = 'ENGAGEMENT_STRATEGY' | 'PRODUCT_DISCOVERY' | 'SERVICE_OPTIMISATION';
export type FactSource = 'CLUSTER' | 'SPENDING' | 'HOLDINGS' | 'GAPS' | 'FEEDBACK' | 'INTERACTIONS' | 'CREDIT';

/** One fact an insight rests on; every number in the insight's text is the value of one of them. */
export interface InsightFact {
  label: string;
  value: string;
  source: FactSource;
}

export interface Insight {
  kind: InsightKind;
  title: string;
  text: string;
  facts: InsightFact[];
}

export interface InsightProduct {
  id: string;
  name: string;
  category: string;
  tags: readonly string[];
}

export interface InsightGap {
  product: InsightProduct;
  /** CLUSTER: share of the cluster holding the category; SEGMENT: share of the segment holding the product. */
  basis: 'CLUSTER' | 'SEGMENT';
  share: number;
  /** The cluster name or the segment label the share is of. */
  group: string;
}

export interface InteractionCounts {
  views: number;
  clicks: number;
  dismissals: number;
  applies: number;
  /** The window the counts cover. */
  days: number;
}

export interface InsightInput {
  kind: 'INDIVIDUAL' | 'BUSINESS';
  segmentLabel: string;
  creditScore: number | null;
  cluster: { name: string; tags: readonly string[] } | null;
  spend: SpendProfile | null;
  holdings: readonly InsightProduct[];
  /** Peer gaps, most telling first (cluster gaps before segment gaps). */
  gaps: readonly InsightGap[];
  feedback: { likedTags: readonly string[]; dislikedTags: readonly string[]; interests: readonly string[] };
  interactions: InteractionCounts;
}
