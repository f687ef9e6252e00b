// Trains the risk scorecard on the outcome history in the database (credit_outcomes), evaluates
// it on a held-out share, and stores it as the ACTIVE model version with its report. Seeding runs
// this once; retraining (a later issue) runs it again and compares before it activates.
import { createHash } from 'node:crypto';
import type { AppDb } from '../db/index.js';
import { scorecardFeatureSpecs } from '../domain/credit/feature-catalog.js';
import { buildReport, runTrainingPipeline } from '../ml/scorecard/index.js';
import { loadOutcomeDataset } from '../repositories/credit-outcomes.js';
import { activateRiskModel } from '../repositories/credit.js';

export interface RiskTrainingOptions {
  seed: number;
  /** Most recent outcomes to train on (training time grows linearly with it). */
  maxRows?: number;
  testShare?: number;
  onProgress?: (stage: string, done: number, total: number) => void;
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
  const metrics = { auc: held.auc, gini: held.gini, ks: held.ks, brier: held.brier, badRate: held.badRate, psi: result.split?.psi.psi ?? null, rows: data.rows.length };
  await activateRiskModel(db, { version, kind: 'SCORECARD', model: card, metrics, report: report.markdown, trainingRows: data.rows.length, trainedAt });
  return { version, rows: data.rows.length, badRate: bads / data.rows.length, auc: held.auc, gini: held.gini, ks: held.ks, brier: held.brier, psi: metrics.psi, features: card.selectedFeatures };
}
