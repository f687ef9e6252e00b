// Interactions with recommended products: stored once per event id, each linked to the newest
// served recommendation of that product for that customer (its rank and model version).
import { and, eq, sql } from 'drizzle-orm';
import { interactions } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import { resultRows } from '../db/result-rows.js';

export type InteractionRecord = typeof interactions.$inferSelect;
export type InteractionKind = 'VIEW' | 'CLICK' | 'DISMISS' | 'APPLY' | 'APPROVE';

export interface InteractionInsert {
  tenantId: string;
  eventId: string;
  requestHash: string;
  customerId: number;
  productId: string;
  kind: InteractionKind;
  occurredAt: Date;
  recordedBy: string;
}

/** The new row, or null when the event id was already taken (the earlier row is the answer). */
export async function insertInteraction(db: AppDb, i: InteractionInsert): Promise<InteractionRecord | null> {
  const rows = await db.execute<Record<string, unknown>>(sql`
    insert into interactions (tenant_id, event_id, request_hash, customer_id, product_id, kind,
                              recommendation_log_id, served_rank, model_version, occurred_at, recorded_by)
    select ${i.tenantId}, ${i.eventId}, ${i.requestHash}, ${i.customerId}, ${i.productId}, ${i.kind},
           served.id, served.rank, served.model_version, ${i.occurredAt.toISOString()}::timestamptz, ${i.recordedBy}
    from (select 1) as one
    left join lateral (
      select id, rank, model_version from recommendation_log
      where customer_id = ${i.customerId} and tenant_id = ${i.tenantId} and product_id = ${i.productId}
        and served_at <= ${i.occurredAt.toISOString()}::timestamptz
      order by served_at desc limit 1
    ) as served on true
    on conflict (tenant_id, event_id) do nothing
    returning id::float8 as id, recommendation_log_id::float8 as recommendation_log_id, served_rank, model_version, recorded_at`);
  const [r] = resultRows(rows);
  if (!r) return null;
  return {
    id: Number(r.id),
    tenantId: i.tenantId,
    eventId: i.eventId,
    requestHash: i.requestHash,
    customerId: i.customerId,
    productId: i.productId,
    kind: i.kind,
    recommendationLogId: r.recommendation_log_id == null ? null : Number(r.recommendation_log_id),
    servedRank: r.served_rank == null ? null : Number(r.served_rank),
    modelVersion: r.model_version == null ? null : String(r.model_version),
    occurredAt: i.occurredAt,
    recordedBy: i.recordedBy,
    recordedAt: new Date(r.recorded_at as string | Date),
  };
}

export async function interactionByEventId(db: AppDb, tenantId: string, eventId: string): Promise<InteractionRecord | null> {
  const [row] = await db
    .select()
    .from(interactions)
    .where(and(eq(interactions.tenantId, tenantId), eq(interactions.eventId, eventId)))
    .limit(1);
  return row ?? null;
}
