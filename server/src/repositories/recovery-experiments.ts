// Collection-strategy experiments, their enrolments, and the outcome of every enrolled case.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { experimentEnrolments, loans, recoveryCases, recoveryExperiments } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import type { EnrolledCaseOutcome } from '../domain/recovery/experiment-outcomes.js';
import { boolOf, resultRows } from '../db/result-rows.js';

export type ExperimentRow = typeof recoveryExperiments.$inferSelect;
export type EnrolmentRow = typeof experimentEnrolments.$inferSelect;

/** Null when another experiment of the tenant is running (the partial unique index). */
export async function insertExperiment(db: AppDb, row: typeof recoveryExperiments.$inferInsert): Promise<ExperimentRow | null> {
  const [inserted] = await db.insert(recoveryExperiments).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

export async function runningExperiment(db: AppDb, tenantId: string): Promise<ExperimentRow | null> {
  const [row] = await db
    .select()
    .from(recoveryExperiments)
    .where(and(eq(recoveryExperiments.tenantId, tenantId), eq(recoveryExperiments.status, 'RUNNING')));
  return row ?? null;
}

export async function experimentById(db: AppDb, tenantId: string, id: number): Promise<ExperimentRow | null> {
  const [row] = await db
    .select()
    .from(recoveryExperiments)
    .where(and(eq(recoveryExperiments.tenantId, tenantId), eq(recoveryExperiments.id, id)));
  return row ?? null;
}

/** Newest first. */
export async function experimentsOf(db: AppDb, tenantId: string): Promise<ExperimentRow[]> {
  return db.select().from(recoveryExperiments).where(eq(recoveryExperiments.tenantId, tenantId)).orderBy(desc(recoveryExperiments.id));
}

/** Null when it was not running (already stopped, by this call's twin or another admin). */
export async function stopExperiment(db: AppDb, tenantId: string, id: number, by: string, note: string, at: Date): Promise<ExperimentRow | null> {
  const [row] = await db
    .update(recoveryExperiments)
    .set({ status: 'STOPPED', stoppedBy: by, stoppedAt: at, stopNote: note })
    .where(and(eq(recoveryExperiments.tenantId, tenantId), eq(recoveryExperiments.id, id), eq(recoveryExperiments.status, 'RUNNING')))
    .returning();
  return row ?? null;
}

/** Enrols cases not enrolled yet; returns those newly enrolled. */
export async function enrol(db: AppDb, rows: (typeof experimentEnrolments.$inferInsert)[]): Promise<EnrolmentRow[]> {
  if (rows.length === 0) return [];
  return db.insert(experimentEnrolments).values(rows).onConflictDoNothing().returning();
}

/** Each case's enrolment in the running experiment of its tenant, if any. */
export async function runningEnrolmentsOfCases(db: AppDb, caseIds: readonly number[]): Promise<Map<number, { enrolment: EnrolmentRow; experiment: ExperimentRow }>> {
  const out = new Map<number, { enrolment: EnrolmentRow; experiment: ExperimentRow }>();
  if (caseIds.length === 0) return out;
  const rows = await db
    .select({ enrolment: experimentEnrolments, experiment: recoveryExperiments })
    .from(experimentEnrolments)
    .innerJoin(recoveryExperiments, eq(recoveryExperiments.id, experimentEnrolments.experimentId))
    .where(and(inArray(experimentEnrolments.caseId, [...caseIds]), eq(recoveryExperiments.status, 'RUNNING')));
  for (const r of rows) out.set(r.enrolment.caseId, r);
  return out;
}

/** The open cases of a tenant not yet in the experiment, for enrolment at its start. */
export async function openCasesNotEnrolled(db: AppDb, tenantId: string, experimentId: number): Promise<{ id: number; overdueAmount: number }[]> {
  return db
    .select({ id: recoveryCases.id, overdueAmount: recoveryCases.overdueAmount })
    .from(recoveryCases)
    .where(
      and(
        eq(recoveryCases.tenantId, tenantId),
        eq(recoveryCases.status, 'OPEN'),
        sql`not exists (select 1 from ${experimentEnrolments} e where e.case_id = ${recoveryCases.id} and e.experiment_id = ${experimentId})`,
      ),
    );
}

/**
 * What every enrolled case came to since its enrolment: closed cured or settled, promises made
 * since then and kept or broken, and payments on its loan since then. One statement.
 */
export async function enrolledOutcomes(db: AppDb, experimentId: number): Promise<EnrolledCaseOutcome[]> {
  const rows = resultRows(
    await db.execute(sql`
      select e.arm,
             (c.status = 'CLOSED' and c.close_reason in ('CURED', 'SETTLED')) as resolved,
             (select count(*) from payment_promises p where p.case_id = c.id and p.made_at >= e.enrolled_at and p.status = 'KEPT') as kept,
             (select count(*) from payment_promises p where p.case_id = c.id and p.made_at >= e.enrolled_at and p.status = 'BROKEN') as broken,
             (select coalesce(sum(r.amount), 0) from repayments r where r.application_id = l.application_id and r.paid_at >= e.enrolled_at) as recovered,
             e.overdue_at_enrolment as overdue
        from ${experimentEnrolments} e
        join ${recoveryCases} c on c.id = e.case_id
        join ${loans} l on l.id = c.loan_id
       where e.experiment_id = ${experimentId}`),
  );
  return rows.map((r) => ({
    arm: String(r.arm),
    resolved: boolOf(r.resolved),
    promisesKept: Number(r.kept),
    promisesBroken: Number(r.broken),
    recovered: Number(r.recovered),
    overdueAtEnrolment: Number(r.overdue),
  }));
}
