// HTML product pages: a partner's saved listing or product page, read in three markups.
//  - schema.org JSON-LD: <script type="application/ld+json"> holding a product, an array of them,
//    or an object with an "@graph" array; objects that are not products (BreadcrumbList,
//    Organization, ...) are passed over.
//  - schema.org microdata: an element with itemscope and a product itemtype
//    (https://schema.org/Product, FinancialProduct, CreditCard, ...), its itemprop descendants
//    (nested itemscope elements are objects: brand, offers, additionalProperty) read into the same
//    object as JSON-LD would have.
//  - data attributes: an element with data-product="<id>", its descendants with data-field="<name>"
//    naming a product field as a feed column would (fields.ts).
// JSON-LD and microdata objects go through schema-org.ts, data-field values by fields.ts, and all
// rows on to normalise.ts/validate.ts like a CSV or JSON feed's. A row's line is the line where
// the product's element starts (for JSON-LD, where its object starts in the script). A product
// inside another product's element (microdata isRelatedTo, a data-product in a data-product) is
// not read as one of its own. A JSON-LD script that is not valid JSON is a problem at its line,
// and the rest of the page is read.
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { fieldOf } from './fields.js';
import { elementOffsets, jsonSyntaxError, lineIndex } from './json.js';
import { isSchemaOrgProduct, schemaOrgValues } from './schema-org.js';
import { FeedParseError, type ImportProblem, type ParsedFeed, type RawRow, type RawValue } from './types.js';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;
type Obj = { [key: string]: unknown };

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isElement = (n: Node): n is Element => 'tagName' in n;
const childrenOf = (n: Node): Node[] => (n.nodeName === 'template' ? (n as DefaultTreeAdapterTypes.Template).content.childNodes : 'childNodes' in n ? n.childNodes : []);

function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** 1-based line where an element starts (parsed with sourceCodeLocationInfo). */
const lineOf = (el: Element): number => el.sourceCodeLocation?.startLine ?? 1;

/** The text of an element as a reader sees it: its descendants' text, runs of white space as one space. */
function textOf(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterTypes.TextNode).value;
  if (isElement(n) && (n.tagName === 'script' || n.tagName === 'style')) return '';
  return childrenOf(n).map(textOf).join('');
}
const visibleText = (el: Element): string => textOf(el).replace(/\s+/g, ' ');

/** The schema.org @type names of a microdata item's itemtype (URLs, space separated). */
function itemTypes(el: Element): string[] {
  return (attr(el, 'itemtype') ?? '').split(/\s+/).filter(Boolean);
}

/** Whether an element is a microdata item of a product type. */
function isMicrodataProduct(el: Element): boolean {
  return attr(el, 'itemscope') !== undefined && isSchemaOrgProduct({ '@type': itemTypes(el) });
}

/** A microdata property's value, by the element that carries it (HTML's microdata rules). */
function propertyValue(el: Element): unknown {
  if (attr(el, 'itemscope') !== undefined) return microdataItem(el);
  switch (el.tagName) {
    case 'meta':
      return attr(el, 'content') ?? '';
    case 'audio':
    case 'embed':
    case 'iframe':
    case 'img':
    case 'source':
    case 'track':
    case 'video':
      return attr(el, 'src') ?? '';
    case 'a':
    case 'area':
    case 'link':
      return attr(el, 'href') ?? '';
    case 'object':
      return attr(el, 'data') ?? '';
    case 'data':
    case 'meter':
      return attr(el, 'value') ?? '';
    case 'time':
      return attr(el, 'datetime') ?? visibleText(el);
    default:
      return visibleText(el);
  }
}

/**
 * A microdata item as a JSON-LD object: { "@type": itemtype, prop: value, ... }; a property given
 * more than once is an array. Properties inside a nested item are that item's, not this one's.
 */
function microdataItem(item: Element): Obj {
  const types = itemTypes(item);
  const o: Obj = types.length ? { '@type': types.length === 1 ? types[0] : types } : {};
  const add = (name: string, value: unknown) => {
    const had = o[name];
    o[name] = had === undefined ? value : Array.isArray(had) ? [...(had as unknown[]), value] : [had, value];
  };
  const visit = (n: Node) => {
    for (const c of childrenOf(n)) {
      if (!isElement(c)) continue;
      const props = (attr(c, 'itemprop') ?? '').split(/\s+/).filter(Boolean);
      if (props.length) {
        const value = propertyValue(c);
        for (const p of props) add(p, value);
      }
      if (attr(c, 'itemscope') === undefined) visit(c);
    }
  };
  visit(item);
  return o;
}

