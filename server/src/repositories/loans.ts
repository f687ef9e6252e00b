// Reads and writes of loans and of the disbursement sagas that create them, plus the status moves
// of an application the saga makes (reserve, release, disbursed). Every write that a saga step
// makes is conditional on the state it expects, so doing a step twice changes nothing the second
// time; and every change of a disbursement row is a compare-and-set on its updated_at, so two
// processes running the same saga cannot both move it on.
import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { disbursements, loanApplications, loans } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';

export type LoanRow = typeof loans.$inferSelect;
export type NewLoan = typeof loans.$inferInsert;
export type DisbursementRow = typeof disbursements.$inferSelect;
export type NewDisbursement = typeof disbursements.$inferInsert;
export type DisbursementHistoryEntry = DisbursementRow['history'][number];

// ---------------------------------------------------------------- loans

/**
 * Inserts the loan of an application unless it has one already (one loan per application), and
 * returns the application's loan either way.
 */
export async function insertLoan(db: AppDb, row: NewLoan): Promise<LoanRow> {
  await db.insert(loans).values(row).onConflictDoNothing({ target: loans.applicationId });
  const stored = await loanByApplication(db, row.tenantId, row.applicationId);
  if (!stored) throw new Error(`loan of application ${row.applicationId} was inserted but cannot be read back`);
  return stored;
}

export async function loanById(db: AppDb, tenantId: string, id: number): Promise<LoanRow | null> {
  const [row] = await db
    .select()
    .from(loans)
    .where(and(eq(loans.tenantId, tenantId), eq(loans.id, id)))
    .limit(1);
  return row ?? null;
}

/** For loaders: the loans with these ids, in no particular order (missing ids are left out). */
export async function loansByIds(db: AppDb, tenantId: string, ids: readonly number[]): Promise<LoanRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(loans)
    .where(and(eq(loans.tenantId, tenantId), inArray(loans.id, [...ids])));
}

export async function loanByApplication(db: AppDb, tenantId: string, applicationId: number): Promise<LoanRow | null> {
  const [row] = await db
    .select()
    .from(loans)
    .where(and(eq(loans.tenantId, tenantId), eq(loans.applicationId, applicationId)))
    .limit(1);
  return row ?? null;
}

/** A customer's loans, newest first (cancelled ones included: filter on status where it matters). */
export async function loansOfCustomer(db: AppDb, tenantId: string, customerId: number, first = 100): Promise<LoanRow[]> {
  return db
    .select()
    .from(loans)
    .where(and(eq(loans.tenantId, tenantId), eq(loans.customerId, customerId)))
    .orderBy(desc(loans.createdAt), desc(loans.id))
    .limit(first);
}

/** PENDING -> ACTIVE with the disbursement time and the dues counted from it. False when the loan was not PENDING. */
export async function activateLoan(db: AppDb, id: number, disbursedAt: Date, dues: LoanRow['dues']): Promise<boolean> {
  const rows = await db
    .update(loans)
    .set({ status: 'ACTIVE', disbursedAt, dues })
    .where(and(eq(loans.id, id), eq(loans.status, 'PENDING')))
    .returning({ id: loans.id });
  return rows.length > 0;
}

/** PENDING -> CANCELLED. False when the loan was not PENDING (already cancelled, say). */
export async function cancelLoan(db: AppDb, id: number): Promise<boolean> {
  const rows = await db
    .update(loans)
    .set({ status: 'CANCELLED', closedAt: new Date() })
    .where(and(eq(loans.id, id), eq(loans.status, 'PENDING')))
    .returning({ id: loans.id });
  return rows.length > 0;
}

// ---------------------------------------------------------------- application status

/**
 * Moves an application from one status to another. False when it was not in `from` (then
 * nothing changed): the caller reads the status to tell "already done" from "not allowed".
 */
export async function moveApplicationStatus(db: AppDb, tenantId: string, applicationId: number, from: string, to: string): Promise<boolean> {
  const rows = await db
    .update(loanApplications)
    .set({ status: to })
    .where(and(eq(loanApplications.tenantId, tenantId), eq(loanApplications.id, applicationId), eq(loanApplications.status, from)))
    .returning({ id: loanApplications.id });
  return rows.length > 0;
}

export async function applicationStatus(db: AppDb, tenantId: string, applicationId: number): Promise<string | null> {
  const [row] = await db
    .select({ status: loanApplications.status })
    .from(loanApplications)
    .where(and(eq(loanApplications.tenantId, tenantId), eq(loanApplications.id, applicationId)))
    .limit(1);
  return row?.status ?? null;
}

// ---------------------------------------------------------------- disbursements

/**
 * Inserts unless the idempotency key or the application is taken (one disbursement per key and
 * one per application); null then, and the caller reads which one won.
 */
