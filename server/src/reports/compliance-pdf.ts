// The compliance report as a PDF: a title page with the range, the tenant and the counts, then the
// contact attempts and the case decisions as tables, ROWS_PER_PAGE rows a page, each section
// starting on a new page (one page saying so when it is empty). Every row has the same height and
// over-long text is cut with "...", so the page count follows from the row counts:
//   1 + max(1, ceil(attempts / ROWS_PER_PAGE)) + max(1, ceil(decisions / ROWS_PER_PAGE)).
// Pages are written out as they are finished (pdfkit does not buffer pages unless asked), and the
// writer waits for a slow reader, so a report of any size is written in fixed memory.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import type { CaseDecisionRecord, ComplianceCounts, ContactAttemptRecord } from '../repositories/recovery-reporting.js';
import { checkVerdict } from './compliance-rows.js';
import { localDateTime } from './report-range.js';

export const ROWS_PER_PAGE = 20;

export interface CompliancePdfMeta {
  tenantId: string;
  tenantName: string;
  from: string;
  to: string;
  timeZone: string;
  generatedAt: Date;
  generatedBy: string;
  counts: ComplianceCounts;
}

/** The pages a report of this many rows has. */
export const expectedPages = (attempts: number, decisions: number) => 1 + Math.max(1, Math.ceil(attempts / ROWS_PER_PAGE)) + Math.max(1, Math.ceil(decisions / ROWS_PER_PAGE));

// A4 landscape, in points.
const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 36;
const TABLE_TOP = 84;
const ROW_HEIGHT = 23;
const LINE2_OFFSET = 11;
const FOOTER_Y = PAGE.height - 26;
const WIDTH = PAGE.width - 2 * MARGIN;

interface Column<T> {
  title: string;
  width: number;
  value: (row: T) => string;
}

type Doc = PDFKit.PDFDocument;

export async function writeCompliancePdf(out: Writable, meta: CompliancePdfMeta, attempts: AsyncIterable<ContactAttemptRecord>, decisions: AsyncIterable<CaseDecisionRecord>): Promise<{ pages: number }> {
  const doc: Doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    autoFirstPage: false,
    // The bottom margin is small so that the footer can be written without pdfkit starting a page.
    margins: { top: MARGIN, bottom: 16, left: MARGIN, right: MARGIN },
    info: { Title: `Compliance report ${meta.from} to ${meta.to}`, Author: 'creditgraph', Subject: `Contact attempts and case decisions of ${meta.tenantName}`, CreationDate: meta.generatedAt },
  });
  doc.pipe(out);
  const done = finished(out);
  done.catch(() => {}); // awaited below; a reader that goes away fails the write there
  let pages = 0;
  const newPage = () => {
    doc.addPage();
    pages++;
    footer(doc, meta, pages);
  };

  try {
    newPage();
    titlePage(doc, meta);
    await tables(doc, out, meta, attempts, decisions, newPage);
    doc.end();
    await done;
  } catch (e) {
    doc.unpipe(out);
    doc.destroy();
    throw e;
  }
  return { pages };
}

async function tables(
  doc: Doc,
  out: Writable,
  meta: CompliancePdfMeta,
  attempts: AsyncIterable<ContactAttemptRecord>,
  decisions: AsyncIterable<CaseDecisionRecord>,
  newPage: () => void,
): Promise<void> {
  const tz = meta.timeZone;
  const attemptColumns: Column<ContactAttemptRecord>[] = [
    { title: 'Asked for (local)', width: 70, value: (a) => localDateTime(a.at, tz) },
    { title: 'Case', width: 50, value: (a) => String(a.caseId) },
    { title: 'Customer', width: 60, value: (a) => String(a.customerId) },
    { title: 'Channel', width: 50, value: (a) => a.channel },
    { title: 'Purpose', width: 108, value: (a) => a.purpose },
    { title: 'Status', width: 48, value: (a) => a.status },
    { title: 'Reached', width: 40, value: (a) => (a.reached == null ? '-' : a.reached ? 'yes' : 'no') },
    { title: 'Template', width: 170, value: (a) => a.templateId },
    { title: 'Requested by', width: WIDTH - 596, value: (a) => a.requestedBy },
  ];
  const checksLine = (a: ContactAttemptRecord) => `Checks: ${a.checks.map((c) => `${c.rule} ${checkVerdict(c)}${c.passed ? '' : ` (${c.detail})`}`).join(' | ') || 'none recorded'}`;
  await section(doc, out, 'Contact attempts', 'No contact attempts in this range.', attempts, attemptColumns, checksLine, newPage);

  const decisionColumns: Column<CaseDecisionRecord>[] = [
    { title: 'When (local)', width: 70, value: (d) => localDateTime(d.at, tz) },
    { title: 'Case', width: 50, value: (d) => String(d.caseId) },
    { title: 'Kind', width: 120, value: (d) => d.kind },
    { title: 'Actor', width: WIDTH - 240, value: (d) => d.actor },
  ];
  await section(doc, out, 'Case decisions', 'No case decisions in this range.', decisions, decisionColumns, (d) => d.summary, newPage);
}

