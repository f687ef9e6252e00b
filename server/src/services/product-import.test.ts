// The import's writes on an embedded database: whole rows or nothing, updates on re-import, the
// shelves, and what refuses an import before anything is written.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { products, tenantProducts, tenants } from '../../../drizzle/schema.js';
import { tenantRows } from '../../../seeds/tenants.js';
import { FakeEmbedder } from '../../../seeds/testing/fake-embedder.js';
import { FeedParseError } from '../catalog/import/types.js';
import { openDatabase, type Database } from '../db/index.js';
import { productText } from '../domain/recommendation/texts.js';
import type { Embedder } from '../ml/embedder.js';
import { importProductFeed, ImportRefusedError, type ProductImportOptions } from './product-import.js';

const FEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seeds/product-feeds');
const CSV = readFileSync(path.join(FEEDS, 'products.csv'), 'utf8');
const JSON_FEED = readFileSync(path.join(FEEDS, 'products.json'), 'utf8');

let database: Database;
const embedder = new FakeEmbedder();

async function query<T = Record<string, unknown>>(text: string): Promise<T[]> {
  if (database.raw.kind !== 'pglite') throw new Error('PGlite only');
  return (await database.raw.pg.query<T>(text)).rows;
}

const run = (opts: Partial<ProductImportOptions> & Pick<ProductImportOptions, 'content'>, using: Embedder = embedder) =>
  importProductFeed(database.db, using, { format: 'CSV', defaultTenant: 'demo', allowedTenants: null, origin: 'test', ...opts });

beforeAll(async () => {
  database = await openDatabase({ pgliteDir: 'memory://' });
  await database.migrate();
  await database.db.insert(tenants).values(tenantRows());
});

afterAll(async () => {
  await database?.close();
});

beforeEach(async () => {
  await query('delete from tenant_products');
  await query('delete from products');
  await query('drop trigger if exists fail_one on tenant_products');
});

