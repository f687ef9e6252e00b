// What every route under /reports does around its own work: GET only, the viewer from the bearer
// token (as /graphql decides it), a role allowed to read the report; and an unexpected failure
// logged and answered 500, or, once bytes are out, the connection cut so that a truncated file is
// never mistaken for a whole one. Errors are JSON in the shape GraphQL errors have:
// { errors: [{ message, extensions: { code, parameter? } }] }.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CatalogStore } from '../catalog/catalog-store.js';
import type { Config } from '../config/index.js';
import type { Logger } from '../logger.js';
import { requestIdFor } from '../observability/request-id.js';
import { DEMO_VIEWER, InvalidTokenError, type Role, type Viewer } from '../security/viewer.js';

export type ReportHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** What deciding the viewer needs of the app's services. */
export interface ViewerServices {
  config: Pick<Config, 'NODE_ENV'>;
  verifiedTokens: { verify(token: string): Promise<Viewer> };
  catalog: Pick<CatalogStore, 'current'>;
}

export interface ReportRoute {
  /** The paths this route answers; any other is a 404 before anything else is checked. */
  paths?: readonly string[];
  roles: readonly Role[];
  /** Why a viewer of another role is refused. */
  forbidden: (role: Role) => string;
  /** The report itself, for an allowed viewer; it may reject (a 500, or a cut stream). */
  serve: (viewer: Viewer, url: URL, res: ServerResponse, requestId: string) => Promise<void>;
}

/** The handler of a report route; it never rejects. */
export function reportRoute(services: ViewerServices, log: Logger, route: ReportRoute): ReportHandler {
  return async (req, res) => {
    const requestId = requestIdFor(req, res);
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (route.paths && !route.paths.includes(url.pathname)) return fail(res, 404, 'NOT_FOUND', `no report at ${url.pathname}; there are ${route.paths.join(' and ')}`);
      if (req.method !== 'GET') {
        res.setHeader('allow', 'GET');
        return fail(res, 405, 'METHOD_NOT_ALLOWED', 'reports are read with GET');
      }
      const who = await viewerOf(services, req.headers.authorization);
      if ('status' in who) {
        if (who.status === 401) res.setHeader('www-authenticate', 'Bearer');
        return fail(res, who.status, who.status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', who.message);
      }
      if (!route.roles.includes(who.role)) return fail(res, 403, 'FORBIDDEN', route.forbidden(who.role));
      await route.serve(who, url, res, requestId);
    } catch (e) {
      log.error(`report ${req.url ?? ''} failed (request ${requestId})`, e);
      if (!res.headersSent) fail(res, 500, 'INTERNAL_SERVER_ERROR', 'the report could not be produced; try again');
      else res.destroy();
    }
  };
}

/**
 * As /graphql decides who is asking (app.ts viewerFor), with HTTP statuses for the refusals:
 * without a token a request acts as the demo relationship manager outside production, and is
 * refused with 401 in production.
 */
export async function viewerOf(services: ViewerServices, authorization: string | undefined): Promise<Viewer | { status: 401 | 403; message: string }> {
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

export function fail(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }));
}
