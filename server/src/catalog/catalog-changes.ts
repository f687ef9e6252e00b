// Every replica holds the catalog in memory (catalog-store.ts). A writer of products (the import
// mutation, `npm run import:products`) sends a notice on the database's own LISTEN/NOTIFY in the
// transaction that writes, so it goes out exactly when the write commits; every replica on the
// same PostgreSQL listens and reloads. No Redis is needed, and a command-line import reaches a
// running server. On PGlite the database lives inside one process, whose writers reload the
// catalog themselves, so nothing listens there.
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/index.js';
import type { Logger } from '../logger.js';
import type { CatalogStore } from './catalog-store.js';

export const CATALOG_CHANNEL = 'catalog_changed';

/** Notifies listeners on commit of the current transaction (at once outside one). */
export async function announceCatalogChange(db: { execute(query: SQL): Promise<unknown> }, origin: string): Promise<void> {
  await db.execute(sql`select pg_notify(${CATALOG_CHANNEL}, ${origin})`);
}

export interface CatalogWatch {
  close(): Promise<void>;
}

/**
 * Reloads `catalog` when another writer announces a change, at most once per `debounceMs` however
 * many rows an import writes, and after the listening connection comes back (notices sent while
 * it was down are lost).
 */
export async function watchCatalogChanges(database: Database, catalog: CatalogStore, log: Logger, debounceMs = 250): Promise<CatalogWatch> {
  if (database.raw.kind !== 'postgres') return { close: async () => {} };
  let timer: NodeJS.Timeout | null = null;
  let closed = false;
  const schedule = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = null;
      if (!closed) catalog.reload().catch((e: unknown) => log.warn('reloading the catalog after a change failed; the next change retries', e));
    }, debounceMs);
  };
  let listens = 0;
  const listening = await database.raw.sql.listen(
    CATALOG_CHANNEL,
    (origin) => {
      if (origin !== catalog.origin) schedule();
    },
    () => {
      if (listens++ > 0) schedule();
    },
  );
  return {
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await listening.unlisten().catch(() => {});
    },
  };
}
