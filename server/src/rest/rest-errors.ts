// GraphQL errors of a REST request as an HTTP status and the JSON body /reports answers with:
// { errors: [{ message, extensions: { code, field? } }] }. Expected failures keep their message;
// anything else is logged and, in production, masked, as /graphql does.
import { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';

const STATUS_BY_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  // The customer has not consented to the processing asked for (services/consents.ts).
  CONSENT_REQUIRED: 403,
};

interface RestError {
  status: number;
  body: { message: string; extensions: Record<string, unknown> };
}

export function restErrors(errors: readonly unknown[], log: Logger, production: boolean): { status: number; body: { errors: RestError['body'][] } } {
  const mapped = errors.map((e) => restError(e, log, production));
  return { status: Math.max(...mapped.map((m) => m.status)), body: { errors: mapped.map((m) => m.body) } };
}

function restError(error: unknown, log: Logger, production: boolean): RestError {
  if (error instanceof GraphQLError) {
    const cause = error.originalError;
    const expected = cause instanceof GraphQLError ? cause : cause ? null : error;
    if (expected) {
      const { http, code, ...rest } = expected.extensions as { http?: { status?: number }; code?: string; [k: string]: unknown };
      // Without a code or path: SOFA's unreadable body, or a value GraphQL could not coerce.
      const status: number = (code ? STATUS_BY_CODE[code] : undefined) ?? http?.status ?? (error.path ? 500 : 400);
      if (status < 500) return { status, body: { message: error.message, extensions: { code: code ?? 'BAD_USER_INPUT', ...rest } } };
    }
  }
  const where = error instanceof GraphQLError && error.path ? error.path.join('.') : '?';
  log.error(`REST request failed at ${where}`, error instanceof GraphQLError && error.originalError ? error.originalError : error);
  const message = production || !(error instanceof Error) ? 'Internal server error' : error.message;
  return { status: 500, body: { message, extensions: { code: 'INTERNAL_SERVER_ERROR' } } };
}
