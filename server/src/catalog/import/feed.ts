// A feed from text to checked products: the parser of its format, then the validator.
import { parseCsvFeed } from './csv.js';
import { parseHtmlFeed } from './html.js';
import { parseJsonFeed } from './json.js';
import { FEED_FORMATS, type FeedFormat, type ImportProblem, type ParsedFeed, type ValidProduct } from './types.js';
import { validateRows, type ValidationContext } from './validate.js';

export interface CheckedFeed {
  /** Rows found in the feed: the valid ones, and those skipped for a problem. */
  rowsRead: number;
  valid: ValidProduct[];
  /** Problems of the rows that are skipped, in line order. */
  problems: ImportProblem[];
  ignoredFields: string[];
}

/** Parses a feed; a FeedParseError when it cannot be read at all. */
export function parseFeed(format: FeedFormat, content: string): ParsedFeed {
  switch (format) {
    case 'CSV':
      return parseCsvFeed(content);
    case 'JSON':
      return parseJsonFeed(content);
    case 'HTML':
      return parseHtmlFeed(content);
  }
}

/** Parses and checks a feed; a FeedParseError when it cannot be read at all. */
export function checkFeed(format: FeedFormat, content: string, ctx: ValidationContext): CheckedFeed {
  const parsed = parseFeed(format, content);
  const { valid, problems } = validateRows(parsed.rows, ctx);
  const all = [...parsed.problems, ...problems].sort((a, b) => a.line - b.line);
  return { rowsRead: parsed.rows.length + parsed.problems.length, valid, problems: all, ignoredFields: parsed.ignoredFields };
}

const EXTENSIONS: Record<string, FeedFormat> = { csv: 'CSV', tsv: 'CSV', json: 'JSON', jsonld: 'JSON', html: 'HTML', htm: 'HTML' };

/** The format a file name implies (csv, tsv, json, jsonld, html, htm), or one named outright ("csv", "JSON", "html"). */
export function formatOf(nameOrFormat: string): FeedFormat | null {
  const upper = nameOrFormat.trim().toUpperCase();
  if ((FEED_FORMATS as readonly string[]).includes(upper)) return upper as FeedFormat;
  const ext = /\.([a-z]+)$/i.exec(nameOrFormat)?.[1]?.toLowerCase();
  return ext ? (EXTENSIONS[ext] ?? null) : null;
}