function titlePage(doc: Doc, m: CompliancePdfMeta): void {
  const c = m.counts;
  const pct = (a: number, b: number) => (b > 0 ? ` (${((a / b) * 100).toFixed(1)}%)` : '');
  const status = (s: string) => c.byStatus[s] ?? 0;
  const others = Object.entries(c.byStatus).filter(([s]) => !['SENT', 'BLOCKED', 'DEAD', 'QUEUED'].includes(s));
  doc.font('Helvetica-Bold').fontSize(22).fillColor('black').text('Collections compliance report', MARGIN, 70, { width: WIDTH });
  doc.moveDown(0.3).font('Helvetica').fontSize(13).fillColor('#333333').text(pdfText(`${m.tenantName} (tenant ${m.tenantId})`), { width: WIDTH });
  doc.moveDown(1).fontSize(12).fillColor('black').text(pdfText(`From ${m.from} to ${m.to}, both days included, in the ${m.timeZone} calendar`), { width: WIDTH });
  doc.fontSize(10).fillColor('#555555').text(pdfText(`Generated ${m.generatedAt.toISOString()} for ${m.generatedBy}`), { width: WIDTH });
  doc.moveDown(1.5);
  const lines: [string, string][] = [
    ['Contact attempts', `${c.attempts}`],
    ['   sent', `${status('SENT')}`],
    ['   blocked by a contact check', `${status('BLOCKED')}`],
    ['   failed for good (dead letters)', `${status('DEAD')}`],
    ['   waiting to be sent', `${status('QUEUED')}`],
    ...others.map(([s, n]): [string, string] => [`   ${s.toLowerCase()}`, `${n}`]),
    ['Customer reached (right-party contact)', `${c.reached} of ${status('SENT')} sent${pct(c.reached, status('SENT'))}`],
    ['Attempts with a failed check', `${c.withFailedCheck}`],
    ['Case decisions', `${c.decisions}`],
    ['   by a person', `${c.decisionsByPeople}`],
    ['   by the system', `${c.decisions - c.decisionsByPeople}`],
    ['Cases concerned', `${c.cases}`],
  ];
  doc.font('Helvetica').fontSize(11).fillColor('black');
  let y = doc.y;
  for (const [label, value] of lines) {
    doc.text(pdfText(label), MARGIN, y, { width: 300, lineBreak: false });
    doc.text(pdfText(value), MARGIN + 310, y, { width: 300, lineBreak: false });
    y += 16;
  }
  doc.fontSize(9).fillColor('#555555');
  const notes = [
    'Contact attempts: every outreach message asked for in the range, sent or not, with each contact check as last evaluated (when asked for, and again when due to go): ' +
      'at most 7 attempts per case in 7 days (ATTEMPT_LIMIT), none in quiet hours on the customer\'s clock (QUIET_HOURS), none after a dispute (DISPUTE) or a cease request (CEASE_REQUEST), and the case still open (CASE_OPEN).',
    'Case decisions: every entry of the cases\' append-only audit trail in the range, with the user who took it, or "system" for the automated steps.',
    'Cases and customers are shown by number; the CSV export has the same numbers (case_number, customer_number) and the ids the API uses (case_id, customer_id).',
  ];
  y += 12;
  for (const n of notes) {
    doc.text(pdfText(n), MARGIN, y, { width: WIDTH });
    y = doc.y + 6;
  }
}

