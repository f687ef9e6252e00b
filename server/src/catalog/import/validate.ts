// Checks one raw row field by field (normalising each value) and then as a whole, and a feed for
// ids it repeats. A row with any problem is skipped whole and every problem of it is reported, so
// one pass over the report fixes the feed.
import { CREDIT_SCORE_MAX, CREDIT_SCORE_MIN, type ProductAudience, type ProductCategory } from '../../domain/reference.js';
import { audience, category, isBlank, number, range, regions, show, tags, text, wholeNumber, type Converted } from './normalise.js';
import type { ImportProblem, ProductField, RawRow, RawValue, ValidProduct } from './types.js';

export const CREDIT_CATEGORIES: readonly ProductCategory[] = ['CREDIT_CARD', 'PERSONAL_LOAN', 'BUSINESS_LOAN', 'MORTGAGE'];
export const INTEREST_CATEGORIES: readonly ProductCategory[] = ['SAVINGS', 'INVESTMENT'];

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID = 64;
const MAX_NAME = 120;
const MAX_PROVIDER = 80;
const MAX_DESCRIPTION = 2_000;
const MAX_FEES = 500;
const MAX_TAGS = 20;
const MAX_TAG = 40;
const MAX_RATE = 100;
const MIN_AGE = 18;
const MAX_AGE = 100;
const MAX_AMOUNT = 1e12;

export interface ValidationContext {
  /** Tenants that exist. */
  knownTenants: ReadonlySet<string>;
  /** Tenants this import may put products on; null: any known tenant (the command line). */
  allowedTenants: ReadonlySet<string> | null;
  /** The shelf of rows that name no tenant. */
  defaultTenant: string;
}

export type RowResult = { ok: true; product: ValidProduct } | { ok: false; problems: ImportProblem[] };

/** The row's id as the catalog would store it (trimmed, lower case), when it has one; for reports. */
export function codeOf(row: RawRow): string | null {
  const v = row.values.id;
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const id = String(v).trim().toLowerCase();
  return id && id.length <= MAX_ID ? id : null;
}

