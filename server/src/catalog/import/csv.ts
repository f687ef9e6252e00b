// CSV product feeds: a header row naming the columns (see fields.ts for the names understood),
// one product per record. Quoted cells may span lines; a row's line is the line it starts on.
// Lines starting with "#" are comments. The delimiter is "," unless the header uses ";" or tabs.
import { parse } from 'csv-parse/sync';
import { fieldOf } from './fields.js';
import { FeedParseError, type ParsedFeed, type RawRow } from './types.js';

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

function delimiterOf(headerLine: string): string {
  const count = (c: string) => headerLine.split(c).length - 1;
  const candidates = [',', ';', '\t'].map((c) => [c, count(c)] as const).sort((a, b) => b[1] - a[1]);
  return candidates[0][1] > 0 ? candidates[0][0] : ',';
}

export function parseCsvFeed(content: string): ParsedFeed {
  // One line ending, so that csv-parse's line count and ours agree (it detects one delimiter only).
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const headerLine = text.split('\n').find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
  let records: CsvRecord[];
  try {
    records = parse(text, {
      delimiter: delimiterOf(headerLine),
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
      comment: '#',
      comment_no_infix: true,
    }) as unknown as CsvRecord[];
  } catch (e) {
    const err = e as Error & { code?: string; lines?: number; bytes_records?: number };
    if (err.code === 'CSV_QUOTE_NOT_CLOSED' && err.bytes_records !== undefined) {
      // Reported where the text ends; the quote opened in the record after the last one read.
      const before = Buffer.from(text, 'utf8').subarray(0, err.bytes_records).toString('utf8');
      const lines = text.split('\n');
      let line = before.split('\n').length;
      while (line < lines.length && (lines[line - 1].trim() === '' || lines[line - 1].startsWith('#'))) line++;
      throw new FeedParseError('not readable as CSV: a quoted value that starts in this row is never closed', line);
    }
    throw new FeedParseError(`not readable as CSV: ${err.message.replace(/ at line \d+/, '')}`, err.lines);
  }
  if (records.length === 0) throw new FeedParseError('the CSV is empty: expected a header row and one row per product');

  // csv-parse counts the line a record ends on; a quoted cell with line breaks starts it earlier.
  const startLine = (r: CsvRecord) => r.info.lines - r.record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);

  const [header, ...body] = records;
  const columns = header.record.map((h) => fieldOf(h));
  const ignoredFields = header.record.filter((h, i) => !columns[i] && h.trim() !== '').map((h) => h.trim());
  if (!columns.includes('id') && !columns.includes('name')) {
    throw new FeedParseError(`the first row must name the columns (id, name, category, provider, description, ...); got ${header.record.slice(0, 5).join(', ')}`, startLine(header));
  }
  const seen = new Set<string>();
  for (const c of columns) {
    if (c && seen.has(c)) throw new FeedParseError(`two columns set ${c}`, startLine(header));
    if (c) seen.add(c);
  }

  const rows: RawRow[] = [];
  const problems: ParsedFeed['problems'] = [];
  for (const r of body) {
    const line = startLine(r);
    if (r.record.length > columns.length && r.record.slice(columns.length).some((c) => c.trim() !== '')) {
      problems.push({
        line,
        code: r.record[columns.indexOf('id')]?.trim().toLowerCase() || null,
        field: null,
        reason: `has ${r.record.length} cells but the header names ${columns.length} columns (an unquoted "," inside a value?)`,
      });
      continue;
    }
    const values: RawRow['values'] = {};
    columns.forEach((c, i) => {
      if (c && i < r.record.length) values[c] = r.record[i];
    });
    rows.push({ line, values });
  }
  return { rows, problems, ignoredFields };
}
