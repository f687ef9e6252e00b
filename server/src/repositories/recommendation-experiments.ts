// Recommendation experiments and the counts their results are computed from.
import { and, desc, eq, sql } from 'drizzle-orm';
import { recommendationExperiments } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import { resultRows } from '../db/result-rows.js';
import type { ArmCounts } from '../domain/ranking/experiments.js';

export type RecommendationExperimentRow = typeof recommendationExperiments.$inferSelect;

/** Inserts a RUNNING experiment; null when another one already runs in the tenant (the partial unique index). */
export async function insertRecommendationExperiment(db: AppDb, row: typeof recommendationExperiments.$inferInsert): Promise<RecommendationExperimentRow | null> {
  const [created] = await db.insert(recommendationExperiments).values(row).onConflictDoNothing().returning();
  return created ?? null;
}

export async function stopRecommendationExperiment(db: AppDb, tenantId: string, id: number, by: string, note: string, at: Date): Promise<RecommendationExperimentRow | null> {
  const [row] = await db
    .update(recommendationExperiments)
    .set({ status: 'STOPPED', stoppedBy: by, stoppedAt: at, stopNote: note })
    .where(and(eq(recommendationExperiments.tenantId, tenantId), eq(recommendationExperiments.id, id), eq(recommendationExperiments.status, 'RUNNING')))
    .returning();
  return row ?? null;
}

export function recommendationExperimentsOf(db: AppDb, tenantId: string, limit: number): Promise<RecommendationExperimentRow[]> {
  return db.select().from(recommendationExperiments).where(eq(recommendationExperiments.tenantId, tenantId)).orderBy(desc(recommendationExperiments.startedAt), desc(recommendationExperiments.id)).limit(limit);
}

export async function recommendationExperimentById(db: AppDb, tenantId: string, id: number): Promise<RecommendationExperimentRow | null> {
  const [row] = await db.select().from(recommendationExperiments).where(and(eq(recommendationExperiments.tenantId, tenantId), eq(recommendationExperiments.id, id)));
  return row ?? null;
}

/** Every tenant's RUNNING experiment. */
export function runningRecommendationExperiments(db: AppDb): Promise<RecommendationExperimentRow[]> {
  return db.select().from(recommendationExperiments).where(eq(recommendationExperiments.status, 'RUNNING'));
}

/**
 * Per arm: customers served, impressions, impressions clicked, customers who applied for a product
 * served to them in the experiment, and approvals. Interactions count through the served row they
 * are linked to (recommendation_log_id), so only what the arm showed is credited to it.
 */
export async function armCounts(db: AppDb, experimentId: number): Promise<ArmCounts[]> {
  const rows = resultRows(
    await db.execute(sql`
      with served as (
        select id, arm, customer_id from recommendation_log where experiment_id = ${experimentId}),
      acted as (
        select i.recommendation_log_id as id, bool_or(i.kind = 'CLICK') as clicked, bool_or(i.kind = 'APPLY') as applied, bool_or(i.kind = 'APPROVE') as approved
        from interactions i join served s on s.id = i.recommendation_log_id
        group by i.recommendation_log_id)
      select s.arm,
        count(distinct s.customer_id)::int as exposed,
        count(*)::int as impressions,
        count(*) filter (where a.clicked)::int as clicked,
        count(distinct s.customer_id) filter (where a.applied)::int as converted,
        count(*) filter (where a.approved)::int as approvals
      from served s left join acted a on a.id = s.id
      group by s.arm`),
  );
  return rows.map((r) => ({
    arm: String(r.arm),
    exposedCustomers: Number(r.exposed),
    impressions: Number(r.impressions),
    clickedImpressions: Number(r.clicked),
    convertedCustomers: Number(r.converted),
    approvals: Number(r.approvals),
  }));
}
