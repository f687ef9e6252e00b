// GET /reports/campaign-audience.csv?productId=…&minConfidence=…&topK=…: a product's campaign
// audience (Query.campaignAudience, services/campaigns.ts) as CSV, for analysts, admins and
// relationship managers. Token, role and failures as for every report (report-route.ts); a bad parameter is a 400 naming it. Rows are streamed through
// csv-stringify with backpressure, in audience order (confidence, highest first, then customer id).
import type { ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { toGlobalId } from '../graphql/ids.js';
import type { Logger } from '../logger.js';
import { MAY_TARGET, checkAudienceArgs, type AudienceMember, type CampaignService } from '../services/campaigns.js';
import type { Viewer } from '../security/viewer.js';
import { fail, reportRoute, type ReportHandler, type ViewerServices } from './report-route.js';

export const CAMPAIGN_AUDIENCE_PATH = '/reports/campaign-audience.csv';
export const CAMPAIGN_CSV_COLUMNS = ['customer_id', 'name', 'segment', 'region', 'rank', 'confidence', 'top_reason'] as const;

export interface CampaignReportServices extends ViewerServices {
  catalog: ViewerServices['catalog'] & Parameters<typeof checkAudienceArgs>[0];
  campaigns: Pick<CampaignService, 'audience'>;
}

export function campaignCsvRecord(m: AudienceMember): Record<(typeof CAMPAIGN_CSV_COLUMNS)[number], string | number> {
  return {
    customer_id: toGlobalId('Customer', m.customer.id),
    name: m.customer.name,
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
    serve: (viewer, url, res) => serve(services, viewer, url, res),
  });
}

async function serve(services: CampaignReportServices, viewer: Viewer, url: URL, res: ServerResponse): Promise<void> {
  const q = url.searchParams;
  const checked = checkAudienceArgs(services.catalog, viewer.tenantId, {
    productId: q.get('productId') ?? '',
    minConfidence: numberParam(q.get('minConfidence')),
    topK: numberParam(q.get('topK')),
  });
  if (!checked.ok) return fail(res, 400, 'BAD_USER_INPUT', `${checked.field}: ${checked.message}`, { parameter: checked.field });

  const audience = await services.campaigns.audience(viewer.tenantId, checked.productId, { minConfidence: checked.minConfidence, topK: checked.topK });
  res.statusCode = 200;
  res.setHeader('content-type', 'text/csv; charset=utf-8');
  const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_');
  res.setHeader('content-disposition', `attachment; filename="campaign-audience-${safe(viewer.tenantId)}-${safe(checked.productId)}.csv"`);
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-content-type-options', 'nosniff');
  function* rows() {
    for (const m of audience.members) yield campaignCsvRecord(m);
  }
  // A byte-order mark, as in the compliance CSV, so that spreadsheets read names as UTF-8.
  await pipeline(Readable.from(rows()), stringify({ header: true, columns: [...CAMPAIGN_CSV_COLUMNS], bom: true }), res);
}