/** A data-product element's fields: its id, and each data-field descendant (not a nested product's). */
function dataProductValues(el: Element, ignored: Set<string>): RawRow['values'] {
  const values: RawRow['values'] = {};
  const id = attr(el, 'data-product')?.trim();
  if (id) values.id = id;
  const visit = (n: Node) => {
    for (const c of childrenOf(n)) {
      if (!isElement(c) || attr(c, 'data-product') !== undefined) continue;
      const name = attr(c, 'data-field');
      if (name !== undefined) {
        const field = fieldOf(name);
        const value: RawValue = attr(c, 'data-value') ?? (c.tagName === 'meta' ? (attr(c, 'content') ?? '') : visibleText(c));
        if (field) values[field] = value;
        else if (name.trim()) ignored.add(`data-field ${name.trim()}`);
      }
      visit(c);
    }
  };
  visit(el);
  return values;
}

/** The products of one JSON-LD script, each with its line; a problem when the script is not JSON. */
function readJsonLd(script: Element, rows: RawRow[], problems: ImportProblem[], ignored: Set<string>): void {
  const textNode = script.childNodes.find((n) => n.nodeName === '#text') as DefaultTreeAdapterTypes.TextNode | undefined;
  const text = textNode?.value ?? '';
  if (text.trim() === '') return;
  const scriptLine = lineOf(script);
  const firstLine = textNode?.sourceCodeLocation?.startLine ?? scriptLine;
  const at = lineIndex(text);
  const lineAt = (offset: number) => firstLine + at(offset) - 1;

  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    const { message, offset } = jsonSyntaxError(text, e);
    const where = offset === undefined ? '' : ` (line ${lineAt(offset)})`;
    problems.push({ line: scriptLine, code: null, field: null, reason: `JSON-LD script is not valid JSON${where}: ${message}` });
    return;
  }

  let items: unknown[];
  let offsets: number[];
  if (Array.isArray(root)) {
    [items, offsets] = [root, elementOffsets(text, null)];
  } else if (isObject(root) && Array.isArray(root['@graph'])) {
    [items, offsets] = [root['@graph'], elementOffsets(text, '@graph')];
  } else {
    [items, offsets] = [[root], [text.search(/\S/)]];
  }
  items.forEach((item, n) => {
    if (!isSchemaOrgProduct(item)) return;
    const { values, ignored: extra } = schemaOrgValues(item);
    extra.forEach((k) => ignored.add(k));
    rows.push({ line: offsets.length === items.length ? lineAt(offsets[n]) : scriptLine, values });
  });
}

export function parseHtmlFeed(content: string): ParsedFeed {
  const document = parse(content.replace(/^\uFEFF/, ''), { sourceCodeLocationInfo: true });
  const rows: RawRow[] = [];
  const problems: ImportProblem[] = [];
  const ignored = new Set<string>();

  const walk = (n: Node, inProduct: boolean) => {
    for (const c of childrenOf(n)) {
      if (!isElement(c)) continue;
      if (c.tagName === 'script') {
        if ((attr(c, 'type') ?? '').trim().toLowerCase() === 'application/ld+json') readJsonLd(c, rows, problems, ignored);
        continue;
      }
      if (!inProduct && isMicrodataProduct(c)) {
        const { values, ignored: extra } = schemaOrgValues(microdataItem(c));
        extra.forEach((k) => ignored.add(k));
        rows.push({ line: lineOf(c), values });
        walk(c, true);
      } else if (!inProduct && attr(c, 'data-product') !== undefined) {
        rows.push({ line: lineOf(c), values: dataProductValues(c, ignored) });
        walk(c, true);
      } else {
        walk(c, inProduct);
      }
    }
  };
  walk(document, false);

  if (rows.length === 0 && problems.length === 0) {
    throw new FeedParseError(
      'the page has no products: expected schema.org Product JSON-LD (<script type="application/ld+json">), microdata (itemscope itemtype="https://schema.org/Product") or data-product elements',
    );
  }
  return { rows, problems, ignoredFields: [...ignored] };
}
