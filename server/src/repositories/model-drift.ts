// What drift monitoring reads and writes: a risk model row by version (and its stored drift
// reference), and the feature values and scores of a tenant's recent credit decisions.
import { and, desc, eq, gte, ne, sql } from 'drizzle-orm';
import { creditDecisions, riskModels, type FeatureValues } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';

export interface RiskModelRecord {
  version: string;
  model: unknown;
  metrics: Record<string, unknown>;
  trainingRows: number;
}

export async function riskModelByVersion(db: AppDb, version: string): Promise<RiskModelRecord | null> {
  const [row] = await db
    .select({ version: riskModels.version, model: riskModels.model, metrics: riskModels.metrics, trainingRows: riskModels.trainingRows })
    .from(riskModels)
    .where(eq(riskModels.version, version))
    .limit(1);
  return row ?? null;
}

/** Adds (or replaces) one key of a model row's metrics, leaving the others as they are. */
export async function mergeRiskModelMetrics(db: AppDb, version: string, patch: Record<string, unknown>): Promise<void> {
  await db
    .update(riskModels)
    .set({ metrics: sql`${riskModels.metrics} || ${JSON.stringify(patch)}::jsonb` })
    .where(eq(riskModels.version, version));
}

export interface DecisionSnapshot {
  features: FeatureValues;
  score: number;
}

/** The tenant's decisions by `modelVersion` since `since`, newest first, at most `limit`; seeded rows without features are left out. */
export async function recentDecisionSnapshots(db: AppDb, q: { tenantId: string; modelVersion: string; since: Date; limit: number }): Promise<DecisionSnapshot[]> {
  return db
    .select({ features: creditDecisions.features, score: creditDecisions.score })
    .from(creditDecisions)
    .where(
      and(
        eq(creditDecisions.tenantId, q.tenantId),
        gte(creditDecisions.decidedAt, q.since),
        eq(creditDecisions.modelVersion, q.modelVersion),
        ne(creditDecisions.features, sql`'{}'::jsonb`),
      ),
    )
    .orderBy(desc(creditDecisions.decidedAt))
    .limit(q.limit);
}
