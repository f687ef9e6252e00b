import { describe, expect, it } from 'vitest';
import { CREDIT_SCORE_MAX, CREDIT_SCORE_MIN, PRODUCT_AUDIENCES, PRODUCT_CATEGORIES, REGIONS } from '../server/src/domain/reference.js';
import { CATALOG, PROVIDERS } from './catalog.js';
import { DEFAULT_TENANT_ID, NORTHWIND_TENANT_ID, TENANTS, tenantProductRows, tenantSeed } from './tenants.js';

const ID_PREFIX: Record<string, string> = {
  CREDIT_CARD: 'cc',
  PERSONAL_LOAN: 'pl',
  BUSINESS_LOAN: 'bl',
  MORTGAGE: 'mg',
  INSURANCE: 'in',
  SAVINGS: 'sv',
  INVESTMENT: 'iv',
};
const CREDIT = new Set(['CREDIT_CARD', 'PERSONAL_LOAN', 'BUSINESS_LOAN', 'MORTGAGE']);

describe('catalog', () => {
  it('has at least 60 products, at least 8 in every category', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(60);
    for (const category of PRODUCT_CATEGORIES) {
      expect(CATALOG.filter((p) => p.category === category).length, category).toBeGreaterThanOrEqual(8);
    }
  });

  it('has unique readable slugs that name the category', () => {
    expect(new Set(CATALOG.map((p) => p.id)).size).toBe(CATALOG.length);
    for (const p of CATALOG) {
      expect(p.id).toMatch(/^[a-z]{2}-[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(p.id.slice(0, 2), p.id).toBe(ID_PREFIX[p.category]);
    }
  });

  it('describes every product, with 3-6 tags', () => {
    for (const p of CATALOG) {
      expect(p.name.length, p.id).toBeGreaterThan(5);
      expect(p.description.length, p.id).toBeGreaterThan(60);
      expect(p.description.trim().endsWith('.'), p.id).toBe(true);
      expect(p.tags.length, p.id).toBeGreaterThanOrEqual(3);
      expect(p.tags.length, p.id).toBeLessThanOrEqual(6);
      expect(new Set(p.tags).size, p.id).toBe(p.tags.length);
      for (const tag of p.tags) expect(tag).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('comes from 5-7 fictional providers', () => {
    const used = new Set(CATALOG.map((p) => p.provider));
    expect(used.size).toBeGreaterThanOrEqual(5);
    expect(used.size).toBeLessThanOrEqual(7);
    for (const provider of used) expect(PROVIDERS).toContain(provider);
  });

  it('prices credit products with an APR range and deposits with an interest rate', () => {
    for (const p of CATALOG) {
      if (CREDIT.has(p.category)) {
        expect(p.aprMin, p.id).not.toBeNull();
        expect(p.aprMin!, p.id).toBeGreaterThan(0);
        expect(p.aprMin!, p.id).toBeLessThanOrEqual(p.aprMax!);
        expect(p.aprMax!, p.id).toBeLessThan(50);
        expect(p.interestRate, p.id).toBeNull();
      } else {
        expect(p.aprMin, p.id).toBeNull();
        expect(p.aprMax, p.id).toBeNull();
      }
      if (p.category === 'SAVINGS') expect(p.interestRate, p.id).not.toBeNull();
      expect(p.annualFee, p.id).toBeGreaterThanOrEqual(0);
    }
  });

  it('has sane eligibility', () => {
    for (const p of CATALOG) {
      expect(p.minIncome, p.id).toBeGreaterThanOrEqual(0);
      if (p.minScore != null) {
        expect(p.minScore, p.id).toBeGreaterThanOrEqual(CREDIT_SCORE_MIN);
        expect(p.minScore, p.id).toBeLessThanOrEqual(CREDIT_SCORE_MAX);
      }
      if (p.minAge != null) expect(p.minAge, p.id).toBeGreaterThanOrEqual(18);
      if (p.maxAge != null) expect(p.maxAge, p.id).toBeLessThanOrEqual(100);
      if (p.minAge != null && p.maxAge != null) expect(p.minAge, p.id).toBeLessThan(p.maxAge);
      expect(PRODUCT_AUDIENCES, p.id).toContain(p.customerKind);
      for (const region of p.regions) expect(REGIONS, p.id).toContain(region);
    }
  });

  it('serves every persona, including the new to credit and regional customers', () => {
    const tagged = (tag: string) => CATALOG.filter((p) => p.tags.includes(tag)).length;
    for (const tag of ['travel', 'premium', 'retirement', 'credit-builder', 'working-capital', 'agriculture', 'seasonal-repayment', 'tax-saving', 'education', 'family', 'health', 'home', 'low-fee']) {
      expect(tagged(tag), tag).toBeGreaterThan(0);
    }
    const openToNewToCredit = CATALOG.filter((p) => p.minScore === null && CREDIT.has(p.category));
    expect(new Set(openToNewToCredit.map((p) => p.category))).toEqual(new Set(['CREDIT_CARD', 'PERSONAL_LOAN', 'BUSINESS_LOAN']));
    expect(CATALOG.some((p) => p.regions.length === 1 && p.regions[0] === 'Kerala')).toBe(true);
    expect(CATALOG.some((p) => p.regions.includes('Punjab') && p.regions.includes('Uttar Pradesh') && p.tags.includes('crop'))).toBe(true);
    expect(CATALOG.filter((p) => p.customerKind === 'BUSINESS').length).toBeGreaterThanOrEqual(8);
  });
});

describe('tenants', () => {
  it('has the demo bank as the default tenant, offering every product', () => {
    expect(DEFAULT_TENANT_ID).toBe('demo');
    expect(new Set(tenantSeed(DEFAULT_TENANT_ID).productIds)).toEqual(new Set(CATALOG.map((p) => p.id)));
  });

  it('has a white-label partner with a subset of about 25 products and its own theme', () => {
    const northwind = tenantSeed(NORTHWIND_TENANT_ID);
    expect(northwind.productIds.length).toBeGreaterThanOrEqual(20);
    expect(northwind.productIds.length).toBeLessThanOrEqual(30);
    expect(new Set(northwind.productIds).size).toBe(northwind.productIds.length);
    const ids = new Set(CATALOG.map((p) => p.id));
    for (const id of northwind.productIds) expect(ids.has(id), id).toBe(true);
    expect(northwind.theme.primaryColor).not.toBe(tenantSeed(DEFAULT_TENANT_ID).theme.primaryColor);
  });

  it('gives every tenant a complete theme', () => {
    for (const t of TENANTS) {
      expect(Object.keys(t.theme).sort()).toEqual(['accentColor', 'fontFamily', 'logoText', 'primaryColor']);
      expect(t.theme.primaryColor).toMatch(/^#[0-9a-f]{6}$/);
      expect(t.theme.accentColor).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(tenantProductRows().length).toBe(TENANTS.reduce((n, t) => n + t.productIds.length, 0));
  });
});
