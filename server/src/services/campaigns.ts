// Campaign audiences: the tenant's customers for whom a product is a top recommendation.
//
// The customer base is scored in batches (customers in id order, BATCH_SIZE at a time: one
// statement for the rows, one for the holdings that the hot-read cache does not have), each
// customer with RecommendationService.rank: the same engine, eligibility, feedback (a disliked
// tag excludes) and hot-read cache as Customer.recommendations, without logging anything as
// served. The scored audience of a (tenant, product, topK) is kept for a short TTL, tied to the
// catalog snapshot it was computed on and to the tenant's feedback version (giveFeedback calls
// invalidate()), so that paging and CSV exports do not rescore; minConfidence filters it on read.
// A campaign contacts its audience: customers who have not consented to marketing contact (or to
// being ranked at all) are left out before they are scored, and counted.
import { LRUCache } from 'lru-cache';
import type { HotReadCache } from '../cache/hot-reads.js';
import type { CatalogStore } from '../catalog/catalog-store.js';
import type { AppDb } from '../db/index.js';
import type { ReasonOut } from '../domain/recommendation/types.js';
import { createLoaders } from '../loaders/index.js';
import { listCustomers, type CustomerRow } from '../repositories/customers.js';
import { fromGlobalId } from '../graphql/ids.js';
import type { Role } from '../security/viewer.js';
import type { RecommendationService } from './recommendations.js';

/** Who may build audiences: the people who look at customers as a book (as for segments). */
export const MAY_TARGET: readonly Role[] = ['ANALYST', 'ADMIN', 'RELATIONSHIP_MANAGER'];
export const CAMPAIGN_TOP_K_MAX = 10;
export const DEFAULT_TOP_K = 3;
export const DEFAULT_MIN_CONFIDENCE = 50;
const BATCH_SIZE = 200;
const DEFAULT_TTL_MS = 60_000;

export interface AudienceMember {
  customer: CustomerRow;
  productId: string;
  rank: number;
  confidence: number;
  reasons: ReasonOut[];
}

export interface Audience {
  productId: string;
  topK: number;
  minConfidence: number;
  /** Ordered by confidence (highest first), then customer id. */
  members: AudienceMember[];
  /** Customers scored to find them, and how long it took (0 when served from the cache). */
  scored: number;
  /** Customers left out unscored: no consent to MARKETING_CONTACT or to RECOMMENDATION. */
  withoutConsent: number;
  scoringMs: number;
  cached: boolean;
}

export interface AudienceOptions {
  minConfidence?: number;
  topK?: number;
}

/** A checked request, or the argument that is wrong. */
export type AudienceArgs = { ok: true; productId: string; minConfidence: number; topK: number } | { ok: false; field: string; message: string };

/** Checks the arguments the graph and the CSV export share; productId is a product code or a Product id. */
export function checkAudienceArgs(
  catalog: Pick<CatalogStore, 'productForTenant'>,
  tenantId: string,
  raw: { productId: unknown; minConfidence?: unknown; topK?: unknown },
): AudienceArgs {
  if (typeof raw.productId !== 'string' || raw.productId.length === 0) return { ok: false, field: 'productId', message: 'is required' };
  const g = fromGlobalId(raw.productId);
  const code = g?.type === 'Product' ? g.localId : raw.productId;
  if (!catalog.productForTenant(tenantId, code)) return { ok: false, field: 'productId', message: `unknown product "${raw.productId}"` };
  const minConfidence = raw.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  if (typeof minConfidence !== 'number' || !Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 100) {
    return { ok: false, field: 'minConfidence', message: `must be a number from 0 to 100, got ${String(raw.minConfidence)}` };
  }
  const topK = raw.topK ?? DEFAULT_TOP_K;
  if (typeof topK !== 'number' || !Number.isInteger(topK) || topK < 1 || topK > CAMPAIGN_TOP_K_MAX) {
    return { ok: false, field: 'topK', message: `must be an integer from 1 to ${CAMPAIGN_TOP_K_MAX}, got ${String(raw.topK)}` };
  }
  return { ok: true, productId: code, minConfidence, topK };
}

