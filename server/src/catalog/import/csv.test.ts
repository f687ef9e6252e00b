import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsvFeed } from './csv.js';
import { checkFeed } from './feed.js';
import { FeedParseError } from './types.js';

const FEEDS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../seeds/product-feeds');
const CTX = { knownTenants: new Set(['demo', 'northwind']), allowedTenants: null, defaultTenant: 'demo' };

describe('the sample CSV feed', () => {
  const feed = checkFeed('CSV', readFileSync(path.join(FEEDS, 'products.csv'), 'utf8'), CTX);

  it('reads every row and keeps the valid ones, normalised', () => {
    expect(feed.rowsRead).toBe(5);
    expect(feed.valid.map((p) => [p.line, p.id])).toEqual([
      [5, 'in-harbor-paws-pet-cover'],
      [6, 'pl-meridian-study-abroad'], // a quoted description over lines 6 and 7
      [8, 'sv-lotus-green-deposit'],
    ]);
    const [pet, loan, deposit] = feed.valid;
    expect(pet).toMatchObject({ category: 'INSURANCE', annualFee: 3600, minIncome: 300000, minAge: 21, maxAge: 70, regions: [], customerKind: 'INDIVIDUAL' });
    expect(pet.tags).toEqual(['pets', 'dog', 'cat', 'vet', 'health']);
    expect(loan).toMatchObject({ category: 'PERSONAL_LOAN', aprMin: 10.5, aprMax: 13.75, minIncome: 600000, minScore: 700, tags: ['education', 'study-abroad', 'student'] });
    expect(loan.description).toBe('Tuition, living costs and travel for a degree abroad, up to ₹40 lakh. Repayment starts six months after the course ends; a parent co-borrows.');
    expect(deposit).toMatchObject({ category: 'SAVINGS', interestRate: 7.6, annualFee: 0, aprMin: null, regions: ['Maharashtra', 'Karnataka', 'Tamil Nadu'], customerKind: 'ANY', tenants: ['demo'] });
  });

  it('reports the bad rows with their line, field and reason', () => {
    expect(feed.problems).toEqual([
      {
        line: 9,
        code: 'bl-saffron-gold-bridge',
        field: 'category',
        reason: 'must be one of CREDIT_CARD, PERSONAL_LOAN, BUSINESS_LOAN, MORTGAGE, INSURANCE, SAVINGS, INVESTMENT, got "gold loan"',
      },
      { line: 9, code: 'bl-saffron-gold-bridge', field: 'minScore', reason: 'must be between 300 and 850, got 900' },
      { line: 10, code: 'in-harbor-paws-pet-cover', field: 'id', reason: 'duplicate id "in-harbor-paws-pet-cover": line 5 has it already' },
    ]);
  });
});

describe('parseCsvFeed', () => {
  it('counts lines across blank lines, comments, CRLF and quoted line breaks', () => {
    const csv = ['# comment', 'ID,Name', '', 'a,"one', 'two', 'three"', '# another', 'b,B', 'c,C'].join('\r\n');
    const feed = parseCsvFeed(csv);
    expect(feed.rows.map((r) => [r.line, r.values.id])).toEqual([
      [4, 'a'],
      [8, 'b'],
      [9, 'c'],
    ]);
    expect(feed.rows[0].values.name).toBe('one\ntwo\nthree');
  });

  it('takes ";" or tab as the delimiter when the header does', () => {
    expect(parseCsvFeed('id;name;min income\nx;X;"1,50,000"').rows[0].values).toEqual({ id: 'x', name: 'X', minIncome: '1,50,000' });
    expect(parseCsvFeed('id\tname\nx\tX').rows[0].values).toEqual({ id: 'x', name: 'X' });
  });

  it('reports a row with more cells than columns, and columns it does not know', () => {
    const feed = parseCsvFeed('id,name,colour\nx,X,red\ny,Y,blue,extra\n');
    expect(feed.ignoredFields).toEqual(['colour']);
    expect(feed.rows.map((r) => r.values.id)).toEqual(['x']);
    expect(feed.problems).toEqual([{ line: 3, code: 'y', field: null, reason: 'has 4 cells but the header names 3 columns (an unquoted "," inside a value?)' }]);
  });

  it('refuses a file that is not a feed at all', () => {
    expect(() => parseCsvFeed('')).toThrow(FeedParseError);
    expect(() => parseCsvFeed('foo,bar\n1,2')).toThrow(/first row must name the columns/);
    expect(() => parseCsvFeed('id,name,code\n')).toThrow(/two columns set id/);
    expect(() => parseCsvFeed('id,name\nx,"never closed\ny,Y\n')).toThrow('line 2: not readable as CSV: a quoted value that starts in this row is never closed');
  });
});
