// Shapes shared by the product-feed parsers (one per format), the normaliser and the validator.
// A feed goes: text -> RawRow[] (parser: where each row is, its fields by canonical name, nothing
// converted yet) -> ValidProduct[] + problems (validate.ts, using normalise.ts) -> the database
// (services/product-import.ts). Everything here is pure: no database, no model.

export const FEED_FORMATS = ['CSV', 'JSON', 'HTML'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** The product fields a feed can set, by their canonical (GraphQL and drizzle) names. */
export const PRODUCT_FIELDS = [
  'id',
  'name',
  'category',
  'provider',
  'description',
  'aprMin',
  'aprMax',
  'interestRate',
  'annualFee',
  'fees',
  'minIncome',
  'minScore',
  'minAge',
  'maxAge',
  'regions',
  'customerKind',
  'tags',
  'tenants',
] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];

/**
 * Feed columns that set two fields at once from a range such as "10.5% - 14%" or "21-65": `apr`
 * sets aprMin and aprMax, `age` minAge and maxAge.
 */
export type RangeField = 'apr' | 'age';

/** A cell or JSON value as the feed had it: not trimmed, not converted. */
export type RawValue = string | number | boolean | null | undefined | RawValue[] | { [key: string]: unknown };

export interface RawRow {
  /** 1-based line where the row starts in the feed. */
  line: number;
  values: Partial<Record<ProductField | RangeField, RawValue>>;
}

/** Something wrong with one row; the row is skipped whole. */
export interface ImportProblem {
  line: number;
  /** The row's product id, when it has a readable one. */
  code: string | null;
  /** The field at fault, by canonical name; null when the row as a whole is. */
  field: string | null;
  reason: string;
}

/** What a parser hands on: the rows, rows it could not read as records, keys it does not know. */
export interface ParsedFeed {
  rows: RawRow[];
  problems: ImportProblem[];
  /** Columns (CSV), keys (JSON) or data-field names and additionalProperty names (HTML) that are not product fields; ignored, reported once each. */
  ignoredFields: string[];
}

/** A row that passed every check, ready to embed and write (the embedding is added by the writer). */
export interface ValidProduct {
  line: number;
  id: string;
  name: string;
  category: string;
  provider: string;
  description: string;
  aprMin: number | null;
  aprMax: number | null;
  interestRate: number | null;
  annualFee: number;
  fees: string;
  minIncome: number;
  minScore: number | null;
  minAge: number | null;
  maxAge: number | null;
  regions: string[];
  customerKind: string;
  tags: string[];
  /** Tenants whose shelves the product goes on (the feed's, or the import's default tenant). */
  tenants: string[];
}

/** The feed cannot be read at all (not CSV, not JSON, no header, a page without products, ...): nothing is imported. */
export class FeedParseError extends Error {
  constructor(
    message: string,
    /** 1-based line, when known. */
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'FeedParseError';
  }
}
