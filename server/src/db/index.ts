// One drizzle database over either PostgreSQL (postgres.js) or embedded PGlite: same tables,
// same migrations, same queries.
import { mkdirSync } from 'node:fs';
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
  poolSize?: number;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const statements = new StatementCounter();
  if (opts.databaseUrl) {
    const sql = postgres(opts.databaseUrl, {
      max: opts.poolSize ?? 10,
      onnotice: () => {},
    });
    const db = drizzlePostgres(sql, { schema, logger: statements }) as unknown as AppDb;
    return {
      db,
      kind: 'postgres',
      statements,
      raw: { kind: 'postgres', sql },
      migrate: () => migratePostgres(drizzlePostgres(sql), { migrationsFolder: MIGRATIONS_FOLDER }),
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const dir = opts.pgliteDir ?? 'memory://';
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const pg = await PGlite.create(dir, { extensions: { pg_trgm } });
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
