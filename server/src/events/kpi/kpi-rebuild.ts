// Rebuilds every tenant's KPIs from the database: at start-up, and whenever events may have been
// lost (the event bus reconnected). Rows are aggregated in SQL per window bucket, so a rebuild reads
// a few thousand groups rather than every row, and latency bins use the histogram's own formula.
import { sql, type SQL } from 'drizzle-orm';
import type { AppDb } from '../../db/index.js';
import { resultRows } from '../../db/result-rows.js';
import { LATENCY_BASE_MS, LATENCY_GROWTH, LATENCY_MAX_BIN } from './latency-histogram.js';
import { DEDUP_GENERATION_MS, KpiStore } from './kpi-store.js';
import { interactionCounter, type KpiSource } from './kpi-events.js';
import { WINDOWS } from './window-ring.js';

const rowsOf = async (db: AppDb, query: SQL) => resultRows(await db.execute(query));

const num = (v: unknown) => Number(v ?? 0);
const str = (v: unknown) => (v == null ? null : String(v));

export async function rebuildKpis(db: AppDb, now: () => number = Date.now): Promise<KpiStore> {
  // One snapshot of the database for every query, so no row is in one window and not another.
  return db.transaction((tx) => rebuildFrom(tx as unknown as AppDb, now), { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

async function rebuildFrom(db: AppDb, now: () => number): Promise<KpiStore> {
  const store = new KpiStore(now);
  const nowMs = now();
  for (const w of Object.values(WINDOWS)) {
    const bucketMs = w.bucketMs;
    const since = new Date((Math.floor(nowMs / bucketMs) - w.buckets + 1) * bucketMs).toISOString();
    const bucketOf = (column: SQL) => sql`floor(extract(epoch from ${column}) * 1000 / ${bucketMs})::float8`;

    const served = await rowsOf(db, sql`
      select tenant_id, product_id, ${bucketOf(sql`served_at`)} as b, count(*)::int as n
      from recommendation_log where served_at >= ${since}::timestamptz
      group by 1, 2, 3`);
    for (const r of served) {
      store.addAggregate(String(r.tenant_id), w.name, num(r.b) * bucketMs, String(r.product_id), null, { kind: 'recommendations', count: num(r.n) });
    }

    const interactions = await rowsOf(db, sql`
      select i.tenant_id, i.product_id, c.region, i.kind, ${bucketOf(sql`i.occurred_at`)} as b, count(*)::int as n
      from interactions i left join customers c on c.id = i.customer_id
      where i.occurred_at >= ${since}::timestamptz
      group by 1, 2, 3, 4, 5`);
    for (const r of interactions) {
      const counter = interactionCounter(r.kind);
      if (counter === null) continue; // APPLY, APPROVE: counted from decisions (kpi-events.ts)
      store.addAggregate(String(r.tenant_id), w.name, num(r.b) * bucketMs, String(r.product_id), str(r.region), {
        kind: 'interaction',
        interaction: counter,
        count: num(r.n),
      });
    }

    const latencyBin = sql`case when d.latency_ms <= ${LATENCY_BASE_MS} then 0
      else least(${LATENCY_MAX_BIN}, floor(ln(d.latency_ms / ${LATENCY_BASE_MS}) / ln(${LATENCY_GROWTH})))::int end`;
    const decisions = await rowsOf(db, sql`
      select d.tenant_id, a.product_id, coalesce(c.region, a.applicant ->> 'region') as region,
             ${bucketOf(sql`d.decided_at`)} as b, ${latencyBin} as lb, count(*)::int as n,
             count(*) filter (where d.outcome = 'APPROVE')::int as approvals,
             sum(d.probability_of_default)::float8 as pd_sum,
             coalesce(sum(d.probability_of_default) filter (where d.outcome = 'APPROVE'), 0)::float8 as approved_pd_sum
      from credit_decisions d
      join loan_applications a on a.id = d.application_id
      left join customers c on c.id = a.customer_id
      where d.decided_at >= ${since}::timestamptz
      group by 1, 2, 3, 4, 5`);
    for (const r of decisions) {
      store.addAggregate(String(r.tenant_id), w.name, num(r.b) * bucketMs, String(r.product_id), str(r.region), {
        kind: 'decisions',
        count: num(r.n),
        approvals: num(r.approvals),
        pdSum: num(r.pd_sum),
        approvedPdSum: num(r.approved_pd_sum),
        latencyBin: num(r.lb),
      });
    }
  }
  await rememberRecentRows(db, store, new Date(nowMs - 2 * DEDUP_GENERATION_MS).toISOString());
  return store;
}

/** Rows recent enough that their events may still be on the way: they must not count twice. */
async function rememberRecentRows(db: AppDb, store: KpiStore, since: string): Promise<void> {
  const recent: [KpiSource, SQL][] = [
    ['recommendation', sql`select id::float8 as id from recommendation_log where served_at >= ${since}::timestamptz`],
    ['interaction', sql`select id::float8 as id from interactions where occurred_at >= ${since}::timestamptz or recorded_at >= ${since}::timestamptz`],
    ['decision', sql`select application_id::float8 as id from credit_decisions where decided_at >= ${since}::timestamptz`],
  ];
  for (const [source, query] of recent) for (const r of await rowsOf(db, query)) store.rememberCounted(source, num(r.id));
}
