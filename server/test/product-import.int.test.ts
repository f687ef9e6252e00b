// Product feed import through the graph: an ADMIN imports the sample feeds, the new products are
// served at once by product, products and searchProducts (the running app's in-memory catalog is
// reloaded), the bad rows are reported with line, field and reason and never written, a second
// import updates rather than duplicates, and nobody else may import. On PostgreSQL, a write by
// another process (the command line, another replica) reaches the app through LISTEN/NOTIFY.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { products, tenantProducts } from '../../drizzle/schema.js';
import { toGlobalId } from '../src/graphql/ids.js';
import { importProductFeed } from '../src/services/product-import.js';
import { startTestApp, type TestApp } from './harness.js';

const FEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seeds/product-feeds');
const CSV = readFileSync(path.join(FEEDS, 'products.csv'), 'utf8');
const JSON_FEED = readFileSync(path.join(FEEDS, 'products.json'), 'utf8');
const HTML_PAGE = readFileSync(path.join(FEEDS, 'product-pages.html'), 'utf8');
const CSV_IDS = ['in-harbor-paws-pet-cover', 'pl-meridian-study-abroad', 'sv-lotus-green-deposit'];

const IMPORT = /* GraphQL */ `
  mutation Import($input: ImportProductsInput!) {
    importProducts(input: $input) {
      rowsRead inserted updated skipped ignoredFields
      problems { line code field reason }
      products { id code name category }
    }
  }
`;

const PRODUCT = /* GraphQL */ `
  query Product($id: ID!) {
    product(id: $id) {
      code name category provider description aprMin aprMax interestRate annualFee fees tags
      eligibility { minIncome minCreditScore minAge maxAge regions customerKind }
    }
  }
`;

let t: TestApp;
let admin: string;
let rm: string;
let northwindRm: string;

beforeAll(async () => {
  t = await startTestApp({ RECOVERY_SWEEP_MINUTES: '0' });
  const login = async (args: string) => (await t.gql(`mutation { devLogin(${args}) { token } }`)).data.devLogin.token as string;
  [admin, rm, northwindRm] = await Promise.all([login('role: ADMIN'), login('role: RELATIONSHIP_MANAGER'), login('role: RELATIONSHIP_MANAGER, tenantId: "northwind"')]);
}, 180_000);

afterAll(async () => {
  await t?.close();
});


const productById = async (code: string, token = rm) => (await t.ok(PRODUCT, { id: toGlobalId('Product', code) }, token)).product;

async function rowsOf(ids: string[]) {
  return t.app.services.database.db.select({ id: products.id, name: products.name, model: products.embeddingModel }).from(products).where(inArray(products.id, ids));
}

