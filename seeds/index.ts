// Seeds a migrated, empty database: tenants, the catalog with product embeddings, and a
// deterministic stream of customers with holdings, transactions (with running balances), need
// embeddings, bureau files and the credit outcome history the risk model trains on, written in
// batches so that memory stays flat at a million customers. Ends by computing peer statistics,
// training the risk model on the outcome history, writing the initial credit policies and a demo
// loan book (loan-book.ts: loans paid out to about 8% of the customers, with their repayments).
import { sql } from 'drizzle-orm';
import { customers, products, tenantProducts, tenants } from '../drizzle/schema.js';
import type { Database } from '../server/src/db/index.js';
import { refreshPeerStats } from '../server/src/db/peer-stats.js';
import { needProfileFacets, productText } from '../server/src/domain/recommendation/texts.js';
import type { Embedder } from '../server/src/ml/embedder.js';
import { openBulkWriter, vectorHex, type BulkWriter } from './bulk-insert.js';
import { CATALOG } from './catalog.js';
import { DEFAULT_CREDIT_POLICY, policyChanges } from '../server/src/domain/credit/policy.js';
import { insertPolicyVersion } from '../server/src/repositories/credit.js';
import { trainRiskModel } from '../server/src/services/risk-training.js';
import { DEFAULT_TRANSACTIONS_PER_MONTH, generateCustomer, generateCustomers, type GeneratedCustomer } from './generator.js';
import { writeLoanBook, type LoanBookSummary } from './loan-book.js';
import { writeInteractionHistory, type HistorySummary } from './interaction-history.js';
import { trainRanker } from '../server/src/services/ranker-training.js';
import type { OutcomeSeed } from './outcomes.js';
import { NeedEmbeddings } from './need-embeddings.js';
import { BUREAU_RECORDS, CREDIT_OUTCOMES, CUSTOMERS, HOLDINGS, TRANSACTIONS, type CustomerRow } from './tables.js';
import { CUSTOMER_CONSENTS, seededConsents } from './consents.js';
import { tenantProductRows, tenantRows } from './tenants.js';

import { DEFAULT_DEMO_PASSWORD, ensureDemoUsers } from './users.js';
export { DEFAULT_TENANT_ID, NORTHWIND_TENANT_ID, TENANTS } from './tenants.js';
export { CATALOG } from './catalog.js';
export { DEMO_USERS, DEFAULT_DEMO_PASSWORD, ensureDemoUsers } from './users.js';
export { generateCustomer, generateCustomers, SEED_AS_OF } from './generator.js';
export { loadOutcomeDataset, type OutcomeDataset } from '../server/src/repositories/credit-outcomes.js';

export type SeedPhase = 'catalog' | 'customers' | 'peer stats' | 'risk model' | 'loan book' | 'ranker';

export interface SeedOptions {
  customers: number;
  seed: number;
  embedder: Embedder;
  /**
   * Target transactions per customer and month (default 20); 0 writes none. Spend profiles,
   * bureau files and outcomes are still stored, but the outcomes' alt-data features are then null
   * (no statements to compute them from).
   */
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
  /**
   * Train the risk model on the outcome history and write the initial credit policy (default
   * true). A small seed's history is topped up with past borrowers who are not customers, so
   * that the model always has at least MIN_OUTCOME_HISTORY outcomes to learn from.
   */
  riskModel?: boolean;
  /**
   * Write the demo loan book (default true): disbursed loans of about 8% of the customers with
   * their applications, decisions and repayments, some of them past due (loan-book.ts). Written
   * after the initial policies, so only when riskModel is not false.
   */
  loanBook?: boolean;
  /**
   * Write a synthetic history of served recommendations and interactions (interaction-history.ts)
   * and train the learned ranker on it (default: when riskModel and needEmbeddings are not false).
   */
  ranker?: boolean;
  /**
   * "Today" of the loan book (default: the clock): loans were paid out 3-12 months before it, and
   * days past due count up to it. Every random draw still comes from the seed.
   */
  now?: Date;
  /**
   * Password of the demo users (seeds/users.ts), who are written with their customers and cases
   * shared out among them; null writes no users (a production seed without DEMO_PASSWORD).
   */
  demoPassword?: string | null;
}

/** Fewest past credits the risk model is trained on (about 10% of them defaulted). */
export const MIN_OUTCOME_HISTORY = 4_000;
/** Past borrowers who are not customers draw from ids far above any customer's. */
const PAST_BORROWER_FIRST_ID = 2_000_000_000;

export interface SeedSummary {
  customers: number;
  holdings: number;
  transactions: number;
  /** Bureau files (one per customer, hit or not). */
  bureauRecords: number;
  /** Past credits in the outcome history (credit_outcomes), and how many defaulted. */
  creditOutcomes: number;
  defaults: number;
  products: number;
  /** Distinct need-profile texts sent to the model. */
  needTextsEmbedded: number;
  /** The risk model trained at seed time; null when riskModel was false. */
  riskModel: { version: string; auc: number; rows: number } | null;
  /** The demo loan book; null when it was not written (loanBook or riskModel false). */
  loanBook: LoanBookSummary | null;
  /** The synthetic interaction history and the ranker trained on it; null when not written. */
  ranker: { history: HistorySummary; version: string; ndcg10: number; popularityNdcg10: number } | null;
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
  if (opts.now !== undefined && !(opts.now instanceof Date && Number.isFinite(opts.now.getTime()))) throw new RangeError(`now must be a valid Date, got ${String(opts.now)}`);
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

