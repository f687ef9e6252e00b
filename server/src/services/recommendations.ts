// Application service: turns customers on record and prospects into engine profiles,
// runs the pure engine against the in-memory catalog, and logs what was served.
import type { HotReadCache } from '../cache/hot-reads.js';
import type { CatalogStore } from '../catalog/catalog-store.js';
import type { Embedder } from '../ml/embedder.js';
import type { CustomerRow, HoldingRow } from '../repositories/customers.js';
import { MODEL_VERSION, productGaps, prospectProfile, recommend } from '../domain/recommendation/index.js';
import { needProfileFacets } from '../domain/recommendation/texts.js';
import { meanDirection } from '../ml/mean-direction.js';
import type { CustomerKind, Segment } from '../domain/reference.js';
import type { CustomerProfile, RecommendContext, ScoredProduct } from '../domain/recommendation/types.js';
import { feedbackAdjustments, isNeutral, type FeedbackAdjustments, type FeedbackState } from '../domain/recommendation/feedback.js';
import type { ValidProfileInput } from '../domain/profile-input.js';
import type { RecommendationLogger } from './recommendation-log.js';

export interface ServedRecommendation extends ScoredProduct {
  modelVersion: string;
}

/** A state's effects are recomputed for a new catalog snapshot, and hourly (dismissals expire). */
const ADJUSTMENTS_MAX_AGE_MS = 3_600_000;
const adjustmentsByState = new WeakMap<FeedbackState, { basis: object; at: number; adjustments: FeedbackAdjustments }>();

export class RecommendationService {
  constructor(
    private readonly catalog: CatalogStore,
    private readonly embedder: Embedder,
    private readonly log: RecommendationLogger,
    private readonly hot: HotReadCache,
  ) {}

  profileOfCustomer(c: CustomerRow, held: HoldingRow[]): CustomerProfile {
    const snapshot = this.catalog.current;
    // A need vector from another model lives in another space; then need match is left out.
    const sameSpace = c.needEmbedding && c.needModel === snapshot.embeddingModel;
    return {
      customerId: c.id,
      kind: c.kind as CustomerKind,
      segment: c.segment as Segment,
      age: c.age,
      yearsInBusiness: c.yearsInBusiness,
      annualIncome: c.annualIncome,
      creditScore: c.creditScore,
      region: c.region,
      heldProductIds: held.map((h) => h.productId),
      goals: c.goals,
      spendProfile: c.spendProfile ?? null,
      needEmbedding: sameSpace ? c.needEmbedding : null,
      feedback: c.feedbackState ?? null,
    };
  }

  /** A prospect's profile: the need vector is embedded now from its facets (cached by text). */
  async profileOfProspect(p: ValidProfileInput): Promise<CustomerProfile> {
    const profile = prospectProfile(p);
    if (this.catalog.current.embeddingModel === this.embedder.modelId) {
      profile.needEmbedding = meanDirection(await this.embedder.embed(needProfileFacets(profile)));
    }
    return profile;
  }

  /** Top-k for the profile; every call is logged as served, whether or not the ranking was cached. */
  recommend(tenantId: string, profile: CustomerProfile, k: number): ServedRecommendation[] {
    const id = profile.customerId;
    const recs = this.rank(tenantId, profile, k);
    this.log.log(
      recs.map((r) => ({
        tenantId,
        customerId: id,
        productId: r.productId,
        rank: r.rank,
        score: r.score,
        confidence: r.confidence,
        modelVersion: MODEL_VERSION,
      })),
    );
    return recs.map((r) => ({ ...r, modelVersion: MODEL_VERSION }));
  }

  /**
   * Top-k for the profile without logging it as served (batch scoring, e.g. campaign audiences):
   * the same ranking, through the same hot-read cache, as recommend().
   */
  rank(tenantId: string, profile: CustomerProfile, k: number): ScoredProduct[] {
    const s = this.catalog.current;
    const id = profile.customerId;
    let recs = id === null ? undefined : this.hot.getRanking(tenantId, id, k, s);
    if (!recs) {
      const ctx: RecommendContext = {
        catalog: s.catalog,
        peers: this.catalog.peersOf(tenantId),
        offeredProductIds: s.offeredByTenant.get(tenantId) ?? new Set(),
        feedback: this.adjustmentsFor(profile.feedback, s),
      };
      recs = recommend(profile, ctx, k);
      if (id !== null) this.hot.setRanking(tenantId, id, k, s, recs);
    }
    return recs;
  }

  /**
   * Top-k for a what-if copy of a profile: neither logged as served nor read from or written to
   * the hot-read cache (which keeps customers' real rankings). With `needsChanged` (new goals) the
   * need vector is embedded again from the changed profile's facets.
   */
  async rankWhatIf(tenantId: string, profile: CustomerProfile, k: number, needsChanged: boolean): Promise<ScoredProduct[]> {
    const p: CustomerProfile = { ...profile, customerId: null };
    if (needsChanged) {
      p.needEmbedding = this.catalog.current.embeddingModel === this.embedder.modelId ? meanDirection(await this.embedder.embed(needProfileFacets(p))) : null;
    }
    return this.rank(tenantId, p, k);
  }

  /** The effects of a customer's feedback on this catalog, computed once per state object (the row's, cached with it). */
  private adjustmentsFor(state: FeedbackState | null | undefined, basis: { catalog: RecommendContext['catalog'] }): FeedbackAdjustments | null {
    if (!state || isNeutral(state)) return null;
    const now = Date.now();
    const hit = adjustmentsByState.get(state);
    if (hit && hit.basis === basis && now - hit.at < ADJUSTMENTS_MAX_AGE_MS) return hit.adjustments;
    const adjustments = feedbackAdjustments(state, basis.catalog, new Date(now));
    adjustmentsByState.set(state, { basis, at: now, adjustments });
    return adjustments;
  }

  productGaps(tenantId: string, profile: CustomerProfile, limit = 5): string[] {
    const s = this.catalog.current;
    return productGaps(profile, { catalog: s.catalog, peers: this.catalog.peersOf(tenantId), offeredProductIds: s.offeredByTenant.get(tenantId) ?? new Set() }, limit);
  }
}
