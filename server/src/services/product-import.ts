// Importing a product feed: parse and check it (catalog/import), embed the valid products in
// batches, and write each product with its embedding and its shelves in one transaction, so a
// product is imported whole or not at all: a row that fails to embed or to write is reported and
// skipped, and the rows before and after it stand. An import updates a product the feed repeats
// (every field replaced, never merged) and puts it on the named shelves; it takes nothing off a
// shelf. Each write announces itself to every replica (catalog/catalog-changes.ts); the caller
// reloads its own catalog when the import returns.
import { eq, getTableColumns, isNotNull } from 'drizzle-orm';
import { products, tenantProducts, tenants } from '../../../drizzle/schema.js';
import { announceCatalogChange } from '../catalog/catalog-changes.js';
import { checkFeed } from '../catalog/import/feed.js';
import type { FeedFormat, ImportProblem, ValidProduct } from '../catalog/import/types.js';
import type { AppDb } from '../db/index.js';
import { productText } from '../domain/recommendation/texts.js';
import type { Embedder } from '../ml/embedder.js';
import { auditLog } from '../security/audit-log.js';

export const EMBED_BATCH = 16;

export interface ProductImportOptions {
  format: FeedFormat;
  content: string;
  /** The shelf of rows that name no tenant. */
  defaultTenant: string;
  /**
   * Tenants this import may change: rows may name only these, and a product already on another
   * tenant's shelf is not changed (the catalog is shared). null: any tenant (the command line).
   */
  allowedTenants: ReadonlySet<string> | null;
  /** Who writes, in the change notices (CatalogStore.origin, or the command line's). */
  origin: string;
  /** Who imports, in the audit log (a user id; the command line's by default). */
  actor?: string;
  /** Called after each product is written or skipped, and once before the first. */
  onProgress?: (done: number, total: number) => void;
}

export interface ProductImportReport {
  rowsRead: number;
  inserted: number;
  updated: number;
  skipped: number;
  /** Problems of skipped rows, in line order; a row may have several. */
  problems: ImportProblem[];
  ignoredFields: string[];
  /** Ids written (inserted or updated), in feed order. */
  written: string[];
  ms: number;
}

/** The import cannot start (unknown tenant, another embedding model); nothing was written. */
export class ImportRefusedError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'ImportRefusedError';
  }
}

type WriteOutcome = 'inserted' | 'updated' | { refused: string };

/**
 * Runs an import; a FeedParseError when the feed cannot be read at all, an ImportRefusedError when
 * the import cannot start. Invalid rows are reported, never thrown.
 */
export async function importProductFeed(db: AppDb, embedder: Embedder, opts: ProductImportOptions): Promise<ProductImportReport> {
  const started = performance.now();
  const knownTenants = new Set((await db.select({ id: tenants.id }).from(tenants)).map((t) => t.id));
  if (!knownTenants.has(opts.defaultTenant)) throw new ImportRefusedError(`unknown tenant "${opts.defaultTenant}"`, 'tenantId');
  if (opts.allowedTenants && !opts.allowedTenants.has(opts.defaultTenant)) {
    throw new ImportRefusedError(`this import may not change tenant "${opts.defaultTenant}"`, 'tenantId');
  }
  const feed = checkFeed(opts.format, opts.content, { knownTenants, allowedTenants: opts.allowedTenants, defaultTenant: opts.defaultTenant });

  // Vectors of two models are never compared: a catalog embedded with another model is refused
  // whole rather than left with vectors of two spaces (search would compare them).
  if (feed.valid.length > 0) {
    const models = await db.selectDistinct({ model: products.embeddingModel }).from(products).where(isNotNull(products.embeddingModel));
    const other = models.find((m) => m.model !== embedder.modelId);
    if (other) {
      throw new ImportRefusedError(
        `the catalog is embedded with ${other.model} but this import runs ${embedder.modelId}; run it with EMBEDDING_MODEL set as the server's`,
        'embedding',
      );
    }
  }

  const problems = [...feed.problems];
  const written: string[] = [];
  let inserted = 0;
  let updated = 0;
  let skippedValid = 0;
  const total = feed.valid.length;
  let done = 0;
  opts.onProgress?.(0, total);
  const skip = (p: ValidProduct, field: string | null, reason: string) => {
    problems.push({ line: p.line, code: p.id, field, reason });
    skippedValid++;
  };

  for (let start = 0; start < total; start += EMBED_BATCH) {
    const batch = feed.valid.slice(start, start + EMBED_BATCH);
    let vectors: Float32Array[] | null = null;
    try {
      vectors = await embedder.embed(batch.map((p) => productText(p)));
    } catch (e) {
      for (const p of batch) skip(p, null, `could not be embedded: ${reasonOf(e)}`);
    }
    for (let i = 0; i < batch.length; i++) {
      const p = batch[i];
      const vector = vectors?.[i];
      if (vectors && (!vector || vector.length !== embedder.dimensions || !vector.every(Number.isFinite))) {
        skip(p, null, `the embedding model returned no usable vector`);
      } else if (vector) {
        try {
          const outcome = await writeProduct(db, p, vector, embedder.modelId, opts);
          if (outcome === 'inserted') inserted++;
          else if (outcome === 'updated') updated++;
          else skip(p, 'id', outcome.refused);
          if (typeof outcome === 'string') written.push(p.id);
        } catch (e) {
          skip(p, null, `could not be written: ${reasonOf(e)}`);
        }
      }
      opts.onProgress?.(++done, total);
    }
  }

  problems.sort((a, b) => a.line - b.line);
  const skippedRows = feed.rowsRead - feed.valid.length + skippedValid;
  return { rowsRead: feed.rowsRead, inserted, updated, skipped: skippedRows, problems, ignoredFields: feed.ignoredFields, written, ms: Math.round(performance.now() - started) };
}

