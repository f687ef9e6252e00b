// Converting one raw feed value into the value the catalog stores: trimmed text, numbers from
// the ways Indian feeds write them ("₹1,50,000", "1.5 lakh", "10.5%", "12% p.a."), enums spelled
// as the existing products spell them (CREDIT_CARD, INDIVIDUAL), lists from "a; b | c" or arrays.
// Each converter returns the value or the reason it cannot; none throws.
import { PRODUCT_AUDIENCES, PRODUCT_CATEGORIES, canonicalRegion, type ProductAudience, type ProductCategory, type Region } from '../../domain/reference.js';
import type { RawValue } from './types.js';

export type Converted<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Converted<T> => ({ ok: true, value });
const fail = (reason: string): Converted<never> => ({ ok: false, reason });

/** Cells that mean "no value": empty, or a placeholder. */
const PLACEHOLDERS = new Set(['', '-', '--', 'n/a', 'na', 'null', 'nil', 'none']);

/** Blank: absent, null, or text that is empty or a placeholder such as "n/a". */
export function isBlank(v: RawValue): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return PLACEHOLDERS.has(v.trim().toLowerCase());
  if (Array.isArray(v)) return v.every(isBlank);
  return false;
}

/** Shows a raw value in a problem's reason, shortened. */
export function show(v: RawValue): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);
}

/** Text with its whitespace runs (line breaks included) collapsed to one space and trimmed. */
export function text(v: RawValue, maxLength: number): Converted<string> {
  if (typeof v === 'number' || typeof v === 'boolean') v = String(v);
  if (typeof v !== 'string') return fail(`must be text, got ${show(v)}`);
  const t = v.replace(/\s+/g, ' ').trim();
  if (t.length > maxLength) return fail(`must be at most ${maxLength} characters, got ${t.length}`);
  return ok(t);
}

const CURRENCY = /^(?:₹|rs\.?|inr|\$|usd)\s*|\s*(?:inr|rs\.?)$/gi;
const PER_YEAR = /\s*(?:p\.?\s?a\.?|per annum|a year|per year|\/\s?yr|\/\s?year)$/i;
const MULTIPLIERS: [RegExp, number][] = [
  [/\s*(?:crores?|cr)\.?$/i, 10_000_000],
  [/\s*(?:lakhs?|lacs?|l)$/i, 100_000],
  [/\s*k$/i, 1_000],
];
// Digits with Indian (1,50,000) or Western (150,000) grouping, or none; an optional fraction.
const GROUPED = /^[+-]?(?:\d{1,3}(?:,\d{2})*,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/;
const ZERO_WORDS = new Set(['free', 'zero', 'nil', 'lifetime free', 'no fee']);

export interface NumberOptions {
  /** A rate in percent a year: "10.5%" and "10.5" are both 10.5. Otherwise a "%" is refused. */
  percent?: boolean;
  /** "free", "nil", "zero" read as 0 (fees). */
  zeroWords?: boolean;
}

/** A number from a JSON number or text such as "₹1,50,000", "1.5 lakh", "₹2 cr", "10.5% p.a.". */
export function number(v: RawValue, opts: NumberOptions = {}): Converted<number> {
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : fail(`must be a finite number, got ${show(v)}`);
  if (typeof v !== 'string') return fail(`must be a number, got ${show(v)}`);
  let s = v.replace(/\s+/g, ' ').trim();
  if (opts.zeroWords && ZERO_WORDS.has(s.toLowerCase())) return ok(0);
  s = s.replace(PER_YEAR, '');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim().replace(PER_YEAR, '');
  }
  if (percent && !opts.percent) return fail(`must be an amount, not a percentage: ${show(v)}`);
  s = s.replace(CURRENCY, '').trim();
  let factor = 1;
  if (!percent) {
    for (const [suffix, f] of MULTIPLIERS) {
      if (suffix.test(s)) {
        s = s.replace(suffix, '').trim();
        factor = f;
        break;
      }
    }
  }
  s = s.replace(/(?<=\d) (?=\d{3}\b)/g, ''); // "1 50 000" is rare; "150 000" is grouping
  if (!GROUPED.test(s)) return fail(`must be a number such as 150000, "₹1,50,000" or "10.5%", got ${show(v)}`);
  const n = Number(s.replace(/,/g, '')) * factor;
  return Number.isFinite(n) ? ok(n) : fail(`must be a finite number, got ${show(v)}`);
}

/** A whole number (scores, ages); "750.0" is 750, "750.5" is refused. */
export function wholeNumber(v: RawValue): Converted<number> {
  const n = number(v);
  if (!n.ok) return n;
  return Number.isInteger(n.value) ? n : fail(`must be a whole number, got ${show(v)}`);
}

const RANGE = /^(.*?\d.*?)\s*(?:–|—|\bto\b|-)\s*([^-].*)$/i;

/**
 * "10.5% - 14%", "21-65", "21 to 65" -> both ends; a single value -> { low: value, high: null };
 * "21+" -> { low: 21, high: null }. A negative low end is not a range ("-5" is refused by the caller).
 */
export function range(v: RawValue, opts: NumberOptions = {}): Converted<{ low: number; high: number | null }> {
  if (Array.isArray(v) && v.length === 2) {
    const [a, b] = [number(v[0], opts), isBlank(v[1]) ? null : number(v[1], opts)];
    if (!a.ok) return a;
    if (b && !b.ok) return b;
    return ok({ low: a.value, high: b ? b.value : null });
  }
  if (typeof v === 'string') {
    const s = v.trim().replace(/\+$/, '');
    const m = RANGE.exec(s);
    if (m) {
      const [a, b] = [number(m[1], opts), number(m[2], opts)];
      if (!a.ok) return a;
      if (!b.ok) return b;
      return ok({ low: a.value, high: b.value });
    }
    const single = number(s, opts);
    return single.ok ? ok({ low: single.value, high: null }) : single;
  }
  const single = number(v, opts);
  return single.ok ? ok({ low: single.value, high: null }) : single;
}

