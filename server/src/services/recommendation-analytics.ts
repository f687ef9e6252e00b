// Recommendation analytics (Query.recommendationAnalytics, GET /reports/recommendation-analytics.csv):
// the tenant's funnel (served, customers reached, views, clicks, applications, approvals) over a
// range of whole UTC days, in total, per day or ISO week, per customer region and per product.
//
// Three grouped statements, one per source table, each with GROUPING SETS (bucket, region,
// product, total) so that distinct customers are counted right at every level, run in one
// read-only snapshot. Each is a range scan of an existing (tenant_id, time) index:
// recommendation_log_tenant_served_idx, interactions_occurred_idx, credit_decisions_decided_idx.
// Applications and approvals are decided applications, as on the live dashboard (kpi-events.ts):
// APPLY and APPROVE interactions are not counted, since they duplicate the decisions.
import { sql, type SQL } from 'drizzle-orm';
import type { AppDb } from '../db/index.js';
import { resultRows, type ResultRow } from '../db/result-rows.js';
import { addDays, daysBetween, isDate } from '../domain/recovery/calendar.js';
import type { Role } from '../security/viewer.js';

export const MAY_ANALYSE: readonly Role[] = ['ANALYST', 'ADMIN'];
export const MAX_ANALYTICS_DAYS = 366;
export const MAX_TOP_PRODUCTS = 100;
export type Grouping = 'DAY' | 'WEEK';

export interface Funnel {
  served: number;
  customersReached: number;
  views: number;
  clicks: number;
  applications: number;
  approvals: number;
  clickThroughRate: number | null;
  applicationRate: number | null;
  approvalRate: number | null;
}

export interface AnalyticsRange {
  from: string;
  to: string;
  groupBy: Grouping;
}

export interface RecommendationAnalyticsResult extends AnalyticsRange {
  totals: Funnel;
  series: { from: string; to: string; funnel: Funnel }[];
  /** Most served first, then region name (null last). */
  byRegion: { region: string | null; funnel: Funnel }[];
  /** Every product with activity, in top order: applications, approvals, served (all descending), then code. */
  topProducts: { productId: string; funnel: Funnel }[];
}

export type RangeCheck = ({ ok: true } & AnalyticsRange) | { ok: false; field: string; message: string };

/** Checks the arguments the graph and the CSV export share. */
export function checkAnalyticsRange(raw: { from: unknown; to: unknown; groupBy?: unknown }): RangeCheck {
  for (const field of ['from', 'to'] as const) {
    const v = raw[field];
    if (typeof v !== 'string' || !isDate(v)) return { ok: false, field, message: `"${String(v ?? '').slice(0, 40)}" is not a date YYYY-MM-DD` };
  }
  const from = raw.from as string;
  const to = raw.to as string;
  const days = daysBetween(from, to) + 1;
  if (days < 1) return { ok: false, field: 'to', message: `${to} is before from (${from})` };
  if (days > MAX_ANALYTICS_DAYS) return { ok: false, field: 'to', message: `the range from ${from} to ${to} is ${days} days; at most ${MAX_ANALYTICS_DAYS}` };
  const groupBy = raw.groupBy ?? 'DAY';
  if (groupBy !== 'DAY' && groupBy !== 'WEEK') return { ok: false, field: 'groupBy', message: `must be DAY or WEEK, got "${String(groupBy).slice(0, 20)}"` };
  return { ok: true, from, to, groupBy };
}

type Counts = Omit<Funnel, 'clickThroughRate' | 'applicationRate' | 'approvalRate'>;
const zero = (): Counts => ({ served: 0, customersReached: 0, views: 0, clicks: 0, applications: 0, approvals: 0 });
const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function funnelOf(c: Counts): Funnel {
  return { ...c, clickThroughRate: ratio(c.clicks, c.served), applicationRate: ratio(c.applications, c.clicks), approvalRate: ratio(c.approvals, c.applications) };
}

/** Monday of the ISO week of a date. */
function mondayOf(date: string): string {
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((dow + 6) % 7));
}

const num = (v: unknown) => Number(v ?? 0);

