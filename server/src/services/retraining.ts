// Retraining: the risk and ranking models are trained again on the latest data, each challenger
// is evaluated against the active model on the same hold-out, and promoted only when it is better
// (risk-training.ts, ranker-training.ts record both models' figures either way). Run by hand with
// `npm run retrain`, or every RETRAIN_INTERVAL_HOURS by the server, where a PostgreSQL advisory
// lock lets one replica train while the others skip the round.
import { sql } from 'drizzle-orm';
import type { AppDb, Database } from '../db/index.js';
import type { Logger } from '../logger.js';
import { boolOf, resultRows } from '../db/result-rows.js';
import { trainRanker, type TrainedRanker } from './ranker-training.js';
import { trainRiskModel, type TrainedRiskModel } from './risk-training.js';

/** Arbitrary, fixed: names the retraining lock among advisory locks. */
const RETRAIN_LOCK = 73_410_221;

export interface RetrainOutcome {
  risk: TrainedRiskModel | { error: string };
  ranker: TrainedRanker | { error: string };
}

export async function retrainModels(db: AppDb, opts: { seed: number; onProgress?: (model: string, stage: string) => void }): Promise<RetrainOutcome> {
  const attempt = async <T>(f: () => Promise<T>): Promise<T | { error: string }> => {
    try {
      return await f();
    } catch (e) {
      return { error: (e as Error).message };
    }
  };
  // One model failing (too little new history, say) does not keep the other from retraining.
  const risk = await attempt(() => trainRiskModel(db, { seed: opts.seed, mode: 'challenge', onProgress: (stage) => opts.onProgress?.('risk', stage) }));
  const ranker = await attempt(() => trainRanker(db, { mode: 'challenge', onProgress: (stage) => opts.onProgress?.('ranker', stage) }));
  return { risk, ranker };
}

/** Runs retrainModels every `hours` on one replica; returns a stop function. */
export function scheduleRetraining(database: Database, hours: number, seed: number, log: Logger, onDone: () => Promise<unknown>): () => void {
  if (hours <= 0) return () => {};
  const timer = setInterval(() => void round(), hours * 3_600_000);
  timer.unref();
  const { db } = database;
  const run = async () => {
    const out = await retrainModels(db, { seed });
    log.info(`retraining: risk ${'error' in out.risk ? out.risk.error : out.risk.decision}; ranker ${'error' in out.ranker ? out.ranker.error : out.ranker.decision}`);
  };
  async function round() {
    try {
      if (database.kind === 'pglite') {
        await run(); // embedded: this process is the only one
      } else {
        // The lock's transaction holds one pooled connection for the round; training uses others.
        await db.transaction(async (tx) => {
          const [row] = resultRows(await tx.execute(sql`select pg_try_advisory_xact_lock(${RETRAIN_LOCK}) as locked`));
          if (boolOf(row?.locked)) await run();
        });
      }
      await onDone();
    } catch (e) {
      log.warn('retraining failed', e);
    }
  }
  return () => clearInterval(timer);
}
