import { describe, expect, it } from 'vitest';
import { fieldOf } from './fields.js';
import { audience, category, isBlank, list, number, range, regions, tags, text, wholeNumber } from './normalise.js';

const value = <T>(c: { ok: true; value: T } | { ok: false; reason: string }) => (c.ok ? c.value : `error: ${c.reason}`);

describe('number', () => {
  it.each([
    ['₹1,50,000', 150000],
    ['150,000', 150000],
    ['Rs. 2,40,000', 240000],
    ['INR 12000', 12000],
    ['₹1.5 lakh', 150000],
    ['6 lakhs', 600000],
    ['₹2 cr', 20000000],
    ['15k', 15000],
    ['  499 ', 499],
    ['0.5', 0.5],
    [1200, 1200],
  ])('reads %j as %d', (raw, n) => {
    expect(value(number(raw))).toBe(n);
  });

  it('reads percentages for rates only', () => {
    expect(value(number('10.5%', { percent: true }))).toBe(10.5);
    expect(value(number('7.6% p.a.', { percent: true }))).toBe(7.6);
    expect(value(number('12', { percent: true }))).toBe(12);
    expect(value(number('10.5%'))).toMatch(/^error: must be an amount, not a percentage/);
  });

  it('refuses what is not one number', () => {
    for (const raw of ['1,5', '12,34,5', 'abc', '₹', '1.2.3', '10 - 12', true, [1]]) {
      expect(value(number(raw as never))).toMatch(/^error: must be a/);
    }
    expect(value(number(Number.NaN))).toMatch(/^error: must be a finite number/);
  });

  it('reads "free" and "nil" as 0 only where asked', () => {
    expect(value(number('Free', { zeroWords: true }))).toBe(0);
    expect(value(number('free'))).toMatch(/^error/);
  });

  it('wants whole numbers where asked', () => {
    expect(value(wholeNumber('750'))).toBe(750);
    expect(value(wholeNumber('750.5'))).toMatch(/^error: must be a whole number/);
  });
});

describe('range', () => {
  it.each([
    ['10.5% - 14%', { low: 10.5, high: 14 }],
    ['10.5%–14% p.a.', { low: 10.5, high: 14 }],
    ['21-65', { low: 21, high: 65 }],
    ['21 to 65', { low: 21, high: 65 }],
    ['21+', { low: 21, high: null }],
    ['12%', { low: 12, high: null }],
    [[12.5, 16], { low: 12.5, high: 16 }],
  ])('reads %j', (raw, expected) => {
    expect(value(range(raw as never, { percent: true }))).toEqual(expected);
  });
});

describe('enums as the catalog spells them', () => {
  it.each([
    ['Credit card', 'CREDIT_CARD'],
    ['credit-card', 'CREDIT_CARD'],
    ['CREDIT_CARD', 'CREDIT_CARD'],
    ['personal loan', 'PERSONAL_LOAN'],
    ['Home loan', 'MORTGAGE'],
    ['fixed deposit', 'SAVINGS'],
    ['Mutual fund', 'INVESTMENT'],
    ['MortgageLoan', 'MORTGAGE'],
  ])('category %j is %s', (raw, expected) => {
    expect(value(category(raw))).toBe(expected);
  });

  it('names the allowed categories when it does not know one', () => {
    expect(value(category('gold loan'))).toBe(
      'error: must be one of CREDIT_CARD, PERSONAL_LOAN, BUSINESS_LOAN, MORTGAGE, INSURANCE, SAVINGS, INVESTMENT, got "gold loan"',
    );
  });

  it.each([
    ['individual', 'INDIVIDUAL'],
    ['Retail', 'INDIVIDUAL'],
    ['SME', 'BUSINESS'],
    ['business', 'BUSINESS'],
    ['all', 'ANY'],
  ])('customer kind %j is %s', (raw, expected) => {
    expect(value(audience(raw))).toBe(expected);
  });
});

describe('text and lists', () => {
  it('trims and collapses whitespace', () => {
    expect(value(text('  Aurora \n Travel\tCard ', 100))).toBe('Aurora Travel Card');
    expect(value(text('x'.repeat(11), 10))).toBe('error: must be at most 10 characters, got 11');
  });

  it('splits lists on ; | , and takes arrays', () => {
    expect(value(list('a; b |c,, d'))).toEqual(['a', 'b', 'c', 'd']);
    expect(value(list(['a', ' b ', '']))).toEqual(['a', 'b']);
  });

  it('writes tags as the catalog does', () => {
    expect(value(tags('Working capital; first_home | Travel, travel'))).toEqual(['working-capital', 'first-home', 'travel']);
  });

  it('knows the regions, and "all India" as everywhere', () => {
    expect(value(regions('punjab; Tamil Nadu'))).toEqual(['Punjab', 'Tamil Nadu']);
    expect(value(regions('all India'))).toEqual([]);
    expect(value(regions(['Punjab', 'Atlantis', 'Mars']))).toBe('error: unknown regions "Atlantis", "Mars"');
  });

  it('treats placeholders as blank', () => {
    for (const raw of [undefined, null, '', '  ', 'n/a', '-', 'None', []]) expect(isBlank(raw as never)).toBe(true);
    for (const raw of [0, '0', 'x', false]) expect(isBlank(raw as never)).toBe(false);
  });
});

describe('column names', () => {
  it('match without case, spaces, hyphens or underscores, and by alias', () => {
    expect(fieldOf('APR Min')).toBe('aprMin');
    expect(fieldOf('apr_min')).toBe('aprMin');
    expect(fieldOf('Min Credit Score')).toBe('minScore');
    expect(fieldOf('code')).toBe('id');
    expect(fieldOf('customer-kind')).toBe('customerKind');
    expect(fieldOf('apr')).toBe('apr');
    expect(fieldOf('colour')).toBeUndefined();
  });
});