export function validateRow(row: RawRow, ctx: ValidationContext): RowResult {
  const problems: ImportProblem[] = [];
  const code = codeOf(row);
  const problem = (field: string | null, reason: string) => problems.push({ line: row.line, code, field, reason });
  const v = row.values;

  /** Runs a converter on a present value; undefined when blank or when it failed (the failure is reported). */
  function field<T>(name: ProductField, convert: (raw: RawValue) => Converted<T>): T | undefined {
    const raw = v[name];
    if (isBlank(raw)) return undefined;
    const c = convert(raw);
    if (!c.ok) {
      problem(name, c.reason);
      return undefined;
    }
    return c.value;
  }
  function required<T>(name: ProductField, convert: (raw: RawValue) => Converted<T>): T | undefined {
    if (isBlank(v[name])) {
      problem(name, 'is required');
      return undefined;
    }
    return field(name, convert);
  }
  const nonEmptyText = (max: number) => (raw: RawValue) => {
    const t = text(raw, max);
    return t.ok && !t.value ? ({ ok: false, reason: 'is required' } as const) : t;
  };
  /** A number within [min, max] (percent rates, amounts). */
  const bounded =
    (min: number, max: number, opts: Parameters<typeof number>[1] = {}, whole = false) =>
    (raw: RawValue): Converted<number> => {
      const n = whole ? wholeNumber(raw) : number(raw, opts);
      if (!n.ok) return n;
      if (n.value < min || n.value > max) return { ok: false, reason: `must be between ${min} and ${max}, got ${n.value}` };
      return n;
    };

  const id = required('id', (raw) => {
    const t = text(raw, MAX_ID);
    if (!t.ok) return t;
    const lower = t.value.toLowerCase();
    return ID_PATTERN.test(lower)
      ? { ok: true, value: lower }
      : { ok: false, reason: `must be a slug of letters, digits and single hyphens such as "cc-aurora-travel-elite", got ${show(raw)}` };
  });
  const name = required('name', nonEmptyText(MAX_NAME));
  const cat = required('category', category);
  const provider = required('provider', nonEmptyText(MAX_PROVIDER));
  const description = required('description', nonEmptyText(MAX_DESCRIPTION));

  // APR: aprMin/aprMax, or one "apr" column with a value or a range.
  let aprMin = field('aprMin', bounded(0, MAX_RATE, { percent: true }));
  let aprMax = field('aprMax', bounded(0, MAX_RATE, { percent: true }));
  if (!isBlank(v.apr)) {
    if (!isBlank(v.aprMin) || !isBlank(v.aprMax)) problem('apr', 'give either apr or aprMin/aprMax, not both');
    else {
      const r = range(v.apr, { percent: true });
      if (!r.ok) problem('apr', r.reason);
      else if (r.value.low < 0 || r.value.low > MAX_RATE || (r.value.high ?? 0) < 0 || (r.value.high ?? 0) > MAX_RATE) {
        problem('apr', `must be between 0 and ${MAX_RATE}, got ${show(v.apr)}`);
      } else [aprMin, aprMax] = [r.value.low, r.value.high ?? r.value.low];
    }
  }
  if (aprMin !== undefined && aprMax === undefined && isBlank(v.aprMax)) aprMax = aprMin;
  if (aprMax !== undefined && aprMin === undefined && isBlank(v.aprMin) && isBlank(v.apr)) aprMin = aprMax;
  if (aprMin !== undefined && aprMax !== undefined && aprMin > aprMax) problem(isBlank(v.apr) ? 'aprMax' : 'apr', `the maximum (${aprMax}) must be at least the minimum (${aprMin})`);

  const interestRate = field('interestRate', bounded(0, MAX_RATE, { percent: true }));
  const annualFee = field('annualFee', bounded(0, MAX_AMOUNT, { zeroWords: true })) ?? 0;
  const fees = field('fees', (raw) => text(raw, MAX_FEES)) ?? '';
  const minIncome = field('minIncome', bounded(0, MAX_AMOUNT, { zeroWords: true })) ?? 0;
  const minScore = field('minScore', bounded(CREDIT_SCORE_MIN, CREDIT_SCORE_MAX, {}, true)) ?? null;

  let minAge = field('minAge', bounded(MIN_AGE, MAX_AGE, {}, true));
  let maxAge = field('maxAge', bounded(MIN_AGE, MAX_AGE, {}, true));
  if (!isBlank(v.age)) {
    if (!isBlank(v.minAge) || !isBlank(v.maxAge)) problem('age', 'give either age or minAge/maxAge, not both');
    else {
      const r = range(v.age);
      const inBand = (n: number | null) => n === null || (Number.isInteger(n) && n >= MIN_AGE && n <= MAX_AGE);
      if (!r.ok) problem('age', r.reason);
      else if (!inBand(r.value.low) || !inBand(r.value.high)) problem('age', `ages must be whole numbers between ${MIN_AGE} and ${MAX_AGE}, got ${show(v.age)}`);
      else [minAge, maxAge] = [r.value.low, r.value.high ?? undefined];
    }
  }
  if (minAge !== undefined && maxAge !== undefined && minAge > maxAge) problem(isBlank(v.age) ? 'maxAge' : 'age', `the maximum (${maxAge}) must be at least the minimum (${minAge})`);

  const productRegions = field('regions', regions) ?? [];
  const kind = field('customerKind', audience);
  const productTags = field('tags', tags) ?? [];
  if (productTags.length > MAX_TAGS) problem('tags', `at most ${MAX_TAGS} tags, got ${productTags.length}`);
  const longTag = productTags.find((t) => t.length > MAX_TAG);
  if (longTag) problem('tags', `a tag must be at most ${MAX_TAG} characters, got "${longTag}"`);

  // Tenants: the row's own, or the import's; each must exist and be open to this import.
  let tenants = [ctx.defaultTenant];
  if (!isBlank(v.tenants)) {
    const raw = v.tenants;
    const items = (Array.isArray(raw) ? raw : String(raw).split(/[;|,]/)).map((t) => String(t).trim().toLowerCase()).filter(Boolean);
    const unknown = items.filter((t) => !ctx.knownTenants.has(t));
    const closed = items.filter((t) => ctx.knownTenants.has(t) && ctx.allowedTenants && !ctx.allowedTenants.has(t));
    if (unknown.length) problem('tenants', `unknown tenant${unknown.length > 1 ? 's' : ''} ${unknown.map((t) => JSON.stringify(t)).join(', ')}`);
    if (closed.length) problem('tenants', `this import may not put products on the shelf of ${closed.map((t) => JSON.stringify(t)).join(', ')}`);
    tenants = [...new Set(items)];
  }

  // Rules across fields, as the existing catalog keeps them.
  if (cat !== undefined) {
    const credit = CREDIT_CATEGORIES.includes(cat);
    if (credit && aprMin === undefined && isBlank(v.aprMin) && isBlank(v.aprMax) && isBlank(v.apr)) problem('aprMin', `is required for a ${cat} (percent a year)`);
    if (!credit && (aprMin !== undefined || aprMax !== undefined)) problem(isBlank(v.apr) ? 'aprMin' : 'apr', `applies to credit products only, not to ${cat}`);
    if (interestRate !== undefined && !INTEREST_CATEGORIES.includes(cat)) problem('interestRate', `applies to ${INTEREST_CATEGORIES.join(' and ')} only, not to ${cat}`);
  }

  if (problems.length > 0) return { ok: false, problems };
  const productCategory = cat as ProductCategory;
  const customerKind: ProductAudience = kind ?? (productCategory === 'BUSINESS_LOAN' ? 'BUSINESS' : 'INDIVIDUAL');
  return {
    ok: true,
    product: {
      line: row.line,
      id: id as string,
      name: name as string,
      category: productCategory,
      provider: provider as string,
      description: description as string,
      aprMin: aprMin ?? null,
      aprMax: aprMax ?? null,
      interestRate: interestRate ?? null,
      annualFee,
      fees,
      minIncome,
      minScore,
      minAge: minAge ?? MIN_AGE,
      maxAge: maxAge ?? null,
      regions: productRegions,
      customerKind,
      tags: productTags,
      tenants,
    },
  };
}

/**
 * Every row checked; rows repeating an id seen earlier in the feed are skipped (the first row
 * with the id wins, whether or not it is valid, so that which row is imported never depends on
 * which of them has a typo). Problems come back in line order.
 */
export function validateRows(rows: readonly RawRow[], ctx: ValidationContext): { valid: ValidProduct[]; problems: ImportProblem[] } {
  const valid: ValidProduct[] = [];
  const problems: ImportProblem[] = [];
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const code = codeOf(row);
    const earlier = code === null ? undefined : firstLine.get(code);
    if (earlier !== undefined) {
      problems.push({ line: row.line, code, field: 'id', reason: `duplicate id "${code}": line ${earlier} has it already` });
      continue;
    }
    if (code !== null) firstLine.set(code, row.line);
    const r = validateRow(row, ctx);
    if (r.ok) valid.push(r.product);
    else problems.push(...r.problems);
  }
  problems.sort((a, b) => a.line - b.line);
  return { valid, problems };
}
