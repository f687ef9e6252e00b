// Application service: turns customers on record and prospects into engine profiles,
// runs the pure engine against the in-memory catalog, and logs what was served.
import type { CatalogStore } from '../catalog/catalog-store.js';
import type { Embedder } from '../ml/embedder.js';
import type { CustomerRow, HoldingRow } from '../repositories/customers.js';
import { MODEL_VERSION, inferSegment, productGaps, recommend } from '../domain/recommendation/index.js';
import { needProfileText } from '../domain/recommendation/texts.js';
import type { CustomerKind, Segment } from '../domain/reference.js';
import type { CustomerProfile, ScoredProduct } from '../domain/recommendation/types.js';
import type { ValidProfileInput } from '../domain/profile-input.js';
import type { RecommendationLogger } from './recommendation-log.js';

export interface ServedRecommendation extends ScoredProduct {
  modelVersion: string;
}

export class RecommendationService {
  constructor(
    private readonly catalog: CatalogStore,
    private readonly embedder: Embedder,
    private readonly log: RecommendationLogger,
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
      needEmbedding: sameSpace ? Float32Array.from(c.needEmbedding as number[]) : null,
    };
  }

  /** A prospect's profile: the need vector is embedded now, from the stated goals (cached by text). */
  async profileOfProspect(p: ValidProfileInput): Promise<CustomerProfile> {
    const segment = inferSegment(p);
    const base: CustomerProfile = {
      customerId: null,
      kind: p.kind,
      segment,
      age: p.age ?? null,
      yearsInBusiness: null,
      annualIncome: p.income,
      creditScore: p.creditScore ?? null,
      region: p.region,
      heldProductIds: p.existingProducts,
      goals: p.goals ?? '',
      spendProfile: null,
      needEmbedding: null,
    };
    const snapshot = this.catalog.current;
    if (snapshot.embeddingModel === this.embedder.modelId) {
      const [vector] = await this.embedder.embed([needProfileText(base)]);
      base.needEmbedding = vector;
    }
    return base;
  }

  recommend(tenantId: string, profile: CustomerProfile, k: number): ServedRecommendation[] {
    const s = this.catalog.current;
    const recs = recommend(profile, { catalog: s.catalog, peers: s.peers, offeredProductIds: s.offeredByTenant.get(tenantId) ?? new Set() }, k);
    this.log.log(
      recs.map((r) => ({
        tenantId,
        customerId: profile.customerId,
        productId: r.productId,
        rank: r.rank,
        score: r.score,
        confidence: r.confidence,
        modelVersion: MODEL_VERSION,
      })),
    );
    return recs.map((r) => ({ ...r, modelVersion: MODEL_VERSION }));
  }

  productGaps(tenantId: string, profile: CustomerProfile, limit = 5): string[] {
    const s = this.catalog.current;
    return productGaps(profile, { catalog: s.catalog, peers: s.peers, offeredProductIds: s.offeredByTenant.get(tenantId) ?? new Set() }, limit);
  }
}