/** Words for an enum value: upper case, anything but letters and digits as one underscore. */
function enumKey(s: string): string {
  return s
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

const CATEGORY_ALIASES: Record<string, ProductCategory> = {
  CARD: 'CREDIT_CARD',
  CREDITCARD: 'CREDIT_CARD',
  CC: 'CREDIT_CARD',
  LOAN: 'PERSONAL_LOAN',
  PL: 'PERSONAL_LOAN',
  CONSUMER_LOAN: 'PERSONAL_LOAN',
  BL: 'BUSINESS_LOAN',
  SME_LOAN: 'BUSINESS_LOAN',
  MSME_LOAN: 'BUSINESS_LOAN',
  WORKING_CAPITAL: 'BUSINESS_LOAN',
  HOME_LOAN: 'MORTGAGE',
  HOUSING_LOAN: 'MORTGAGE',
  MORTGAGE_LOAN: 'MORTGAGE',
  INSURANCE_POLICY: 'INSURANCE',
  COVER: 'INSURANCE',
  SAVINGS_ACCOUNT: 'SAVINGS',
  DEPOSIT: 'SAVINGS',
  FIXED_DEPOSIT: 'SAVINGS',
  RECURRING_DEPOSIT: 'SAVINGS',
  FD: 'SAVINGS',
  RD: 'SAVINGS',
  INVESTMENTS: 'INVESTMENT',
  MUTUAL_FUND: 'INVESTMENT',
  SIP: 'INVESTMENT',
  // schema.org FinancialProduct types (JSON-LD @type)
  PAYMENTCARD: 'CREDIT_CARD',
  MORTGAGELOAN: 'MORTGAGE',
  BANKACCOUNT: 'SAVINGS',
  DEPOSITACCOUNT: 'SAVINGS',
  INVESTMENTFUND: 'INVESTMENT',
  INVESTMENTORDEPOSIT: 'INVESTMENT',
};

/** A product category as the catalog spells it: "Credit card", "credit-card", "home loan" -> CREDIT_CARD, MORTGAGE. */
export function category(v: RawValue): Converted<ProductCategory> {
  const t = text(v, 60);
  if (!t.ok) return t;
  const key = enumKey(t.value);
  const found = (PRODUCT_CATEGORIES as readonly string[]).includes(key) ? (key as ProductCategory) : (CATEGORY_ALIASES[key] ?? CATEGORY_ALIASES[key.replace(/_/g, '')]);
  return found ? ok(found) : fail(`must be one of ${PRODUCT_CATEGORIES.join(', ')}, got ${show(v)}`);
}

const AUDIENCE_ALIASES: Record<string, ProductAudience> = {
  INDIVIDUALS: 'INDIVIDUAL',
  RETAIL: 'INDIVIDUAL',
  PERSONAL: 'INDIVIDUAL',
  CONSUMER: 'INDIVIDUAL',
  BUSINESSES: 'BUSINESS',
  SME: 'BUSINESS',
  MSME: 'BUSINESS',
  COMMERCIAL: 'BUSINESS',
  CORPORATE: 'BUSINESS',
  ALL: 'ANY',
  BOTH: 'ANY',
  EVERYONE: 'ANY',
};

/** Who a product is for: INDIVIDUAL, BUSINESS or ANY ("retail", "SME", "all" too). */
export function audience(v: RawValue): Converted<ProductAudience> {
  const t = text(v, 40);
  if (!t.ok) return t;
  const key = enumKey(t.value);
  const found = (PRODUCT_AUDIENCES as readonly string[]).includes(key) ? (key as ProductAudience) : AUDIENCE_ALIASES[key];
  return found ? ok(found) : fail(`must be one of ${PRODUCT_AUDIENCES.join(', ')}, got ${show(v)}`);
}

/** A list from an array, or from text separated by ";", "|" or ",". Blank items are dropped. */
export function list(v: RawValue): Converted<string[]> {
  const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[;|,]/) : [v];
  const out: string[] = [];
  for (const item of items) {
    if (isBlank(item)) continue;
    const t = text(item as RawValue, 200);
    if (!t.ok) return fail(`must be a list of text, got ${show(v)}`);
    out.push(t.value);
  }
  return ok(out);
}

const EVERYWHERE = new Set(['all', 'any', 'everywhere', 'india', 'pan-india', 'pan india', 'all india', 'nationwide']);

/** Regions by their canonical names; "all India", "everywhere" or nothing: offered everywhere (empty). */
export function regions(v: RawValue): Converted<Region[]> {
  const items = list(v);
  if (!items.ok) return items;
  if (items.value.length === 1 && EVERYWHERE.has(items.value[0].toLowerCase())) return ok([]);
  const out: Region[] = [];
  const unknown: string[] = [];
  for (const name of items.value) {
    const region = canonicalRegion(name);
    if (!region) unknown.push(name);
    else if (!out.includes(region)) out.push(region);
  }
  return unknown.length ? fail(`unknown region${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => JSON.stringify(u)).join(', ')}`) : ok(out);
}

/** Tags as the catalog writes them: lower case, words joined by hyphens ("Working capital" -> working-capital), no repeats. */
export function tags(v: RawValue): Converted<string[]> {
  const items = list(v);
  if (!items.ok) return items;
  const out: string[] = [];
  for (const item of items.value) {
    const tag = item
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return ok(out);
}
