// Validation of a prospect's profile (GraphQL ProfileInput) and of k, before any recommendation.
// Pure: the resolver turns an error into a GraphQL BAD_USER_INPUT naming `field`.
import {
  CREDIT_SCORE_MAX,
  CREDIT_SCORE_MIN,
  CUSTOMER_KINDS,
  REGIONS,
  canonicalRegion,
  type CustomerKind,
  type Region,
} from './reference.js';
import { K_MAX, K_MIN } from './recommendation/weights.js';

export const PROFILE_LIMITS = {
  minAge: 18,
  maxAge: 120,
  maxGoalsLength: 500,
  maxExistingProducts: 50,
  /** Longest accepted product code or id in existingProducts. */
  maxProductIdLength: 200,
  kMin: K_MIN,
  kMax: K_MAX,
} as const;

/** The input as it arrives from GraphQL (optional fields may be null or absent). */
export interface ProfileInputLike {
  kind: string;
  age?: number | null;
  income: number;
  creditScore?: number | null;
  region: string;
  existingProducts?: readonly string[] | null;
  goals?: string | null;
}

/** A validated prospect profile. */
export interface ValidProfileInput {
  kind: CustomerKind;
  age: number | null;
  income: number;
  /** Null: new to credit. */
  creditScore: number | null;
  /** Canonical spelling from REGIONS. */
  region: Region;
  /** Trimmed, without empties or duplicates, in the order given. */
  existingProducts: string[];
  /** Trimmed; '' when none. */
  goals: string;
}

export interface InputError {
  ok: false;
  /** Path of the offending field, e.g. "profile.income". */
  field: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | InputError;

/** An input error naming the field; validators return it rather than throw. */
export function fail(field: string, message: string): InputError {
  return { ok: false, field, message };
}

/**
 * Checks a prospect's profile; returns the cleaned value or the first error, fields checked in
 * the order kind, age, income, creditScore, region, existingProducts, goals. `path` prefixes field
 * names ("profile" gives "profile.income").
 */
export function validateProfileInput(input: ProfileInputLike, path = 'profile'): Validated<ValidProfileInput> {
  const f = (name: string) => (path ? `${path}.${name}` : name);
  const L = PROFILE_LIMITS;

  if (!(CUSTOMER_KINDS as readonly string[]).includes(input.kind)) {
    return fail(f('kind'), `kind must be one of ${CUSTOMER_KINDS.join(', ')}`);
  }
  const kind = input.kind as CustomerKind;

  const age = input.age ?? null;
  if (age != null) {
    if (typeof age !== 'number' || !Number.isInteger(age)) return fail(f('age'), 'age must be a whole number of years');
    if (age < L.minAge) return fail(f('age'), `age must be ${L.minAge} or over`);
    if (age > L.maxAge) return fail(f('age'), `age must be at most ${L.maxAge}`);
  }

  const income = input.income;
  if (typeof income !== 'number' || !Number.isFinite(income)) return fail(f('income'), 'income must be a finite number');
  if (income < 0) return fail(f('income'), 'income must not be negative');

  const creditScore = input.creditScore ?? null;
  if (creditScore != null) {
    if (typeof creditScore !== 'number' || !Number.isInteger(creditScore)) {
      return fail(f('creditScore'), 'creditScore must be a whole number');
    }
    if (creditScore < CREDIT_SCORE_MIN || creditScore > CREDIT_SCORE_MAX) {
      return fail(
        f('creditScore'),
        `creditScore must be between ${CREDIT_SCORE_MIN} and ${CREDIT_SCORE_MAX}; leave it out for someone new to credit`,
      );
    }
  }

  const region = typeof input.region === 'string' ? canonicalRegion(input.region) : undefined;
  if (!region) {
    return fail(f('region'), `unknown region "${String(input.region ?? '').trim()}"; valid regions: ${REGIONS.join(', ')}`);
  }

  const given = input.existingProducts ?? [];
  if (given.length > L.maxExistingProducts) {
    return fail(f('existingProducts'), `existingProducts must list at most ${L.maxExistingProducts} products, got ${given.length}`);
  }
  const existingProducts: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < given.length; i++) {
    const raw = given[i];
    if (typeof raw !== 'string') return fail(`${f('existingProducts')}[${i}]`, 'each product must be a string');
    const id = raw.trim();
    if (id.length > L.maxProductIdLength) {
      return fail(`${f('existingProducts')}[${i}]`, `product code must be at most ${L.maxProductIdLength} characters`);
    }
    if (id && !seen.has(id)) {
      seen.add(id);
      existingProducts.push(id);
    }
  }

  const goals = (input.goals ?? '').trim();
  if (goals.length > L.maxGoalsLength) {
    return fail(f('goals'), `goals must be at most ${L.maxGoalsLength} characters, got ${goals.length}`);
  }

  return { ok: true, value: { kind, age, income, creditScore, region, existingProducts, goals } };
}

/** k of a top-k query: an integer 1..50. */
export function validateK(k: number, field = 'k'): Validated<number> {
  if (typeof k !== 'number' || !Number.isInteger(k) || k < PROFILE_LIMITS.kMin || k > PROFILE_LIMITS.kMax) {
    return fail(field, `${field} must be an integer between ${PROFILE_LIMITS.kMin} and ${PROFILE_LIMITS.kMax}`);
  }
  return { ok: true, value: k };
}
