// PostgreSQL being unreachable (stopped, restarting, failing over) says nothing about the request:
// a client should retry it shortly, so it is SERVICE_UNAVAILABLE with a message it can act on,
// not INTERNAL_SERVER_ERROR carrying the SQL that failed.
import { GraphQLError } from 'graphql';
import type { Logger } from '../logger.js';

export const DATABASE_UNAVAILABLE_MESSAGE = 'the database is unavailable; try again shortly';

/**
 * postgres.js's own connection codes and the Node socket errors it passes through. Seen while
 * the fault suite stops PostgreSQL: CONNECTION_CLOSED for queries in flight, ECONNREFUSED after.
 */
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);
/** SQLSTATE class 08 (connection exception); 57P01-57P03 (admin shutdown, crash shutdown, cannot connect now). */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123])$/;

/** drizzle wraps driver errors (DrizzleQueryError) and services wrap theirs: the cause chain is searched. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECTION_ERROR_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

export function databaseUnavailableError(): GraphQLError {
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
}

const LOG_EVERY_MS = 5_000;
const lastLogged = new WeakMap<Logger, number>();

/**
 * One warning per logger every few seconds: during an outage every request fails the same way,
 * and a stack trace for each would bury the log.
 */
export function logDatabaseUnavailable(log: Logger, error: unknown, now = Date.now()): void {
  if (now - (lastLogged.get(log) ?? -Infinity) < LOG_EVERY_MS) return;
  lastLogged.set(log, now);
  log.warn(`the database is unavailable; requests answer SERVICE_UNAVAILABLE until it is back (${rootMessage(error)})`);
}

function rootMessage(error: unknown): string {
  let e: unknown = error;
  for (let depth = 0; depth < 6 && e && typeof e === 'object' && (e as { cause?: unknown }).cause; depth++) e = (e as { cause?: unknown }).cause;
  return e instanceof Error ? e.message : String(e);
}
