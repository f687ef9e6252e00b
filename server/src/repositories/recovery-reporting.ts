// Recovery reporting: the record of loans changing delinquency bucket (behind roll rates), and the
// compliance report's rows, read a page at a time in time order so that a report of any size
// streams in fixed memory.
import { sql, type SQL } from 'drizzle-orm';
import type { AppDb } from '../db/index.js';
import { resultRows, type ResultRow } from '../db/result-rows.js';

/**
 * Records a change of the loan's bucket to `toBucket`, if it is one. Call it in the refresh's
 * transaction before the loan's delinquency is written: it reads the committed bucket under the
 * row lock, so a concurrent refresh of the same loan (another replica) waits and then sees the
 * new bucket, and the change is recorded once.
 */
export async function recordBucketChange(db: AppDb, loanId: number, toBucket: string, daysPastDue: number, at: Date): Promise<void> {
  await db.execute(sql`
    with previous as (select id, tenant_id, bucket from loans where id = ${loanId} for update)
    insert into loan_bucket_transitions (tenant_id, loan_id, from_bucket, to_bucket, days_past_due, at)
    select tenant_id, id, bucket, ${toBucket}, ${daysPastDue}, ${at.toISOString()}::timestamptz from previous where bucket <> ${toBucket}`);
}

// ---------------------------------------------------------------- the compliance report

/** A tenant's rows with their time in [from, to). */
export interface ReportRange {
  tenantId: string;
  from: Date;
  to: Date;
}

/** Where the next page starts: the last row's exact time (as PostgreSQL prints it) and id. */
export interface PageCursor {
  key: string;
  id: number;
}

export interface ContactCheckRecord {
  rule: string;
  passed: boolean;
  detail: string;
}

/** One outreach message: a contact attempt, made or stopped. */
export interface ContactAttemptRecord {
  id: number;
  caseId: number;
  customerId: number;
  /** When it was asked for (ms since the epoch). */
  at: number;
  channel: string;
  purpose: string;
  /** QUEUED | SENT | BLOCKED | DEAD */
  status: string;
  /** Whether the customer answered; null until sent. */
  reached: boolean | null;
  checks: ContactCheckRecord[];
  blockReason: string | null;
  templateId: string;
  language: string;
  requestedBy: string;
  sentAt: number | null;
  attempts: number;
}

/** One case event: a step of the audit trail with the person (or "system") who took it. */
export interface CaseDecisionRecord {
  id: number;
  caseId: number;
  at: number;
  kind: string;
  actor: string;
  summary: string;
}

export interface Page<T> {
  rows: T[];
  next: PageCursor | null;
}

const rowsOf = async (db: AppDb, query: SQL) => resultRows(await db.execute(query));
const num = (v: unknown) => Number(v ?? 0);
const numOrNull = (v: unknown) => (v == null ? null : Number(v));
const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

/** `(column, id) > cursor`, exactly: the key is the column's own text, so microseconds are kept. */
const after = (column: SQL, cursor: PageCursor | null) => (cursor ? sql`and (${column}, id) > (${cursor.key}::timestamptz, ${cursor.id})` : sql``);

function page<T>(rows: ResultRow[], limit: number, map: (r: ResultRow) => T): Page<T> {
  const last = rows[rows.length - 1];
  return { rows: rows.map(map), next: rows.length === limit && last ? { key: String(last.cursor_key), id: num(last.id) } : null };
}

/** The tenant's outreach messages asked for in the range, oldest first. */
export async function contactAttemptsPage(db: AppDb, range: ReportRange, cursor: PageCursor | null, limit: number): Promise<Page<ContactAttemptRecord>> {
  const rows = await rowsOf(
    db,
    sql`select id::float8 as id, case_id::float8 as case_id, customer_id, channel, purpose, status, reached, checks, block_reason,
          template_id, language, requested_by, attempts, created_at::text as cursor_key,
          (extract(epoch from created_at) * 1000)::float8 as at_ms, (extract(epoch from sent_at) * 1000)::float8 as sent_ms
        from outreach_messages
        where tenant_id = ${range.tenantId} and created_at >= ${range.from.toISOString()}::timestamptz and created_at < ${range.to.toISOString()}::timestamptz
          ${after(sql`created_at`, cursor)}
        order by created_at, id
        limit ${limit}`,
  );
  return page(rows, limit, (r) => ({
    id: num(r.id),
    caseId: num(r.case_id),
    customerId: num(r.customer_id),
    at: num(r.at_ms),
    channel: String(r.channel),
    purpose: String(r.purpose),
    status: String(r.status),
    reached: r.reached == null ? null : Boolean(r.reached),
    checks: ((json(r.checks) as ContactCheckRecord[] | null) ?? []).map((c) => ({ rule: String(c.rule), passed: c.passed === true, detail: String(c.detail ?? '') })),
    blockReason: r.block_reason == null ? null : String(r.block_reason),
    templateId: String(r.template_id),
    language: String(r.language),
    requestedBy: String(r.requested_by),
    sentAt: numOrNull(r.sent_ms),
    attempts: num(r.attempts),
  }));
}