export async function recommendationAnalytics(db: AppDb, tenantId: string, range: AnalyticsRange): Promise<RecommendationAnalyticsResult> {
  const start = `${range.from}T00:00:00Z`;
  const end = `${addDays(range.to, 1)}T00:00:00Z`;
  const bucket = (col: SQL) =>
    range.groupBy === 'WEEK' ? sql`to_char(date_trunc('week', ${col} at time zone 'UTC'), 'YYYY-MM-DD')` : sql`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD')`;
  const grouped = (inner: SQL, aggregates: SQL) => sql`
    select grouping(b)::int as gb, grouping(region)::int as gr, grouping(product_id)::int as gp, b, region, product_id, ${aggregates}
    from (${inner}) x
    group by grouping sets ((b), (region), (product_id), ())`;

  const [served, interactions, decisions] = await db.transaction(
    async (tx) => {
      const run = async (q: SQL) => resultRows(await (tx as unknown as AppDb).execute(q));
      return [
        await run(
          grouped(
            sql`select ${bucket(sql`r.served_at`)} as b, c.region, r.product_id, r.customer_id
                from recommendation_log r left join customers c on c.id = r.customer_id
                where r.tenant_id = ${tenantId} and r.served_at >= ${start}::timestamptz and r.served_at < ${end}::timestamptz`,
            sql`count(*)::int as served, count(distinct customer_id)::int as customers`,
          ),
        ),
        await run(
          grouped(
            sql`select ${bucket(sql`i.occurred_at`)} as b, c.region, i.product_id, i.kind
                from interactions i left join customers c on c.id = i.customer_id
                where i.tenant_id = ${tenantId} and i.occurred_at >= ${start}::timestamptz and i.occurred_at < ${end}::timestamptz
                  and i.kind in ('VIEW', 'CLICK')`,
            sql`count(*) filter (where kind = 'VIEW')::int as views, count(*) filter (where kind = 'CLICK')::int as clicks`,
          ),
        ),
        await run(
          grouped(
            sql`select ${bucket(sql`d.decided_at`)} as b, coalesce(c.region, a.applicant ->> 'region') as region, a.product_id, d.outcome
                from credit_decisions d
                join loan_applications a on a.id = d.application_id
                left join customers c on c.id = a.customer_id
                where d.tenant_id = ${tenantId} and d.decided_at >= ${start}::timestamptz and d.decided_at < ${end}::timestamptz`,
            sql`count(*)::int as applications, count(*) filter (where outcome = 'APPROVE')::int as approvals`,
          ),
        ),
      ];
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );

  const totals = zero();
  const buckets = new Map<string, Counts>();
  const regions = new Map<string | null, Counts>();
  const products = new Map<string, Counts>();
  const at = <K>(m: Map<K, Counts>, k: K) => {
    let c = m.get(k);
    if (!c) m.set(k, (c = zero()));
    return c;
  };
  const add = (rows: ResultRow[], apply: (c: Counts, r: ResultRow) => void) => {
    for (const r of rows) {
      const target =
        num(r.gb) === 0 ? at(buckets, String(r.b)) : num(r.gr) === 0 ? at(regions, r.region == null ? null : String(r.region)) : num(r.gp) === 0 ? at(products, String(r.product_id)) : totals;
      apply(target, r);
    }
  };
  add(served, (c, r) => {
    c.served += num(r.served);
    c.customersReached += num(r.customers);
  });
  add(interactions, (c, r) => {
    c.views += num(r.views);
    c.clicks += num(r.clicks);
  });
  add(decisions, (c, r) => {
    c.applications += num(r.applications);
    c.approvals += num(r.approvals);
  });

  const series: RecommendationAnalyticsResult['series'] = [];
  if (range.groupBy === 'DAY') {
    for (let d = range.from; d <= range.to; d = addDays(d, 1)) series.push({ from: d, to: d, funnel: funnelOf(buckets.get(d) ?? zero()) });
  } else {
    for (let w = mondayOf(range.from); w <= range.to; w = addDays(w, 7)) {
      const last = addDays(w, 6);
      series.push({ from: w < range.from ? range.from : w, to: last > range.to ? range.to : last, funnel: funnelOf(buckets.get(w) ?? zero()) });
    }
  }
  const byRegion = [...regions]
    .sort(([ra, a], [rb, b]) => b.served - a.served || (ra === null ? 1 : rb === null ? -1 : ra.localeCompare(rb)))
    .map(([region, c]) => ({ region, funnel: funnelOf(c) }));
  const topProducts = [...products]
    .sort(([pa, a], [pb, b]) => b.applications - a.applications || b.approvals - a.approvals || b.served - a.served || pa.localeCompare(pb))
    .map(([productId, c]) => ({ productId, funnel: funnelOf(c) }));
  return { ...range, totals: funnelOf(totals), series, byRegion, topProducts };
}
