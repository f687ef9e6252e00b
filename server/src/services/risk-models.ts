// The active risk model, loaded from the database at start-up (and on reload), as the Scorer
// that credit decisions use. Models are versioned rows in risk_models; exactly one is ACTIVE.
import type { AppDb } from '../db/index.js';
import type { Scorer } from '../domain/credit/decision.js';
import { parseScorecard, pdFromScore, scoreRow, type Scorecard } from '../ml/scorecard/index.js';
import { activeRiskModel } from '../repositories/credit.js';

export interface RiskModelInfo {
  version: string;
  kind: string;
  trainedAt: Date;
  trainingRows: number;
  auc: number | null;
  gini: number | null;
  ks: number | null;
  brier: number | null;
  features: string[];
}

export class NoActiveModelError extends Error {
  constructor() {
    super('no active risk model: seed the database (npm run seed) or train one (npm run train:risk)');
  }
}

export class RiskModelService {
  private active: { scorer: Scorer; info: RiskModelInfo } | null = null;

  constructor(private readonly db: AppDb) {}

  /** Loads the ACTIVE model; keeps the previous one if there is none (or it cannot be read). */
  async reload(): Promise<RiskModelInfo | null> {
    const row = await activeRiskModel(this.db);
    if (!row) return this.active?.info ?? null;
    const card = parseScorecard(row.model);
    const metrics = (row.metrics ?? {}) as Record<string, number | undefined>;
    this.active = {
      scorer: scorerOf(row.version, card),
      info: {
        version: row.version,
        kind: row.kind,
        trainedAt: row.trainedAt,
        trainingRows: row.trainingRows,
        auc: metrics.auc ?? null,
        gini: metrics.gini ?? null,
        ks: metrics.ks ?? null,
        brier: metrics.brier ?? null,
        features: card.selectedFeatures,
      },
    };
    return this.active.info;
  }

  /** Re-reads the ACTIVE model every minute, so one promoted by `npm run retrain` is used without a restart. */
  watch(onError: (e: unknown) => void): () => void {
    const timer = setInterval(() => {
      void activeRiskModel(this.db)
        .then((row) => (row && row.version !== this.active?.info.version ? this.reload() : null))
        .catch(onError);
    }, 60_000);
    timer.unref();
    return () => clearInterval(timer);
  }

  get scorer(): Scorer {
    if (!this.active) throw new NoActiveModelError();
    return this.active.scorer;
  }

  get info(): RiskModelInfo {
    if (!this.active) throw new NoActiveModelError();
    return this.active.info;
  }
}

export function scorerOf(version: string, card: Scorecard): Scorer {
  return {
    version,
    score(features) {
      const r = scoreRow(card, features);
      return {
        score: r.scoreExact,
        pd: r.pd,
        contributions: r.contributions.map((c) => ({ feature: c.feature, value: c.value, bin: c.bin, points: c.points, maxPoints: c.maxPoints, pointsLost: c.pointsLost })),
      };
    },
    pdAtScore: (score) => pdFromScore(card, score),
  };
}
