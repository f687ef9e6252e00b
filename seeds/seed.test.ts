import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../server/src/db/index.js';
import { CATEGORY_UPTAKE_PREFIX, loadPeerStats, refreshPeerStats } from '../server/src/db/peer-stats.js';
import * as schema from '../drizzle/schema.js';
import { needProfileFacets, productText } from '../server/src/domain/recommendation/texts.js';
import { CATALOG } from './catalog.js';
import { generateCustomers } from './generator.js';
import { MODEL_FEATURES } from '../server/src/domain/credit/features.js';
import { isSeeded, loadOutcomeDataset, resetDatabase, seedDatabase, type SeedPhase, type SeedSummary } from './index.js';
import { TENANTS } from './tenants.js';
import { FakeEmbedder } from './testing/fake-embedder.js';
import { decryptCustomerName } from '../server/src/repositories/customer-pii.js';
import { piiCipher } from '../server/src/security/pii-crypto.js';

const CUSTOMERS = 200;
const SEED = 11;

async function rows<T = Record<string, unknown>>(database: Database, text: string): Promise<T[]> {
  if (database.raw.kind !== 'pglite') throw new Error('these tests run on PGlite');
  return (await database.raw.pg.query<T>(text)).rows;
}

async function count(database: Database, text: string): Promise<number> {
  const [row] = await rows<{ n: number }>(database, `select count(*)::int as n from (${text}) q`);
  return row.n;
}

