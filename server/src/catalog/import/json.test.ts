import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFeed } from './feed.js';
import { parseJsonFeed, syntaxErrorOffset } from './json.js';
import { FeedParseError } from './types.js';

const FEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../seeds/product-feeds');
const CTX = { knownTenants: new Set(['demo', 'northwind']), allowedTenants: null, defaultTenant: 'demo' };

describe('the sample JSON feed', () => {
  const feed = checkFeed('JSON', readFileSync(path.join(FEEDS, 'products.json'), 'utf8'), CTX);

  it('reads flat products, the graph\'s eligibility object and schema.org objects alike', () => {
    expect(feed.rowsRead).toBe(5);
    expect(feed.ignoredFields).toEqual([]);
    expect(feed.valid.map((p) => [p.line, p.id])).toEqual([
      [5, 'cc-aurora-ev-charge'],
      [18, 'bl-northwind-ev-fleet'],
      [37, 'sv-kisan-harvest-rd'],
    ]);
    const [card, fleet, rd] = feed.valid;
    expect(card).toMatchObject({ category: 'CREDIT_CARD', aprMin: 35.9, aprMax: 41.9, annualFee: 999, minIncome: 800000, minScore: 720, minAge: 21, maxAge: 65 });
    expect(fleet).toMatchObject({
      category: 'BUSINESS_LOAN',
      provider: 'Northwind Credit Union',
      aprMin: 12.5,
      aprMax: 16,
      annualFee: 0,
      fees: 'Processing fee 1%.',
      minIncome: 1200000,
      minScore: 680,
      regions: ['Delhi', 'Karnataka'],
      customerKind: 'BUSINESS',
      tags: ['electric-vehicle', 'fleet', 'logistics'],
    });
    expect(rd).toMatchObject({ category: 'SAVINGS', interestRate: 7.1, regions: ['Punjab', 'Uttar Pradesh'], customerKind: 'ANY' });
  });

  it('reports the bad products with the line they start on', () => {
    expect(feed.problems).toEqual([
      { line: 49, code: 'in-harbor-gadget-shield', field: 'provider', reason: 'is required' },
      { line: 49, code: 'in-harbor-gadget-shield', field: 'apr', reason: 'applies to credit products only, not to INSURANCE' },
      { line: 60, code: 'pl-meridian-festive', field: 'tenants', reason: 'unknown tenant "acme"' },
    ]);
  });
});

describe('parseJsonFeed', () => {
  it('finds each element\'s line in a root array, however it is laid out', () => {
    const text = '[\n  {"id": "a", "name": "[not a bracket] {"},\n\n  {"id": "b\\"q"},  {"id": "c"},\n  7,\n  {"id": "d"}\n]';
    const feed = parseJsonFeed(text);
    expect(feed.rows.map((r) => [r.line, r.values.id])).toEqual([
      [2, 'a'],
      [4, 'b"q'],
      [4, 'c'],
      [6, 'd'],
    ]);
    expect(feed.problems).toEqual([{ line: 5, code: null, field: null, reason: 'product 4 is not an object: 7' }]);
  });

  it('takes the products array of an object, after other keys, and a single product', () => {
    const text = '{\n  "meta": { "products": [1, 2] , "x": [3] },\n  "products": [\n    { "code": "a" },\n    { "code": "b", "colour": "red" }\n  ]\n}';
    const feed = parseJsonFeed(text);
    expect(feed.rows.map((r) => [r.line, r.values.id])).toEqual([
      [4, 'a'],
      [5, 'b'],
    ]);
    expect(feed.ignoredFields).toEqual(['colour']);
    expect(parseJsonFeed('\n{ "id": "solo", "name": "Solo" }').rows).toEqual([{ line: 2, values: { id: 'solo', name: 'Solo' } }]);
  });

  it('reads a JSON-LD @graph of schema.org products', () => {
    const text = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'CreditCard', sku: 'cc-x', name: 'X', brand: 'Aurora Bank', interestRate: 36, additionalProperty: [{ name: 'Shoe size', value: 9 }] }],
    });
    const feed = parseJsonFeed(text);
    expect(feed.rows[0].values).toEqual({ id: 'cc-x', name: 'X', provider: 'Aurora Bank', category: 'CREDIT_CARD', aprMin: 36, aprMax: undefined });
    expect(feed.ignoredFields).toEqual(['additionalProperty Shoe size']);
  });

  it('refuses text that is not JSON, with the line of the error, and JSON that holds no products', () => {
    expect(() => parseJsonFeed('[\n {"id": "a"},\n {"id": "b",}\n]')).toThrow(/^line 3: not valid JSON/);
    expect(() => parseJsonFeed('[\n{"id":"a"},\n{"id": }\n]')).toThrow(new FeedParseError("not valid JSON: Unexpected token '}'", 3));
    expect(() => parseJsonFeed('[\n{"id":"a"},\n{"id": "b"}')).toThrow(/^line 3: not valid JSON: Expected ',' or ']' after array element$/);
    expect(() => parseJsonFeed('[]')).toThrow('the feed has no products');
    expect(() => parseJsonFeed('{"foo": 1}')).toThrow(FeedParseError);
    expect(() => parseJsonFeed('42')).toThrow(/expected an array of products/);
  });
});

describe('syntaxErrorOffset', () => {
  it('finds where JSON breaks, and nothing in valid JSON', () => {
    expect(syntaxErrorOffset('[1, 2,]')).toBe(6);
    expect(syntaxErrorOffset('{"a" 1}')).toBe(5);
    expect(syntaxErrorOffset('{"a": "x"y"}')).toBe(9);
    expect(syntaxErrorOffset('[1] x')).toBe(4);
    expect(syntaxErrorOffset('{"a": [1, -2.5e3, true, null, "\\u00e9", {}], "b": {"c": []}}')).toBeUndefined();
  });
});
