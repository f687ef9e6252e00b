// Reads one tenant's recovery KPIs for every dashboard window with five grouped queries in one
// snapshot of the database. Each query reads only the last week's rows of the tenant through a
// (tenant, time) index and groups them into three slices (inside the last hour, the last day, the
// week), which recovery-kpis.ts adds up per window.
//
//   bucket changes   loan_bucket_transitions (tenant_id, at)
//   closes, promises case_events (tenant_id, at): CLOSED with its closeReason, PROMISE_KEPT, PROMISE_BROKEN
//   openings         case_events OPENED (overdue amount at opening in its details), with what was
//                    repaid on the loan from the opening until the case closed (or now)
//   messages         outreach_messages (tenant_id, status, updated_at): SENT, and of those reached
//   open cases       recovery_cases (tenant_id, status, …): OPEN, by stage
import { sql, type SQL } from 'drizzle-orm';
import { tenants } from '../../../../drizzle/schema.js';
import type { AppDb } from '../../db/index.js';
import { resultRows } from '../../db/result-rows.js';
import { emptyRecoveryCounts, NESTED_WINDOWS, recoveryKpisByWindow, windowStarts, type RecoveryCounts, type RecoveryKpisByWindow } from './recovery-kpis.js';

const rowsOf = async (db: AppDb, query: SQL) => resultRows(await db.execute(query));
const num = (v: unknown) => Number(v ?? 0);

export async function readRecoveryKpis(db: AppDb, tenantId: string, now: () => number = Date.now): Promise<RecoveryKpisByWindow> {
  return db.transaction((tx) => readFrom(tx as unknown as AppDb, tenantId, now()), { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

export async function tenantIds(db: AppDb): Promise<string[]> {
  return (await db.select({ id: tenants.id }).from(tenants)).map((r) => r.id);
}

async function readFrom(db: AppDb, tenantId: string, nowMs: number): Promise<RecoveryKpisByWindow> {
  const starts = windowStarts(nowMs);
  const [hour, day, week] = NESTED_WINDOWS.map((w) => new Date(starts[w]).toISOString());
  const slice = (column: SQL) => sql`(case when ${column} >= ${hour}::timestamptz then 0 when ${column} >= ${day}::timestamptz then 1 else 2 end)`;
  const slices: RecoveryCounts[] = NESTED_WINDOWS.map(() => emptyRecoveryCounts());
  const into = (v: unknown) => slices[Math.min(2, Math.max(0, num(v)))];

  const transitions = await rowsOf(db, sql`
    select from_bucket, to_bucket, ${slice(sql`at`)} as s, count(*)::int as n
    from loan_bucket_transitions
    where tenant_id = ${tenantId} and at >= ${week}::timestamptz
    group by 1, 2, 3`);
  for (const r of transitions) into(r.s).transitions.push({ from: String(r.from_bucket), to: String(r.to_bucket), count: num(r.n) });

  const events = await rowsOf(db, sql`
    select ${slice(sql`at`)} as s,
           count(*) filter (where kind = 'CLOSED')::int as closed,
           count(*) filter (where kind = 'CLOSED' and details ->> 'closeReason' = 'CURED')::int as cured,
           count(*) filter (where kind = 'PROMISE_KEPT')::int as kept,
           count(*) filter (where kind = 'PROMISE_BROKEN')::int as broken
    from case_events
    where tenant_id = ${tenantId} and at >= ${week}::timestamptz and kind in ('CLOSED', 'PROMISE_KEPT', 'PROMISE_BROKEN')
    group by 1`);
  for (const r of events) {
    const c = into(r.s);
    c.casesClosed += num(r.closed);
    c.casesCured += num(r.cured);
    c.promisesKept += num(r.kept);
    c.promisesBroken += num(r.broken);
  }

  const openings = await rowsOf(db, sql`
    select ${slice(sql`e.at`)} as s, count(*)::int as opened,
           coalesce(sum((e.details ->> 'overdueAmount')::float8), 0)::float8 as overdue,
           coalesce(sum(p.paid), 0)::float8 as recovered
    from case_events e
    join recovery_cases c on c.id = e.case_id
    join loans l on l.id = c.loan_id
    left join lateral (
      select sum(r.amount) as paid from repayments r
      where r.application_id = l.application_id and r.paid_at >= c.opened_at and (c.closed_at is null or r.paid_at <= c.closed_at)
    ) p on true
    where e.tenant_id = ${tenantId} and e.at >= ${week}::timestamptz and e.kind = 'OPENED'
    group by 1`);
  for (const r of openings) {
    const c = into(r.s);
    c.casesOpened += num(r.opened);
    c.overdueAtOpening += num(r.overdue);
    c.amountRecovered += num(r.recovered);
  }

  // A SENT message is last updated when it is sent (or later), so updated_at bounds the index range.
  const messages = await rowsOf(db, sql`
    select ${slice(sql`sent_at`)} as s, count(*)::int as sent, count(*) filter (where reached)::int as reached
    from outreach_messages
    where tenant_id = ${tenantId} and status = 'SENT' and updated_at >= ${week}::timestamptz and sent_at >= ${week}::timestamptz
    group by 1`);
  for (const r of messages) {
    const c = into(r.s);
    c.messagesSent += num(r.sent);
    c.rightPartyContacts += num(r.reached);
  }

  const open = await rowsOf(db, sql`
    select stage, count(*)::int as n from recovery_cases where tenant_id = ${tenantId} and status = 'OPEN' group by 1`);
  const openByStage = new Map(open.map((r) => [String(r.stage), num(r.n)]));

  return recoveryKpisByWindow(slices, openByStage);
}
