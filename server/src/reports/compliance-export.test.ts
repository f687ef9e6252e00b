import { PassThrough, Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { CaseDecisionRecord, ComplianceCounts, ContactAttemptRecord } from '../repositories/recovery-reporting.js';
import { writeComplianceCsv } from './compliance-csv.js';
import { expectedPages, pdfText, ROWS_PER_PAGE, writeCompliancePdf } from './compliance-pdf.js';
import { caseIdOf, CSV_COLUMNS, csvRecord, mergeByTime } from './compliance-rows.js';

const T0 = Date.parse('2025-06-01T05:30:00Z'); // 11:00 in India
const MIN = 60_000;

const PASSED = [
  { rule: 'ATTEMPT_LIMIT', passed: true, detail: '2 of at most 7 attempts in the last 7 days' },
  { rule: 'QUIET_HOURS', passed: true, detail: '11:00 local time is outside quiet hours' },
  { rule: 'DISPUTE', passed: true, detail: 'No dispute recorded' },
  { rule: 'CEASE_REQUEST', passed: true, detail: 'No cease request recorded' },
];

function attempt(i: number, over: Partial<ContactAttemptRecord> = {}): ContactAttemptRecord {
  return {
    id: i,
    caseId: 100 + (i % 3),
    customerId: 5_000 + i,
    at: T0 + i * MIN,
    channel: 'SMS',
    purpose: 'REMINDER',
    status: 'SENT',
    reached: i % 2 === 0,
    checks: PASSED,
    blockReason: null,
    templateId: 'REMINDER.NEUTRAL.en',
    language: 'en',
    requestedBy: 'collector-1',
    sentAt: T0 + i * MIN + 5_000,
    attempts: 1,
    ...over,
  };
}

const decision = (i: number, over: Partial<CaseDecisionRecord> = {}): CaseDecisionRecord => ({
  id: i,
  caseId: 100 + (i % 3),
  at: T0 + i * MIN + 30_000,
  kind: 'PROMISE_RECORDED',
  actor: 'collector-1',
  summary: `Promise of ₹1,500 by 2025-06-0${(i % 9) + 1}`,
  ...over,
});

async function* each<T>(rows: T[]): AsyncGenerator<T> {
  for (const r of rows) yield r;
}

function sink(): { out: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (c: Buffer) => chunks.push(c));
  return { out, bytes: () => Buffer.concat(chunks) };
}

const counts = (attempts: number, decisions: number): ComplianceCounts => ({
  attempts,
  byStatus: { SENT: attempts },
  reached: Math.floor(attempts / 2),
  withFailedCheck: 0,
  decisions,
  decisionsByPeople: decisions,
  cases: 3,
});

const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page[^s]/g) ?? []).length;

describe('report rows', () => {
  it('merges attempts and decisions in time order', async () => {
    const merged = [];
    for await (const r of mergeByTime(each([attempt(0), attempt(2), attempt(3)]), each([decision(0), decision(1), decision(5)]))) merged.push(`${r.type}:${r.row.id}`);
    expect(merged).toEqual(['attempt:0', 'decision:0', 'decision:1', 'attempt:2', 'attempt:3', 'decision:5']);
    const onlyDecisions = [];
    for await (const r of mergeByTime(each([]), each([decision(1)]))) onlyDecisions.push(r.type);
    expect(onlyDecisions).toEqual(['decision']);
  });

  it('gives each check its verdict and detail, and unknown checks a column of their own', () => {
    const blocked = attempt(1, {
      status: 'BLOCKED',
      reached: null,
      sentAt: null,
      blockReason: 'QUIET_HOURS',
      checks: [...PASSED.filter((c) => c.rule !== 'QUIET_HOURS'), { rule: 'QUIET_HOURS', passed: false, detail: '22:00 local time is within quiet hours' }, { rule: 'NEW_RULE', passed: true, detail: 'fine' }],
    });
    const r = csvRecord({ type: 'attempt', row: blocked }, 'Asia/Kolkata');
    expect(Object.keys(r)).toEqual([...CSV_COLUMNS]);
    expect(r).toMatchObject({
      record: 'CONTACT_ATTEMPT',
      at: '2025-06-01T05:31:00.000Z',
      local_time: '2025-06-01 11:01',
      case_id: caseIdOf(101),
      case_number: '101',
      customer_number: '5001',
      status: 'BLOCKED',
      reached: '',
      sent_at: '',
      block_reason: 'QUIET_HOURS',
      attempt_limit: 'PASSED',
      quiet_hours: 'FAILED',
      quiet_hours_detail: '22:00 local time is within quiet hours',
      case_open: '',
      other_checks: 'NEW_RULE=PASSED: fine',
      actor: 'collector-1',
      kind: '',
    });
    const d = csvRecord({ type: 'decision', row: decision(4, { actor: 'system', kind: 'CLOSED', summary: 'Cured' }) }, 'Asia/Kolkata');
    expect(d).toMatchObject({ record: 'DECISION', kind: 'CLOSED', actor: 'system', summary: 'Cured', channel: '', attempt_limit: '' });
  });
});

