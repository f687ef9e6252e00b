// The catalog held in memory: products with their embeddings, tenants and what each offers,
// peer statistics, and the vector index for semantic search. It is small (hundreds of rows),
// read on every recommendation, and changes rarely, so it is loaded once and reloaded on change.
import { randomUUID } from 'node:crypto';
import { products, tenantProducts, tenants } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import { emptyPeerStats, loadPeerStats } from '../db/peer-stats.js';
import type { ProductCategory, ProductAudience } from '../domain/reference.js';
import type { CatalogProduct, PeerStats } from '../domain/recommendation/types.js';
import { VectorIndex } from '../ml/vector-index.js';

export type ProductRow = typeof products.$inferSelect;
export type TenantRow = typeof tenants.$inferSelect;

export interface CatalogSnapshot {
  products: ProductRow[];
  productById: Map<string, ProductRow>;
  /** The engine's view of each product, embeddings as Float32Array. */
  catalog: CatalogProduct[];
  tenants: Map<string, TenantRow>;
  offeredByTenant: Map<string, Set<string>>;
  /** Peer statistics of each tenant's own customers. */
  peersByTenant: Map<string, PeerStats>;
  index: VectorIndex;
  /** The embedding model the product vectors came from. */
  embeddingModel: string | null;
  loadedAt: Date;
}

const EMPTY_PEERS = emptyPeerStats();

export class CatalogStore {
  private snapshot: CatalogSnapshot | null = null;
  /** Reloads started, and the number of the one whose snapshot is current. */
  private reloadsStarted = 0;
  private installed = 0;
  /** Names this replica in catalog-change notices, so that it ignores its own (catalog-changes.ts). */
  readonly origin = `replica:${randomUUID()}`;

  constructor(private readonly db: AppDb) {}

  get current(): CatalogSnapshot {
    if (!this.snapshot) throw new Error('catalog not loaded yet');
    return this.snapshot;
  }

  /**
   * Reload everything; readers keep the old snapshot until the new one is complete. Of reloads
   * that overlap, the one started last wins: an earlier one finishing later never puts back an
   * older catalog.
   */
  async reload(): Promise<CatalogSnapshot> {
    const number = ++this.reloadsStarted;
    const [productRows, tenantRows, offers, peers] = await Promise.all([
      this.db.select().from(products).orderBy(products.id),
      this.db.select().from(tenants).orderBy(tenants.id),
      this.db.select().from(tenantProducts),
      loadPeerStats(this.db),
    ]);
    const catalog = productRows.map(toCatalogProduct);
    const withVectors = catalog.filter((p) => p.embedding);
    const dimensions = withVectors[0]?.embedding?.length ?? 0;
    const index = new VectorIndex(dimensions);
    index.rebuild(withVectors.map((p) => ({ id: p.id, vector: p.embedding as Float32Array })));
    const offeredByTenant = new Map<string, Set<string>>();
    for (const o of offers) {
      let set = offeredByTenant.get(o.tenantId);
      if (!set) offeredByTenant.set(o.tenantId, (set = new Set()));
      set.add(o.productId);
    }
    if (number < this.installed && this.snapshot) return this.snapshot;
    this.installed = number;
    this.snapshot = {
      products: productRows,
      productById: new Map(productRows.map((p) => [p.id, p])),
      catalog,
      tenants: new Map(tenantRows.map((t) => [t.id, t])),
      offeredByTenant,
      peersByTenant: peers,
      index,
      embeddingModel: productRows.find((p) => p.embeddingModel)?.embeddingModel ?? null,
      loadedAt: new Date(),
    };
    return this.snapshot;
  }

  /** The tenant's peer statistics (empty for a tenant without customers yet). */
  peersOf(tenantId: string): PeerStats {
    return this.current.peersByTenant.get(tenantId) ?? EMPTY_PEERS;
  }

  /** Products the tenant offers, in catalog order. */
  offeredProducts(tenantId: string): ProductRow[] {
    const s = this.current;
    const offered = s.offeredByTenant.get(tenantId);
    return offered ? s.products.filter((p) => offered.has(p.id)) : [];
  }

  /** The product if the tenant offers it; null otherwise, so other tenants' catalogs stay invisible. */
  productForTenant(tenantId: string, productId: string): ProductRow | null {
    const s = this.current;
    return s.offeredByTenant.get(tenantId)?.has(productId) ? (s.productById.get(productId) ?? null) : null;
  }
}

function toCatalogProduct(p: ProductRow): CatalogProduct {
  return {
    id: p.id,
    name: p.name,
    category: p.category as ProductCategory,
    provider: p.provider,
    aprMin: p.aprMin,
    aprMax: p.aprMax,
    annualFee: p.annualFee,
    minIncome: p.minIncome,
    minScore: p.minScore,
    minAge: p.minAge,
    maxAge: p.maxAge,
    regions: p.regions,
    customerKind: p.customerKind as ProductAudience,
    tags: p.tags,
    embedding: p.embedding,
  };
}
