// Outreach messages waiting to be sent (QUEUED) and given up on (DEAD), counted at most once per
// `ttlMs` however often Prometheus (or several of them) scrape, and once at a time.
import { count, inArray } from 'drizzle-orm';
import { outreachMessages } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';

export interface OutreachBacklog {
  queued: number;
  dead: number;
}

export function cachedOutreachBacklog(db: AppDb, ttlMs: number, now: () => number = Date.now): () => Promise<OutreachBacklog> {
  let last: { at: number; value: Promise<OutreachBacklog> } | null = null;
  return () => {
    if (last && now() - last.at < ttlMs) return last.value;
    const value = countBacklog(db);
    const entry = { at: now(), value };
    last = entry;
    // A failed count is not cached: the next scrape asks again.
    value.catch(() => {
      if (last === entry) last = null;
    });
    return value;
  };
}

async function countBacklog(db: AppDb): Promise<OutreachBacklog> {
  const rows = await db
    .select({ status: outreachMessages.status, n: count() })
    .from(outreachMessages)
    .where(inArray(outreachMessages.status, ['QUEUED', 'DEAD']))
    .groupBy(outreachMessages.status);
  const of = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  return { queued: of('QUEUED'), dead: of('DEAD') };
}