describe('seedDatabase on PGlite', () => {
  let database: Database;
  let embedder: FakeEmbedder;
  let summary: SeedSummary;
  const phases: SeedPhase[] = [];

  beforeAll(async () => {
    database = await openDatabase({ pgliteDir: 'memory://' });
    await database.migrate();
    embedder = new FakeEmbedder();
    expect(await isSeeded(database)).toBe(false);
    summary = await seedDatabase(database, {
      customers: CUSTOMERS,
      seed: SEED,
      embedder,
      batchSize: 64, // several batches, and a partial last one
      riskModel: false, // trained at app start-up in the integration tests; here the history must be exactly the customers'
      onProgress: (_done, _total, phase) => {
        if (phases.at(-1) !== phase) phases.push(phase);
      },
    });
  });

  afterAll(async () => {
    await database?.close();
  });

  it('reports what it wrote, phase by phase', async () => {
    expect(phases).toEqual(['catalog', 'customers', 'peer stats']);
    expect(summary.customers).toBe(CUSTOMERS);
    expect(summary.products).toBe(CATALOG.length);
    expect(await count(database, 'select * from customers')).toBe(CUSTOMERS);
    expect(await count(database, 'select * from holdings')).toBe(summary.holdings);
    expect(await count(database, 'select * from transactions')).toBe(summary.transactions);
    expect(summary.transactions).toBeGreaterThan(CUSTOMERS * 12 * 15);
    expect(await count(database, 'select * from products')).toBe(CATALOG.length);
    expect(await count(database, 'select * from tenants')).toBe(TENANTS.length);
    expect(await count(database, 'select * from tenant_products')).toBe(TENANTS.reduce((n, t) => n + t.productIds.length, 0));
    expect(await isSeeded(database)).toBe(true);
  });

  it('writes exactly what the generator produces', async () => {
    const expected = [...generateCustomers({ seed: SEED, customers: 5 })];
    const sealed = await rows<{ id: number; name: string | null; name_enc: string; credit_score: number | null; spend_profile: unknown; goals: string }>(
      database,
      'select id, name, name_enc, credit_score, spend_profile, goals from customers where id <= 5 order by id',
    );
    expect(sealed.map((r) => r.name)).toEqual(sealed.map(() => null)); // names are stored encrypted only
    const stored = sealed.map(({ name_enc, name: _plaintext, ...r }) => ({ ...r, name: decryptCustomerName(piiCipher(), { id: r.id, nameEnc: name_enc }) }));
    expect(stored).toEqual(
      expected.map(({ customer: c }) => ({ id: c.id, name: c.name, credit_score: c.creditScore, spend_profile: c.spendProfile, goals: c.goals })),
    );
    const [first] = await rows<{ n: number; total: number }>(database, 'select count(*)::int as n, sum(amount) as total from transactions where customer_id = 1');
    expect(first.n).toBe(expected[0].transactions.length);
    expect(first.total).toBeCloseTo(expected[0].transactions.reduce((a, t) => a + t.amount, 0), 2);
  });

  it('writes transactions in time order with running balances', async () => {
    const broken = await count(
      database,
      `select * from (
         select customer_id, occurred_at, amount, balance_after,
                lag(balance_after) over w as previous, lag(occurred_at) over w as previous_at
         from transactions window w as (partition by customer_id order by id)
       ) t
       where balance_after is null or balance_after < 0 or previous_at > occurred_at
          or (previous is not null and abs(balance_after - previous - amount) > 0.001)`,
    );
    expect(broken).toBe(0);
    const [first] = await rows<{ balances: number[] }>(database, 'select array_agg(balance_after order by id) as balances from transactions where customer_id = 1');
    const expected = [...generateCustomers({ seed: SEED, customers: 1 })][0];
    expect(first.balances).toEqual(expected.transactions.map((t) => t.balanceAfter));
  });

  it('writes a bureau file per customer, consistent with the customer', async () => {
    expect(summary.bureauRecords).toBe(CUSTOMERS);
    expect(await count(database, 'select * from bureau_records')).toBe(CUSTOMERS);
    const mismatched = await count(
      database,
      `select * from customers c left join bureau_records b on b.subject_ref = c.tenant_id || ':' || c.id
       where b.subject_ref is null
          or (b.report->>'hit')::boolean <> (c.credit_score is not null)
          or (b.report->>'score')::int is distinct from c.credit_score`,
    );
    expect(mismatched).toBe(0);
  });

  it('writes the credit outcome history, loadable as a training set', async () => {
    expect(summary.creditOutcomes).toBeGreaterThan(CUSTOMERS * 0.6);
    expect(await count(database, 'select * from credit_outcomes')).toBe(summary.creditOutcomes);
    expect(await count(database, 'select * from credit_outcomes where defaulted')).toBe(summary.defaults);
    expect(await count(database, `select * from credit_outcomes where source <> 'SEED'`)).toBe(0);
    const dataset = await loadOutcomeDataset(database);
    const expected = [...generateCustomers({ seed: SEED, customers: CUSTOMERS })].flatMap((g) => g.outcomes);
    expect(dataset.bad).toEqual(expected.map((o) => o.defaulted));
    expect(dataset.rows).toEqual(expected.map((o) => o.features));
    for (const row of dataset.rows) expect(Object.keys(row).sort()).toEqual([...MODEL_FEATURES].sort());
    const first = await loadOutcomeDataset(database.db, { limit: 10 });
    expect(first.rows).toEqual(dataset.rows.slice(0, 10));
    expect((await loadOutcomeDataset(database, { source: 'BOOK' })).rows).toEqual([]);
  });

  it('stores product and need embeddings with their model', async () => {
    // Read through drizzle, so that the bytea vector columns round-trip to Float32Array.
    const stored = await database.db
      .select({ id: schema.products.id, embedding: schema.products.embedding, model: schema.products.embeddingModel })
      .from(schema.products);
    for (const p of stored) {
      expect(p.embedding).toBeInstanceOf(Float32Array);
      expect(p.embedding).toHaveLength(embedder.dimensions);
      expect(p.model).toBe(embedder.modelId);
    }
    const first = CATALOG[0];
    const [expected] = await new FakeEmbedder().embed([productText(first)]);
    expect([...stored.find((p) => p.id === first.id)!.embedding!]).toEqual([...expected]);
    const customers = await database.db.select({ need: schema.customers.needEmbedding, model: schema.customers.needModel }).from(schema.customers);
    for (const c of customers) {
      expect(c.need).toHaveLength(embedder.dimensions);
      expect(Math.hypot(...c.need!)).toBeCloseTo(1, 4);
      expect(c.model).toBe(embedder.modelId);
    }
  });

  it('embeds each distinct need facet once', async () => {
    const texts = [...generateCustomers({ seed: SEED, customers: CUSTOMERS, transactionsPerMonth: 0 })].flatMap((g) => needProfileFacets(g.customer));
    const [catalogCall, ...needCalls] = embedder.calls;
    expect(catalogCall).toHaveLength(CATALOG.length);
    const sent = needCalls.flat();
    expect(sent.length).toBe(new Set(texts).size);
    expect(summary.needTextsEmbedded).toBe(new Set(texts).size);
  });

  it('gives customers only products their tenant offers', async () => {
    const outside = await count(
      database,
      `select h.id from holdings h join customers c on c.id = h.customer_id
       left join tenant_products tp on tp.tenant_id = c.tenant_id and tp.product_id = h.product_id
       where tp.product_id is null`,
    );
    expect(outside).toBe(0);
    expect(await count(database, `select * from customers where tenant_id = 'northwind'`)).toBeGreaterThan(0);
  });

  it('fills the peer statistics tables per tenant, consistently with the holdings', async () => {
    const uptake = await rows<{ tenant_id: string; segment: string; product_id: string; holders: number; segment_size: number }>(
      database,
      'select * from segment_uptake',
    );
    expect(uptake.length).toBeGreaterThan(20);
    const sizes = await rows<{ tenant_id: string; segment: string; n: number }>(
      database,
      'select tenant_id, segment, count(*)::int as n from customers group by tenant_id, segment',
    );
    for (const u of uptake) expect(u.segment_size).toBe(sizes.find((s) => s.tenant_id === u.tenant_id && s.segment === u.segment)!.n);

    const active = await rows<{ tenant_id: string; customer_id: number; product_id: string }>(
      database,
      `select distinct c.tenant_id, h.customer_id, h.product_id from holdings h join customers c on c.id = h.customer_id where h.status = 'ACTIVE'`,
    );
    const byCustomer = new Map<number, { tenant: string; held: string[] }>();
    for (const a of active) {
      const entry = byCustomer.get(a.customer_id) ?? { tenant: a.tenant_id, held: [] };
      entry.held.push(a.product_id);
      byCustomer.set(a.customer_id, entry);
    }
    const expectedPairs = new Map<string, number>();
    for (const { tenant, held } of byCustomer.values()) {
      for (const x of held) for (const y of held) if (x !== y) expectedPairs.set(`${tenant}|${x}|${y}`, (expectedPairs.get(`${tenant}|${x}|${y}`) ?? 0) + 1);
    }
    const pairs = await rows<{ tenant_id: string; product_a: string; product_b: string; customers: number }>(database, 'select * from product_cooccurrence');
    expect(new Map(pairs.map((p) => [`${p.tenant_id}|${p.product_a}|${p.product_b}`, p.customers]))).toEqual(expectedPairs);

    const byTenant = await loadPeerStats(database.db);
    expect(new Set(byTenant.keys())).toEqual(new Set(TENANTS.map((t) => t.id)));
    for (const [tenant, peers] of byTenant) {
      // A tenant's statistics count its own customers only.
      expect(new Set(peers.segments.keys())).toEqual(new Set(sizes.filter((s) => s.tenant_id === tenant).map((s) => s.segment)));
      let held = 0;
      for (const n of peers.holders.values()) held += n;
      expect(held).toBe(active.filter((a) => a.tenant_id === tenant).length);
      for (const [a, partners] of peers.cooccurrence) for (const [b, n] of partners) expect(peers.cooccurrence.get(b)?.get(a)).toBe(n);
      for (const stats of peers.segments.values()) {
        expect(stats.size).toBeGreaterThan(0);
        for (const id of stats.holders.keys()) expect(id.startsWith(CATEGORY_UPTAKE_PREFIX)).toBe(false);
        // At least one product of a category held means the category is held, by no more customers than the segment has.
        for (const [category, n] of stats.categoryHolders!) {
          const products = CATALOG.filter((p) => p.category === category).map((p) => stats.holders.get(p.id) ?? 0);
          expect(n).toBeGreaterThanOrEqual(Math.max(...products));
          expect(n).toBeLessThanOrEqual(stats.size);
        }
      }
    }
  });

  it('recomputes peer statistics idempotently', async () => {
    const before = await loadPeerStats(database.db);
    await refreshPeerStats(database);
    expect(await loadPeerStats(database.db)).toEqual(before);
  });

  it('resets to empty tables with identities restarted, ready to seed again', async () => {
    await resetDatabase(database);
    expect(await isSeeded(database)).toBe(false);
    expect(await count(database, 'select * from products')).toBe(0);
    expect(await count(database, 'select * from segment_uptake')).toBe(0);
    const again = await seedDatabase(database, { customers: 20, seed: SEED, embedder, transactionsPerMonth: 0, riskModel: false });
    expect(again.transactions).toBe(0);
    expect(await count(database, 'select * from transactions')).toBe(0);
    // Without statements the outcome history is still written, with null alt-data features.
    expect(again.creditOutcomes).toBeGreaterThan(0);
    const { rows: snapshots } = await loadOutcomeDataset(database);
    expect(snapshots).toHaveLength(again.creditOutcomes);
    for (const f of snapshots) expect([f.income_months, f.balance_trend, f.payday_loans_12m]).toEqual([null, null, null]);
    const [ids] = await rows<{ min: number }>(database, 'select min(id)::int as min from holdings');
    expect(ids.min).toBe(1);
    const [profile] = await rows<{ n: number }>(database, 'select count(*)::int as n from customers where spend_profile is not null');
    expect(profile.n).toBe(20);
  });

  it('rejects bad options before writing anything', async () => {
    const fresh = await openDatabase({ pgliteDir: 'memory://' });
    try {
      await fresh.migrate();
      await expect(seedDatabase(fresh, { customers: -1, seed: 1, embedder })).rejects.toThrow(/customers/);
      await expect(seedDatabase(fresh, { customers: 10, seed: 1, embedder, batchSize: 0 })).rejects.toThrow(/batchSize/);
      expect(await count(fresh, 'select * from products')).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
