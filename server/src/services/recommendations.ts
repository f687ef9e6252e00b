// Application service: turns customers on record and prospects into engine profiles,
// runs the pure engine against the in-memory catalog, and logs what was served.
import type { HotReadCache } from '../cache/hot-reads.js';
import type { CatalogStore } from '../catalog/catalog-store.js';
import type { Embedder } from '../ml/embedder.js';
import type { CustomerRow, HoldingRow } from '../repositories/customers.js';
import { K_MAX, MODEL_VERSION, productGaps, prospectProfile, recommend } from '../domain/recommendation/index.js';
import { rerank, type RankerModel } from '../domain/ranking/ranker.js';
import type { RankingStrategy } from '../domain/ranking/experiments.js';
import type { RankingModelService } from './ranking-models.js';
import type { RecommendationExperimentService } from './recommendation-experiments.js';
import { needProfileFacets } from '../domain/recommendation/texts.js';
import { meanDirection } from '../ml/mean-direction.js';
import type { CustomerKind, Segment } from '../domain/reference.js';
import type { CatalogProduct, CustomerProfile, RecommendContext, ScoredProduct } from '../domain/recommendation/types.js';
import { feedbackAdjustments, isNeutral, type FeedbackAdjustments, type FeedbackState } from '../domain/recommendation/feedback.js';
import type { ValidProfileInput } from '../domain/profile-input.js';
import type { RecommendationLogger } from './recommendation-log.js';

export interface ServedRecommendation extends ScoredProduct {
  modelVersion: string;
  /** The experiment arm the customer was served in, if one runs. */
  experimentArm: string | null;
}

/** A ranking and the model that made it. */
interface Ranked {
  recs: ScoredProduct[];
  modelVersion: string;
}

const productMaps = new WeakMap<object, Map<string, CatalogProduct>>();
const learnedBases = new WeakMap<object, WeakMap<RankerModel, object>>();

/** A state's effects are recomputed for a new catalog snapshot, and hourly (dismissals expire). */
const ADJUSTMENTS_MAX_AGE_MS = 3_600_000;
const adjustmentsByState = new WeakMap<FeedbackState, { basis: object; at: number; adjustments: FeedbackAdjustments }>();

/** The engine's profile of a customer on record; `embeddingModel` is the catalog's (see below). */
export function customerProfileOf(c: CustomerRow, held: readonly HoldingRow[], embeddingModel: string | null): CustomerProfile {
  // A need vector from another model lives in another space; then need match is left out.
  const sameSpace = c.needEmbedding && c.needModel === embeddingModel;
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

export class RecommendationService {
  constructor(
    private readonly catalog: CatalogStore,
    private readonly embedder: Embedder,
    private readonly log: RecommendationLogger,
    private readonly hot: HotReadCache,
    private readonly ranker: RankingModelService | null = null,
    private readonly experiments: RecommendationExperimentService | null = null,
  ) {}

  profileOfCustomer(c: CustomerRow, held: HoldingRow[]): CustomerProfile {
    return customerProfileOf(c, held, this.catalog.current.embeddingModel);
  }

  /** A prospect's profile: the need vector is embedded now from its facets (cached by text). */
  async profileOfProspect(p: ValidProfileInput): Promise<CustomerProfile> {
    const profile = prospectProfile(p);
    if (this.catalog.current.embeddingModel === this.embedder.modelId) {
      profile.needEmbedding = meanDirection(await this.embedder.embed(needProfileFacets(profile)));
    }
    return profile;
  }

  /**
   * Top-k for the profile; every call is logged as served (with the model version and, when an
   * experiment runs, the customer's arm), whether or not the ranking was cached.
   */
  recommend(tenantId: string, profile: CustomerProfile, k: number): ServedRecommendation[] {
    const id = profile.customerId;
    const assignment = id === null ? null : (this.experiments?.armFor(tenantId, id) ?? null);
    const { recs, modelVersion } = this.ranked(tenantId, profile, k, assignment?.strategy ?? 'LEARNED');
    this.log.log(
      recs.map((r) => ({
        tenantId,
        customerId: id,
        productId: r.productId,
        rank: r.rank,
        score: r.score,
        confidence: r.confidence,
        modelVersion,
        experimentId: assignment?.experimentId ?? null,
        arm: assignment?.arm ?? null,
      })),
    );
    return recs.map((r) => ({ ...r, modelVersion, experimentArm: assignment?.arm ?? null }));
  }

  /**
   * Top-k for the profile without logging it as served (batch scoring, e.g. campaign audiences):
   * the same ranking, through the same hot-read cache, as recommend() outside experiments.
   */
  rank(tenantId: string, profile: CustomerProfile, k: number): ScoredProduct[] {
    return this.ranked(tenantId, profile, k, 'LEARNED').recs;
  }

  /**
   * LEARNED: the active ranker re-orders the rules engine's candidates (the rules order when no
   * ranker is trained yet); RULES: the rules engine's own order.
   */
  private ranked(tenantId: string, profile: CustomerProfile, k: number, strategy: RankingStrategy): Ranked {
    const s = this.catalog.current;
    const model = strategy === 'LEARNED' ? (this.ranker?.model ?? null) : null;
    const basis = model ? learnedBasis(s, model) : s;
    const modelVersion = model ? model.version : MODEL_VERSION;
    const id = profile.customerId;
    let recs = id === null ? undefined : this.hot.getRanking(tenantId, id, k, basis);
    if (!recs) {
      const ctx: RecommendContext = {
        catalog: s.catalog,
        peers: this.catalog.peersOf(tenantId),
        offeredProductIds: s.offeredByTenant.get(tenantId) ?? new Set(),
        feedback: this.adjustmentsFor(profile.feedback, s),
      };
      if (model) {
        const candidates = recommend(profile, ctx, Math.min(K_MAX, Math.max(k, model.candidates)));
        recs = rerank(profile, candidates, productMapOf(s), this.ranker!.statsFor(ctx.peers), model, k, ctx.feedback ?? null);
      } else {
        recs = recommend(profile, ctx, k);
      }
      if (id !== null) this.hot.setRanking(tenantId, id, k, basis, recs);
    }
    return { recs, modelVersion };
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

  /** The version rank() serves now: the active ranker's, or the rules engine's. */
  get servingVersion(): string {
    return this.ranker?.model?.version ?? MODEL_VERSION;
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

/** The catalog's products by id, built once per snapshot. */
function productMapOf(s: { catalog: CatalogProduct[] }): Map<string, CatalogProduct> {
  let m = productMaps.get(s);
  if (!m) productMaps.set(s, (m = new Map(s.catalog.map((p) => [p.id, p]))));
  return m;
}

/** The hot-read cache's basis for a learned ranking: new for each catalog snapshot and each model. */
function learnedBasis(snapshot: object, model: RankerModel): object {
  let byModel = learnedBases.get(snapshot);
  if (!byModel) learnedBases.set(snapshot, (byModel = new WeakMap()));
  let basis = byModel.get(model);
  if (!basis) byModel.set(model, (basis = {}));
  return basis;
}
