// The REST face under /rest, generated from the graph by SOFA: each route runs a GraphQL operation
// through restSchema (the graph's own resolvers) with the context /graphql builds, so the viewer,
// tenant scoping, loaders and services are the same. The OpenAPI document is at
// /rest/openapi.json; Swagger UI (swagger-ui.ts) reads it at /docs.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { useSofa } from 'sofa-api';
import type { GraphQLContext } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import { fail } from '../reports/report-route.js';
import { restErrors } from './rest-errors.js';
import { numericParamCheck } from './rest-params.js';
import { newRequestId, REQUEST_ID_HEADER, requestIdFor } from '../observability/request-id.js';
import { CUSTOMER_RECOMMENDATIONS, PROSPECT_RECOMMENDATIONS, restSchema } from './rest-schema.js';

export const REST_BASE = '/rest';
export const OPENAPI_PATH = `${REST_BASE}/openapi.json`;
const MAX_BODY_BYTES = 1_000_000; // as /graphql

export interface RestApiOptions {
  graph: GraphQLSchema;
  /** The context of a request with this Authorization header, as /graphql makes it; rejects with UNAUTHENTICATED. */
  contextFor: (authorization: string | undefined, requestId: string) => Promise<GraphQLContext>;
  production: boolean;
  log: Logger;
}

export type RestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export function restApiHandler({ graph, contextFor, production, log }: RestApiOptions): RestHandler {
  const schema = restSchema(graph);
  const checkParams = numericParamCheck(schema);
  const router = useSofa({
    basePath: REST_BASE,
    schema,
    context: ({ request }) => contextFor(request.headers.get('authorization') ?? undefined, request.headers.get(REQUEST_ID_HEADER) ?? newRequestId()),
    routes: {
      [`Query.${CUSTOMER_RECOMMENDATIONS}`]: { method: 'GET', path: '/recommend/:customerId', tags: ['recommendations'] },
      [`Query.${PROSPECT_RECOMMENDATIONS}`]: { method: 'POST', path: '/recommend', tags: ['recommendations'] },
    },
    errorHandler: (errors) => {
      const { status, body } = restErrors(errors, log, production);
      // A standard Response: fets is SOFA's dependency, not ours, and its server adapter takes either.
      return Response.json(body, { status, headers: { 'cache-control': 'no-store' } }) as never;
    },
    openAPI: {
      // Hidden in production, as GraphQL introspection is.
      endpoint: production ? false : '/openapi.json',
      info: { title: 'creditgraph REST', version: '1', description: 'Generated from the GraphQL graph. Send `Authorization: Bearer <token>` (a devLogin token outside production).' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    // fets would load Swagger UI from a CDN; swagger-ui.ts serves the local copy at /docs.
    swaggerUI: { endpoint: false },
  } as Parameters<typeof useSofa>[0]);

  // SOFA lists a POST operation's variables as query parameters too; the body carries the profile.
  const prospect = (router.openAPIDocument.paths as Record<string, any> | undefined)?.['/recommend']?.post;
  if (prospect?.parameters) prospect.parameters = prospect.parameters.filter((p: { name: string }) => p.name === 'k');

  return async (req, res) => {
    req.headers[REQUEST_ID_HEADER] = requestIdFor(req, res); // SOFA's context reads it from the request
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = url.pathname;
    // SOFA always adds subscription webhooks; the REST face has no subscriptions.
    if (pathname.startsWith(`${REST_BASE}/webhook`)) return fail(res, 404, 'NOT_FOUND', `no REST route at ${pathname}`);
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return fail(res, 413, 'BAD_REQUEST', `request body is larger than ${MAX_BODY_BYTES} bytes`);
    const bad = checkParams(url.searchParams);
    if (bad) return fail(res, 400, 'BAD_USER_INPUT', bad.message, { field: bad.field });
    try {
      const response = await router.handleNodeRequestAndResponse(req, res);
      if (!response || (response.status === 404 && !response.headers.get('content-type'))) return fail(res, 404, 'NOT_FOUND', `no REST route ${req.method} ${pathname}; see ${OPENAPI_PATH}`);
      res.statusCode = response.status;
      response.headers.forEach((value, key) => res.setHeader(key, value));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (e) {
      log.error(`REST ${req.method} ${pathname} failed`, e);
      if (!res.headersSent) fail(res, 500, 'INTERNAL_SERVER_ERROR', 'internal error');
      else res.destroy();
    }
  };
}
