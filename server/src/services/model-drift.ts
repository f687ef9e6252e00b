// Drift monitoring of the models (schema/drift.graphql): the population stability index (PSI) of
// each model's input features and output score over a tenant's recent window, against the
// model's training data (domain/drift). Each model plugs in as a DriftSource: the risk scorecard
// is one (below); the learned ranker registers its own with ModelDriftService.register.
import type { AppDb } from '../db/index.js';
import { DEFAULT_BINS, psiAgainst, referenceOf, worstStatus, type DriftKind, type DriftStatus, type DriftValue, type PsiBin, type ReferenceDistribution } from '../domain/drift/index.js';
import { parseScorecard, scoreRow, type Scorecard } from '../ml/scorecard/index.js';
import type { FeatureValues } from '../../../drizzle/schema.js';
import { loadOutcomeDataset } from '../repositories/credit-outcomes.js';
import { mergeRiskModelMetrics, recentDecisionSnapshots, riskModelByVersion } from '../repositories/model-drift.js';
import type { RiskModelService } from './risk-models.js';

/**
 * One monitored model. `version` names the model currently serving (read on every report, so a
 * getter may follow reloads); reading it, or reference(), throws when no model is active, and
 * that model is then left out of the report.
 */
export interface DriftSource {
  /** 'RISK', 'RANKER', ... (unique among the registered sources). */
  readonly model: string;
  readonly version: string;
  /**
   * The training distributions of the version's inputs (kind FEATURE, the default) and of its
   * output score (one with kind 'SCORE'). Called once per version: the service caches it.
   */
  reference(): Promise<ReferenceDistribution[]>;
  /**
   * The values the version saw (and scored) for the tenant since `since`, by reference name: one
   * entry per scored event in each array, null for a missing value, so every array has the same
   * length (the window's sample size). Names without a reference are ignored.
   */
  recent(tenantId: string, since: Date): Promise<Record<string, DriftValue[]>>;
}

export interface DriftRow {
  name: string;
  kind: DriftKind;
  /** null when the window is too small (status NOT_ENOUGH_DATA). */
  psi: number | null;
  level: DriftStatus;
  bins: PsiBin[];
}

export interface ModelDriftReport {
  model: string;
  version: string;
  windowStart: Date;
  windowEnd: Date;
  sampleSize: number;
  /** The worst level of the rows; NOT_ENOUGH_DATA below the minimum sample. */
  status: DriftStatus;
  /** The score first, then the features from most to least drifted (NOT_ENOUGH_DATA rows by name). */
  rows: DriftRow[];
}

export interface ModelDriftOptions {
  /** Fewer scored events in the window than this: NOT_ENOUGH_DATA, no PSI. */
  minSample?: number;
  now?: () => Date;
}

export const DEFAULT_WINDOW_DAYS = 7;
export const MAX_WINDOW_DAYS = 90;
export const MIN_DRIFT_SAMPLE = 50;
export const MAY_VIEW_DRIFT: readonly string[] = ['ANALYST', 'ADMIN'];
const DAY_MS = 86_400_000;

export class ModelDriftService {
  private readonly sources: DriftSource[] = [];
  /** Reference distributions by model and version (a promise, so concurrent first reads share one computation). */
  private readonly references = new Map<string, Promise<ReferenceDistribution[]>>();
  private readonly minSample: number;
  private readonly now: () => Date;

  constructor(sources: DriftSource[] = [], opts: ModelDriftOptions = {}) {
    this.minSample = opts.minSample ?? MIN_DRIFT_SAMPLE;
    this.now = opts.now ?? (() => new Date());
    for (const s of sources) this.register(s);
  }

  /** Adds a monitored model (replacing a source of the same `model`). */
  register(source: DriftSource): this {
    const at = this.sources.findIndex((s) => s.model === source.model);
    if (at >= 0) this.sources.splice(at, 1, source);
    else this.sources.push(source);
    return this;
  }

  get models(): string[] {
    return this.sources.map((s) => s.model);
  }

  /** Every registered model with an active version, over the tenant's last `windowDays` days. */
  async report(tenantId: string, windowDays = DEFAULT_WINDOW_DAYS): Promise<ModelDriftReport[]> {
    if (!(Number.isInteger(windowDays) && windowDays >= 1 && windowDays <= MAX_WINDOW_DAYS)) throw new RangeError(`windowDays must be a whole number from 1 to ${MAX_WINDOW_DAYS}, got ${windowDays}`);
    const windowEnd = this.now();
    const windowStart = new Date(windowEnd.getTime() - windowDays * DAY_MS);
    const reports = await Promise.all(this.sources.map((s) => this.reportOf(s, tenantId, windowStart, windowEnd)));
    return reports.filter((r): r is ModelDriftReport => r !== null);
  }