  let riskModel: SeedSummary['riskModel'] = null;
  if (opts.riskModel !== false) {
    report(0, 1, 'risk model');
    const topUp = await writePastBorrowers(database, opts, counts.creditOutcomes);
    counts.creditOutcomes += topUp.outcomes;
    counts.defaults += topUp.defaults;
    const trained = await trainRiskModel(database.db, { seed: opts.seed });
    riskModel = { version: trained.version, auc: trained.auc, rows: trained.rows };
    await writeInitialPolicies(database);
    report(1, 1, 'risk model');
  }

  let loanBook: SeedSummary['loanBook'] = null;
  if (opts.riskModel !== false && opts.loanBook !== false) {
    report(0, 1, 'loan book');
    loanBook = await writeLoanBook(database, { seed: opts.seed, customers: opts.customers, asOf: opts.now ?? new Date() });
    report(1, 1, 'loan book');
  }

  // After the loan book, so that its recovery cases are shared among the collectors too.
  if (opts.demoPassword !== null) await ensureDemoUsers(database.db, opts.demoPassword ?? DEFAULT_DEMO_PASSWORD);

  let ranker: SeedSummary['ranker'] = null;
  // The full demo only: without need embeddings the history would teach nothing of needs.
  if (opts.ranker ?? (opts.riskModel !== false && opts.needEmbeddings !== false && opts.customers > 0)) {
    report(0, 1, 'ranker');
    const history = await writeInteractionHistory(database, { seed: opts.seed, asOf: opts.now ?? new Date() });
    if (history.applications >= 30) {
      const trained = await trainRanker(database.db, { mode: 'activate' });
      ranker = { history, version: trained.version, ndcg10: trained.learned.unbiased.ndcg[10], popularityNdcg10: trained.baselines[0].unbiased.ndcg[10] };
    }
    report(1, 1, 'ranker');
  }

  return { ...counts, riskModel, loanBook, ranker, products: CATALOG.length, ms: Math.round(performance.now() - started) };
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
  // Holdings, transactions and outcomes reference customers: customers go first, even with checks off.
  await writer.insert(CUSTOMERS, rows);
  await writer.insert(
    HOLDINGS,
    batch.flatMap((g) => g.holdings),
  );
  await writer.insert(
    TRANSACTIONS,
    batch.flatMap((g) => g.transactions),
  );
  await writer.insert(
    BUREAU_RECORDS,
    batch.map((g) => g.bureau),
  );
  await writer.insert(
    CREDIT_OUTCOMES,
    batch.flatMap((g) => g.outcomes),
  );
  await writer.insert(
    CUSTOMER_CONSENTS,
    batch.flatMap((g) => seededConsents(g.customer)),
  );
}

type Totals = Omit<SeedSummary, 'products' | 'needTextsEmbedded' | 'riskModel' | 'loanBook' | 'ranker' | 'ms'>;

async function writeCustomers(
  writer: BulkWriter,
  opts: SeedOptions,
  progress: (done: number) => void,
): Promise<Totals & { needTextsEmbedded: number }> {
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const needs = new NeedEmbeddings(opts.embedder, Math.max(opts.needCacheEntries ?? 100_000, 2 * batchSize));
  const stream = generateCustomers({ seed: opts.seed, customers: opts.customers, transactionsPerMonth: opts.transactionsPerMonth });
  const totals: Totals = { customers: 0, holdings: 0, transactions: 0, bureauRecords: 0, creditOutcomes: 0, defaults: 0 };

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
        totals.bureauRecords += 1;
        totals.creditOutcomes += g.outcomes.length;
        for (const o of g.outcomes) if (o.defaulted) totals.defaults += 1;
      }
      progress(totals.customers);
    });
    // Handled when awaited above; this only stops a failure from counting as unhandled meanwhile.
    writing.catch(() => {});
  }
  if (writing) await writing;
  return { ...totals, needTextsEmbedded: needs.stats.embedded };
}

// ---------------------------------------------------------------- credit history and policy

/** Outcomes of past borrowers (customer_id null) until the history holds MIN_OUTCOME_HISTORY rows. */
async function writePastBorrowers(database: Database, opts: SeedOptions, have: number): Promise<{ outcomes: number; defaults: number }> {
  const outcomes: OutcomeSeed[] = [];
  for (let id = PAST_BORROWER_FIRST_ID; have + outcomes.length < MIN_OUTCOME_HISTORY; id++) {
    for (const o of generateCustomer(opts.seed, id, opts.transactionsPerMonth).outcomes) outcomes.push({ ...o, customerId: null });
  }
  if (outcomes.length === 0) return { outcomes: 0, defaults: 0 };
  const writer = await openBulkWriter(database);
  try {
    await writer.insert(CREDIT_OUTCOMES, outcomes);
  } finally {
    await writer.close();
  }
  return { outcomes: outcomes.length, defaults: outcomes.filter((o) => o.defaulted).length };
}

/** Version 1 of every tenant's credit policy: the defaults, recorded like any later change. */
async function writeInitialPolicies(database: Database): Promise<void> {
  for (const t of tenantRows()) {
    const changes = policyChanges(null, DEFAULT_CREDIT_POLICY);
    await insertPolicyVersion(
      database.db,
      { tenantId: t.id, version: 1, policy: DEFAULT_CREDIT_POLICY as unknown as Record<string, unknown>, changedBy: 'seed', reason: 'initial policy' },
      { changes },
    );
  }
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
  // A reset wipes the demo on purpose, the audit log with it: the one place its no-truncate trigger is lifted.
  const audit = tables.some((t) => t.tablename === 'audit_events');
  if (audit) await rawRows(database, 'alter table audit_events disable trigger audit_events_no_truncate');
  try {
    await rawRows(database, `truncate table ${list} restart identity cascade`);
  } finally {
    if (audit) await rawRows(database, 'alter table audit_events enable trigger audit_events_no_truncate');
  }
}
