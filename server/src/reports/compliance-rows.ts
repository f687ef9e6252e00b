// The compliance report's rows, as the CSV and the PDF show them: every contact attempt (an
// outreach message, sent or stopped) with its channel, outcome and each contact check, and every
// case decision (the audit trail) with its actor. Pure.
import { CONTACT_RULES } from '../domain/recovery/compliance.js';
import { toGlobalId } from '../graphql/ids.js';
import type { CaseDecisionRecord, ContactAttemptRecord, ContactCheckRecord } from '../repositories/recovery-reporting.js';
import { localDateTime } from './report-range.js';

/** The checks given a column each: the contact rules, and the case still being open when a message was due to go. */
export const CHECK_COLUMNS: readonly string[] = [...CONTACT_RULES, 'CASE_OPEN'];

export const CSV_COLUMNS = [
  'record',
  'at',
  'local_time',
  'case_id',
  'case_number',
  'customer_id',
  'customer_number',
  'channel',
  'purpose',
  'status',
  'reached',
  'template_id',
  'language',
  'sent_at',
  'provider_attempts',
  'block_reason',
  ...CHECK_COLUMNS.flatMap((rule) => [rule.toLowerCase(), `${rule.toLowerCase()}_detail`]),
  'other_checks',
  'kind',
  'actor',
  'summary',
] as const;

export type CsvRecord = Record<string, string>;

export type ReportRecord = { type: 'attempt'; row: ContactAttemptRecord } | { type: 'decision'; row: CaseDecisionRecord };

const iso = (ms: number | null) => (ms == null ? '' : new Date(ms).toISOString());
export const caseIdOf = (id: number) => toGlobalId('RecoveryCase', id);
export const customerIdOf = (id: number) => toGlobalId('Customer', id);

export const checkVerdict = (c: ContactCheckRecord) => (c.passed ? 'PASSED' : 'FAILED');

export function csvRecord(r: ReportRecord, timeZone: string): CsvRecord {
  const out: CsvRecord = Object.fromEntries(CSV_COLUMNS.map((c) => [c, '']));
  if (r.type === 'decision') {
    const d = r.row;
    return { ...out, record: 'DECISION', at: iso(d.at), local_time: localDateTime(d.at, timeZone), case_id: caseIdOf(d.caseId), case_number: String(d.caseId), kind: d.kind, actor: d.actor, summary: d.summary };
  }
  const a = r.row;
  const checks: CsvRecord = {};
  const other: string[] = [];
  for (const c of a.checks) {
    if (CHECK_COLUMNS.includes(c.rule)) {
      checks[c.rule.toLowerCase()] = checkVerdict(c);
      checks[`${c.rule.toLowerCase()}_detail`] = c.detail;
    } else other.push(`${c.rule}=${checkVerdict(c)}: ${c.detail}`);
  }
  return {
    ...out,
    ...checks,
    record: 'CONTACT_ATTEMPT',
    at: iso(a.at),
    local_time: localDateTime(a.at, timeZone),
    case_id: caseIdOf(a.caseId),
    case_number: String(a.caseId),
    customer_id: customerIdOf(a.customerId),
    customer_number: String(a.customerId),
    channel: a.channel,
    purpose: a.purpose,
    status: a.status,
    reached: a.reached == null ? '' : String(a.reached),
    template_id: a.templateId,
    language: a.language,
    sent_at: iso(a.sentAt),
    provider_attempts: String(a.attempts),
    block_reason: a.blockReason ?? '',
    other_checks: other.join('; '),
    actor: a.requestedBy,
  };
}

/**
 * Two streams in time order merged into one in time order (attempts first on a tie), holding one
 * row of each at a time.
 */
export async function* mergeByTime(attempts: AsyncIterable<ContactAttemptRecord>, decisions: AsyncIterable<CaseDecisionRecord>): AsyncGenerator<ReportRecord> {
  const a = attempts[Symbol.asyncIterator]();
  const d = decisions[Symbol.asyncIterator]();
  let na = await a.next();
  let nd = await d.next();
  while (!na.done || !nd.done) {
    if (!na.done && (nd.done || na.value.at <= nd.value.at)) {
      yield { type: 'attempt', row: na.value };
      na = await a.next();
    } else if (!nd.done) {
      yield { type: 'decision', row: nd.value };
      nd = await d.next();
    }
  }
}
