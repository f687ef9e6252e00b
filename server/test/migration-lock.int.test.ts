// The migration lock (db/migration-lock.ts), PostgreSQL only: replicas starting together against
// one fresh database all migrate at once; with the lock every one of them succeeds and each
// migration is applied exactly once. Without it the same start fails (shown on the bare migrator).
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, openDatabase, type Database } from '../src/db/index.js';
import { MIGRATION_LOCK_KEY } from '../src/db/migration-lock.js';
import { ADMIN_URL } from './test-env.js';

const onPostgres = process.env.TEST_DB === 'postgres';
if (!onPostgres) console.warn('[migration-lock] SKIPPED on PGlite: the lock is for replicas sharing one PostgreSQL; an embedded PGlite has one process');

const MIGRATION_FILES = readdirSync(MIGRATIONS_FOLDER).filter((f) => f.endsWith('.sql')).length;

/** A fresh, empty database for one test; `drop` removes it even with connections still open. */
async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `cg_miglock_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return {
    url: ADMIN_URL.replace(/\/[^/]*$/, `/${name}`),
    drop: async () => {
      const a = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
      try {
        await a.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}

describe.skipIf(!onPostgres)('migrations started by several replicas at once', () => {
  it('applies each migration once while every replica waits its turn and succeeds', async () => {
    const fresh = await freshDatabase();
    const replicas: Database[] = [];
    try {
      for (let i = 0; i < 3; i++) replicas.push(await openDatabase({ databaseUrl: fresh.url, poolSize: 1 }));
      const results = await Promise.allSettled(replicas.map((r) => r.migrate()));
      expect(results.map((r) => (r.status === 'rejected' ? String((r.reason as Error).message) : 'ok'))).toEqual(['ok', 'ok', 'ok']);

      const check = postgres(fresh.url, { max: 1, onnotice: () => {} });
      try {
        const [{ n }] = await check<{ n: number }[]>`select count(*)::int as n from drizzle.__drizzle_migrations`;
        expect(n).toBe(MIGRATION_FILES);
        // The lock is not left behind: a later start (or another replica) can take it at once.
        const [{ free }] = await check.unsafe<{ free: boolean }[]>(`select pg_try_advisory_lock(${MIGRATION_LOCK_KEY}) as free`);
        expect(free).toBe(true);
      } finally {
        await check.end();
      }
      // A replica that starts later finds nothing to do.
      await replicas[0].migrate();
    } finally {
      await Promise.all(replicas.map((r) => r.close()));
      await fresh.drop();
    }
  });

  it('without the lock, the same concurrent start fails (drizzle migrator alone)', async () => {
    // Every migrator reads "nothing applied" before any of them commits the first migration, which
    // takes far longer than three clients take to start, so all but one fail on objects that
    // already exist (5 runs out of 5 when this test was written).
    const fresh = await freshDatabase();
    const clients = [0, 1, 2].map(() => postgres(fresh.url, { max: 2, onnotice: () => {} }));
    try {
      const results = await Promise.allSettled(clients.map((c) => migrate(drizzle(c), { migrationsFolder: MIGRATIONS_FOLDER })));
      expect(results.filter((r) => r.status === 'rejected').length).toBeGreaterThan(0);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
      await fresh.drop();
    }
  });
});
