// Types of the recommendation engine. Pure data: no GraphQL, no SQL.
import type { SpendProfile } from '../../../../drizzle/schema.js';
import type { CustomerKind, ProductAudience, ProductCategory, Segment } from '../reference.js';
import type { ComponentCode } from './weights.js';
import type { FeedbackAdjustments, FeedbackState } from './feedback.js';

export type { SpendProfile };

export interface CatalogProduct {
  id: string;
  name: string;
  category: ProductCategory;
  provider: string;
  aprMin: number | null;
  aprMax: number | null;
  annualFee: number;
  minIncome: number;
  minScore: number | null;
  minAge: number | null;
  maxAge: number | null;
  /** Empty: every region. */
  regions: string[];
  customerKind: ProductAudience;
  tags: string[];
  /** L2-normalised embedding; null until computed. */
  embedding: Float32Array | null;
  /** Optional: when present, its words help name the goal a need match came from. */
  description?: string;
}

/** A customer on record, or a prospect described by ProfileInput. */
export interface CustomerProfile {
  customerId: number | null;
  kind: CustomerKind;
  /** Known for customers on record; inferred for prospects. */
  segment: Segment;
  age: number | null;
  yearsInBusiness: number | null;
  annualIncome: number;
  creditScore: number | null;
  region: string;
  heldProductIds: string[];
  goals: string;
  spendProfile: SpendProfile | null;
  /** L2-normalised need-profile embedding, in the same space as product embeddings. */
  needEmbedding: Float32Array | null;
  /** The customer's folded feedback (feedback.ts); absent for prospects. */
  feedback?: FeedbackState | null;
}

/** Population statistics over holdings, refreshed in the background, never per request. */
export interface PeerStats {
  /** segment -> customers in it, and how many of them hold each product. */
  segments: Map<string, SegmentStats>;
  /** product -> co-held product -> number of customers holding both. */
  cooccurrence: Map<string, Map<string, number>>;
  /** product -> number of customers holding it. */
  holders: Map<string, number>;
}

export interface SegmentStats {
  /** Customers in the segment. */
  size: number;
  /** product id -> customers of the segment holding it. */
  holders: Map<string, number>;
  /**
   * Optional: category -> customers of the segment holding at least one product of it. Without
   * it the engine uses the largest product share of the category, a lower bound, and its
   * PRODUCT_GAP reason says "at least".
   */
  categoryHolders?: Map<string, number>;
}

export type ReasonCode = ComponentCode;

export interface ReasonOut {
  /** One of ReasonCode, or INTEREST_MATCH (feedback); typed as string for the GraphQL mapping. */
  code: string;
  text: string;
  /** Share of the score, 0..1; the reasons of one recommendation sum to at most 1. */
  weight: number;
}

export interface ScoredProduct {
  productId: string;
  rank: number;
  score: number;
  /** 0..100 */
  confidence: number;
  reasons: ReasonOut[];
  /** Optional breakdown for audit and analysis: each component's normalised value (0..1) before weighting. */
  components?: Record<ComponentCode, number>;
}

/** What recommend() and productGaps() read besides the profile. */
export interface RecommendContext {
  /** The whole product catalog, embeddings included. */
  catalog: CatalogProduct[];
  peers: PeerStats;
  /** The tenant's offer: when given, only these products are recommended. */
  offeredProductIds?: ReadonlySet<string>;
  /** The effects of the customer's feedback (feedbackAdjustments in feedback.ts); none when absent. */
  feedback?: FeedbackAdjustments | null;
}
