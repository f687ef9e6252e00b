// The credit outcome history as a training set for the risk model: feature snapshots and whether
// each credit defaulted, in insertion order (deterministic for a given seed).
import { asc, eq } from 'drizzle-orm';
import { creditOutcomes, type FeatureValues } from '../../../drizzle/schema.js';
import type { AppDb, Database } from '../db/index.js';

export interface OutcomeDataset {
  rows: FeatureValues[];
  /** bad[i]: row i defaulted (90+ days past due within 12 months). */
  bad: boolean[];
}

export interface OutcomeDatasetOptions {
  /** At most this many rows, the first ones written. */
  limit?: number;
  /** Only outcomes of this source (SEED: the synthetic history; BOOK: observed on this platform). */
  source?: string;
}

export async function loadOutcomeDataset(database: AppDb | Database, opts: OutcomeDatasetOptions = {}): Promise<OutcomeDataset> {
  const db = 'raw' in database ? database.db : database;
  if (opts.limit != null && !(Number.isInteger(opts.limit) && opts.limit >= 0)) throw new RangeError(`limit must be a whole number >= 0, got ${opts.limit}`);
  const base = db
    .select({ features: creditOutcomes.features, defaulted: creditOutcomes.defaulted })
    .from(creditOutcomes)
    .where(opts.source ? eq(creditOutcomes.source, opts.source) : undefined)
    .orderBy(asc(creditOutcomes.id));
  const found = opts.limit != null ? await base.limit(opts.limit) : await base;
  return { rows: found.map((r) => r.features), bad: found.map((r) => r.defaulted) };
}
