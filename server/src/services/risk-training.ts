// Trains the risk scorecard on the outcome history in the database (credit_outcomes), evaluates
// it on a held-out share, and stores it as the ACTIVE model version with its report. Seeding runs
// this once; retraining (a later issue) runs it again and compares before it activates.
import { createHash } from 'node:crypto';
import type { AppDb } from '../db/index.js';
import { scorecardFeatureSpecs } from '../domain/credit/feature-catalog.js';
import { auc, brier, buildReport, parseScorecard, runTrainingPipeline, scoreRow, stratifiedSplit } from '../ml/scorecard/index.js';
import { loadOutcomeDataset } from '../repositories/credit-outcomes.js';
import { activateRiskModel, activeRiskModel } from '../repositories/credit.js';
import { riskModels } from '../../../drizzle/schema.js';
import { RISK_DRIFT_METRICS_KEY, scorecardDriftReference } from './model-drift.js';

export interface RiskTrainingOptions {
  seed: number;
  /** Most recent outcomes to train on (training time grows linearly with it). */
  maxRows?: number;
  testShare?: number;
  onProgress?: (stage: string, done: number, total: number) => void;
  /**
   * 'activate' (default): the new model is served. 'challenge' (npm run retrain): it is served
   * only if its hold-out AUC beats the active model's on the same hold-out rows; else it is kept
   * as a CHALLENGER with its figures.
   */
  mode?: 'activate' | 'challenge';
}

export interface TrainedRiskModel {
  version: string;
  rows: number;
  badRate: number;
  /** Hold-out figures. */
  auc: number;
  gini: number;
  ks: number;
  brier: number;
  psi: number | null;
  features: string[];
  /** The model that was active, scored on the same hold-out rows; null when there was none. */
  incumbent: { version: string; auc: number; brier: number } | null;
  promoted: boolean;
  decision: string;
}

export async function trainRiskModel(db: AppDb, opts: RiskTrainingOptions): Promise<TrainedRiskModel> {
  const data = await loadOutcomeDataset(db, { limit: opts.maxRows ?? 100_000 });
  const bads = data.bad.filter(Boolean).length;
  if (data.rows.length < 200 || bads < 20) {
    throw new Error(`too little outcome history to train a risk model: ${data.rows.length} outcomes, ${bads} defaults (need 200 and 20)`);
  }
  const testShare = opts.testShare ?? 0.3;
  const result = runTrainingPipeline(data, scorecardFeatureSpecs(), { train: {}, folds: 0, testShare, seed: opts.seed, tune: false, progress: opts.onProgress });
  const held = result.split?.test ?? result.evaluation.metrics;
  const trainedAt = new Date();
  const version = `risk-scorecard-${trainedAt.toISOString().slice(0, 10)}-${createHash('sha256').update(JSON.stringify(result.card.features)).digest('hex').slice(0, 8)}`;
  const card = { ...result.card, version };
  const report = buildReport({
    result: { ...result, card },
    data: { source: `credit_outcomes (${data.rows.length} most recent)` },
    run: { folds: 0, testShare, seed: opts.seed, tune: false },
  });
  // With the training distributions that drift monitoring compares recent decisions with (services/model-drift.ts).
  const metrics = { auc: held.auc, gini: held.gini, ks: held.ks, brier: held.brier, badRate: held.badRate, psi: result.split?.psi.psi ?? null, rows: data.rows.length, [RISK_DRIFT_METRICS_KEY]: scorecardDriftReference(card, data.rows) };
  const incumbent = await incumbentOnHoldout(db, data, testShare, opts.seed);
  let promoted = true;
  let decision = 'activated (training run)';
  if (opts.mode === 'challenge') {
    if (!incumbent) decision = 'promoted: there was no active model';
    else if (incumbent.version === version) [promoted, decision] = [false, 'kept: the retrained model is identical to the active one'];
    else {
      promoted = held.auc > incumbent.auc;
      decision = promoted
        ? `promoted: hold-out AUC ${held.auc.toFixed(4)} beats the active model's ${incumbent.auc.toFixed(4)} on the same rows`
        : `kept the active model: the challenger's hold-out AUC ${held.auc.toFixed(4)} does not beat ${incumbent.auc.toFixed(4)} on the same rows`;
    }
  }
  const row = { version, kind: 'SCORECARD', model: card, metrics: { ...metrics, incumbent, decision }, report: report.markdown, trainingRows: data.rows.length, trainedAt };
  if (promoted) await activateRiskModel(db, row);
  else if (incumbent?.version !== version) await db.insert(riskModels).values({ ...row, status: 'CHALLENGER' }).onConflictDoNothing();
  return { version, rows: data.rows.length, badRate: bads / data.rows.length, auc: held.auc, gini: held.gini, ks: held.ks, brier: held.brier, psi: metrics.psi, features: card.selectedFeatures, incumbent, promoted, decision };
}

/**
 * The active scorecard scored on the rows the challenger was tested on (the pipeline's split is a
 * pure function of the outcomes and the seed). The active model may have been fitted on some of
 * them, which can only flatter it: a challenger that still wins is better.
 */
async function incumbentOnHoldout(db: AppDb, data: Awaited<ReturnType<typeof loadOutcomeDataset>>, testShare: number, seed: number) {
  const row = await activeRiskModel(db);
  if (!row) return null;
  const active = parseScorecard(row.model);
  const { test } = stratifiedSplit(data.bad, testShare, seed);
  const pd = test.map((i) => scoreRow(active, data.rows[i]).pd);
  const bad = test.map((i) => data.bad[i]);
  return { version: row.version, auc: auc(pd, bad), brier: brier(pd, bad) };
}
