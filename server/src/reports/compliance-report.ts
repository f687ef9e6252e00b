// GET /reports/compliance.csv and /reports/compliance.pdf?from=YYYY-MM-DD&to=YYYY-MM-DD[&tz=…]:
// the tenant's contact attempts and case decisions over a range of days, for admins and collectors.
//
// The token goes in Authorization ("Bearer …"), as for /graphql: without one a request acts as
// the demo relationship manager outside production (and is refused: 403), and is refused with 401
// in production. A bad range is a 400 naming the parameter (from, to or tz). Errors are JSON in
// the shape GraphQL errors have: { errors: [{ message, extensions: { code, parameter? } }] }.
//
// The output is streamed: rows are read a page at a time (repositories/recovery-reporting.ts) as
// the client takes them. Once the first bytes are out, a failure can only cut the response short:
// the connection is then destroyed, so a truncated file is never mistaken for a whole one.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CatalogStore } from '../catalog/catalog-store.js';
import type { Config } from '../config/index.js';
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
import { DEMO_VIEWER, InvalidTokenError, type Role, type Viewer } from '../security/viewer.js';
import { SYSTEM_ACTOR } from '../services/recovery/recovery-engine.js';
import { writeComplianceCsv } from './compliance-csv.js';
import { writeCompliancePdf } from './compliance-pdf.js';
import { mergeByTime } from './compliance-rows.js';
import { parseReportDates, type ReportDates } from './report-range.js';

export const MAY_EXPORT_COMPLIANCE: readonly Role[] = ['ADMIN', 'COLLECTOR'];
/** Rows read from the database at a time. */
export const REPORT_PAGE_SIZE = 500;

const FORMATS = { '/reports/compliance.csv': 'csv', '/reports/compliance.pdf': 'pdf' } as const;
type Format = (typeof FORMATS)[keyof typeof FORMATS];

/** What the handler needs of the app's services (app.ts's Services has all of it). */
export interface ReportServices {
  config: Pick<Config, 'NODE_ENV'>;
  database: { db: AppDb };
  verifiedTokens: { verify(token: string): Promise<Viewer> };
  catalog: Pick<CatalogStore, 'current'>;
}

export type ReportHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The handler of every path under /reports/; it never rejects. */
export function complianceReportHandler(services: ReportServices, log: Logger): ReportHandler {
  return async (req, res) => {
    try {
      await serve(services, req, res);
    } catch (e) {
      log.error(`report ${req.url ?? ''} failed`, e);
      if (!res.headersSent) fail(res, 500, 'INTERNAL_SERVER_ERROR', 'the report could not be produced; try again');
      else res.destroy();
    }
  };
}

async function serve(services: ReportServices, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const format: Format | undefined = FORMATS[url.pathname as keyof typeof FORMATS];
  if (!format) return fail(res, 404, 'NOT_FOUND', `no report at ${url.pathname}; there are ${Object.keys(FORMATS).join(' and ')}`);
  if (req.method !== 'GET') {
    res.setHeader('allow', 'GET');
    return fail(res, 405, 'METHOD_NOT_ALLOWED', 'reports are read with GET');
  }

  const who = await viewerOf(services, req.headers.authorization);
  if ('status' in who) {
    if (who.status === 401) res.setHeader('www-authenticate', 'Bearer');
    return fail(res, who.status, who.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', who.message);
  }
  const viewer = who;
  if (!MAY_EXPORT_COMPLIANCE.includes(viewer.role)) return fail(res, 403, 'FORBIDDEN', `the compliance report is for admins and collectors, not a ${viewer.role}`);

  const dates = parseReportDates(url.searchParams);
  if ('parameter' in dates) return fail(res, 400, 'BAD_USER_INPUT', dates.message, { parameter: dates.parameter });

  const db = services.database.db;
  const range: ReportRange = { tenantId: viewer.tenantId, from: dates.start, to: dates.end };
  const attempts = () => allRows<ContactAttemptRecord>((cursor) => contactAttemptsPage(db, range, cursor, REPORT_PAGE_SIZE));
  const decisions = () => allRows<CaseDecisionRecord>((cursor) => caseDecisionsPage(db, range, cursor, REPORT_PAGE_SIZE));
  const counts = format === 'pdf' ? await complianceCounts(db, range, SYSTEM_ACTOR) : null;

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
      counts: counts!,
    },
    attempts(),
    decisions(),
  );
}

/** As /graphql decides who is asking (app.ts viewerFor), with HTTP statuses for the refusals. */
export async function viewerOf(services: ReportServices, authorization: string | undefined): Promise<Viewer | { status: 401 | 403; message: string }> {
  if (!authorization) {
    if (services.config.NODE_ENV === 'production') return { status: 401, message: 'a bearer token is required' };
    return DEMO_VIEWER;
  }
  const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!m) return { status: 401, message: 'the Authorization header must be "Bearer <token>"' };
  try {
    const viewer = await services.verifiedTokens.verify(m[1]);
    if (!services.catalog.current.tenants.has(viewer.tenantId)) return { status: 401, message: 'the token names an unknown tenant' };
    return viewer;
  } catch (e) {
    if (e instanceof InvalidTokenError) return { status: 401, message: e.message };
    throw e;
  }
}

function fileName(tenantId: string, d: ReportDates, format: Format): string {
  const safe = tenantId.replace(/[^A-Za-z0-9_-]/g, '_');
  return `compliance-${safe}-${d.from}-to-${d.to}.${format}`;
}

export function fail(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }));
}
