// Replicas that start together against one PostgreSQL each run the migrations at start. drizzle's
// migrator reads the last applied migration, then applies the newer ones in a transaction; two
// replicas doing that at once both see the same state and both try to create the same tables, and
// all but one fail at start. So the migrations run under a session-level advisory lock: one
// replica migrates, the others wait for it, then find every migration applied and do nothing.
import type postgres from 'postgres';

/** Arbitrary, fixed: names the migration lock among the application's advisory locks ("cgmigrat"). */
export const MIGRATION_LOCK_KEY = 7162814031830606196n;

/**
 * Runs `migrate` while this process holds the migration lock. The lock belongs to a session, so it
 * is taken on a connection reserved from `lockPool` and held there for the whole run; the
 * migrations run on the other pool (db/index.ts passes the transactions pool here, so that no pool
 * size can leave the migrator waiting for the connection that holds the lock).
 */
export async function withMigrationLock<T>(lockPool: postgres.Sql, migrate: () => Promise<T>): Promise<T> {
  const conn = await lockPool.reserve();
  try {
    await conn.unsafe(`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      return await migrate();
    } finally {
      // A broken connection cannot unlock, and needs not: its session's locks end with it.
      await conn.unsafe(`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`).catch(() => undefined);
    }
  } finally {
    conn.release();
  }
}
