// One drizzle database over either PostgreSQL (postgres.js) or embedded PGlite: same tables,
// same migrations, same queries.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { Logger } from 'drizzle-orm/logger';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import * as schema from '../../../drizzle/schema.js';
import { withMigrationLock } from './migration-lock.js';
import { TransactionConnections } from './transaction-connections.js';

export type Schema = typeof schema;
export type AppDb = PgDatabase<PgQueryResultHKT, Schema>;

export const MIGRATIONS_FOLDER = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../drizzle/migrations',
);

/** Counts statements; tests use it to prove that loaders batch (no N+1). */
export class StatementCounter implements Logger {
  count = 0;
  /** While set, statement texts are collected too. */
  recorded: string[] | null = null;
  logQuery(query: string): void {
    this.count += 1;
    this.recorded?.push(query);
  }
}

export interface Database {
  db: AppDb;
  kind: 'postgres' | 'pglite';
  statements: StatementCounter;
  /** Raw client for bulk work (COPY, multi-row inserts) in seeds. */
  raw: { kind: 'postgres'; sql: postgres.Sql } | { kind: 'pglite'; pg: PGlite };
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string;
  pgliteDir?: string;
  /** A dumpDataDir tarball to load into an in-memory PGlite (pgliteDir must be memory://). */
  pgliteDump?: string;
  poolSize?: number;
  /** PostgreSQL connections kept for transactions, beside poolSize's for single statements. */
  transactionPoolSize?: number;
  /** Longest wait for a new PostgreSQL connection (s); postgres.js's own default is 30. */
  connectTimeoutSeconds?: number;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const statements = new StatementCounter();
  if (opts.databaseUrl) {
    const options: postgres.Options<Record<string, postgres.PostgresType>> = {
      // While PostgreSQL is down a query waits for a connection: fail it quickly as unavailable.
      connect_timeout: opts.connectTimeoutSeconds ?? 3,
      backoff: reconnectDelaySeconds,
      onnotice: () => {},
    };
    const sql = postgres(opts.databaseUrl, { ...options, max: opts.poolSize ?? 10 });
    // Transactions get connections of their own (transaction-connections.ts says why).
    const transactions = new TransactionConnections(opts.databaseUrl, opts.transactionPoolSize ?? 4, options);
    const db = drizzlePostgres(withClientPrepareSetting(sql, sql.options.prepare, transactions), { schema, logger: statements }) as unknown as AppDb;
    // drizzle() made sql's parsers and serializers pass dates and json through (it encodes them
    // itself); the transactions' clients must do the same, or they would encode jsonb a second time.
    for (const client of transactions.clients) {
      Object.assign(client.options.parsers, sql.options.parsers);
      Object.assign(client.options.serializers, sql.options.serializers);
    }
    return {
      db,
      kind: 'postgres',
      statements,
      raw: { kind: 'postgres', sql },
      migrate: () => withMigrationLock(transactions, () => migratePostgres(drizzlePostgres(sql), { migrationsFolder: MIGRATIONS_FOLDER })),
      close: async () => {
        await Promise.all([sql.end({ timeout: 5 }), transactions.end(5)]);
      },
    };
  }
  const dir = opts.pgliteDir ?? 'memory://';
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  if (opts.pgliteDump && !dir.startsWith('memory://')) throw new Error(`a PGlite dump loads into memory only; PGLITE_DIR is ${dir}`);
  const loadDataDir = opts.pgliteDump ? new Blob([readFileSync(opts.pgliteDump)]) : undefined;
  const pg = await PGlite.create(dir, { extensions: { pg_trgm }, loadDataDir });
  const db = drizzlePglite(pg, { schema, logger: statements }) as unknown as AppDb;
  return {
    db,
    kind: 'pglite',
    statements,
    raw: { kind: 'pglite', pg },
    migrate: () => migratePglite(drizzlePglite(pg), { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => pg.close(),
  };
}

/**
 * How long postgres.js waits before a query's next connection attempt, given the failed attempts
 * since the last good one. Its default grows as 3^n/100 s up to 20 s, and a query waits out that
 * delay before its attempt even starts: a few seconds into an outage requests hung 8-10 s instead
 * of failing. Capped at 0.4 s, a request fails fast as SERVICE_UNAVAILABLE and the first one after
 * PostgreSQL returns reconnects at once. Attempts are made only for queries (no background loop),
 * so the cap does not hammer a database that is down.
 */
export function reconnectDelaySeconds(failedAttempts: number): number {
  return Math.min(0.05 * 2 ** failedAttempts, 0.4) * (0.5 + Math.random() / 2);
}

/**
 * drizzle's postgres-js driver runs every ordinary query with `prepare: false` (drizzle-orm#6096),
 * whatever the client was configured with. postgres.js must then have the server describe each
 * unnamed statement before it can bind the parameters: two round trips and a parse per query. Giving
 * postgres.js the client's own setting back lets it keep one named statement per query text and
 * connection, so a query with parameters is one round trip (Bind + Execute) after its first use.
 * The statements a connection keeps are bounded by the query texts (an IN list of each length is
 * one) and by postgres.js replacing every connection after 30 to 60 minutes (max_lifetime).
 */
function withClientPrepareSetting<S extends postgres.Sql | postgres.TransactionSql>(sql: S, prepare: boolean, transactions?: TransactionConnections): S {
  return new Proxy(sql, {
    get(target, prop, receiver) {
      if (prop === 'unsafe') {
        return (query: string, params?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) =>
          target.unsafe(query, params, { ...options, prepare });
      }
      // Transactions and savepoints hand their callback a new client: it needs the same treatment.
      // Transactions run on connections of their own (transaction-connections.ts says why).
      if (prop === 'begin' || prop === 'savepoint') {
        const open =
          prop === 'begin' && transactions
            ? (...args: unknown[]) => transactions.begin(...(args as [string, () => unknown]))
            : (Reflect.get(target, prop, receiver) as (...args: unknown[]) => unknown);
        return (...args: unknown[]) => {
          const last = args.length - 1;
          const body = args[last];
          if (typeof body === 'function') args[last] = (tx: postgres.TransactionSql) => body(withClientPrepareSetting(tx, prepare));
          return open.apply(target, args);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}
