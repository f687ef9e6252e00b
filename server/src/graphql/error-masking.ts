// What a client may see of an error: expected errors (with a code) pass through; anything else is
// logged with its request id and, in production, masked to "Internal server error". Every error
// of a response carries extensions.requestId, the id of the x-request-id header and the log line.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Config } from '../config/index.js';
import type { Logger } from '../logger.js';
import { DATABASE_UNAVAILABLE_MESSAGE, databaseUnavailableError, isDatabaseUnavailable, logDatabaseUnavailable } from '../db/unavailable.js';

const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/**
 * Runs an HTTP request's handling with its id in scope, so that errors raised before Apollo has a
 * context (CSRF refusal, a bad token, a rate limit) still name it.
 */
export function withRequestId<T>(requestId: string, run: () => T): T {
  return requestScope.run({ requestId }, run);
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}

export const SERVICE_UNAVAILABLE_MESSAGE = DATABASE_UNAVAILABLE_MESSAGE;

/**
 * Hook for the fault tests: an internal error that means "the database is unavailable" becomes a
 * SERVICE_UNAVAILABLE error (retryable) instead of INTERNAL_SERVER_ERROR (db/unavailable.ts).
 */
export function classifyUnavailable(error: unknown): GraphQLError | null {
  return isDatabaseUnavailable(error) ? databaseUnavailableError() : null;
}

/** Apollo's formatError: expected errors pass through; anything else is logged and, in production, masked. */
export function maskInternal(formatted: GraphQLFormattedError, error: unknown, log: Logger, config: Pick<Config, 'NODE_ENV'>): GraphQLFormattedError {
  const requestId = currentRequestId();
  const withId = (f: GraphQLFormattedError): GraphQLFormattedError => (requestId ? { ...f, extensions: { ...f.extensions, requestId } } : f);
  const code = formatted.extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') return withId(formatted);
  const original = unwrapResolverError(error);
  if (original instanceof GraphQLError && original.extensions?.code && original.extensions.code !== 'INTERNAL_SERVER_ERROR') return withId(formatted);
  const unavailable = classifyUnavailable(original);
  if (unavailable) logDatabaseUnavailable(log, original); // throttled: an outage fails every request alike
  else log.error(`internal error at ${formatted.path?.join('.') ?? '?'}${requestId ? ` (request ${requestId})` : ''}`, original);
  if (unavailable) return withId({ message: unavailable.message, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } });
  if (config.NODE_ENV === 'production') {
    return withId({ message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
  return withId(formatted);
}

/** Puts ctx.requestId on every error of a response (also those of WebSocket-less in-process calls). */
export function requestIdPlugin(): ApolloServerPlugin<{ requestId?: string }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const requestId = contextValue.requestId;
          if (!requestId || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.errors) result.errors = result.errors.map((e) => (e.extensions?.requestId ? e : { ...e, extensions: { ...e.extensions, requestId } }));
        },
      };
    },
  };
}
