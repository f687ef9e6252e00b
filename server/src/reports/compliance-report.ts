// GET /reports/compliance.csv and /reports/compliance.pdf?from=YYYY-MM-DD&to=YYYY-MM-DD[&tz=…]:
// the tenant's contact attempts and case decisions over a range of days, for admins and collectors.
//
// The token, the role and failures are handled as for every report (report-route.ts). A bad range
// is a 400 naming the parameter (from, to or tz). The output is streamed: rows are read a page at
// a time (repositories/recovery-reporting.ts) as the client takes them.
import type { ServerResponse } from 'node:http';
import type { AppDb } from '../db/index.js';
import type { Logger } from '../logger.js';
import {
  allRows,
  caseDecisionsPage,
  complianceCounts,
  contactAttemptsPage,
  type CaseDecisionRecord,
  type ContactAttemptRecord,
  type ReportRange,
} from '../repositories/recovery-reporting.js';
import { recordExport, type AuditLog } from '../security/audit-log.js';
import type { Role, Viewer } from '../security/viewer.js';
import { SYSTEM_ACTOR } from '../services/recovery/recovery-engine.js';
import { writeComplianceCsv } from './compliance-csv.js';
import { writeCompliancePdf } from './compliance-pdf.js';
import { mergeByTime } from './compliance-rows.js';
import { parseReportDates, type ReportDates } from './report-range.js';
import { fail, reportRoute, type ReportHandler, type ViewerServices } from './report-route.js';

export const MAY_EXPORT_COMPLIANCE: readonly Role[] = ['ADMIN', 'COLLECTOR'];
/** Rows read from the database at a time. */
export const REPORT_PAGE_SIZE = 500;

const FORMATS = { '/reports/compliance.csv': 'csv', '/reports/compliance.pdf': 'pdf' } as const;
type Format = (typeof FORMATS)[keyof typeof FORMATS];

/** What the handler needs of the app's services (app.ts's Services has all of it). */
export interface ReportServices extends ViewerServices {
  database: { db: AppDb };
  audit: AuditLog;
}

/** The compliance report's handler; app.ts also sends every unknown path under /reports/ here, for its 404. */
export function complianceReportHandler(services: ReportServices, log: Logger): ReportHandler {
  return reportRoute(services, log, {
    paths: Object.keys(FORMATS),
    roles: MAY_EXPORT_COMPLIANCE,
    forbidden: (role) => `the compliance report is for admins and collectors, not a ${role}`,
    serve: (viewer, url, res, requestId) => serve(services, viewer, url, res, requestId),
  });
}

async function serve(services: ReportServices, viewer: Viewer, url: URL, res: ServerResponse, requestId: string): Promise<void> {
  const format: Format = FORMATS[url.pathname as keyof typeof FORMATS];
  const dates = parseReportDates(url.searchParams);
  if ('parameter' in dates) return fail(res, 400, 'BAD_USER_INPUT', dates.message, { parameter: dates.parameter });

  const db = services.database.db;
  const range: ReportRange = { tenantId: viewer.tenantId, from: dates.start, to: dates.end };
  const attempts = () => allRows<ContactAttemptRecord>((cursor) => contactAttemptsPage(db, range, cursor, REPORT_PAGE_SIZE));
  const decisions = () => allRows<CaseDecisionRecord>((cursor) => caseDecisionsPage(db, range, cursor, REPORT_PAGE_SIZE));
  const counts = await complianceCounts(db, range, SYSTEM_ACTOR);
  await recordExport(services.audit, db, viewer, requestId, { report: url.pathname, parameters: Object.fromEntries(url.searchParams), rows: counts.attempts + counts.decisions });

  res.statusCode = 200;
  res.setHeader('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/pdf');
  res.setHeader('content-disposition', `attachment; filename="${fileName(viewer.tenantId, dates, format)}"`);
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-content-type-options', 'nosniff');
  if (format === 'csv') {
    await writeComplianceCsv(res, mergeByTime(attempts(), decisions()), dates.timeZone);
    return;
  }
  await writeCompliancePdf(
    res,
    {
      tenantId: viewer.tenantId,
      tenantName: services.catalog.current.tenants.get(viewer.tenantId)?.name ?? viewer.tenantId,
      from: dates.from,
      to: dates.to,
      timeZone: dates.timeZone,
      generatedAt: new Date(),
      generatedBy: `${viewer.userId} (${viewer.role})`,
      counts,
    },
    attempts(),
    decisions(),
  );
}

function fileName(tenantId: string, d: ReportDates, format: Format): string {
  const safe = tenantId.replace(/[^A-Za-z0-9_-]/g, '_');
  return `compliance-${safe}-${d.from}-to-${d.to}.${format}`;
}
