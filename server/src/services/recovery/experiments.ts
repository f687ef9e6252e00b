// A/B tests of collection strategies through the graph. An admin starts an experiment with its
// arms; every case opened while it runs (and, if asked, every case open when it starts) is
// enrolled in the arm assignArm gives it, which is the same on every replica and every run. The
// arm then sets the tone of outreach and the plan proposed first (experiment-outcomes.ts), and
// the results compare each arm with the control on cure rate, promise-kept rate and amount
// recovered. One experiment runs per tenant at a time, so no case is treated by two.
import { inArray, sql } from 'drizzle-orm';
import { recoveryCases } from '../../../../drizzle/schema.js';
import type { AppDb } from '../../db/index.js';
import { describeArm, experimentResults, validateExperiment, type ExperimentArmDefinition, type ExperimentDefinition, type ExperimentResults } from '../../domain/recovery/experiment-outcomes.js';
import { assignArm } from '../../domain/recovery/experiments.js';
import { localIdOf } from '../../graphql/ids.js';
import { appendCaseEvents, type CaseEventInput, type CaseRow } from '../../repositories/recovery.js';
import {
  enrol,
  enrolledOutcomes,
  experimentById,
  experimentsOf,
  insertExperiment,
  openCasesNotEnrolled,
  runningEnrolmentsOfCases,
  runningExperiment,
  stopExperiment,
  type ExperimentRow,
} from '../../repositories/recovery-experiments.js';
import { auditLog } from '../../security/audit-log.js';
import type { Viewer } from '../../security/viewer.js';
import type { Rejection } from './recovery-cases.js';

export interface StartExperimentInput extends ExperimentDefinition {
  /** Enrol the cases already open, not only those opened from now on. */
  enrolOpenCases: boolean;
}

/** What the running experiment does to one case. */
export interface CaseTreatment {
  experimentId: number;
  experiment: string;
  arm: ExperimentArmDefinition;
}

export class RecoveryExperimentService {
  constructor(
    private readonly db: AppDb,
    private readonly onCaseChanged: (tenantId: string, caseId: number) => void = () => {},
    private readonly now: () => Date = () => new Date(),
  ) {}

  async start(viewer: Viewer, input: StartExperimentInput): Promise<ExperimentRow | Rejection> {
    const definition: ExperimentDefinition = {
      name: input.name.trim(),
      hypothesis: input.hypothesis.trim(),
      primaryMetric: input.primaryMetric,
      arms: input.arms.map((a) => ({ name: a.name.trim(), weight: a.weight, tone: a.tone ?? null, planKind: a.planKind ?? null })),
    };
    const problem = validateExperiment(definition);
    if (problem) return problem;
    const at = this.now();
    const row = await auditLog.recordChange(
      this.db,
      (tx) => insertExperiment(tx, { tenantId: viewer.tenantId, ...definition, status: 'RUNNING', startedBy: viewer.userId, startedAt: at }),
      (started) => ({
        tenantId: viewer.tenantId,
        actor: viewer.userId,
        action: 'RECOVERY_EXPERIMENT_STARTED',
        entityType: 'RecoveryExperiment',
        entityId: String(started.id),
        details: { ...definition, enrolOpenCases: input.enrolOpenCases, before: null, after: { status: 'RUNNING' } },
      }),
    );
    if (!row) {
      const running = await runningExperiment(this.db, viewer.tenantId);
      return { field: 'input', message: `experiment "${running?.name ?? '?'}" is running: stop it before starting another, so that no case is treated by two` };
    }
    if (input.enrolOpenCases) await this.enrolOpenCases(row, viewer.userId, at);
    return row;
  }

  async stop(viewer: Viewer, id: string, note: string): Promise<ExperimentRow | Rejection> {
    const why = note.trim();
    if (why.length === 0 || why.length > 500) return { field: 'note', message: 'say why the experiment stops, in 1 to 500 characters' };
    const found = await this.find(viewer.tenantId, id);
    if (!found) return { field: 'id', message: `no recovery experiment with id "${id}"` };
    if (found.status !== 'RUNNING') return { field: 'id', message: `the experiment stopped at ${found.stoppedAt?.toISOString()}: only a running one can be stopped` };
    const stopped = await auditLog.recordChange(
      this.db,
      (tx) => stopExperiment(tx, viewer.tenantId, found.id, viewer.userId, why, this.now()),
      (row) => ({
        tenantId: viewer.tenantId,
        actor: viewer.userId,
        action: 'RECOVERY_EXPERIMENT_STOPPED',
        entityType: 'RecoveryExperiment',
        entityId: String(row.id),
        details: { name: row.name, note: why, before: { status: 'RUNNING' }, after: { status: row.status } },
      }),
    );
    return stopped ?? { field: 'id', message: 'the experiment was stopped by someone else meanwhile' };
  }