describe('importProductFeed', () => {
  it('writes each valid product whole, with its embedding and shelf, and reports the rest', async () => {
    const progress: [number, number][] = [];
    const report = await run({ content: CSV, onProgress: (done, total) => progress.push([done, total]) });
    expect(report).toMatchObject({ rowsRead: 5, inserted: 3, updated: 0, skipped: 2, written: ['in-harbor-paws-pet-cover', 'pl-meridian-study-abroad', 'sv-lotus-green-deposit'] });
    expect(report.problems.map((p) => [p.line, p.field])).toEqual([
      [9, 'category'],
      [9, 'minScore'],
      [10, 'id'],
    ]);
    expect(progress).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);

    const rows = await database.db.select().from(products).orderBy(products.id);
    expect(rows.map((r) => r.id)).toEqual(['in-harbor-paws-pet-cover', 'pl-meridian-study-abroad', 'sv-lotus-green-deposit']);
    const loan = rows[1];
    expect(loan).toMatchObject({ name: 'Meridian Study Abroad Loan', category: 'PERSONAL_LOAN', aprMin: 10.5, aprMax: 13.75, minIncome: 600000, minScore: 700, embeddingModel: embedder.modelId });
    const [expected] = await embedder.embed([productText(loan)]);
    expect(Array.from(loan.embedding!)).toEqual(Array.from(expected));
    expect(await database.db.select().from(tenantProducts).orderBy(tenantProducts.productId)).toEqual(rows.map((r) => ({ tenantId: 'demo', productId: r.id })));
  });

  it('updates on a second import rather than adding rows, replacing every field', async () => {
    await run({ content: CSV });
    const changed = CSV.replace('Harbor Paws Pet Health Cover,', 'Harbor Paws Pet Cover Plus,');
    const report = await run({ content: changed, defaultTenant: 'northwind' });
    expect(report).toMatchObject({ inserted: 0, updated: 3, skipped: 2 });
    const rows = await query<{ id: string; name: string }>('select id, name from products order by id');
    expect(rows).toHaveLength(3);
    expect(rows[0].name).toBe('Harbor Paws Pet Cover Plus');
    // Shelves are added to, never taken from.
    expect(await query('select tenant_id, count(*)::int as n from tenant_products group by tenant_id order by tenant_id')).toEqual([
      { tenant_id: 'demo', n: 3 },
      { tenant_id: 'northwind', n: 3 },
    ]);
  });

  it('leaves no trace of a row whose write fails half-way, and writes the others', async () => {
    // The product row goes in first; the shelf insert after it fails: the product must go too.
    if (database.raw.kind !== 'pglite') throw new Error('PGlite only');
    await database.raw.pg.exec(`
      create or replace function fail_one() returns trigger language plpgsql as $$
      begin
        if new.product_id = 'pl-meridian-study-abroad' then raise exception 'shelf unavailable'; end if;
        return new;
      end $$;
      create trigger fail_one before insert on tenant_products for each row execute function fail_one();
    `);
    const report = await run({ content: CSV });
    expect(report).toMatchObject({ inserted: 2, skipped: 3 });
    expect(report.problems).toContainEqual({ line: 6, code: 'pl-meridian-study-abroad', field: null, reason: expect.stringMatching(/^could not be written: .*shelf unavailable/) });
    expect(await query('select id from products order by id')).toEqual([{ id: 'in-harbor-paws-pet-cover' }, { id: 'sv-lotus-green-deposit' }]);
  });

  it('skips the products it cannot embed, writing none of them', async () => {
    const broken: Embedder = { modelId: embedder.modelId, dimensions: embedder.dimensions, embed: async () => Promise.reject(new Error('worker died')), close: async () => {} };
    const report = await run({ content: CSV }, broken);
    expect(report).toMatchObject({ inserted: 0, updated: 0, skipped: 5 });
    expect(report.problems.filter((p) => p.reason === 'could not be embedded: worker died')).toHaveLength(3);
    expect(await query('select id from products')).toEqual([]);
  });

  it('does not let a tenant change a product another tenant offers', async () => {
    await run({ content: CSV, defaultTenant: 'northwind' }); // the operator: on northwind's shelf
    const report = await run({ content: CSV, allowedTenants: new Set(['demo']) });
    expect(report).toMatchObject({ inserted: 0, updated: 0, skipped: 5 });
    expect(report.problems.find((p) => p.line === 5)?.reason).toBe(
      '"in-harbor-paws-pet-cover" is also offered by "northwind"; a product shared with other tenants is changed by an operator only',
    );
    expect(await query('select count(*)::int as n from tenant_products where tenant_id = $$demo$$')).toEqual([{ n: 0 }]);
    // A new product, and one only the importing tenant offers, are fine.
    const json = await run({ content: JSON_FEED, format: 'JSON', allowedTenants: new Set(['demo']) });
    expect(json).toMatchObject({ inserted: 3, skipped: 2 });
    expect((await run({ content: JSON_FEED, format: 'JSON', allowedTenants: new Set(['demo']) })).updated).toBe(3);
  });

  it('refuses an import that cannot start, before writing anything', async () => {
    await expect(run({ content: CSV, defaultTenant: 'acme' })).rejects.toThrow(new ImportRefusedError('unknown tenant "acme"', 'tenantId'));
    await expect(run({ content: CSV, allowedTenants: new Set(['northwind']) })).rejects.toThrow('this import may not change tenant "demo"');
    await expect(run({ content: 'id,name\nx,"open' })).rejects.toThrow(FeedParseError);
    await run({ content: CSV });
    const other: Embedder = { modelId: 'another-model', dimensions: 32, embed: (t) => embedder.embed(t), close: async () => {} };
    await expect(run({ content: JSON_FEED, format: 'JSON' }, other)).rejects.toThrow(
      'the catalog is embedded with fake-words-32 but this import runs another-model; run it with EMBEDDING_MODEL set as the server\'s',
    );
    expect(await query('select count(*)::int as n from products')).toEqual([{ n: 3 }]);
  });
});
