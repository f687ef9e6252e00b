import { describe, expect, it } from 'vitest';
import type { RawRow } from './types.js';
import { validateRow, validateRows, type ValidationContext } from './validate.js';

const CTX: ValidationContext = { knownTenants: new Set(['demo', 'northwind']), allowedTenants: null, defaultTenant: 'demo' };

const CARD: RawRow['values'] = {
  id: ' CC-Test-Card ',
  name: ' Test   Card ',
  category: 'credit card',
  provider: 'Aurora Bank',
  description: 'A card for tests.',
  apr: '36% - 42%',
};

function problemsOf(values: RawRow['values'], ctx = CTX) {
  const r = validateRow({ line: 7, values }, ctx);
  return r.ok ? [] : r.problems.map((p) => `${p.field}: ${p.reason}`);
}

describe('validateRow', () => {
  it('normalises a valid row and fills the defaults the catalog uses', () => {
    const r = validateRow({ line: 7, values: CARD }, CTX);
    expect(r).toEqual({
      ok: true,
      product: {
        line: 7,
        id: 'cc-test-card',
        name: 'Test Card',
        category: 'CREDIT_CARD',
        provider: 'Aurora Bank',
        description: 'A card for tests.',
        aprMin: 36,
        aprMax: 42,
        interestRate: null,
        annualFee: 0,
        fees: '',
        minIncome: 0,
        minScore: null,
        minAge: 18,
        maxAge: null,
        regions: [],
        customerKind: 'INDIVIDUAL',
        tags: [],
        tenants: ['demo'],
      },
    });
  });

  it('reports every problem of a row, each with its field', () => {
    expect(
      problemsOf({ id: 'bad id!', category: 'card', provider: 'X', description: ' ', apr: '40% - 30%', minScore: '9000', minAge: '17', regions: 'Goa' }),
    ).toEqual([
      'id: must be a slug of letters, digits and single hyphens such as "cc-aurora-travel-elite", got "bad id!"',
      'name: is required',
      'description: is required',
      'apr: the maximum (30) must be at least the minimum (40)',
      'minScore: must be between 300 and 850, got 9000',
      'minAge: must be between 18 and 100, got 17',
      'regions: unknown region "Goa"',
    ]);
  });

  it('keeps rates where the catalog has them: APR on credit products, interest on savings and investments', () => {
    expect(problemsOf({ ...CARD, apr: undefined })).toEqual(['aprMin: is required for a CREDIT_CARD (percent a year)']);
    expect(problemsOf({ ...CARD, category: 'insurance' })).toEqual(['apr: applies to credit products only, not to INSURANCE']);
    expect(problemsOf({ ...CARD, interestRate: '4%' })).toEqual(['interestRate: applies to SAVINGS and INVESTMENT only, not to CREDIT_CARD']);
    expect(problemsOf({ ...CARD, apr: undefined, aprMin: '12%' })).toEqual([]);
    expect(problemsOf({ ...CARD, aprMin: '12%' })).toEqual(['apr: give either apr or aprMin/aprMax, not both']);
  });

  it('reads an age band and checks ages', () => {
    const r = validateRow({ line: 1, values: { ...CARD, age: '21-65' } }, CTX);
    expect(r.ok && [r.product.minAge, r.product.maxAge]).toEqual([21, 65]);
    expect(problemsOf({ ...CARD, minAge: '60', maxAge: '30' })).toEqual(['maxAge: the maximum (30) must be at least the minimum (60)']);
    expect(problemsOf({ ...CARD, age: '12-65' })).toEqual(['age: ages must be whole numbers between 18 and 100, got "12-65"']);
  });

  it('infers who a product is for from its category when the feed does not say', () => {
    const loan = validateRow({ line: 1, values: { ...CARD, category: 'business loan' } }, CTX);
    expect(loan.ok && loan.product.customerKind).toBe('BUSINESS');
  });

  it('checks the tenants a row names: known, and open to this import', () => {
    expect(problemsOf({ ...CARD, tenants: 'demo; acme' })).toEqual(['tenants: unknown tenant "acme"']);
    expect(problemsOf({ ...CARD, tenants: ['northwind'] }, { ...CTX, allowedTenants: new Set(['demo']) })).toEqual([
      'tenants: this import may not put products on the shelf of "northwind"',
    ]);
    const r = validateRow({ line: 1, values: { ...CARD, tenants: 'Demo, northwind' } }, CTX);
    expect(r.ok && r.product.tenants).toEqual(['demo', 'northwind']);
  });
});

describe('validateRows', () => {
  it('skips every later row that repeats an id, even when the first is the invalid one', () => {
    const rows: RawRow[] = [
      { line: 2, values: { ...CARD, id: 'a', apr: 'lots' } },
      { line: 3, values: { ...CARD, id: 'A' } },
      { line: 4, values: { ...CARD, id: 'b' } },
      { line: 5, values: { ...CARD, id: 'b', name: 'Other' } },
    ];
    const { valid, problems } = validateRows(rows, CTX);
    expect(valid.map((p) => [p.line, p.id])).toEqual([[4, 'b']]);
    expect(problems.map((p) => [p.line, p.code, p.field])).toEqual([
      [2, 'a', 'apr'],
      [3, 'a', 'id'],
      [5, 'b', 'id'],
    ]);
    expect(problems[1].reason).toBe('duplicate id "a": line 2 has it already');
  });
});
