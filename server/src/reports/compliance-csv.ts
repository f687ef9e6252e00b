// The compliance report as CSV: one header, then one row per contact attempt and per case
// decision, in time order. Streamed through csv-stringify with backpressure: rows are read from the
// database a page at a time only as fast as the reader takes them.
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { CSV_COLUMNS, csvRecord, type ReportRecord } from './compliance-rows.js';

/** Writes the report to `out` and ends it; resolves with the number of rows (header not counted). */
export async function writeComplianceCsv(out: Writable, records: AsyncIterable<ReportRecord>, timeZone: string): Promise<number> {
  let rows = 0;
  async function* lines() {
    for await (const r of records) {
      rows++;
      yield csvRecord(r, timeZone);
    }
  }
  // A byte-order mark, so that spreadsheets read the UTF-8 (₹, Hindi names of templates) as such.
  await pipeline(Readable.from(lines()), stringify({ header: true, columns: [...CSV_COLUMNS], bom: true }), out);
  return rows;
}
