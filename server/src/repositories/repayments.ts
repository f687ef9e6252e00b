// Reads and writes of repayments, and the row lock that serialises a customer's limit reviews.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { creditLimitChanges, creditLimits, repayments } from '../../../drizzle/schema.js';
import { auditLog } from '../security/audit-log.js';
import type { AppDb } from '../db/index.js';
import type { CreditLimitChangeRow, CreditLimitRow } from './credit.js';

export type RepaymentRow = typeof repayments.$inferSelect;
export type NewRepayment = typeof repayments.$inferInsert;

/** A repayment with the limit change it caused, if any. */
export interface RepaymentRecord extends RepaymentRow {
  limitChange: CreditLimitChangeRow | null;
}

export function repaymentEventRef(id: number): string {
  return `repayment:${id}`;
}

/** Inserts unless the key is taken; null then (an earlier or concurrent request won). */
export async function insertRepayment(db: AppDb, row: NewRepayment): Promise<RepaymentRow | null> {
  const [inserted] = await db
    .insert(repayments)
    .values(row)
    .onConflictDoNothing({ target: [repayments.tenantId, repayments.idempotencyKey] })
    .returning();
  return inserted ?? null;
}

export async function setLimitReview(db: AppDb, id: number, review: string): Promise<void> {
  await db.update(repayments).set({ limitReview: review }).where(eq(repayments.id, id));
}

export async function repaymentByKey(db: AppDb, tenantId: string, key: string): Promise<RepaymentRecord | null> {
  const [row] = await db
    .select()
    .from(repayments)
    .where(and(eq(repayments.tenantId, tenantId), eq(repayments.idempotencyKey, key)))
    .limit(1);
  if (!row) return null;
  const [withChange] = await withLimitChanges(db, [row]);
  return withChange;
}

/** Every repayment of each application, latest due date first (a loan has at most a few dozen). */
export async function repaymentsOfApplications(db: AppDb, tenantId: string, applicationIds: readonly number[]): Promise<Map<number, RepaymentRecord[]>> {
  const rows = await db
    .select()
    .from(repayments)
    .where(and(eq(repayments.tenantId, tenantId), inArray(repayments.applicationId, [...applicationIds])))
    .orderBy(desc(repayments.dueDate), desc(repayments.id));
  const byApplication = new Map<number, RepaymentRecord[]>(applicationIds.map((id) => [id, []]));
  for (const r of await withLimitChanges(db, rows)) byApplication.get(r.applicationId)?.push(r);
  return byApplication;
}

async function withLimitChanges(db: AppDb, rows: RepaymentRow[]): Promise<RepaymentRecord[]> {
  const revolving = rows.filter((r) => r.revolving && r.customerId != null);
  const changes =
    revolving.length === 0
      ? []
      : await db
          .select()
          .from(creditLimitChanges)
          .where(inArray(creditLimitChanges.eventRef, revolving.map((r) => repaymentEventRef(r.id))));
  const byRef = new Map(changes.map((c) => [c.eventRef, c]));
  return rows.map((r) => ({ ...r, limitChange: byRef.get(repaymentEventRef(r.id)) ?? null }));
}

/**
 * Locks the customer's limit row for the rest of the transaction, so two payments arriving at
 * once are reviewed one after the other, each seeing the other's outcome. Null when the customer
 * has no limit.
 */
export async function lockCreditLimit(db: AppDb, customerId: number): Promise<CreditLimitRow | null> {
  const [row] = await db.select().from(creditLimits).where(eq(creditLimits.customerId, customerId)).for('update');
  return row ?? null;
}

/** Revolving repayments recorded after the customer's last limit change, in due-date order. */
export async function repaymentsSinceLastLimitChange(db: AppDb, customerId: number): Promise<RepaymentRow[]> {
  // Compared in SQL: a JS Date would drop the microseconds, and the payment that caused the last
  // change (recorded in the same transaction, so at the same instant) must not count again.
  const lastChange = sql`(select max(${creditLimitChanges.changedAt}) from ${creditLimitChanges} where ${creditLimitChanges.customerId} = ${customerId})`;
  return db
    .select()
    .from(repayments)
    .where(and(eq(repayments.customerId, customerId), eq(repayments.revolving, true), sql`${repayments.recordedAt} > coalesce(${lastChange}, '-infinity')`))
    .orderBy(asc(repayments.dueDate), asc(repayments.id));
}

export async function auditLimitChange(db: AppDb, tenantId: string, actor: string, customerId: number, details: Record<string, unknown>): Promise<void> {
  await auditLog.append(db, { tenantId, actor, action: 'CREDIT_LIMIT_CHANGED', entityType: 'Customer', entityId: String(customerId), details });
}