/** The database's own words, not drizzle's wrapper (which repeats the statement and its parameters). */
function reasonOf(e: unknown): string {
  const cause = e instanceof Error && e.cause instanceof Error ? e.cause : e;
  return cause instanceof Error ? cause.message : String(cause);
}

/** One product, its embedding and its shelves in one transaction, with the change notice. */
async function writeProduct(db: AppDb, p: ValidProduct, embedding: Float32Array, embeddingModel: string, opts: ProductImportOptions): Promise<WriteOutcome> {
  return db.transaction(async (tx) => {
    const { embedding: _embedding, ...auditedColumns } = getTableColumns(products);
    const existing = await tx.select(auditedColumns).from(products).where(eq(products.id, p.id)).for('update');
    if (existing.length > 0 && opts.allowedTenants) {
      const shelves = await tx.select({ tenantId: tenantProducts.tenantId }).from(tenantProducts).where(eq(tenantProducts.productId, p.id));
      const others = [...new Set(shelves.map((s) => s.tenantId).filter((t) => !opts.allowedTenants!.has(t)))];
      if (others.length > 0) {
        return { refused: `"${p.id}" is also offered by ${others.map((t) => `"${t}"`).join(', ')}; a product shared with other tenants is changed by an operator only` };
      }
    }
    const { line: _line, tenants: shelves, id, ...fields } = p;
    const values = { ...fields, embedding, embeddingModel, updatedAt: new Date() };
    await tx
      .insert(products)
      .values({ id, ...values })
      .onConflictDoUpdate({ target: products.id, set: values });
    await tx
      .insert(tenantProducts)
      .values(shelves.map((tenantId) => ({ tenantId, productId: id })))
      .onConflictDoNothing();
    await announceCatalogChange(tx, opts.origin);
    const outcome = existing.length > 0 ? 'updated' : 'inserted';
    // One row per shelf's tenant: each tenant's log shows what changed on its shelf, before and after.
    const before = existing[0] as Record<string, unknown> | undefined;
    const changes = Object.entries(fields)
      .filter(([k, v]) => !before || JSON.stringify(before[k] ?? null) !== JSON.stringify(v ?? null))
      .map(([field, after]) => ({ field, before: before ? (before[field] ?? null) : null, after: after ?? null }));
    await auditLog.appendMany(
      tx,
      shelves.map((tenantId) => ({
        tenantId,
        actor: opts.actor ?? `import:${opts.origin}`,
        action: 'PRODUCT_IMPORTED',
        entityType: 'Product',
        entityId: id,
        details: { outcome, line: p.line, shelves, changes },
      })),
    );
    return outcome;
  });
}
