// JSON product feeds: an array of products, or an object with a "products" (or "items", or
// JSON-LD "@graph") array. A product is an object with the fields of fields.ts (an "eligibility"
// object is read as if its keys were on the product, so the graph's own Product shape imports
// back), or a schema.org Product/FinancialProduct (schema-org.ts). A row's line is the line its
// value starts on, found by a scan of the text after JSON.parse has accepted it.
import { fieldOf } from './fields.js';
import { isSchemaOrgProduct, schemaOrgValues } from './schema-org.js';
import { FeedParseError, type ImportProblem, type ParsedFeed, type RawRow, type RawValue } from './types.js';

const LIST_KEYS = ['products', 'items', '@graph'];

type Obj = { [key: string]: unknown };
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** 1-based line of each offset, by counting line breaks once. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * Offsets where the elements of the product array start: the root array's (key null) or that of
 * the root object's `key`. The text is valid JSON (JSON.parse accepted it).
 */
export function elementOffsets(text: string, key: string | null): number[] {
  const starts: number[] = [];
  let depth = 0;
  let target = key === null ? 1 : -1; // depth of the array's elements, once known
  let lastKey: string | null = null;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === ',' || c === ':') {
      i++;
      continue;
    }
    const closing = c === '}' || c === ']';
    if (depth === target && !closing) starts.push(i);
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (depth === 1 && target === -1) {
        let k = j + 1;
        while (/\s/.test(text[k] ?? '')) k++;
        if (text[k] === ':') lastKey = JSON.parse(text.slice(i, j + 1)) as string;
      }
      i = j + 1;
    } else if (c === '{' || c === '[') {
      if (c === '[' && depth === 1 && target === -1 && lastKey === key) target = 2;
      depth++;
      i++;
    } else if (closing) {
      depth--;
      i++;
      if (target !== -1 && depth === target - 1) break; // the product array is closed
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i])) i++; // number, true, false, null
    }
  }
  return starts;
}

/**
 * Where JSON.parse stopped: node 20's messages give a position for some errors only ("Unexpected
 * token" has none), so the text is walked by the grammar to the first offset that breaks it.
 */
export function syntaxErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) return void i++;
      for (;;) {
        if (c === '{') {
          ws();
          if (text[i] !== '"') fail();
          string();
          ws();
          if (text[i] !== ':') fail();
          i++;
        }
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === close) return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return undefined;
  } catch (at) {
    if (typeof at === 'number') return at;
    throw at;
  }
}

/** JSON.parse's error for `text`, without the position and the echoed text; and where it broke. */
export function jsonSyntaxError(text: string, e: unknown): { message: string; offset: number | undefined } {
  const message = (e as Error).message.replace(/ in JSON at position \d+[\s\S]*$/, '').replace(/, (?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '');
  return { message, offset: syntaxErrorOffset(text) };
}

function flatValues(o: Obj, ignored: Set<string>): RawRow['values'] {
  const values: RawRow['values'] = {};
  const take = (entries: [string, unknown][], prefix: string) => {
    for (const [k, v] of entries) {
      if (k === 'eligibility' && isObject(v) && !prefix) {
        take(Object.entries(v), 'eligibility.');
        continue;
      }
      const field = fieldOf(k);
      if (field) values[field] = v as RawValue;
      else if (!k.startsWith('@') && k !== '__typename') ignored.add(prefix + k);
    }
  };
  take(Object.entries(o), '');
  return values;
}

export function parseJsonFeed(content: string): ParsedFeed {
  const text = content.replace(/^\uFEFF/, '');
  const at = lineIndex(text);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    const { message, offset } = jsonSyntaxError(text, e);
    throw new FeedParseError(`not valid JSON: ${message}`, offset === undefined ? undefined : at(offset));
  }

  let items: unknown[];
  let offsets: number[];
  if (Array.isArray(root)) {
    items = root;
    offsets = elementOffsets(text, null);
  } else if (isObject(root)) {
    const key = LIST_KEYS.find((k) => Array.isArray(root[k]));
    if (key) {
      items = root[key] as unknown[];
      offsets = elementOffsets(text, key);
    } else if (isSchemaOrgProduct(root) || ['id', 'code', 'sku', 'name'].some((k) => k in root)) {
      items = [root]; // one product
      offsets = [text.search(/\S/)];
    } else {
      throw new FeedParseError(`expected an array of products or an object with a "products" array; got an object with ${Object.keys(root).slice(0, 5).join(', ') || 'no keys'}`, 1);
    }
  } else {
    throw new FeedParseError('expected an array of products or an object with a "products" array', 1);
  }
  if (items.length === 0) throw new FeedParseError('the feed has no products');

  const rows: RawRow[] = [];
  const problems: ImportProblem[] = [];
  const ignored = new Set<string>();
  items.forEach((item, n) => {
    const line = offsets.length === items.length ? at(offsets[n]) : 1;
    if (!isObject(item)) {
      problems.push({ line, code: null, field: null, reason: `product ${n + 1} is not an object: ${JSON.stringify(item)?.slice(0, 40)}` });
      return;
    }
    if (isSchemaOrgProduct(item)) {
      const { values, ignored: extra } = schemaOrgValues(item);
      extra.forEach((k) => ignored.add(k));
      rows.push({ line, values });
    } else {
      rows.push({ line, values: flatValues(item, ignored) });
    }
  });
  return { rows, problems, ignoredFields: [...ignored] };
}
