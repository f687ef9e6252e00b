// GET /reports/recommendation-analytics.csv?from=…&to=…&section=series|regions|products[&groupBy=DAY|WEEK]:
// one section of Query.recommendationAnalytics (services/recommendation-analytics.ts) as CSV, for
// analysts and admins. Token, role and failures as for every report (report-route.ts); a bad parameter is a 400 naming it. The aggregated rows (at most a few
// hundred) are streamed through csv-stringify with backpressure; rates are empty when undefined.
import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Logger } from '../logger.js';
import { MAY_ANALYSE, checkAnalyticsRange, recommendationAnalytics, type Funnel, type RecommendationAnalyticsResult } from '../services/recommendation-analytics.js';
import type { AppDb } from '../db/index.js';
import { recordExport, type AuditLog } from '../security/audit-log.js';
import type { Viewer } from '../security/viewer.js';
import { fail, reportRoute, type ReportHandler, type ViewerServices } from './report-route.js';

export interface AnalyticsReportServices extends ViewerServices {
  database: { db: AppDb };
  audit: AuditLog;
}

export const RECOMMENDATION_ANALYTICS_PATH = '/reports/recommendation-analytics.csv';
const FUNNEL_COLUMNS = ['served', 'customers_reached', 'views', 'clicks', 'applications', 'approvals', 'click_through_rate', 'application_rate', 'approval_rate'] as const;
export const ANALYTICS_CSV_COLUMNS = {
  series: ['from', 'to', ...FUNNEL_COLUMNS],
  regions: ['region', ...FUNNEL_COLUMNS],
  products: ['product_id', 'product_name', ...FUNNEL_COLUMNS],
} as const;
type Section = keyof typeof ANALYTICS_CSV_COLUMNS;
const isSection = (s: string | null): s is Section => s !== null && Object.hasOwn(ANALYTICS_CSV_COLUMNS, s);

const rate = (v: number | null) => (v === null ? '' : v);
function funnelRecord(f: Funnel): Record<(typeof FUNNEL_COLUMNS)[number], number | string> {
  return {
    served: f.served,
    customers_reached: f.customersReached,
    views: f.views,
    clicks: f.clicks,
    applications: f.applications,
    approvals: f.approvals,
    click_through_rate: rate(f.clickThroughRate),
    application_rate: rate(f.applicationRate),
    approval_rate: rate(f.approvalRate),
  };
}

function* sectionRows(r: RecommendationAnalyticsResult, section: Section, productName: (id: string) => string): Generator<Record<string, string | number>> {
  if (section === 'series') for (const p of r.series) yield { from: p.from, to: p.to, ...funnelRecord(p.funnel) };
  else if (section === 'regions') for (const g of r.byRegion) yield { region: g.region ?? '', ...funnelRecord(g.funnel) };
  else for (const p of r.topProducts) yield { product_id: p.productId, product_name: productName(p.productId), ...funnelRecord(p.funnel) };
}

export function recommendationAnalyticsCsvHandler(services: AnalyticsReportServices, log: Logger): ReportHandler {
  return reportRoute(services, log, {
    roles: MAY_ANALYSE,
    forbidden: (role) => `recommendation analytics are for analysts and admins, not a ${role}`,
    serve: (viewer, url, res, requestId) => serve(services, viewer, url, res, requestId),
  });
}

async function serve(services: AnalyticsReportServices, viewer: Viewer, url: URL, res: ServerResponse, requestId: string): Promise<void> {
  const q = url.searchParams;
  const section = q.get('section');
  if (!isSection(section)) {
    return fail(res, 400, 'BAD_USER_INPUT', `section: must be one of ${Object.keys(ANALYTICS_CSV_COLUMNS).join(', ')}`, { parameter: 'section' });
  }
  const checked = checkAnalyticsRange({ from: q.get('from') ?? '', to: q.get('to') ?? '', groupBy: q.get('groupBy') ?? undefined });
  if (!checked.ok) return fail(res, 400, 'BAD_USER_INPUT', `${checked.field}: ${checked.message}`, { parameter: checked.field });

  const result = await recommendationAnalytics(services.database.db, viewer.tenantId, checked);
  res.statusCode = 200;
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  const safe = viewer.tenantId.replace(/[^A-Za-z0-9_-]/g, '_');
  res.setHeader('content-disposition', `attachment; filename="recommendation-analytics-${safe}-${section}-${checked.from}-to-${checked.to}.csv"`);
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-content-type-options', 'nosniff');
  const name = (id: string) => services.catalog.current.productById.get(id)?.name ?? '';
  const rows = [...sectionRows(result, section, name)];
  await recordExport(services.audit, services.database.db, viewer, requestId, { report: RECOMMENDATION_ANALYTICS_PATH, parameters: Object.fromEntries(q), rows: rows.length });
  // A byte-order mark, as in the other CSV reports, so that spreadsheets read names as UTF-8.
  await pipeline(Readable.from(rows), stringify({ header: true, columns: [...ANALYTICS_CSV_COLUMNS[section]], bom: true }), res);
}
