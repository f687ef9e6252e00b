// Reads and writes of applications, decisions, policies, risk models and credit limits. Every
// function takes the tenant. A decided application is written atomically (one statement, and a
// transaction only when a card's limit is set with it): either the application, its decision and
// its fraud links are all there, or none of them is.
import { and, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import {
  applicationLinks,
  creditDecisions,
  creditLimitChanges,
  creditLimits,
  creditPolicies,
  loanApplications,
  riskModels,
  transactions,
} from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import { preparedOnce } from '../db/prepared.js';
import { insertApplicationStatement } from './decided-application-insert.js';
import { auditLog } from '../security/audit-log.js';

export type ApplicationRow = typeof loanApplications.$inferSelect;
export type DecisionRow = typeof creditDecisions.$inferSelect;
export type NewApplication = typeof loanApplications.$inferInsert;
export type NewDecision = typeof creditDecisions.$inferInsert;
export type PolicyRow = typeof creditPolicies.$inferSelect;
export type RiskModelRow = typeof riskModels.$inferSelect;
export type CreditLimitRow = typeof creditLimits.$inferSelect;
export type CreditLimitChangeRow = typeof creditLimitChanges.$inferSelect;

/** An application with its decision (null only for rows written by something other than this service). */
export interface ApplicationRecord extends ApplicationRow {
  decision: DecisionRow | null;
}

export interface LinkInsert {
  kind: string;
  hash: string;
}

export async function applicationByKey(db: AppDb, tenantId: string, idempotencyKey: string): Promise<ApplicationRecord | null> {
  const rows = await preparedOnce(db, 'applicationByKey', () =>
    db
      .select()
      .from(loanApplications)
      .leftJoin(creditDecisions, eq(creditDecisions.applicationId, loanApplications.id))
      .where(and(eq(loanApplications.tenantId, sql.placeholder('tenantId')), eq(loanApplications.idempotencyKey, sql.placeholder('idempotencyKey'))))
      .limit(1)
      .prepare('application_by_key'),
  ).execute({ tenantId, idempotencyKey });
  return rows[0] ? { ...rows[0].loan_applications, decision: rows[0].credit_decisions } : null;
}

export async function applicationsByIds(db: AppDb, tenantId: string, ids: readonly number[]): Promise<ApplicationRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(loanApplications)
    .leftJoin(creditDecisions, eq(creditDecisions.applicationId, loanApplications.id))
    .where(and(eq(loanApplications.tenantId, tenantId), inArray(loanApplications.id, ids as number[])));
  return rows.map((r) => ({ ...r.loan_applications, decision: r.credit_decisions }));
}

export async function applicationsOfCustomer(db: AppDb, tenantId: string, customerId: number, first: number): Promise<ApplicationRecord[]> {
  const rows = await db
    .select()
    .from(loanApplications)
    .leftJoin(creditDecisions, eq(creditDecisions.applicationId, loanApplications.id))
    .where(and(eq(loanApplications.tenantId, tenantId), eq(loanApplications.customerId, customerId)))
    .orderBy(desc(loanApplications.submittedAt), desc(loanApplications.id))
    .limit(first);
  return rows.map((r) => ({ ...r.loan_applications, decision: r.credit_decisions }));
}

/** Amounts and times of a customer's earlier applications, for the velocity and amount checks. */
export async function previousApplications(db: AppDb, tenantId: string, customerId: number, since: Date): Promise<{ amount: number; submittedAt: Date }[]> {
  return preparedOnce(db, 'previousApplications', () =>
    db
      .select({ amount: loanApplications.amount, submittedAt: loanApplications.submittedAt })
      .from(loanApplications)
      .where(
        and(
          eq(loanApplications.tenantId, sql.placeholder('tenantId')),
          eq(loanApplications.customerId, sql.placeholder('customerId')),
          gte(loanApplications.submittedAt, sql`${sql.param(sql.placeholder('since'), loanApplications.submittedAt)}`),
        ),
      )
      .orderBy(desc(loanApplications.submittedAt))
      .limit(200)
      .prepare('previous_applications'),
  ).execute({ tenantId, customerId, since });
}

/**
 * The customer's statement lines of the 13 months up to their latest one. Relative to the latest
 * line, not to today: a statement that arrives late (or seeded history) still gives 12 months.
 */
