// Replicas that start together against one PostgreSQL each run the migrations at start. drizzle's
// migrator reads the last applied migration, then applies the newer ones in a transaction; two
// replicas doing that at once both see the same state and both try to create the same tables, and
// all but one fail at start. So the migrations run under a session-level advisory lock: one
// replica migrates, the others wait for it, then find every migration applied and do nothing.
import type { TransactionConnections } from './transaction-connections.js';

/** Arbitrary, fixed: names the migration lock among the application's advisory locks ("cgmigrat"). */
export const MIGRATION_LOCK_KEY = 7162814031830606196n;

/**
 * Runs `migrate` while this process holds the migration lock. The lock belongs to a session, so it
 * is taken on a connection of its own, held for the whole run; the migrations run on the main pool.
 */
export async function withMigrationLock<T>(connections: TransactionConnections, migrate: () => Promise<T>): Promise<T> {
  return connections.exclusive(async (conn) => {
    await conn.unsafe(`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      return await migrate();
    } finally {
      // A broken connection cannot unlock, and needs not: its session's locks end with it.
      await conn.unsafe(`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`).catch(() => undefined);
    }
  });
}