  list(tenantId: string): Promise<ExperimentRow[]> {
    return experimentsOf(this.db, tenantId);
  }

  async find(tenantId: string, id: string): Promise<ExperimentRow | null> {
    const local = Number(localIdOf(id, 'RecoveryExperiment'));
    return Number.isSafeInteger(local) && local > 0 ? experimentById(this.db, tenantId, local) : null;
  }

  async results(experiment: ExperimentRow): Promise<ExperimentResults> {
    const outcomes = await enrolledOutcomes(this.db, experiment.id);
    return experimentResults(
      experiment.arms.map((a) => a.name),
      experiment.primaryMetric as ExperimentDefinition['primaryMetric'],
      outcomes,
    );
  }

  /**
   * Enrols a case just opened in the tenant's running experiment, in the opening transaction `db`;
   * the audit event to append with the opening, or null when nothing runs.
   */
  async enrolNewCase(db: AppDb, c: CaseRow, at: Date): Promise<CaseEventInput | null> {
    const experiment = await runningExperiment(db, c.tenantId);
    if (!experiment) return null;
    const arm = armOf(experiment, c.id);
    const [enrolled] = await enrol(db, [{ experimentId: experiment.id, caseId: c.id, tenantId: c.tenantId, arm: arm.name, overdueAtEnrolment: c.overdueAmount, enrolledAt: at }]);
    return enrolled ? enrolledEvent(c.tenantId, c.id, experiment, arm, 'system', at) : null;
  }

  /** What the running experiment does to each case (absent: not in one). */
  async treatmentsOf(caseIds: readonly number[]): Promise<Map<number, CaseTreatment>> {
    const out = new Map<number, CaseTreatment>();
    for (const [caseId, { enrolment, experiment }] of await runningEnrolmentsOfCases(this.db, caseIds)) {
      const arm = experiment.arms.find((a) => a.name === enrolment.arm);
      if (arm) out.set(caseId, { experimentId: experiment.id, experiment: experiment.name, arm: arm as ExperimentArmDefinition });
    }
    return out;
  }

  async treatmentOf(caseId: number): Promise<CaseTreatment | null> {
    return (await this.treatmentsOf([caseId])).get(caseId) ?? null;
  }

  private async enrolOpenCases(experiment: ExperimentRow, actor: string, at: Date): Promise<void> {
    const open = await openCasesNotEnrolled(this.db, experiment.tenantId, experiment.id);
    const enrolledIds = await this.db.transaction(async (tx) => {
      const db = tx as unknown as AppDb;
      const rows = open.map((c) => ({ experimentId: experiment.id, caseId: c.id, tenantId: experiment.tenantId, arm: armOf(experiment, c.id).name, overdueAtEnrolment: c.overdueAmount, enrolledAt: at }));
      const enrolled = await enrol(db, rows);
      await appendCaseEvents(
        db,
        enrolled.map((e) => enrolledEvent(e.tenantId, e.caseId, experiment, armOf(experiment, e.caseId), actor, at)),
      );
      // A new version: the queue, the case page and recoveryCaseUpdated subscribers see the arm.
      const ids = enrolled.map((e) => e.caseId);
      if (ids.length) await db.update(recoveryCases).set({ version: sql`${recoveryCases.version} + 1`, updatedAt: at }).where(inArray(recoveryCases.id, ids));
      return ids;
    });
    for (const id of enrolledIds) this.onCaseChanged(experiment.tenantId, id);
  }
}

function armOf(experiment: ExperimentRow, caseId: number): ExperimentArmDefinition {
  const name = assignArm(String(experiment.id), String(caseId), experiment.arms);
  return experiment.arms.find((a) => a.name === name)! as ExperimentArmDefinition;
}

function enrolledEvent(tenantId: string, caseId: number, experiment: ExperimentRow, arm: ExperimentArmDefinition, actor: string, at: Date): CaseEventInput {
  return {
    tenantId,
    caseId,
    kind: 'EXPERIMENT_ENROLLED',
    actor,
    summary: `Enrolled in experiment "${experiment.name}", arm "${arm.name}": ${describeArm(arm)}`,
    details: { experimentId: experiment.id, arm: arm.name, tone: arm.tone, planKind: arm.planKind },
    at,
  };
}
