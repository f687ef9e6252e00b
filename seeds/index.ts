// Seeds a migrated, empty database: tenants, the catalog with product embeddings, and a
// deterministic stream of customers with holdings, transactions and need embeddings, written in
// batches so that memory stays flat at a million customers. Ends by computing peer statistics.
import { sql } from 'drizzle-orm';
import { customers, products, tenantProducts, tenants } from '../drizzle/schema.js';
import type { Database } from '../server/src/db/index.js';
import { refreshPeerStats } from '../server/src/db/peer-stats.js';
import { needProfileFacets, productText } from '../server/src/domain/recommendation/texts.js';
import type { Embedder } from '../server/src/ml/embedder.js';
import { openBulkWriter, vectorHex, type BulkWriter, type TableSpec } from './bulk-insert.js';
import { CATALOG } from './catalog.js';
import { DEFAULT_TRANSACTIONS_PER_MONTH, generateCustomers, type CustomerSeed, type GeneratedCustomer, type HoldingSeed, type TransactionSeed } from './generator.js';
import { NeedEmbeddings } from './need-embeddings.js';
import { tenantProductRows, tenantRows } from './tenants.js';

export { DEFAULT_TENANT_ID, NORTHWIND_TENANT_ID, TENANTS } from './tenants.js';
export { CATALOG } from './catalog.js';
export { generateCustomer, generateCustomers } from './generator.js';

export type SeedPhase = 'catalog' | 'customers' | 'peer stats';

export interface SeedOptions {
  customers: number;
  seed: number;
  embedder: Embedder;
  /** Target transactions per customer and month (default 20); 0 writes none, spend profiles are still stored. */
  transactionsPerMonth?: number;
  /** Customers per write (default 1,000). */
  batchSize?: number;
  onProgress?: (done: number, total: number, phase: SeedPhase) => void;
  /** Distinct need texts kept in memory between batches (default 100,000). */
  needCacheEntries?: number;
  /**
   * Embed need profiles (default true). The model is the slowest part of a large seed; load
   * tests of the database may turn it off, leaving need_embedding null (no need match).
   */
  needEmbeddings?: boolean;
}

export interface SeedSummary {
  customers: number;
  holdings: number;
  transactions: number;
  products: number;
  /** Distinct need-profile texts sent to the model. */
  needTextsEmbedded: number;
  ms: number;
}

export const DEFAULT_BATCH_SIZE = 1000;

function checkOptions(opts: SeedOptions): void {
  const whole = (name: string, v: number, min: number) => {
    if (!Number.isInteger(v) || v < min) throw new RangeError(`${name} must be an integer >= ${min}, got ${v}`);
  };
  whole('customers', opts.customers, 0);
  whole('seed', opts.seed, Number.MIN_SAFE_INTEGER);
  whole('transactionsPerMonth', opts.transactionsPerMonth ?? DEFAULT_TRANSACTIONS_PER_MONTH, 0);
  whole('batchSize', opts.batchSize ?? DEFAULT_BATCH_SIZE, 1);
}

export async function seedDatabase(database: Database, opts: SeedOptions): Promise<SeedSummary> {
  checkOptions(opts);
  const started = performance.now();
  const report = opts.onProgress ?? (() => {});

  report(0, 1, 'catalog');
  await writeCatalog(database, opts.embedder);
  report(1, 1, 'catalog');

  report(0, opts.customers, 'customers');
  const writer = await openBulkWriter(database);
  let counts: Awaited<ReturnType<typeof writeCustomers>>;
  try {
    counts = await writeCustomers(writer, opts, (done) => report(done, opts.customers, 'customers'));
  } finally {
    await writer.close();
  }

  report(0, 1, 'peer stats');
  await refreshPeerStats(database);
  // Fresh planner statistics: without them a bulk-loaded table is planned as if it were empty
  // (name search over a million customers went from 5 ms to a 240 ms bitmap scan).
  await database.db.execute(sql`analyze`);
  report(1, 1, 'peer stats');

  return { ...counts, products: CATALOG.length, ms: Math.round(performance.now() - started) };
}

async function writeCatalog(database: Database, embedder: Embedder): Promise<void> {
  const vectors = await embedder.embed(CATALOG.map((p) => productText(p)));
  await database.db.insert(tenants).values(tenantRows());
  await database.db.insert(products).values(
    CATALOG.map((p, i) => ({ ...p, regions: [...p.regions], tags: [...p.tags], embedding: vectors[i], embeddingModel: embedder.modelId })),
  );
  await database.db.insert(tenantProducts).values(tenantProductRows());
}

// ---------------------------------------------------------------- customers in batches

type CustomerRow = CustomerSeed & { needEmbedding: string | null; needModel: string | null };