export async function insertDisbursement(db: AppDb, row: NewDisbursement): Promise<DisbursementRow | null> {
  const [inserted] = await db.insert(disbursements).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

export async function disbursementById(db: AppDb, id: number): Promise<DisbursementRow | null> {
  const [row] = await db.select().from(disbursements).where(eq(disbursements.id, id)).limit(1);
  return row ?? null;
}

export async function disbursementByKey(db: AppDb, tenantId: string, idempotencyKey: string): Promise<DisbursementRow | null> {
  const [row] = await db
    .select()
    .from(disbursements)
    .where(and(eq(disbursements.tenantId, tenantId), eq(disbursements.idempotencyKey, idempotencyKey)))
    .limit(1);
  return row ?? null;
}

export async function disbursementByApplication(db: AppDb, tenantId: string, applicationId: number): Promise<DisbursementRow | null> {
  const [row] = await db
    .select()
    .from(disbursements)
    .where(and(eq(disbursements.tenantId, tenantId), eq(disbursements.applicationId, applicationId)))
    .limit(1);
  return row ?? null;
}

/**
 * Sagas still RUNNING or COMPENSATING, of every tenant, oldest first; with `notChangedSince`, only
 * those nobody has moved on since then (a saga another live process is running moves often).
 */
export async function unfinishedDisbursements(db: AppDb, opts: { notChangedSince?: Date; limit?: number } = {}): Promise<DisbursementRow[]> {
  const unfinished = inArray(disbursements.status, ['RUNNING', 'COMPENSATING']);
  return db
    .select()
    .from(disbursements)
    .where(opts.notChangedSince ? and(unfinished, lt(disbursements.updatedAt, opts.notChangedSince)) : unfinished)
    .orderBy(asc(disbursements.id))
    .limit(opts.limit ?? 1000);
}

export interface DisbursementChange {
  step?: string;
  status?: string;
  loanId?: number;
  payoutReference?: string;
  /** Gateway calls made since the last change, added to `attempts`. */
  addAttempts?: number;
  lastError?: string | null;
  /** Appended to the history. */
  entry: DisbursementHistoryEntry;
}

/**
 * Applies a change to the disbursement as it was read (`current`): a compare-and-set on updated_at.
 * Returns the new row, or null when someone else changed it first (nothing is written then).
 * updated_at is set from `at`, in whole milliseconds and always later than before, so that the
 * value read back into a JS Date compares equal next time.
 */
export async function changeDisbursement(db: AppDb, current: DisbursementRow, change: DisbursementChange, at: Date): Promise<DisbursementRow | null> {
  const updatedAt = new Date(Math.max(at.getTime(), current.updatedAt.getTime() + 1));
  const [row] = await db
    .update(disbursements)
    .set({
      ...(change.step !== undefined ? { step: change.step } : {}),
      ...(change.status !== undefined ? { status: change.status } : {}),
      ...(change.loanId !== undefined ? { loanId: change.loanId } : {}),
      ...(change.payoutReference !== undefined ? { payoutReference: change.payoutReference } : {}),
      ...(change.lastError !== undefined ? { lastError: change.lastError } : {}),
      ...(change.addAttempts ? { attempts: sql`${disbursements.attempts} + ${change.addAttempts}` } : {}),
      history: [...current.history, change.entry],
      updatedAt,
    })
    .where(and(eq(disbursements.id, current.id), eq(disbursements.updatedAt, current.updatedAt)))
    .returning();
  return row ?? null;
}

/** Loans of several applications, for loaders. */
export async function loansOfApplications(db: AppDb, tenantId: string, applicationIds: readonly number[]): Promise<LoanRow[]> {
  if (applicationIds.length === 0) return [];
  return db.select().from(loans).where(and(eq(loans.tenantId, tenantId), inArray(loans.applicationId, [...applicationIds])));
}

/** Loans of several customers, newest first, for loaders. */
export async function loansOfCustomers(db: AppDb, tenantId: string, customerIds: readonly number[]): Promise<LoanRow[]> {
  if (customerIds.length === 0) return [];
  return db.select().from(loans).where(and(eq(loans.tenantId, tenantId), inArray(loans.customerId, [...customerIds]))).orderBy(desc(loans.createdAt));
}

/** Active loans (of one tenant, or of all), oldest first: what a recovery sweep walks. */
export async function activeLoans(db: AppDb, tenantId: string | null): Promise<{ id: number; tenantId: string }[]> {
  const where = tenantId ? and(eq(loans.status, 'ACTIVE'), eq(loans.tenantId, tenantId)) : eq(loans.status, 'ACTIVE');
  return db.select({ id: loans.id, tenantId: loans.tenantId }).from(loans).where(where).orderBy(asc(loans.id));
}

/** The delinquency a recovery refresh computed, and a status change to CLOSED or CHARGED_OFF. */
export async function setLoanDelinquency(db: AppDb, id: number, changes: Partial<NewLoan>): Promise<void> {
  await db.update(loans).set(changes).where(eq(loans.id, id));
}
