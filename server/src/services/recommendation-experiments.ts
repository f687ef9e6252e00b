// Recommendation experiments: start and stop (ADMIN), the arm a customer is served in, results.
// Serving must not wait on the database, so each replica keeps the tenants' RUNNING experiments in
// memory: refreshed on its own start/stop at once and every REFRESH_MS for other replicas'. A
// customer's arm is a pure function of the experiment and customer ids (assignArm), so it is sticky
// and the same on every replica without storing anything.
import type { AppDb } from '../db/index.js';
import { localIdOf } from '../graphql/ids.js';
import { recommendationResults, validateRecommendationExperiment, type Problem, type RankingStrategy, type RecommendationArmDefinition, type RecommendationExperimentResults } from '../domain/ranking/experiments.js';
import { assignArm } from '../domain/recovery/experiments.js';
import {
  armCounts,
  insertRecommendationExperiment,
  recommendationExperimentById,
  recommendationExperimentsOf,
  runningRecommendationExperiments,
  stopRecommendationExperiment,
  type RecommendationExperimentRow,
} from '../repositories/recommendation-experiments.js';
import { auditLog } from '../security/audit-log.js';
import type { Viewer } from '../security/viewer.js';

const REFRESH_MS = 10_000;

export interface ArmAssignment {
  experimentId: number;
  arm: string;
  strategy: RankingStrategy;
}

export interface StartInput {
  name: string;
  hypothesis: string;
  arms: RecommendationArmDefinition[];
}

export class RecommendationExperimentService {
  private running = new Map<string, RecommendationExperimentRow>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: AppDb,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async refresh(): Promise<void> {
    const rows = await runningRecommendationExperiments(this.db);
    this.running = new Map(rows.map((r) => [r.tenantId, r]));
  }

  watch(onError: (e: unknown) => void): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.refresh().catch(onError), REFRESH_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** The arm a customer of the tenant is served in, or null when no experiment runs there. */
  armFor(tenantId: string, customerId: number): ArmAssignment | null {
    const e = this.running.get(tenantId);
    if (!e) return null;
    const arm = assignArm(String(e.id), String(customerId), e.arms);
    return { experimentId: e.id, arm, strategy: e.arms.find((a) => a.name === arm)!.strategy as RankingStrategy };
  }

  async start(viewer: Viewer, input: StartInput): Promise<RecommendationExperimentRow | Problem> {
    const definition = { name: input.name.trim(), hypothesis: input.hypothesis.trim(), arms: input.arms.map((a) => ({ ...a, name: a.name.trim() })) };
    const problem = validateRecommendationExperiment(definition);
    if (problem) return problem;
    const row = await auditLog.recordChange(
      this.db,
      (tx) => insertRecommendationExperiment(tx, { tenantId: viewer.tenantId, ...definition, status: 'RUNNING', startedBy: viewer.userId, startedAt: this.now() }),
      (started) => ({
        tenantId: viewer.tenantId,
        actor: viewer.userId,
        action: 'RECOMMENDATION_EXPERIMENT_STARTED',
        entityType: 'RecommendationExperiment',
        entityId: String(started.id),
        details: { ...definition, before: null, after: { status: 'RUNNING' } },
      }),
    );
    if (!row) {
      await this.refresh();
      return { field: 'input', message: `experiment "${this.running.get(viewer.tenantId)?.name ?? '?'}" is running: stop it before starting another, so that no customer is in two` };
    }
    this.running.set(row.tenantId, row);
    return row;
  }

  async stopExperiment(viewer: Viewer, id: string, note: string): Promise<RecommendationExperimentRow | Problem> {
    const why = note.trim();
    if (why.length === 0 || why.length > 500) return { field: 'note', message: 'say why the experiment stops, in 1 to 500 characters' };
    const found = await this.find(viewer.tenantId, id);
    if (!found) return { field: 'id', message: `no recommendation experiment with id "${id}"` };
    if (found.status !== 'RUNNING') return { field: 'id', message: `the experiment stopped at ${found.stoppedAt?.toISOString()}: only a running one can be stopped` };
    const stopped = await auditLog.recordChange(
      this.db,
      (tx) => stopRecommendationExperiment(tx, viewer.tenantId, found.id, viewer.userId, why, this.now()),
      (row) => ({
        tenantId: viewer.tenantId,
        actor: viewer.userId,
        action: 'RECOMMENDATION_EXPERIMENT_STOPPED',
        entityType: 'RecommendationExperiment',
        entityId: String(row.id),
        details: { name: row.name, note: why, before: { status: 'RUNNING' }, after: { status: row.status } },
      }),
    );
    if (this.running.get(viewer.tenantId)?.id === found.id) this.running.delete(viewer.tenantId);
    return stopped ?? { field: 'id', message: 'the experiment was stopped by someone else meanwhile' };
  }

  list(tenantId: string, first: number): Promise<RecommendationExperimentRow[]> {
    return recommendationExperimentsOf(this.db, tenantId, first);
  }

  async find(tenantId: string, id: string): Promise<RecommendationExperimentRow | null> {
    const local = Number(localIdOf(id, 'RecommendationExperiment'));
    return Number.isSafeInteger(local) && local > 0 ? recommendationExperimentById(this.db, tenantId, local) : null;
  }

  async results(e: RecommendationExperimentRow): Promise<RecommendationExperimentResults & { computedAt: Date }> {
    const counts = await armCounts(this.db, e.id);
    return { ...recommendationResults(e.arms as RecommendationArmDefinition[], counts), computedAt: this.now() };
  }
}