async function section<T>(
  doc: Doc,
  out: Writable,
  title: string,
  empty: string,
  rows: AsyncIterable<T>,
  columns: Column<T>[],
  secondLine: (row: T) => string,
  newPage: () => void,
): Promise<void> {
  let onPage = ROWS_PER_PAGE;
  let sectionPage = 0;
  let any = false;
  const startPage = () => {
    newPage();
    sectionPage++;
    onPage = 0;
    doc.font('Helvetica-Bold').fontSize(14).fillColor('black').text(`${title}${sectionPage > 1 ? ` (continued, page ${sectionPage})` : ''}`, MARGIN, MARGIN, { width: WIDTH, lineBreak: false });
    let x = MARGIN;
    doc.font('Helvetica-Bold').fontSize(8).fillColor('#333333');
    for (const c of columns) {
      doc.text(fit(doc, c.title, c.width - 4), x, TABLE_TOP - 16, { lineBreak: false });
      x += c.width;
    }
    doc.moveTo(MARGIN, TABLE_TOP - 4).lineTo(MARGIN + WIDTH, TABLE_TOP - 4).lineWidth(0.8).strokeColor('#333333').stroke();
  };
  for await (const row of rows) {
    if (onPage === ROWS_PER_PAGE) {
      await drained(out);
      startPage();
    }
    any = true;
    const y = TABLE_TOP + onPage * ROW_HEIGHT;
    let x = MARGIN;
    doc.font('Helvetica').fontSize(8).fillColor('black');
    for (const c of columns) {
      doc.text(fit(doc, c.value(row), c.width - 4), x, y, { lineBreak: false });
      x += c.width;
    }
    doc.fontSize(7).fillColor('#555555').text(fit(doc, secondLine(row), WIDTH - 12), MARGIN + 12, y + LINE2_OFFSET, { lineBreak: false });
    doc.moveTo(MARGIN, y + ROW_HEIGHT - 2).lineTo(MARGIN + WIDTH, y + ROW_HEIGHT - 2).lineWidth(0.3).strokeColor('#bbbbbb').stroke();
    onPage++;
  }
  if (!any) {
    startPage();
    doc.font('Helvetica').fontSize(10).fillColor('black').text(empty, MARGIN, TABLE_TOP + 4, { lineBreak: false });
  }
}

function footer(doc: Doc, m: CompliancePdfMeta, page: number): void {
  doc
    .font('Helvetica')
    .fontSize(7)
    .fillColor('#777777')
    .text(pdfText(`creditgraph compliance report | ${m.tenantName} | ${m.from} to ${m.to} | page ${page}`), MARGIN, FOOTER_Y, { width: WIDTH, lineBreak: false });
}

/** Waits while the reader is behind, so unread pages do not pile up in memory. */
async function drained(out: Writable): Promise<void> {
  if (out.writableNeedDrain && !out.destroyed) await Promise.race([once(out, 'drain'), once(out, 'close')]);
  if (out.destroyed) throw new Error('the reader went away before the report was written');
}

/** The text cut to `width` points in the current font, with "..." when cut. */
function fit(doc: Doc, raw: string, width: number): string {
  const text = pdfText(raw.replace(/\s+/g, ' ').trim());
  if (doc.widthOfString(text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${text.slice(0, mid)}...`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}...`;
}

// The built-in PDF fonts cover WinAnsi (Latin-1 and a few more): anything else is spelled out or replaced.
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const SPELLED: Record<string, string> = { '₹': 'Rs ', '→': '->', '←': '<-', '≥': '>=', '≤': '<=', '✓': 'ok', '✗': 'x' };

export function pdfText(s: string): string {
  let out = '';
  for (const ch of s) {
    if (SPELLED[ch] !== undefined) out += SPELLED[ch];
    else if (ch.codePointAt(0)! <= 0xff || WIN_ANSI_EXTRAS.has(ch)) out += ch;
    else out += '?';
  }
  return out;
}