export async function customerTransactions(db: AppDb, customerId: number) {
  const latest = db
    .select({ at: sql`max(${transactions.occurredAt}) - interval '13 months'` })
    .from(transactions)
    .where(eq(transactions.customerId, customerId));
  return db
    .select({
      occurredAt: transactions.occurredAt,
      amount: transactions.amount,
      category: transactions.category,
      channel: transactions.channel,
      balanceAfter: transactions.balanceAfter,
    })
    .from(transactions)
    .where(and(eq(transactions.customerId, customerId), gte(transactions.occurredAt, sql`(${latest})`)))
    .orderBy(transactions.occurredAt, transactions.id);
}

/** Applications carrying any of the identifier hashes, with all their identifiers (fraud-ring graph). */
export async function linkedApplications(
  db: AppDb,
  tenantId: string,
  hashes: readonly string[],
): Promise<{ applicationId: string; applicantKey: string; submittedAt: Date; identifiers: { kind: string; hash: string }[] }[]> {
  if (hashes.length === 0) return [];
  const direct = await db
    .selectDistinct({ applicationId: applicationLinks.applicationId })
    .from(applicationLinks)
    .where(and(eq(applicationLinks.tenantId, tenantId), inArray(applicationLinks.hash, hashes as string[])))
    .limit(500);
  if (direct.length === 0) return [];
  const rows = await db
    .select()
    .from(applicationLinks)
    .where(
      and(
        eq(applicationLinks.tenantId, tenantId),
        inArray(
          applicationLinks.applicationId,
          direct.map((d) => d.applicationId),
        ),
      ),
    );
  const byApp = new Map<number, { applicationId: string; applicantKey: string; submittedAt: Date; identifiers: { kind: string; hash: string }[] }>();
  for (const r of rows) {
    let a = byApp.get(r.applicationId);
    if (!a) byApp.set(r.applicationId, (a = { applicationId: String(r.applicationId), applicantKey: r.applicantKey, submittedAt: r.submittedAt, identifiers: [] }));
    a.identifiers.push({ kind: r.kind, hash: r.hash });
  }
  return [...byApp.values()];
}

export interface DecidedApplication {
  application: Omit<NewApplication, 'id'>;
  decision: Omit<NewDecision, 'applicationId'>;
  links: LinkInsert[];
  applicantKey: string;
  /** A new revolving limit for the customer (an approved card), recorded with its reason. */
  creditLimit: { customerId: number; amount: number; rule: string; reason: string } | null;
}

/**
 * Writes the application and everything decided about it atomically, its audit row included.
 * Returns null when the idempotency key is already taken (a concurrent or earlier request won):
 * the caller then reads that request's application instead. Nothing is written in that case.
 *
 * The application, its decision, its fraud links and its audit row go in one statement (one round
 * trip, no BEGIN/COMMIT): a statement is atomic by itself. Only a card approval, whose new limit is
 * written by setCreditLimit, needs a transaction around it.
 */
export async function insertDecidedApplication(db: AppDb, d: DecidedApplication): Promise<ApplicationRecord | null> {
  const limit = d.creditLimit;
  const audit = { action: 'CREDIT_DECIDED', entityType: 'LoanApplication', details: decisionAuditDetails(d), at: new Date() };
  const stored = limit
    ? await db.transaction(async (tx) => {
        // Built for this transaction's client: a prepared query is bound to the database it was made on.
        const row = await insertApplicationStatement(tx as unknown as AppDb, d, audit, false);
        if (row) await setCreditLimit(tx as unknown as AppDb, row.tenantId, limit.customerId, limit.amount, limit.rule, limit.reason, `application:${row.id}`);
        return row;
      })
    : await insertApplicationStatement(db, d, audit, true);
  if (stored) auditLog.appended([stored.tenantId]);
  return stored;
}

/** What the audit trail keeps of a decision: the outcome and what it rested on (the full record stays in credit_decisions). */
function decisionAuditDetails(d: DecidedApplication): Record<string, unknown> {
  const a = d.application;
  const decision = d.decision;
  const limit = d.creditLimit;
  return {
    customerId: a.customerId,
    productId: a.productId,
    amount: a.amount,
    termMonths: a.termMonths,
    outcome: decision.outcome ?? null,
    score: decision.score ?? null,
    grade: decision.grade ?? null,
    probabilityOfDefault: decision.probabilityOfDefault ?? null,
    reasons: decision.reasons ?? [],
    approvedAmount: decision.approvedAmount ?? null,
    creditLimit: limit ? { amount: limit.amount, rule: limit.rule, reason: limit.reason } : null,
    fraudFlags: decision.fraudFlags ?? [],
    bureauUsed: decision.bureauUsed ?? null,
    modelVersion: decision.modelVersion ?? null,
    policyVersion: decision.policyVersion ?? null,
  };
}

