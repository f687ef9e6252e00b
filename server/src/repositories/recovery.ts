// Recovery cases, their audit trail, plans, promises and escalation rule versions.
import { collectorFor } from './users.js';
import { and, asc, desc, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import { caseEvents, escalationRuleVersions, paymentPromises, recoveryCases, repaymentPlans, repayments } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';

export type CaseRow = typeof recoveryCases.$inferSelect;
export type NewCase = typeof recoveryCases.$inferInsert;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type PlanRow = typeof repaymentPlans.$inferSelect;
export type PromiseRow = typeof paymentPromises.$inferSelect;
export type RuleVersionRow = typeof escalationRuleVersions.$inferSelect;

export interface CaseEventInput {
  tenantId: string;
  caseId: number;
  kind: string;
  actor: string;
  summary: string;
  details?: Record<string, unknown>;
  at?: Date;
}

export async function appendCaseEvents(db: AppDb, events: CaseEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await db.insert(caseEvents).values(events.map((e) => ({ ...e, details: e.details ?? {}, at: e.at ?? new Date() })));
}

/** Newest recorded first (ids grow with each insert; `at` may be set by a sweep run as of another time). */
export async function caseEventsOf(db: AppDb, caseIds: readonly number[], perCase: number): Promise<Map<number, CaseEventRow[]>> {
  const rows = caseIds.length ? await db.select().from(caseEvents).where(inArray(caseEvents.caseId, [...caseIds])).orderBy(desc(caseEvents.id)) : [];
  const out = new Map<number, CaseEventRow[]>(caseIds.map((id) => [id, []]));
  for (const r of rows) {
    const list = out.get(r.caseId)!;
    if (list.length < perCase) list.push(r);
  }
  return out;
}

export async function casesByIds(db: AppDb, tenantId: string, ids: readonly number[]): Promise<CaseRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(recoveryCases).where(and(eq(recoveryCases.tenantId, tenantId), inArray(recoveryCases.id, [...ids])));
}

export async function openCaseOfLoan(db: AppDb, loanId: number): Promise<CaseRow | null> {
  const [row] = await db.select().from(recoveryCases).where(and(eq(recoveryCases.loanId, loanId), eq(recoveryCases.status, 'OPEN')));
  return row ?? null;
}

/** The open case of each loan, else its latest closed one. */
export async function latestCasesOfLoans(db: AppDb, loanIds: readonly number[]): Promise<Map<number, CaseRow>> {
  const out = new Map<number, CaseRow>();
  if (loanIds.length === 0) return out;
  const rows = await db.select().from(recoveryCases).where(inArray(recoveryCases.loanId, [...loanIds])).orderBy(asc(recoveryCases.openedAt));
  for (const r of rows) {
    const seen = out.get(r.loanId);
    if (!seen || seen.status !== 'OPEN') out.set(r.loanId, r);
  }
  return out;
}

export async function casesOfCustomers(db: AppDb, tenantId: string, customerIds: readonly number[]): Promise<Map<number, CaseRow[]>> {
  const out = new Map<number, CaseRow[]>(customerIds.map((id) => [id, []]));
  if (customerIds.length === 0) return out;
  const rows = await db
    .select()
    .from(recoveryCases)
    .where(and(eq(recoveryCases.tenantId, tenantId), inArray(recoveryCases.customerId, [...customerIds])))
    .orderBy(desc(sql`${recoveryCases.status} = 'OPEN'`), desc(recoveryCases.openedAt));
  for (const r of rows) out.get(r.customerId)!.push(r);
  return out;
}

export async function insertCase(db: AppDb, row: NewCase): Promise<CaseRow | null> {
  // The partial unique index allows one open case per loan: a concurrent sweep's insert loses.
  // A new case goes to one of the tenant's collectors: a COLLECTOR sees only the cases assigned to them.
  const assignedTo = row.assignedTo ?? collectorFor(row.tenantId, row.loanId);
  const [inserted] = await db.insert(recoveryCases).values({ ...row, assignedTo }).onConflictDoNothing().returning();
  return inserted ?? null;
}

/** Writes `changes` and bumps the version; null when the case changed since `version` was read. */
export async function updateCase(db: AppDb, id: number, version: number, changes: Partial<NewCase>): Promise<CaseRow | null> {
  const [row] = await db
    .update(recoveryCases)
    .set({ ...changes, version: version + 1, updatedAt: new Date() })
    .where(and(eq(recoveryCases.id, id), eq(recoveryCases.version, version)))
    .returning();
  return row ?? null;
}

export interface CaseQueueFilter {
  status: 'OPEN' | 'CLOSED';
  stage?: string | null;
  strategy?: string | null;
  bucket?: string | null;
  handedOver?: boolean | null;
  assignedTo?: string | null;
}