/** Audience order: confidence, highest first, then customer id. */
export function compareMembers(a: { confidence: number; customer: { id: number } }, b: { confidence: number; customer: { id: number } }): number {
  return b.confidence - a.confidence || a.customer.id - b.customer.id;
}

interface Scored {
  basis: object;
  members: AudienceMember[];
  scored: number;
  withoutConsent: number;
  scoringMs: number;
}

export class CampaignService {
  /** Null when the TTL is 0: every request scores afresh. */
  private readonly cache: LRUCache<string, { basis: object; result: Promise<Scored> }> | null;
  /** Bumped by invalidate(): a tenant's cached audiences are then never read again. */
  private readonly versions = new Map<string, number>();
  private readonly batchSize: number;

  constructor(
    private readonly db: AppDb,
    private readonly catalog: CatalogStore,
    private readonly recommendations: RecommendationService,
    private readonly hot: HotReadCache,
    opts: { ttlMs?: number; max?: number; batchSize?: number } = {},
  ) {
    const ttl = opts.ttlMs ?? DEFAULT_TTL_MS;
    this.cache = ttl > 0 ? new LRUCache({ max: opts.max ?? 200, ttl }) : null;
    this.batchSize = opts.batchSize ?? BATCH_SIZE;
  }

  /** The audience of a product (a product code the tenant offers; callers check it with checkAudienceArgs). */
  async audience(tenantId: string, productId: string, opts: AudienceOptions = {}): Promise<Audience> {
    const topK = opts.topK ?? DEFAULT_TOP_K;
    const minConfidence = opts.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
    const basis = this.catalog.current;
    const key = `${tenantId}\u0000${this.versions.get(tenantId) ?? 0}\u0000${productId}\u0000${topK}`;
    const cache = this.cache;
    let entry = cache?.get(key);
    let cached = true;
    if (!entry || entry.basis !== basis) {
      cached = false;
      entry = { basis, result: this.score(tenantId, productId, topK) };
      if (cache) {
        cache.set(key, entry);
        const mine = entry;
        mine.result.catch(() => {
          if (cache.get(key) === mine) cache.delete(key);
        });
      }
    }
    const s = await entry.result;
    return {
      productId,
      topK,
      minConfidence,
      members: s.members.filter((m) => m.confidence >= minConfidence),
      scored: s.scored,
      withoutConsent: s.withoutConsent,
      scoringMs: cached ? 0 : s.scoringMs,
      cached,
    };
  }

  /** Drops the tenant's cached audiences (a customer's feedback changed its rankings). */
  invalidate(tenantId: string): void {
    this.versions.set(tenantId, (this.versions.get(tenantId) ?? 0) + 1);
  }

  private async score(tenantId: string, productId: string, topK: number): Promise<Scored> {
    const started = performance.now();
    const basis = this.catalog.current;
    const loaders = createLoaders(this.db, tenantId, this.hot);
    const members: AudienceMember[] = [];
    let scored = 0;
    let withoutConsent = 0;
    let afterId: number | null = null;
    for (;;) {
      const page = await listCustomers(this.db, tenantId, {}, { first: this.batchSize, afterId });
      if (page.rows.length === 0) break;
      const rows = page.rows.filter((c) => c.consentMarketing && c.consentRecommendation);
      withoutConsent += page.rows.length - rows.length;
      const held = await loaders.holdings.loadMany(rows.map((c) => c.id));
      rows.forEach((c, i) => {
        const h = held[i];
        if (h instanceof Error) throw h;
        const ranked = this.recommendations.rank(tenantId, this.recommendations.profileOfCustomer(c, h), topK);
        const hit = ranked.find((r) => r.productId === productId);
        if (hit) members.push({ customer: c, productId, rank: hit.rank, confidence: hit.confidence, reasons: hit.reasons });
      });
      scored += rows.length;
      loaders.holdings.clearAll(); // a batch's holdings are not needed again
      if (!page.hasNextPage) break;
      afterId = page.rows[page.rows.length - 1].id;
    }
    members.sort(compareMembers);
    return { basis, members, scored, withoutConsent, scoringMs: performance.now() - started };
  }
}