/** Sets a limit and records the change; a second change for the same event is ignored (idempotent). */
export async function setCreditLimit(db: AppDb, tenantId: string, customerId: number, amount: number, rule: string, reason: string, eventRef: string): Promise<boolean> {
  const [current] = await db.select().from(creditLimits).where(eq(creditLimits.customerId, customerId)).limit(1);
  const change = await db
    .insert(creditLimitChanges)
    .values({ tenantId, customerId, previousLimit: current?.creditLimit ?? null, newLimit: amount, rule, reason, eventRef })
    .onConflictDoNothing({ target: [creditLimitChanges.customerId, creditLimitChanges.eventRef] })
    .returning({ id: creditLimitChanges.id });
  if (change.length === 0) return false;
  await db
    .insert(creditLimits)
    .values({ customerId, tenantId, creditLimit: amount })
    .onConflictDoUpdate({ target: creditLimits.customerId, set: { creditLimit: amount, updatedAt: sql`now()` } });
  return true;
}

export async function creditLimitOf(db: AppDb, tenantId: string, customerId: number): Promise<CreditLimitRow | null> {
  const [row] = await db
    .select()
    .from(creditLimits)
    .where(and(eq(creditLimits.tenantId, tenantId), eq(creditLimits.customerId, customerId)))
    .limit(1);
  return row ?? null;
}

export async function creditLimitChangesOf(db: AppDb, tenantId: string, customerId: number): Promise<CreditLimitChangeRow[]> {
  return db
    .select()
    .from(creditLimitChanges)
    .where(and(eq(creditLimitChanges.tenantId, tenantId), eq(creditLimitChanges.customerId, customerId)))
    .orderBy(desc(creditLimitChanges.changedAt), desc(creditLimitChanges.id))
    .limit(50);
}

// ---------------------------------------------------------------- policies

export async function latestPolicy(db: AppDb, tenantId: string): Promise<PolicyRow | null> {
  const [row] = await db.select().from(creditPolicies).where(eq(creditPolicies.tenantId, tenantId)).orderBy(desc(creditPolicies.version)).limit(1);
  return row ?? null;
}

export async function policyHistory(db: AppDb, tenantId: string, first: number): Promise<PolicyRow[]> {
  return db.select().from(creditPolicies).where(eq(creditPolicies.tenantId, tenantId)).orderBy(desc(creditPolicies.version)).limit(first);
}

/**
 * Writes the next policy version and its audit event in one transaction. Two admins saving at once
 * cannot both write version n+1: the primary key refuses the second, which then gets null.
 */
export async function insertPolicyVersion(
  db: AppDb,
  row: { tenantId: string; version: number; policy: Record<string, unknown>; changedBy: string; reason: string },
  audit: { changes: unknown[] },
): Promise<PolicyRow | null> {
  return db.transaction(async (tx) => {
    const inserted = await tx.insert(creditPolicies).values(row).onConflictDoNothing().returning();
    if (inserted.length === 0) return null;
    await auditLog.append(tx, {
      tenantId: row.tenantId,
      actor: row.changedBy,
      action: 'CREDIT_POLICY_CHANGED',
      entityType: 'CreditPolicy',
      entityId: String(row.version),
      details: { reason: row.reason, changes: audit.changes },
    });
    return inserted[0];
  });
}

// ---------------------------------------------------------------- risk models

export async function activeRiskModel(db: AppDb, kind = 'SCORECARD'): Promise<RiskModelRow | null> {
  const [row] = await db
    .select()
    .from(riskModels)
    .where(and(eq(riskModels.kind, kind), eq(riskModels.status, 'ACTIVE')))
    .limit(1);
  return row ?? null;
}

/** Stores a model and makes it the active one; the previous active model is retired. */
export async function activateRiskModel(db: AppDb, row: Omit<typeof riskModels.$inferInsert, 'status' | 'activatedAt'>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(riskModels)
      .set({ status: 'RETIRED' })
      .where(and(eq(riskModels.kind, row.kind), eq(riskModels.status, 'ACTIVE')));
    await tx.insert(riskModels).values({ ...row, status: 'ACTIVE', activatedAt: new Date() });
  });
}
