// One Apollo plugin for what every GraphQL operation over HTTP leaves behind: a log line at its end
// (request id, operation, type, duration, viewer role and tenant, error codes; never variables nor
// anything about a customer), its metrics, and, when tracing is on, a span continuing the caller's
// W3C trace with a child span per root field.
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import { getOperationAST } from 'graphql';
import type { GraphQLContext } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import type { AppMetrics } from './metrics.js';
import { incomingTraceContext } from './tracing.js';

export interface OperationObservabilityOptions {
  log: Logger;
  metrics: AppMetrics;
  /** Absent when tracing is off: then no span, nor any per-field hook, is made. */
  tracer?: Tracer;
}

const INTERNAL = 'INTERNAL_SERVER_ERROR';

export function operationObservabilityPlugin(opts: OperationObservabilityOptions): ApolloServerPlugin<GraphQLContext> {
  const { log, metrics, tracer } = opts;
  return {
    // The context (the viewer) could not be made, e.g. a bad token: no operation ran, yet it is an error.
    async contextCreationDidFail({ error }) {
      const code = codeOf(error);
      metrics.recordOperation({ operationName: null, type: 'unknown', seconds: 0, errorCodes: [code] });
      log.warn('graphql request refused', { errorCodes: [code] });
    },

    async requestDidStart(start): Promise<GraphQLRequestListener<GraphQLContext>> {
      const started = performance.now();
      const span = tracer?.startSpan('graphql.operation', { kind: SpanKind.SERVER }, incomingTraceContext(start.request.http?.headers));
      return {
        async executionDidStart() {
          if (!tracer || !span) return;
          const parent = trace.setSpan(ROOT_CONTEXT, span);
          return {
            willResolveField({ info }) {
              if (info.path.prev) return; // root fields only: a span per nested field costs more than it tells
              const field = tracer.startSpan(`graphql.resolve ${info.parentType.name}.${info.fieldName}`, { attributes: { 'graphql.field.name': info.fieldName } }, parent);
              return (error) => {
                if (error) field.setStatus({ code: SpanStatusCode.ERROR, message: codeOf(error) });
                field.end();
              };
            },
          };
        },

        async willSendResponse(rc) {
          const seconds = (performance.now() - started) / 1000;
          // A document that parsed but did not validate still names its operation.
          const operationName = rc.operationName ?? rc.request.operationName ?? (rc.document ? getOperationAST(rc.document)?.name?.value : undefined) ?? null;
          const type = rc.operation?.operation ?? 'unknown';
          const errorCodes = errorCodesOf(rc);
          metrics.recordOperation({ operationName, type, seconds, errorCodes });
          const fields = {
            requestId: rc.contextValue.requestId,
            operation: operationName ?? 'anonymous',
            type,
            durationMs: Math.round(seconds * 10_000) / 10,
            role: rc.contextValue.viewer?.role,
            tenant: rc.contextValue.viewer?.tenantId,
            ...(errorCodes.length ? { errorCodes } : {}),
          };
          if (errorCodes.includes(INTERNAL)) log.error('graphql operation failed', fields);
          else if (errorCodes.length) log.warn('graphql operation had errors', fields);
          else log.debug('graphql operation', fields);
          if (span) endSpan(span, fields, metrics.operationLabel(operationName));
        },
      };
    },
  };
}

function endSpan(span: Span, f: { requestId: string; operation: string; type: string; errorCodes?: string[]; tenant?: string }, label: string): void {
  // The span name is bounded like the metric label: a tracing backend indexes span names too.
  span.updateName(`graphql.${f.type} ${label}`);
  span.setAttributes({
    'graphql.operation.name': f.operation,
    'graphql.operation.type': f.type,
    'creditgraph.request_id': f.requestId,
    ...(f.tenant ? { 'creditgraph.tenant': f.tenant } : {}),
  });
  if (f.errorCodes?.length) {
    span.setAttribute('graphql.error.codes', f.errorCodes);
    span.setStatus({ code: SpanStatusCode.ERROR, message: f.errorCodes.join(',') });
  } else {
    span.setStatus({ code: SpanStatusCode.OK });
  }
  span.end();
}

/** The codes of the errors the client receives (formatted, so masked internals count as INTERNAL_SERVER_ERROR). */
function errorCodesOf(rc: GraphQLRequestContext<GraphQLContext>): string[] {
  const body = rc.response.body;
  const errors: readonly { extensions?: Record<string, unknown> }[] | undefined =
    body?.kind === 'single' ? body.singleResult.errors : body?.kind === 'incremental' ? body.initialResult.errors : undefined;
  return (errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : INTERNAL));
}

function codeOf(error: unknown): string {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' ? code : INTERNAL;
}