  private async reportOf(source: DriftSource, tenantId: string, windowStart: Date, windowEnd: Date): Promise<ModelDriftReport | null> {
    let version: string;
    try {
      version = source.version;
    } catch {
      return null; // no active model of this kind
    }
    const [references, recent] = await Promise.all([this.referenceOf(source, version), source.recent(tenantId, windowStart)]);
    const sampleSize = Math.max(0, ...Object.values(recent).map((v) => v.length));
    const minSample = this.minSample;
    const rows: DriftRow[] = references.map((ref) => {
      const r = psiAgainst(ref, sampleSize >= minSample ? (recent[ref.name] ?? new Array<DriftValue>(sampleSize).fill(null)) : [], { minSample });
      return { name: ref.name, kind: ref.kind ?? 'FEATURE', psi: r.psi, level: r.status, bins: r.bins };
    });
    rows.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'SCORE' ? -1 : 1) || (b.psi ?? -1) - (a.psi ?? -1) || a.name.localeCompare(b.name));
    const status = sampleSize < minSample ? 'NOT_ENOUGH_DATA' : worstStatus(rows.map((r) => r.level));
    return { model: source.model, version, windowStart, windowEnd, sampleSize, status, rows };
  }

  private referenceOf(source: DriftSource, version: string): Promise<ReferenceDistribution[]> {
    const key = `${source.model}\u0000${version}`;
    let cached = this.references.get(key);
    if (!cached) {
      cached = source.reference();
      this.references.set(key, cached);
      cached.catch(() => this.references.delete(key)); // a failed read is retried next time
    }
    return cached;
  }
}

// ---------------------------------------------------------------- the risk scorecard

/** Where a risk model row keeps its drift reference (risk_models.metrics). */
export const RISK_DRIFT_METRICS_KEY = 'driftReference';
export const RISK_SCORE_NAME = 'score';
/** At most this many of the window's newest decisions are compared (a busy tenant's week). */
export const MAX_RECENT_DECISIONS = 20_000;

export interface StoredDriftReference {
  bins: number;
  distributions: ReferenceDistribution[];
}

/**
 * The reference distributions of a scorecard's development sample: each feature the card uses,
 * and the rounded score (as credit_decisions.score stores it) of every row.
 */
export function scorecardDriftReference(card: Scorecard, rows: readonly FeatureValues[], bins = DEFAULT_BINS): StoredDriftReference {
  const distributions = card.features.map((f) => referenceOf(f.name, rows.map((r) => r[f.name] ?? null), bins, { categorical: f.type === 'categorical' }));
  distributions.push(referenceOf(RISK_SCORE_NAME, rows.map((r) => scoreRow(card, r).score), bins, { kind: 'SCORE' }));
  return { bins, distributions };
}

function storedReference(metrics: Record<string, unknown> | null | undefined): ReferenceDistribution[] | null {
  const stored = metrics?.[RISK_DRIFT_METRICS_KEY] as Partial<StoredDriftReference> | undefined;
  return stored && Array.isArray(stored.distributions) ? stored.distributions : null;
}

/**
 * The ACTIVE risk scorecard: its reference is stored with the model at training time
 * (risk-training.ts); for a model trained before that, it is computed once from the same outcome
 * rows the model was trained on (the first trainingRows of credit_outcomes) and stored then.
 * Recent values are the features and scores of the tenant's decisions by that version.
 */
export class RiskDriftSource implements DriftSource {
  readonly model = 'RISK';

  constructor(
    private readonly db: AppDb,
    private readonly models: Pick<RiskModelService, 'info'>,
  ) {}

  get version(): string {
    return this.models.info.version;
  }

  async reference(): Promise<ReferenceDistribution[]> {
    const version = this.version;
    const row = await riskModelByVersion(this.db, version);
    if (!row) throw new Error(`risk model ${version} is not in risk_models`);
    const stored = storedReference(row.metrics);
    if (stored) return stored;
    const card = parseScorecard(row.model);
    const data = await loadOutcomeDataset(this.db, { limit: row.trainingRows });
    const reference = scorecardDriftReference(card, data.rows);
    await mergeRiskModelMetrics(this.db, version, { [RISK_DRIFT_METRICS_KEY]: reference });
    return reference.distributions;
  }

  async recent(tenantId: string, since: Date): Promise<Record<string, DriftValue[]>> {
    const info = this.models.info;
    const decisions = await recentDecisionSnapshots(this.db, { tenantId, modelVersion: info.version, since, limit: MAX_RECENT_DECISIONS });
    const values: Record<string, DriftValue[]> = { [RISK_SCORE_NAME]: decisions.map((d) => d.score) };
    for (const name of info.features) values[name] = decisions.map((d) => d.features[name] ?? null);
    return values;
  }
}
