import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFeed, formatOf } from './feed.js';
import { parseHtmlFeed } from './html.js';
import { FeedParseError } from './types.js';

const FEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../seeds/product-feeds');
const CTX = { knownTenants: new Set(['demo', 'northwind']), allowedTenants: null, defaultTenant: 'demo' };

describe('the sample product page', () => {
  const feed = checkFeed('HTML', readFileSync(path.join(FEEDS, 'product-pages.html'), 'utf8'), CTX);

  it('reads JSON-LD (a product and an @graph), microdata and data-field products, each at its line', () => {
    expect(feed.rowsRead).toBe(4);
    expect(feed.ignoredFields).toEqual([]);
    expect(feed.valid.map((p) => [p.line, p.id])).toEqual([
      [10, 'cc-lotus-shopper-rewards'], // JSON-LD: where the object starts in its script
      [33, 'in-harbor-monsoon-crop-cover'], // JSON-LD @graph, after a BreadcrumbList that is passed over
      [52, 'bl-saffron-shop-stock'], // microdata
    ]);
    const [card, crop, stock] = feed.valid;
    expect(card).toMatchObject({
      category: 'CREDIT_CARD',
      provider: 'Lotus Capital',
      aprMin: 39.9,
      aprMax: 42,
      annualFee: 499,
      minIncome: 420000,
      minScore: 720,
      minAge: 21,
      maxAge: 60,
      tags: ['shopping', 'online', 'rewards'],
      tenants: ['demo'],
    });
    expect(crop).toMatchObject({ category: 'INSURANCE', provider: 'Harbor Mutual Insurance', annualFee: 1800, regions: ['Maharashtra', 'Telangana', 'Karnataka'], tags: ['farmer', 'crop', 'monsoon'] });
    expect(stock).toMatchObject({
      name: 'Saffron Shop Stock Loan',
      category: 'BUSINESS_LOAN',
      provider: 'Saffron Small Finance Bank',
      description: 'Working capital for kirana and retail shops to stock up before the festive season, repaid from daily UPI collections.',
      aprMin: 18,
      aprMax: 24,
      minIncome: 600000,
      customerKind: 'BUSINESS',
    });
  });

  it('reports the data-field product with a credit score above 850 at the line its element starts', () => {
    expect(feed.problems).toEqual([{ line: 71, code: 'pl-meridian-gig-advance', field: 'minScore', reason: 'must be between 300 and 850, got 950' }]);
  });

  it('reads the data-field product\'s values as written', () => {
    const rows = parseHtmlFeed(readFileSync(path.join(FEEDS, 'product-pages.html'), 'utf8')).rows;
    expect(rows.find((r) => r.line === 71)?.values).toEqual({
      id: 'pl-meridian-gig-advance',
      name: 'Meridian Gig Worker Advance',
      provider: 'Meridian Finance',
      category: 'Personal loan',
      description: 'Small advances for delivery and ride-hailing partners against their weekly payouts.',
      apr: '28%-36%',
      minScore: '950',
      tags: 'gig, advance, weekly',
    });
  });
});

describe('parseHtmlFeed', () => {
  it('reports a JSON-LD script that is not JSON at its line, and reads the rest of the page', () => {
    const page = [
      '<html><head>', // 1
      '<script type="application/ld+json">', // 2
      '{ "@type": "Product",', // 3
      '  "sku": "x-1", }', // 4
      '</script>', // 5
      '</head><body>', // 6
      '<div data-product="cc-ok"><b data-field="name">OK card</b><i data-field="colour">red</i></div>', // 7
      '</body></html>',
    ].join('\n');
    const feed = parseHtmlFeed(page);
    expect(feed.problems).toEqual([{ line: 2, code: null, field: null, reason: expect.stringMatching(/^JSON-LD script is not valid JSON \(line 4\): /) }]);
    expect(feed.rows).toEqual([{ line: 7, values: { id: 'cc-ok', name: 'OK card' } }]);
    expect(feed.ignoredFields).toEqual(['data-field colour']);
    expect(checkFeed('HTML', page, CTX).rowsRead).toBe(2);
  });

  it('reads microdata by the HTML rules: meta content, repeated properties, nested items, not nested products', () => {
    const page = `<body>
<section itemscope itemtype="http://schema.org/CreditCard">
  <meta itemprop="sku" content="cc-nested">
  <span itemprop="name">  Nested
     Card </span>
  <span itemprop="keywords">travel</span><span itemprop="keywords">fuel</span>
  <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="999"><span itemprop="name">not the card's name</span></div>
  <div itemprop="isRelatedTo" itemscope itemtype="https://schema.org/Product"><meta itemprop="sku" content="other"></div>
  <div data-product="also-not-a-row"></div>
</section>
<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Not a product</span></div>
</body>`;
    const feed = parseHtmlFeed(page);
    expect(feed.rows).toEqual([{ line: 2, values: { id: 'cc-nested', name: ' Nested Card ', category: 'CREDIT_CARD', annualFee: '999', tags: ['travel', 'fuel'] } }]);
  });

  it('refuses a page without products', () => {
    expect(() => parseHtmlFeed('<html><body><p>Nothing on offer.</p><script type="application/ld+json">{"@type": "Organization"}</script></body></html>')).toThrow(FeedParseError);
    expect(() => parseHtmlFeed('')).toThrow(/the page has no products/);
  });

  it('is the format of .html and .htm files', () => {
    expect([formatOf('pages/offers.html'), formatOf('OFFERS.HTM'), formatOf('html')]).toEqual(['HTML', 'HTML', 'HTML']);
  });
});