describe('CSV', () => {
  it('writes the header, then one row per attempt and decision in time order', async () => {
    const { out, bytes } = sink();
    const n = await writeComplianceCsv(out, mergeByTime(each([attempt(0), attempt(1)]), each([decision(0)])), 'Asia/Kolkata');
    expect(n).toBe(3);
    const text = bytes().toString('utf8');
    expect(text.startsWith('\uFEFFrecord,at,local_time,case_id,case_number,customer_id,customer_number,channel,')).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.record)).toEqual(['CONTACT_ATTEMPT', 'DECISION', 'CONTACT_ATTEMPT']);
    expect(rows[1].summary).toBe('Promise of ₹1,500 by 2025-06-01');
    expect(rows[0].dispute_detail).toBe('No dispute recorded');
  });
});

describe('PDF', () => {
  it.each([
    [0, 0],
    [1, 1],
    [ROWS_PER_PAGE, ROWS_PER_PAGE + 1],
    [2 * ROWS_PER_PAGE + 3, 5],
  ])('has a title page and %i attempts and %i decisions on the pages the row counts give', async (a, d) => {
    const { out, bytes } = sink();
    const attempts = Array.from({ length: a }, (_, i) => attempt(i, i % 5 === 0 ? { status: 'BLOCKED', checks: [{ rule: 'DISPUTE', passed: false, detail: 'The customer disputes the debt → no contact' }] } : {}));
    const decisions = Array.from({ length: d }, (_, i) => decision(i, { summary: `${'A long summary that goes on and on. '.repeat(12)}₹${i}` }));
    const { pages } = await writeCompliancePdf(
      out,
      { tenantId: 'demo', tenantName: 'Demo Bank', from: '2025-06-01', to: '2025-06-30', timeZone: 'Asia/Kolkata', generatedAt: new Date(T0), generatedBy: 'admin-1 (ADMIN)', counts: counts(a, d) },
      each(attempts),
      each(decisions),
    );
    const pdf = bytes();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
    expect(pages).toBe(expectedPages(a, d));
    expect(pageCount(pdf)).toBe(expectedPages(a, d));
  });

  it('keeps to the characters the built-in fonts have', () => {
    expect(pdfText('Promise of ₹1,500 → kept ✓ — नमस्ते')).toBe('Promise of Rs 1,500 -> kept ok — ??????');
  });

  it('stops when the reader goes away', async () => {
    // A reader that takes nothing: the writer waits for it, and fails once it is destroyed.
    const out = new Writable({ highWaterMark: 1024, write: () => {} });
    const many = Array.from({ length: 20 * ROWS_PER_PAGE }, (_, i) => attempt(i));
    const writing = writeCompliancePdf(
      out,
      { tenantId: 'demo', tenantName: 'Demo Bank', from: '2025-06-01', to: '2025-06-30', timeZone: 'Asia/Kolkata', generatedAt: new Date(T0), generatedBy: 'x', counts: counts(many.length, 0) },
      each(many),
      each([]),
    );
    await new Promise((r) => setTimeout(r, 50));
    out.destroy();
    await expect(writing).rejects.toThrow();
  });
});
