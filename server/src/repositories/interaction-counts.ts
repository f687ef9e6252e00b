// Counts of a page of customers' interactions by kind since a time, in one statement (insights).
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import { interactions } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';

/** Customer id -> kind -> count, for the customers that have any since `since`. */
export async function interactionCountsByCustomerIds(db: AppDb, tenantId: string, customerIds: readonly number[], since: Date): Promise<Map<number, Map<string, number>>> {
  const out = new Map<number, Map<string, number>>();
  if (customerIds.length === 0) return out;
  const rows = await db
    .select({ customerId: interactions.customerId, kind: interactions.kind, n: sql<number>`count(*)::int` })
    .from(interactions)
    .where(and(eq(interactions.tenantId, tenantId), inArray(interactions.customerId, [...customerIds]), gte(interactions.occurredAt, since)))
    .groupBy(interactions.customerId, interactions.kind);
  for (const r of rows) {
    let byKind = out.get(r.customerId);
    if (!byKind) out.set(r.customerId, (byKind = new Map()));
    byKind.set(r.kind, Number(r.n));
  }
  return out;
}
