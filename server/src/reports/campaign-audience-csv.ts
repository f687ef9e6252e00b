// GET /reports/campaign-audience.csv?productId=…&minConfidence=…&topK=…: a product's campaign
// audience (Query.campaignAudience, services/campaigns.ts) as CSV, for analysts, admins and
// relationship managers. Token, role and failures as for every report (report-route.ts); a bad parameter is a 400 naming it.
// Names are masked as in the graph for a viewer not entitled to them. Rows are streamed through
// csv-stringify with backpressure, in audience order (confidence, highest first, then customer id).
import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { toGlobalId } from '../graphql/ids.js';
import type { Logger } from '../logger.js';
import { MAY_TARGET, checkAudienceArgs, type AudienceMember, type CampaignService } from '../services/campaigns.js';
import type { AppDb } from '../db/index.js';
import { recordExport, type AuditLog } from '../security/audit-log.js';
import type { Viewer } from '../security/viewer.js';
import { customersAssignedTo, piiEntitlement } from '../security/field-access.js';
import { maskPii } from '../security/pii-masking.js';
import { fail, reportRoute, type ReportHandler, type ViewerServices } from './report-route.js';

export const CAMPAIGN_AUDIENCE_PATH = '/reports/campaign-audience.csv';
export const CAMPAIGN_CSV_COLUMNS = ['customer_id', 'name', 'segment', 'region', 'rank', 'confidence', 'top_reason'] as const;

export interface CampaignReportServices extends ViewerServices {
  catalog: ViewerServices['catalog'] & Parameters<typeof checkAudienceArgs>[0];
  campaigns: Pick<CampaignService, 'audience'>;
  database: { db: AppDb };
  audit: AuditLog;
}

/** One CSV row; `fullName` says whether the viewer may see this customer's name unmasked. */
export function campaignCsvRecord(m: AudienceMember, fullName: boolean): Record<(typeof CAMPAIGN_CSV_COLUMNS)[number], string | number> {
  return {
    customer_id: toGlobalId('Customer', m.customer.id),
    name: fullName ? m.customer.name : (maskPii('name', m.customer.name) as string),
    segment: m.customer.segment,
    region: m.customer.region,
    rank: m.rank,
    confidence: m.confidence,
    top_reason: m.reasons[0]?.text ?? '',
  };
}

/** A number parameter as given, undefined when absent (the default applies), NaN when not a number. */
function numberParam(v: string | null): number | undefined {
  if (v === null || v.trim() === '') return undefined;
  return Number(v);
}

export function campaignAudienceCsvHandler(services: CampaignReportServices, log: Logger): ReportHandler {
  return reportRoute(services, log, {
    roles: MAY_TARGET,
    forbidden: (role) => `campaign audiences are for analysts, admins and relationship managers, not a ${role}`,
    serve: (viewer, url, res, requestId) => serve(services, viewer, url, res, requestId),
  });
}

async function serve(services: CampaignReportServices, viewer: Viewer, url: URL, res: ServerResponse, requestId: string): Promise<void> {
  const q = url.searchParams;
  const checked = checkAudienceArgs(services.catalog, viewer.tenantId, {
    productId: q.get('productId') ?? '',
    minConfidence: numberParam(q.get('minConfidence')),
    topK: numberParam(q.get('topK')),
  });
  if (!checked.ok) return fail(res, 400, 'BAD_USER_INPUT', `${checked.field}: ${checked.message}`, { parameter: checked.field });

  const audience = await services.campaigns.audience(viewer.tenantId, checked.productId, { minConfidence: checked.minConfidence, topK: checked.topK });
  await recordExport(services.audit, services.database.db, viewer, requestId, { report: CAMPAIGN_AUDIENCE_PATH, parameters: Object.fromEntries(q), rows: audience.members.length });
  res.statusCode = 200;
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');
  res.setHeader('content-disposition', `attachment; filename="campaign-audience-${safe(viewer.tenantId)}-${safe(checked.productId)}.csv"`);
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-content-type-options', 'nosniff');
  // Names as the graph shows them to this viewer (security/field-access.ts): an analyst's export is masked.
  let assigned: Promise<Set<number>> | undefined;
  const assignedOnce = () => (assigned ??= customersAssignedTo(services.database.db, viewer));
  const entitled = await Promise.all(
    audience.members.map((m) => piiEntitlement(viewer, { customerId: m.customer.id, relationshipManagerId: m.customer.relationshipManagerId ?? null }, assignedOnce)),
  );
  function* rows() {
    for (const [i, m] of audience.members.entries()) yield campaignCsvRecord(m, entitled[i]);
  }
  // A byte-order mark, as in the compliance CSV, so that spreadsheets read names as UTF-8.
  await pipeline(Readable.from(rows()), stringify({ header: true, columns: [...CAMPAIGN_CSV_COLUMNS], bom: true }), res);
}
