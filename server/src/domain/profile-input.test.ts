import { describe, expect, it } from 'vitest';
import { REGIONS } from './reference.js';
import { validateK, validateProfileInput, type ProfileInputLike } from './profile-input.js';

const ok: ProfileInputLike = { kind: 'INDIVIDUAL', age: 30, income: 900_000, creditScore: 720, region: 'Karnataka' };
const check = (over: Partial<ProfileInputLike>) => validateProfileInput({ ...ok, ...over });

function expectError(over: Partial<ProfileInputLike>, field: string, message: RegExp) {
  const r = check(over);
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.field).toBe(field);
    expect(r.message).toMatch(message);
  }
}

describe('validateProfileInput', () => {
  it('cleans a valid profile: canonical region, trimmed goals, deduplicated products', () => {
    const r = check({ region: '  tamil NADU ', goals: '  buy a home  ', existingProducts: ['cc-a', ' cc-a', 'sv-b', '', 'cc-a '] });
    expect(r).toEqual({
      ok: true,
      value: { kind: 'INDIVIDUAL', age: 30, income: 900_000, creditScore: 720, region: 'Tamil Nadu', goals: 'buy a home', existingProducts: ['cc-a', 'sv-b'] },
    });
  });

  it('accepts missing optional fields: new to credit, unknown age, no goals or products', () => {
    const r = validateProfileInput({ kind: 'BUSINESS', income: 0, region: 'Delhi', age: null, creditScore: null, goals: null, existingProducts: null });
    expect(r).toEqual({
      ok: true,
      value: { kind: 'BUSINESS', age: null, income: 0, creditScore: null, region: 'Delhi', goals: '', existingProducts: [] },
    });
  });

  it('rejects a negative or non-finite income', () => {
    expectError({ income: -1 }, 'profile.income', /income must not be negative/);
    expectError({ income: Number.NaN }, 'profile.income', /finite/);
    expectError({ income: Number.POSITIVE_INFINITY }, 'profile.income', /finite/);
  });

  it('rejects a credit score outside 300–850 or not whole', () => {
    expectError({ creditScore: 299 }, 'profile.creditScore', /between 300 and 850/);
    expectError({ creditScore: 851 }, 'profile.creditScore', /between 300 and 850/);
    expectError({ creditScore: 700.5 }, 'profile.creditScore', /whole number/);
    expect(check({ creditScore: 300 }).ok).toBe(true);
    expect(check({ creditScore: 850 }).ok).toBe(true);
  });

  it('rejects an age under 18 or over 120', () => {
    expectError({ age: 17 }, 'profile.age', /18 or over/);
    expectError({ age: 121 }, 'profile.age', /at most 120/);
    expectError({ age: 30.5 }, 'profile.age', /whole number/);
    expect(check({ age: 18 }).ok).toBe(true);
  });

  it('rejects an unknown region and lists the valid ones', () => {
    const r = check({ region: 'Atlantis' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.field).toBe('profile.region');
      expect(r.message).toContain('Atlantis');
      for (const region of REGIONS) expect(r.message).toContain(region);
    }
  });

  it('rejects goals over 500 characters and more than 50 products', () => {
    expectError({ goals: 'x'.repeat(501) }, 'profile.goals', /at most 500 characters/);
    expect(check({ goals: `  ${'x'.repeat(500)}  ` }).ok).toBe(true);
    const many = Array.from({ length: 51 }, (_, i) => `p-${i}`);
    expectError({ existingProducts: many }, 'profile.existingProducts', /at most 50/);
    expect(check({ existingProducts: many.slice(0, 50) }).ok).toBe(true);
  });

  it('rejects an unknown kind', () => {
    expectError({ kind: 'TRUST' }, 'profile.kind', /INDIVIDUAL, BUSINESS/);
  });

  it('uses the given path prefix', () => {
    const r = validateProfileInput({ ...ok, income: -5 }, 'input.profile');
    expect(!r.ok && r.field).toBe('input.profile.income');
  });
});

describe('validateK', () => {
  it('accepts 1..50', () => {
    expect(validateK(1)).toEqual({ ok: true, value: 1 });
    expect(validateK(50)).toEqual({ ok: true, value: 50 });
  });
  it.each([0, 51, -1, 2.5, Number.NaN])('rejects %s naming the field k', (k) => {
    const r = validateK(k);
    expect(r).toEqual({ ok: false, field: 'k', message: 'k must be an integer between 1 and 50' });
  });
});