/** The tenant's case events in the range, oldest first. */
export async function caseDecisionsPage(db: AppDb, range: ReportRange, cursor: PageCursor | null, limit: number): Promise<Page<CaseDecisionRecord>> {
  const rows = await rowsOf(
    db,
    sql`select id::float8 as id, case_id::float8 as case_id, kind, actor, summary, at::text as cursor_key, (extract(epoch from at) * 1000)::float8 as at_ms
        from case_events
        where tenant_id = ${range.tenantId} and at >= ${range.from.toISOString()}::timestamptz and at < ${range.to.toISOString()}::timestamptz
          ${after(sql`at`, cursor)}
        order by at, id
        limit ${limit}`,
  );
  return page(rows, limit, (r) => ({ id: num(r.id), caseId: num(r.case_id), at: num(r.at_ms), kind: String(r.kind), actor: String(r.actor), summary: String(r.summary) }));
}

/** Every row of a paged source, one page in memory at a time. */
export async function* allRows<T>(fetch: (cursor: PageCursor | null) => Promise<Page<T>>): AsyncGenerator<T> {
  let cursor: PageCursor | null = null;
  do {
    const p: Page<T> = await fetch(cursor);
    yield* p.rows;
    cursor = p.next;
  } while (cursor);
}

export interface ComplianceCounts {
  attempts: number;
  /** Attempts by status (SENT, BLOCKED, DEAD, QUEUED). */
  byStatus: Record<string, number>;
  /** Sent attempts that reached the customer. */
  reached: number;
  /** Attempts with at least one failed check. */
  withFailedCheck: number;
  decisions: number;
  /** Decisions taken by a person rather than the system. */
  decisionsByPeople: number;
  /** Cases with an attempt or a decision in the range. */
  cases: number;
}

/** The report's totals: a few grouped counts over the range (both tables have a tenant-and-time index). */
export async function complianceCounts(db: AppDb, range: ReportRange, systemActor: string): Promise<ComplianceCounts> {
  const from = range.from.toISOString();
  const to = range.to.toISOString();
  const statuses = await rowsOf(
    db,
    sql`select status, count(*)::int as n, count(*) filter (where reached)::int as reached,
          count(*) filter (where exists (select 1 from jsonb_array_elements(checks) c where c ->> 'passed' = 'false'))::int as failed
        from outreach_messages
        where tenant_id = ${range.tenantId} and created_at >= ${from}::timestamptz and created_at < ${to}::timestamptz
        group by status`,
  );
  const [decisions] = await rowsOf(
    db,
    sql`select count(*)::int as n, count(*) filter (where actor <> ${systemActor})::int as people
        from case_events
        where tenant_id = ${range.tenantId} and at >= ${from}::timestamptz and at < ${to}::timestamptz`,
  );
  const [cases] = await rowsOf(
    db,
    sql`select count(*)::int as n from (
          select case_id from outreach_messages where tenant_id = ${range.tenantId} and created_at >= ${from}::timestamptz and created_at < ${to}::timestamptz
          union
          select case_id from case_events where tenant_id = ${range.tenantId} and at >= ${from}::timestamptz and at < ${to}::timestamptz) c`,
  );
  const byStatus: Record<string, number> = {};
  for (const r of statuses) byStatus[String(r.status)] = num(r.n);
  return {
    attempts: statuses.reduce((s, r) => s + num(r.n), 0),
    byStatus,
    reached: statuses.reduce((s, r) => s + num(r.reached), 0),
    withFailedCheck: statuses.reduce((s, r) => s + num(r.failed), 0),
    decisions: num(decisions?.n),
    decisionsByPeople: num(decisions?.people),
    cases: num(cases?.n),
  };
}
