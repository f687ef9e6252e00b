// Loads a CSV of historical applications with an outcome column into a Dataset + FeatureSpecs.
//
// Columns are referred to by header name or by 1-based number. A column mapping (JSON file, inline
// JSON, or "1:checking:categorical,2:duration:numeric,5:ignore") renames columns, fixes their type,
// or drops them; unmapped columns are kept under their header name (or colN) with a type inferred
// from the values: numeric when every non-missing cell is a number, categorical otherwise.
//
// Header detection, when neither `header` nor the mapping file says: the file has a header if the
// target or a mapping key is a column *name*. Otherwise row 1 is data when it has at least as many
// numeric cells as row 2 (and row 2 has some), or when its target cell is one of the target values
// found further down; else row 1 is a header.
//
// Every problem (missing file, empty file, unknown column, a target value that is neither good nor
// bad, ...) is a ScorecardInputError whose message names the file, column or value.
import { readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { ScorecardInputError } from './errors.js';
import type { DataRow, Dataset, FeatureSpec, FeatureValue } from './types.js';

export interface ColumnRule {
  name?: string;
  type?: 'numeric' | 'categorical';
  label?: string;
  ignore?: boolean;
}

export interface ColumnMapping {
  columns: Record<string, ColumnRule>;
  /** Defaults the command line can override. */
  target?: string;
  bad?: string;
  header?: boolean;
}

export interface CsvDatasetOptions {
  /** Header name, or 1-based column number. Default: the mapping's target. */
  target?: string;
  /** Target value meaning bad (case-insensitive). Default: inferred for 0/1, 1/2, yes/no, ... */
  bad?: string;
  /** Mapping object, or a string: path of a JSON file, inline JSON, or "KEY:NAME[:TYPE],KEY:ignore". */
  columns?: string | ColumnMapping;
  /** true/false forces; undefined detects (see the file comment). */
  header?: boolean;
  /** Field delimiter; default: whichever of , ; or tab is most frequent on the first line. */
  delimiter?: string;
}

export interface LoadedDataset {
  data: Dataset;
  specs: FeatureSpec[];
  source: string;
  hasHeader: boolean;
  /** Why the header decision was made (shown in the report). */
  headerReason: string;
  target: { column: number; name: string; badValue: string; goodValue: string };
  /** Column names dropped by the mapping. */
  ignored: string[];
  /** Missing cells per feature. */
  missing: Record<string, number>;
}

const MISSING_TOKENS = new Set(['', 'na', 'n/a', 'nan', 'null', 'none', '?', '.']);
const isMissing = (cell: string) => MISSING_TOKENS.has(cell.trim().toLowerCase());
const isNumeric = (cell: string) => {
  const text = cell.trim();
  return text !== '' && Number.isFinite(Number(text));
};
const isColumnNumber = (key: string) => /^\d+$/.test(key.trim());

const TYPES = new Set(['numeric', 'categorical']);

function fail(message: string): never {
  throw new ScorecardInputError(message);
}

function parseRule(key: string, value: unknown, where: string): ColumnRule {
  if (typeof value === 'string') {
    const parts = value.split(':').map((p) => p.trim());
    if (parts.length === 1 && parts[0].toLowerCase() === 'ignore') return { ignore: true };
    if (parts.length === 1 && TYPES.has(parts[0])) return { type: parts[0] as ColumnRule['type'] };
    if (parts.length > 2 || !parts[0]) fail(`${where}: column ${key}: expected "name", "name:type" or "ignore", got "${value}"`);
    if (parts[1] !== undefined && !TYPES.has(parts[1])) fail(`${where}: column ${key}: type must be numeric or categorical, got "${parts[1]}"`);
    return { name: parts[0], type: parts[1] as ColumnRule['type'] };
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const rule = value as Record<string, unknown>;
    for (const field of Object.keys(rule)) {
      if (!['name', 'type', 'label', 'ignore'].includes(field)) fail(`${where}: column ${key}: unknown field "${field}" (expected name, type, label, ignore)`);
    }
    if (rule.type !== undefined && !TYPES.has(rule.type as string)) fail(`${where}: column ${key}: type must be numeric or categorical, got ${JSON.stringify(rule.type)}`);
    if (rule.name !== undefined && (typeof rule.name !== 'string' || !rule.name.trim())) fail(`${where}: column ${key}: name must be a non-empty string`);
    if (rule.label !== undefined && typeof rule.label !== 'string') fail(`${where}: column ${key}: label must be a string`);
    return { name: (rule.name as string | undefined)?.trim(), type: rule.type as ColumnRule['type'], label: rule.label as string | undefined, ignore: rule.ignore === true };
  }
  return fail(`${where}: column ${key}: expected a string or an object, got ${JSON.stringify(value)}`);
}

function mappingFromJson(json: unknown, where: string): ColumnMapping {
  if (!json || typeof json !== 'object' || Array.isArray(json)) fail(`${where}: expected a JSON object`);
  const top = json as Record<string, unknown>;
  const wrapped = top.columns !== undefined && typeof top.columns === 'object' && !Array.isArray(top.columns);
  const columnsJson = (wrapped ? top.columns : top) as Record<string, unknown>;
  if (wrapped) {
    for (const field of Object.keys(top)) {
      if (!['columns', 'target', 'bad', 'header', 'description'].includes(field)) fail(`${where}: unknown field "${field}" (expected columns, target, bad, header, description)`);
    }
    if (top.header !== undefined && typeof top.header !== 'boolean') fail(`${where}: header must be true or false`);
  }
  const columns = Object.fromEntries(Object.entries(columnsJson).map(([key, value]) => [key, parseRule(key, value, where)]));
  return {
    columns,
    target: wrapped && top.target !== undefined ? String(top.target) : undefined,
    bad: wrapped && top.bad !== undefined ? String(top.bad) : undefined,
    header: wrapped ? (top.header as boolean | undefined) : undefined,
  };
}

/** Reads a mapping given as a JSON file path, inline JSON, or the inline "KEY:NAME[:TYPE],..." form. */
export function parseColumnMapping(spec: string): ColumnMapping {
  const text = spec.trim();
  if (text.startsWith('{')) {
    try {
      return mappingFromJson(JSON.parse(text), '--columns');
    } catch (err) {
      if (err instanceof ScorecardInputError) throw err;
      fail(`--columns: invalid JSON: ${(err as Error).message}`);
    }
  }
  if (text.toLowerCase().endsWith('.json') || isFile(text)) {
    let content: string;
    try {
      content = readFileSync(text, 'utf8');
    } catch (err) {
      fail(`cannot read column mapping ${text}: ${describeFsError(err)}`);
    }
    try {
      return mappingFromJson(JSON.parse(content), text);
    } catch (err) {
      if (err instanceof ScorecardInputError) throw err;
      fail(`column mapping ${text} is not valid JSON: ${(err as Error).message}`);
    }
  }
  const columns: Record<string, ColumnRule> = {};
  for (const item of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const colon = item.indexOf(':');
    if (colon <= 0) fail(`--columns: "${item}" should look like COLUMN:NAME[:TYPE] or COLUMN:ignore`);
    const key = item.slice(0, colon).trim();
    if (columns[key]) fail(`--columns: column ${key} is mapped twice`);
    columns[key] = parseRule(key, item.slice(colon + 1), '--columns');
  }
  if (Object.keys(columns).length === 0) fail('--columns: the mapping is empty');
  return { columns };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES') return 'permission denied';
  return (err as Error).message;
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  return counts[0].n > 0 ? counts[0].d : ',';
}

/** 0-based index of a column key (header name, or 1-based number), or an error listing the columns. */
function resolveColumn(key: string, header: string[] | null, width: number, what: string, source: string): number {
  const trimmed = key.trim();
  if (header) {
    const exact = header.findIndex((h) => h === trimmed);
    if (exact >= 0) return exact;
    const folded = header.findIndex((h) => h.toLowerCase() === trimmed.toLowerCase());
    if (folded >= 0) return folded;
  }
  if (isColumnNumber(trimmed)) {
    const n = Number(trimmed);
    if (n >= 1 && n <= width) return n - 1;
    fail(`${source}: ${what} column ${n} does not exist (the file has ${width} columns)`);
  }
  const known = header ? `columns are: ${header.join(', ')}` : `the file has no header, so use a column number 1..${width}`;
  return fail(`${source}: ${what} column "${trimmed}" not found (${known})`);
}

function defaultBadValue(values: string[]): string | null {
  const lower = values.map((v) => v.toLowerCase());
  const has = (a: string, b: string) => lower.length === 2 && lower.includes(a) && lower.includes(b);
  if (values.every(isNumeric)) {
    const nums = values.map(Number).sort((a, b) => a - b);
    if (nums.length === 2 && nums[0] === 0 && nums[1] === 1) return values[values.map(Number).indexOf(1)];
    if (nums.length === 2 && nums[0] === 1 && nums[1] === 2) return values[values.map(Number).indexOf(2)];
    return null;
  }
  for (const [bad, good] of [['true', 'false'], ['yes', 'no'], ['y', 'n'], ['bad', 'good'], ['default', 'non-default'], ['defaulted', 'repaid']]) {
    if (has(bad, good)) return values[lower.indexOf(bad)];
  }
  return null;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/** Parses CSV text (`source` names it in messages). */
export function parseCsvDataset(text: string, options: CsvDatasetOptions, source = 'input'): LoadedDataset {
  if (text.trim() === '') fail(`${source} is empty`);
  const mapping = typeof options.columns === 'string' ? parseColumnMapping(options.columns) : (options.columns ?? { columns: {} });
  const targetKey = options.target ?? mapping.target;
  if (targetKey === undefined || targetKey.trim() === '') fail('no target column: pass --target COLUMN (a header name or a 1-based column number)');

  let records: ParsedRecord[];
  try {
    records = parse(text, { delimiter: options.delimiter ?? detectDelimiter(text), bom: true, skip_empty_lines: true, info: true }) as unknown as ParsedRecord[];
  } catch (err) {
    return fail(`${source}: ${(err as Error).message}`);
  }
  if (records.length === 0) fail(`${source} has no rows`);
  const width = records[0].record.length;

  const headerFlag = options.header ?? mapping.header;
  let hasHeader: boolean;
  let headerReason: string;
  const namedKeys = [targetKey, ...Object.keys(mapping.columns)].filter((k) => !isColumnNumber(k));
  if (headerFlag !== undefined) {
    hasHeader = headerFlag;
    headerReason = hasHeader ? 'header row (as told)' : 'no header row (as told)';
  } else if (namedKeys.length > 0) {
    hasHeader = true;
    headerReason = `header row (columns are referred to by name: "${namedKeys[0]}")`;
  } else if (records.length < 2) {
    hasHeader = false;
    headerReason = 'no header row (single line)';
  } else {
    const numeric1 = records[0].record.filter(isNumeric).length;
    const numeric2 = records[1].record.filter(isNumeric).length;
    const t = Number(targetKey) - 1;
    const laterTargets = new Set(records.slice(1, 1001).map((r) => (r.record[t] ?? '').trim().toLowerCase()));
    if (numeric2 > 0 && numeric1 >= numeric2) {
      hasHeader = false;
      headerReason = `no header row (row 1 has ${numeric1} numeric cells, row 2 has ${numeric2})`;
    } else if (t >= 0 && t < width && laterTargets.has((records[0].record[t] ?? '').trim().toLowerCase())) {
      hasHeader = false;
      headerReason = `no header row (row 1's target cell "${records[0].record[t]}" is a target value)`;
    } else {
      hasHeader = true;
      headerReason = 'header row (row 1 does not look like data)';
    }
  }
  const header = hasHeader ? records[0].record.map((h) => h.trim()) : null;
  const body = hasHeader ? records.slice(1) : records;
  if (body.length === 0) fail(`${source} has a header but no data rows`);

  const targetCol = resolveColumn(targetKey, header, width, 'target', source);
  const targetName = header ? header[targetCol] : `column ${targetCol + 1}`;

  // Column rules by 0-based index.
  const rules = new Map<number, ColumnRule>();
  for (const [key, rule] of Object.entries(mapping.columns)) {
    const col = resolveColumn(key, header, width, 'mapped', source);
    if (rules.has(col)) fail(`${source}: column ${col + 1} is mapped twice`);
    rules.set(col, rule);
  }
  const targetRule = rules.get(targetCol);
  if (targetRule && !targetRule.ignore) fail(`${source}: column ${targetCol + 1} (${targetName}) is the target; it cannot also be a feature`);

  // Target values and which one is bad.
  const targetValues = body.map((r) => (r.record[targetCol] ?? '').trim());
  const emptyTarget = targetValues.findIndex((v) => v === '');
  if (emptyTarget >= 0) fail(`${source}: line ${body[emptyTarget].info.lines} has no value in the target column ${targetName}`);
  const distinct: string[] = [];
  const seenLower = new Set<string>();
  for (const v of targetValues) {
    if (!seenLower.has(v.toLowerCase())) {
      seenLower.add(v.toLowerCase());
      distinct.push(v);
    }
  }
  const shown = (vals: string[]) => vals.slice(0, 10).map((v) => `"${v}"`).join(', ') + (vals.length > 10 ? `, ... (${vals.length} in all)` : '');
  let badValue: string;
  const badOption = options.bad ?? mapping.bad;
  if (badOption !== undefined) {
    const match = distinct.find((v) => v.toLowerCase() === badOption.trim().toLowerCase());
    if (!match) fail(`${source}: the bad value "${badOption}" does not occur in target column ${targetName} (values found: ${shown(distinct)})`);
    badValue = match;
  } else {
    const inferred = defaultBadValue(distinct);
    if (distinct.length < 2) fail(`${source}: target column ${targetName} has a single value (${shown(distinct)}); training needs both goods and bads`);
    if (!inferred) fail(`${source}: cannot tell which value of target column ${targetName} means bad (values found: ${shown(distinct)}); pass --bad VALUE`);
    badValue = inferred;
  }
  const goods = distinct.filter((v) => v !== badValue);
  if (goods.length === 0) fail(`${source}: every row of target column ${targetName} is bad ("${badValue}"); training needs goods too`);
  if (goods.length > 1) {
    const stray = targetValues.findIndex((v) => v.toLowerCase() !== goods[0].toLowerCase() && v.toLowerCase() !== badValue.toLowerCase());
    fail(`${source}: line ${body[stray].info.lines}: target value "${targetValues[stray]}" is neither the bad value "${badValue}" nor the good value "${goods[0]}" (values found: ${shown(distinct)})`);
  }

  // Features: every column but the target and ignored ones.
  const specs: FeatureSpec[] = [];
  const columnsOfSpecs: number[] = [];
  const ignored: string[] = [];
  for (let col = 0; col < width; col++) {
    if (col === targetCol) continue;
    const rule = rules.get(col) ?? {};
    const defaultName = header ? header[col] || `col${col + 1}` : `col${col + 1}`;
    if (rule.ignore) {
      ignored.push(defaultName);
      continue;
    }
    const name = rule.name ?? defaultName;
    if (specs.some((s) => s.name === name)) fail(`${source}: two columns would both be called "${name}"; rename one in the column mapping`);
    const cells = body.map((r) => r.record[col]);
    let type = rule.type;
    if (!type) type = cells.every((c) => isMissing(c) || isNumeric(c)) && cells.some((c) => !isMissing(c)) ? 'numeric' : 'categorical';
    if (type === 'numeric') {
      const bad = cells.findIndex((c) => !isMissing(c) && !isNumeric(c));
      if (bad >= 0) fail(`${source}: line ${body[bad].info.lines}: column ${col + 1} (${name}) is numeric but has "${cells[bad]}"`);
    }
    specs.push({ name, type, ...(rule.label ? { label: rule.label } : {}) });
    columnsOfSpecs.push(col);
  }
  if (specs.length === 0) fail(`${source}: no feature columns left besides the target`);

  const missing: Record<string, number> = Object.fromEntries(specs.map((s) => [s.name, 0]));
  // fromEntries: a column called "__proto__" stays an ordinary key.
  const rows: DataRow[] = body.map((r) =>
    Object.fromEntries(
      specs.map((spec, k): [string, FeatureValue] => {
        const cell = r.record[columnsOfSpecs[k]];
        if (isMissing(cell)) {
          missing[spec.name]++;
          return [spec.name, null];
        }
        return [spec.name, spec.type === 'numeric' ? Number(cell.trim()) : cell.trim()];
      }),
    ),
  );
  const bad = targetValues.map((v) => v.toLowerCase() === badValue.toLowerCase());
  return {
    data: { rows, bad },
    specs,
    source,
    hasHeader,
    headerReason,
    target: { column: targetCol + 1, name: targetName, badValue, goodValue: goods[0] },
    ignored,
    missing,
  };
}

/** Reads and parses a CSV file; see parseCsvDataset. */
export function loadCsvDataset(file: string, options: CsvDatasetOptions): LoadedDataset {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return fail(`cannot read ${file}: ${describeFsError(err)}`);
  }
  return parseCsvDataset(text, options, file);
}