const CUSTOMERS: TableSpec<CustomerRow> = {
  table: 'customers',
  columns: [
    { name: 'id', type: 'int4', value: (c) => c.id },
    { name: 'tenant_id', type: 'text', value: (c) => c.tenantId },
    { name: 'name', type: 'text', value: (c) => c.name },
    { name: 'kind', type: 'text', value: (c) => c.kind },
    { name: 'segment', type: 'text', value: (c) => c.segment },
    { name: 'region', type: 'text', value: (c) => c.region },
    { name: 'age', type: 'int4', value: (c) => c.age },
    { name: 'years_in_business', type: 'int4', value: (c) => c.yearsInBusiness },
    { name: 'annual_income', type: 'float8', value: (c) => c.annualIncome },
    { name: 'employment', type: 'text', value: (c) => c.employment },
    { name: 'credit_score', type: 'int4', value: (c) => c.creditScore },
    { name: 'goals', type: 'text', value: (c) => c.goals },
    { name: 'consent_marketing', type: 'bool', value: (c) => c.consentMarketing },
    { name: 'consent_bureau', type: 'bool', value: (c) => c.consentBureau },
    { name: 'spend_profile', type: 'jsonb', value: (c) => c.spendProfile },
    { name: 'need_embedding', type: 'vector', value: (c) => c.needEmbedding },
    { name: 'need_model', type: 'text', value: (c) => c.needModel },
  ],
};

const HOLDINGS: TableSpec<HoldingSeed> = {
  table: 'holdings',
  columns: [
    { name: 'customer_id', type: 'int4', value: (h) => h.customerId },
    { name: 'product_id', type: 'text', value: (h) => h.productId },
    { name: 'opened_at', type: 'timestamptz', value: (h) => h.openedAt },
    { name: 'balance', type: 'float8', value: (h) => h.balance },
    { name: 'status', type: 'text', value: (h) => h.status },
  ],
};

const TRANSACTIONS: TableSpec<TransactionSeed> = {
  table: 'transactions',
  columns: [
    { name: 'customer_id', type: 'int4', value: (t) => t.customerId },
    { name: 'occurred_at', type: 'timestamptz', value: (t) => t.occurredAt },
    { name: 'amount', type: 'float8', value: (t) => t.amount },
    { name: 'category', type: 'text', value: (t) => t.category },
    { name: 'channel', type: 'text', value: (t) => t.channel },
    { name: 'description', type: 'text', value: (t) => t.description },
  ],
};

const YIELD_EVERY = 50;

/**
 * Groups the stream into batches. Generating is synchronous CPU work; yielding to the event loop
 * every few customers keeps the previous batch's COPY stream flowing in the meantime.
 */
async function* batches<T>(items: Iterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    } else if (batch.length % YIELD_EVERY === 0) {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  if (batch.length > 0) yield batch;
}

async function writeBatch(writer: BulkWriter, batch: GeneratedCustomer[], rows: CustomerRow[]): Promise<void> {
  // Holdings and transactions reference customers: customers go first, even with checks off.
  await writer.insert(CUSTOMERS, rows);
  await writer.insert(
    HOLDINGS,
    batch.flatMap((g) => g.holdings),
  );
  await writer.insert(
    TRANSACTIONS,
    batch.flatMap((g) => g.transactions),
  );
}

async function writeCustomers(
  writer: BulkWriter,
  opts: SeedOptions,
  progress: (done: number) => void,
): Promise<{ customers: number; holdings: number; transactions: number; needTextsEmbedded: number }> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const needs = new NeedEmbeddings(opts.embedder, Math.max(opts.needCacheEntries ?? 100_000, 2 * batchSize));
  const stream = generateCustomers({ seed: opts.seed, customers: opts.customers, transactionsPerMonth: opts.transactionsPerMonth });
  const totals = { customers: 0, holdings: 0, transactions: 0 };

  // One batch is written while the next is generated and embedded: on PostgreSQL the server
  // works in parallel with this process, and the model runs in its own worker threads.
  let writing: Promise<void> | null = null;
  for await (const batch of batches(stream, batchSize)) {
    const vectors = opts.needEmbeddings === false ? null : await needs.needVectorsFor(batch.map((g) => needProfileFacets(g.customer)));
    const rows: CustomerRow[] = batch.map((g, i) => ({
      ...g.customer,
      needEmbedding: vectors ? vectorHex(vectors[i]) : null,
      needModel: vectors ? opts.embedder.modelId : null,
    }));
    if (writing) await writing;
    writing = writeBatch(writer, batch, rows).then(() => {
      totals.customers += batch.length;
      for (const g of batch) {
        totals.holdings += g.holdings.length;
        totals.transactions += g.transactions.length;
      }
      progress(totals.customers);
    });
    // Handled when awaited above; this only stops a failure from counting as unhandled meanwhile.
    writing.catch(() => {});
  }
  if (writing) await writing;
  return { ...totals, needTextsEmbedded: needs.stats.embedded };
}

// ---------------------------------------------------------------- state

/** True when any customer exists. */
export async function isSeeded(database: Database): Promise<boolean> {
  const rows = await database.db.select({ id: customers.id }).from(customers).limit(1);
  return rows.length > 0;
}

async function rawRows(database: Database, text: string): Promise<Record<string, unknown>[]> {
  if (database.raw.kind === 'postgres') return [...(await database.raw.sql.unsafe(text))];
  return (await database.raw.pg.query<Record<string, unknown>>(text)).rows;
}

/** Empties every application table (all of schema public; migrations are kept) and restarts identities. */
export async function resetDatabase(database: Database): Promise<void> {
  const tables = await rawRows(database, `select tablename from pg_tables where schemaname = 'public' order by tablename`);
  if (tables.length === 0) return;
  const list = tables.map((t) => `"public"."${String(t.tablename).replace(/"/g, '""')}"`).join(', ');
  await rawRows(database, `truncate table ${list} restart identity cascade`);
}