describe('importProducts', () => {
  it('is for admins only', async () => {
    for (const token of [rm, undefined]) {
      const r = await t.gql(IMPORT, { input: { format: 'CSV', content: CSV } }, token);
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(r.errors?.[0]?.message).toBe('Mutation.importProducts is for ADMIN; you are signed in as RELATIONSHIP_MANAGER');
    }
    expect(await rowsOf(CSV_IDS)).toEqual([]);
  });

  it('imports a CSV feed: valid rows written with their embedding, bad rows reported and skipped', async () => {
    const report = (await t.ok(IMPORT, { input: { format: 'CSV', content: CSV } }, admin)).importProducts;
    expect(report).toMatchObject({ rowsRead: 5, inserted: 3, updated: 0, skipped: 2, ignoredFields: [] });
    expect(report.problems).toEqual([
      {
        line: 9,
        code: 'bl-saffron-gold-bridge',
        field: 'category',
        reason: 'must be one of CREDIT_CARD, PERSONAL_LOAN, BUSINESS_LOAN, MORTGAGE, INSURANCE, SAVINGS, INVESTMENT, got "gold loan"',
      },
      { line: 9, code: 'bl-saffron-gold-bridge', field: 'minScore', reason: 'must be between 300 and 850, got 900' },
      { line: 10, code: 'in-harbor-paws-pet-cover', field: 'id', reason: 'duplicate id "in-harbor-paws-pet-cover": line 5 has it already' },
    ]);
    expect(report.products.map((p: { code: string }) => p.code)).toEqual(CSV_IDS);
    expect(report.products[0]).toMatchObject({ id: toGlobalId('Product', CSV_IDS[0]), name: 'Harbor Paws Pet Health Cover', category: 'INSURANCE' });

    const stored = await rowsOf([...CSV_IDS, 'bl-saffron-gold-bridge']);
    expect(stored.map((r) => r.id).sort()).toEqual([...CSV_IDS].sort());
    expect(new Set(stored.map((r) => r.model))).toEqual(new Set([t.app.services.embedder.modelId]));
  });

  it('serves the new products at once: product, products and searchProducts', async () => {
    expect(await productById('pl-meridian-study-abroad')).toEqual({
      code: 'pl-meridian-study-abroad',
      name: 'Meridian Study Abroad Loan',
      category: 'PERSONAL_LOAN',
      provider: 'Meridian Finance',
      description: 'Tuition, living costs and travel for a degree abroad, up to ₹40 lakh. Repayment starts six months after the course ends; a parent co-borrows.',
      aprMin: 10.5,
      aprMax: 13.75,
      interestRate: null,
      annualFee: 0,
      fees: 'Processing fee 1% (at most ₹15k)',
      tags: ['education', 'study-abroad', 'student'],
      eligibility: { minIncome: 600000, minCreditScore: 700, minAge: 18, maxAge: 35, regions: [], customerKind: 'INDIVIDUAL' },
    });
    const listed = (await t.ok(`{ products(first: 10, filter: { search: "paws" }) { totalCount edges { node { code } } } }`, {}, rm)).products;
    expect(listed.edges.map((e: { node: { code: string } }) => e.node.code)).toEqual(['in-harbor-paws-pet-cover']);

    const search = async (text: string) =>
      (await t.ok(`query S($text: String!) { searchProducts(text: $text, first: 3) { score product { code } } }`, { text }, rm)).searchProducts.map(
        (m: { product: { code: string } }) => m.product.code,
      );
    expect((await search('insurance for my dog and cat vet bills'))[0]).toBe('in-harbor-paws-pet-cover');
    expect(await search('loan to pay tuition for a masters degree abroad')).toContain('pl-meridian-study-abroad');
  });

  it('never writes the rows it reports', async () => {
    expect(await productById('bl-saffron-gold-bridge')).toBeNull();
  });

  it('updates on a second import of the same feed rather than adding rows', async () => {
    const renamed = CSV.replace('Harbor Paws Pet Health Cover,', 'Harbor Paws Pet Cover Plus,');
    const report = (await t.ok(IMPORT, { input: { format: 'CSV', content: renamed } }, admin)).importProducts;
    expect(report).toMatchObject({ rowsRead: 5, inserted: 0, updated: 3, skipped: 2 });
    expect(await rowsOf(CSV_IDS)).toHaveLength(3);
    const shelf = await t.app.services.database.db.select().from(tenantProducts).where(inArray(tenantProducts.productId, CSV_IDS));
    expect(shelf).toHaveLength(3);
    expect((await productById('in-harbor-paws-pet-cover')).name).toBe('Harbor Paws Pet Cover Plus');
  });

  it('puts the products on the importing tenant\'s shelf only', async () => {
    expect(await productById('in-harbor-paws-pet-cover', northwindRm)).toBeNull();
  });

  it('imports a JSON feed, schema.org products included', async () => {
    const report = (await t.ok(IMPORT, { input: { format: 'JSON', content: JSON_FEED } }, admin)).importProducts;
    expect(report).toMatchObject({ rowsRead: 5, inserted: 3, skipped: 2 });
    expect(report.problems.map((p: { line: number; field: string }) => [p.line, p.field])).toEqual([
      [49, 'provider'],
      [49, 'apr'],
      [60, 'tenants'],
    ]);
    expect((await productById('bl-northwind-ev-fleet')).eligibility).toEqual({
      minIncome: 1200000,
      minCreditScore: 680,
      minAge: 18,
      maxAge: null,
      regions: ['Delhi', 'Karnataka'],
      customerKind: 'BUSINESS',
    });
  });

  it('imports an HTML product page: JSON-LD, microdata and data-field products', async () => {
    const report = (await t.ok(IMPORT, { input: { format: 'HTML', content: HTML_PAGE } }, admin)).importProducts;
    expect(report).toMatchObject({ rowsRead: 4, inserted: 3, updated: 0, skipped: 1, ignoredFields: [] });
    expect(report.problems).toEqual([{ line: 71, code: 'pl-meridian-gig-advance', field: 'minScore', reason: 'must be between 300 and 850, got 950' }]);
    expect(report.products.map((p: { code: string }) => p.code)).toEqual(['cc-lotus-shopper-rewards', 'in-harbor-monsoon-crop-cover', 'bl-saffron-shop-stock']);
    expect(await productById('bl-saffron-shop-stock')).toMatchObject({
      code: 'bl-saffron-shop-stock',
      name: 'Saffron Shop Stock Loan',
      category: 'BUSINESS_LOAN',
      provider: 'Saffron Small Finance Bank',
      aprMin: 18,
      aprMax: 24,
      eligibility: { minIncome: 600000, customerKind: 'BUSINESS' },
    });
    expect((await productById('cc-lotus-shopper-rewards')).eligibility).toMatchObject({ minIncome: 420000, minCreditScore: 720, minAge: 21, maxAge: 60 });
    expect(await productById('pl-meridian-gig-advance')).toBeNull();
  });

  it('refuses what it cannot import with an error naming the field', async () => {
    const big = await t.gql(IMPORT, { input: { format: 'CSV', content: 'x'.repeat(600_000) } }, admin);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content' });
    expect(big.errors?.[0]?.message).toBe('input.content: is 600,000 bytes; at most 500,000 may be imported at once (split the feed, or use npm run import:products)');

    const broken = await t.gql(IMPORT, { input: { format: 'CSV', content: 'id,name\nx,"never closed\n' } }, admin);
    expect(broken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content' });
    expect(broken.errors?.[0]?.message).toBe('input.content: line 2: not readable as CSV: a quoted value that starts in this row is never closed');

    const unknown = await t.gql(IMPORT, { input: { format: 'CSV', content: CSV, tenantId: 'acme' } }, admin);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tenantId' });
    const other = await t.gql(IMPORT, { input: { format: 'CSV', content: CSV, tenantId: 'northwind' } }, admin);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.runIf(process.env.TEST_DB === 'postgres')('reloads the catalog when another process imports into the same PostgreSQL', async () => {
    const feed = 'id,name,category,provider,description,apr\ncc-remote-import,Remote Import Card,credit card,Aurora Bank,A card written by another process.,36%\n';
    // As the command line does: its own origin, no reload of this app's catalog.
    const report = await importProductFeed(t.app.services.database.db, t.app.services.embedder, {
      format: 'CSV',
      content: feed,
      defaultTenant: 'demo',
      allowedTenants: null,
      origin: 'cli:test',
    });
    expect(report.inserted).toBe(1);
    await expect.poll(async () => (await productById('cc-remote-import'))?.name, { timeout: 10_000, interval: 100 }).toBe('Remote Import Card');
  });
});