/** Highest priority first, then id; `after` is the last row's (priority, id). */
export async function caseQueue(db: AppDb, tenantId: string, filter: CaseQueueFilter, limit: number, after: { priority: number; id: number } | null) {
  const where = [eq(recoveryCases.tenantId, tenantId), eq(recoveryCases.status, filter.status)];
  if (filter.stage) where.push(eq(recoveryCases.stage, filter.stage));
  if (filter.strategy) where.push(eq(recoveryCases.strategy, filter.strategy));
  if (filter.bucket) where.push(eq(recoveryCases.bucket, filter.bucket));
  if (filter.handedOver != null) where.push(eq(recoveryCases.handedOver, filter.handedOver));
  if (filter.assignedTo) where.push(eq(recoveryCases.assignedTo, filter.assignedTo));
  const base = and(...where);
  const page = after
    ? and(base, or(lt(recoveryCases.priority, after.priority), and(eq(recoveryCases.priority, after.priority), gt(recoveryCases.id, after.id))))
    : base;
  const [rows, [{ n }]] = await Promise.all([
    db.select().from(recoveryCases).where(page).orderBy(desc(recoveryCases.priority), asc(recoveryCases.id)).limit(limit + 1),
    db.select({ n: sql<number>`count(*)::int` }).from(recoveryCases).where(base),
  ]);
  return { rows: rows.slice(0, limit), hasNextPage: rows.length > limit, totalCount: n };
}

export async function plansOfCases(db: AppDb, caseIds: readonly number[]): Promise<Map<number, PlanRow[]>> {
  const out = new Map<number, PlanRow[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) return out;
  const rows = await db.select().from(repaymentPlans).where(inArray(repaymentPlans.caseId, [...caseIds])).orderBy(desc(repaymentPlans.createdAt), desc(repaymentPlans.id));
  for (const r of rows) out.get(r.caseId)!.push(r);
  return out;
}

export async function planById(db: AppDb, tenantId: string, id: number): Promise<PlanRow | null> {
  const [row] = await db.select().from(repaymentPlans).where(and(eq(repaymentPlans.tenantId, tenantId), eq(repaymentPlans.id, id)));
  return row ?? null;
}

export async function insertPlan(db: AppDb, row: typeof repaymentPlans.$inferInsert): Promise<PlanRow> {
  const [inserted] = await db.insert(repaymentPlans).values(row).returning();
  return inserted;
}

export async function setPlanStatus(db: AppDb, id: number, status: string, decidedBy: string | null): Promise<void> {
  await db.update(repaymentPlans).set({ status, decidedBy, decidedAt: decidedBy ? new Date() : null }).where(eq(repaymentPlans.id, id));
}

/** Marks the case's other live plans superseded by a newer one. */
export async function supersedePlans(db: AppDb, caseId: number, exceptId: number): Promise<void> {
  await db
    .update(repaymentPlans)
    .set({ status: 'SUPERSEDED' })
    .where(and(eq(repaymentPlans.caseId, caseId), inArray(repaymentPlans.status, ['PROPOSED', 'ACCEPTED', 'ESCALATED', 'APPROVED']), sql`${repaymentPlans.id} <> ${exceptId}`));
}

export async function promisesOfCases(db: AppDb, caseIds: readonly number[]): Promise<Map<number, PromiseRow[]>> {
  const out = new Map<number, PromiseRow[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) return out;
  const rows = await db.select().from(paymentPromises).where(inArray(paymentPromises.caseId, [...caseIds])).orderBy(desc(paymentPromises.madeAt), desc(paymentPromises.id));
  for (const r of rows) out.get(r.caseId)!.push(r);
  return out;
}

export async function promiseByKey(db: AppDb, tenantId: string, key: string): Promise<PromiseRow | null> {
  const [row] = await db.select().from(paymentPromises).where(and(eq(paymentPromises.tenantId, tenantId), eq(paymentPromises.idempotencyKey, key)));
  return row ?? null;
}

export async function insertPromise(db: AppDb, row: typeof paymentPromises.$inferInsert): Promise<PromiseRow | null> {
  const [inserted] = await db.insert(paymentPromises).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

export async function settlePromise(db: AppDb, id: number, status: string, paidTowards: number, settledOn: string | null): Promise<void> {
  await db.update(paymentPromises).set({ status, paidTowards, settledOn }).where(eq(paymentPromises.id, id));
}

export async function latestRules(db: AppDb, tenantId: string): Promise<RuleVersionRow | null> {
  const [row] = await db.select().from(escalationRuleVersions).where(eq(escalationRuleVersions.tenantId, tenantId)).orderBy(desc(escalationRuleVersions.version)).limit(1);
  return row ?? null;
}

export async function ruleHistory(db: AppDb, tenantId: string): Promise<RuleVersionRow[]> {
  return db.select().from(escalationRuleVersions).where(eq(escalationRuleVersions.tenantId, tenantId)).orderBy(desc(escalationRuleVersions.version));
}

/** Null when another writer took that version number first. */
export async function insertRules(db: AppDb, row: typeof escalationRuleVersions.$inferInsert): Promise<RuleVersionRow | null> {
  const [inserted] = await db.insert(escalationRuleVersions).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

/** Payments on the loan's application, oldest first. */
export async function paymentsOfApplication(db: AppDb, applicationId: number): Promise<{ paidAt: Date; amount: number; dueDate: string; daysLate: number; status: string }[]> {
  return db
    .select({ paidAt: repayments.paidAt, amount: repayments.amount, dueDate: repayments.dueDate, daysLate: repayments.daysLate, status: repayments.status })
    .from(repayments)
    .where(eq(repayments.applicationId, applicationId))
    .orderBy(asc(repayments.paidAt));
}

