// The learned ranker's data: the served history it learns from, and its versioned model rows.
import { and, desc, eq, sql } from 'drizzle-orm';
import { rankingModels } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import { boolOf, resultRows } from '../db/result-rows.js';

/**
 * Appended to the model version of lists served as a random slate (exploration traffic): what
 * customers pick from those is free of the serving model's position bias, so offline evaluation
 * can use them as an unbiased test.
 */
export const EXPLORATION_SUFFIX = '+explore';

export type RankingModelRow = typeof rankingModels.$inferSelect;

/** One served recommendation of a customer on record, with what became of it. */
export interface ServedRow {
  tenantId: string;
  customerId: number;
  productId: string;
  rank: number;
  servedAt: Date;
  applied: boolean;
}

/** An application (grade 1) or an approved one (grade 2) by a customer, whether or not it came from a list. */
export interface ApplicationEvent {
  tenantId: string;
  customerId: number;
  productId: string;
  at: Date;
  approved: boolean;
  /** Whether the application came from an exploration slate. */
  explored: boolean;
}

/** The newest `limit` served rows of customers on record, labelled by a linked APPLY interaction. */
export async function loadServedHistory(db: AppDb, limit: number): Promise<ServedRow[]> {
  const rows = resultRows(
    await db.execute(sql`
      with served as (
        select id, tenant_id, customer_id, product_id, rank, served_at from recommendation_log
        where customer_id is not null order by served_at desc limit ${limit}),
      applied as (select distinct recommendation_log_id as id from interactions where kind = 'APPLY' and recommendation_log_id is not null)
      select s.tenant_id, s.customer_id, s.product_id, s.rank, s.served_at, a.id is not null as applied
      from served s left join applied a on a.id = s.id order by s.served_at`),
  );
  return rows.map((r) => ({
    tenantId: String(r.tenant_id),
    customerId: Number(r.customer_id),
    productId: String(r.product_id),
    rank: Number(r.rank),
    servedAt: new Date(r.served_at as string),
    applied: boolOf(r.applied),
  }));
}

/** Every application since `since`, each marked approved when an APPROVE of the same customer and product follows it. */
export async function loadApplications(db: AppDb, since: Date): Promise<ApplicationEvent[]> {
  const rows = resultRows(
    await db.execute(sql`
      select tenant_id, customer_id, product_id, min(occurred_at) filter (where kind = 'APPLY') as at, bool_or(kind = 'APPROVE') as approved,
        bool_or(kind = 'APPLY' and model_version like ${'%' + EXPLORATION_SUFFIX}) as explored
      from interactions where kind in ('APPLY', 'APPROVE') and occurred_at >= ${since.toISOString()}::timestamptz
      group by tenant_id, customer_id, product_id
      having bool_or(kind = 'APPLY')`),
  );
  return rows.map((r) => ({
    tenantId: String(r.tenant_id),
    customerId: Number(r.customer_id),
    productId: String(r.product_id),
    at: new Date(r.at as string),
    approved: boolOf(r.approved),
    explored: boolOf(r.explored),
  }));
}

export async function activeRankingModel(db: AppDb): Promise<RankingModelRow | null> {
  const [row] = await db.select().from(rankingModels).where(eq(rankingModels.status, 'ACTIVE')).limit(1);
  return row ?? null;
}

export async function rankingModelHistory(db: AppDb, limit: number): Promise<RankingModelRow[]> {
  return db.select().from(rankingModels).orderBy(desc(rankingModels.trainedAt)).limit(limit);
}

/** Stores a trained model: ACTIVE (retiring the previous one) or a CHALLENGER kept for the record. */
export async function storeRankingModel(db: AppDb, row: Omit<typeof rankingModels.$inferInsert, 'status' | 'activatedAt'>, activate: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    if (activate) await tx.update(rankingModels).set({ status: 'RETIRED' }).where(and(eq(rankingModels.status, 'ACTIVE')));
    await tx
      .insert(rankingModels)
      .values({ ...row, status: activate ? 'ACTIVE' : 'CHALLENGER', activatedAt: activate ? new Date() : null })
      .onConflictDoUpdate({ target: rankingModels.version, set: { status: activate ? 'ACTIVE' : 'CHALLENGER', metrics: row.metrics, report: row.report, activatedAt: activate ? new Date() : null } });
  });
}
