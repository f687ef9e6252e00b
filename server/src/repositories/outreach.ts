// Outreach messages: the stored messages with their checks and delivery state.
import { and, asc, desc, eq, gt, inArray, ne, or, sql } from 'drizzle-orm';
import { outreachMessages } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';

export type MessageRow = typeof outreachMessages.$inferSelect;
export type NewMessage = typeof outreachMessages.$inferInsert;

export async function messageByKey(db: AppDb, tenantId: string, sendKey: string): Promise<MessageRow | null> {
  const [row] = await db.select().from(outreachMessages).where(and(eq(outreachMessages.tenantId, tenantId), eq(outreachMessages.sendKey, sendKey)));
  return row ?? null;
}

/** Any tenant's message: for the queue's workers, which act for the system. */
export async function messageById(db: AppDb, id: number): Promise<MessageRow | null> {
  const [row] = await db.select().from(outreachMessages).where(eq(outreachMessages.id, id));
  return row ?? null;
}

export async function messageOfTenant(db: AppDb, tenantId: string, id: number): Promise<MessageRow | null> {
  const [row] = await db.select().from(outreachMessages).where(and(eq(outreachMessages.tenantId, tenantId), eq(outreachMessages.id, id)));
  return row ?? null;
}

/** Null when the tenant's key is taken (a concurrent request with the same key). */
export async function insertMessage(db: AppDb, row: NewMessage): Promise<MessageRow | null> {
  const [inserted] = await db.insert(outreachMessages).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

/** Writes `changes` only while the message is still `from`; null when it no longer is. */
export async function updateMessageIf(db: AppDb, id: number, from: string, changes: Partial<NewMessage>, generation?: number): Promise<MessageRow | null> {
  const where = [eq(outreachMessages.id, id), eq(outreachMessages.status, from)];
  if (generation !== undefined) where.push(eq(outreachMessages.enqueues, generation));
  const [row] = await db
    .update(outreachMessages)
    .set({ ...changes, updatedAt: new Date() })
    .where(and(...where))
    .returning();
  return row ?? null;
}

/** Counts a provider call about to be made; returns the count before it, or null when the message is no longer queued. */
export async function claimAttempt(db: AppDb, id: number): Promise<number | null> {
  const [row] = await db
    .update(outreachMessages)
    .set({ attempts: sql`${outreachMessages.attempts} + 1`, updatedAt: new Date() })
    .where(and(eq(outreachMessages.id, id), eq(outreachMessages.status, 'QUEUED')))
    .returning({ attempts: outreachMessages.attempts });
  return row ? row.attempts - 1 : null;
}

export async function recordFailure(db: AppDb, id: number, error: string): Promise<void> {
  await db.update(outreachMessages).set({ lastError: error.slice(0, 2000), updatedAt: new Date() }).where(eq(outreachMessages.id, id));
}

/** Each case's messages, newest first. */
export async function messagesOfCases(db: AppDb, caseIds: readonly number[]): Promise<Map<number, MessageRow[]>> {
  const out = new Map<number, MessageRow[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) return out;
  const rows = await db.select().from(outreachMessages).where(inArray(outreachMessages.caseId, [...caseIds])).orderBy(desc(outreachMessages.createdAt), desc(outreachMessages.id));
  for (const r of rows) out.get(r.caseId)!.push(r);
  return out;
}

/**
 * The case's contact attempts for the limits: when each SENT message went out, and (with
 * `includeQueued`) when each QUEUED one was accepted, since it will be made. `exceptId` leaves
 * the message being checked out.
 */
export async function attemptTimesOfCase(db: AppDb, caseId: number, since: Date, opts: { includeQueued: boolean; exceptId?: number }): Promise<Date[]> {
  const sent = and(eq(outreachMessages.status, 'SENT'), gt(outreachMessages.sentAt, since));
  const queued = and(eq(outreachMessages.status, 'QUEUED'), gt(outreachMessages.createdAt, since));
  const where = [eq(outreachMessages.caseId, caseId), opts.includeQueued ? or(sent, queued)! : sent!];
  if (opts.exceptId !== undefined) where.push(ne(outreachMessages.id, opts.exceptId));
  const rows = await db.select({ status: outreachMessages.status, sentAt: outreachMessages.sentAt, createdAt: outreachMessages.createdAt }).from(outreachMessages).where(and(...where));
  return rows.map((r) => (r.status === 'SENT' ? r.sentAt! : r.createdAt));
}

/** The case's sent messages, oldest first: its contact history. */
export async function sentMessagesOfCase(db: AppDb, caseId: number): Promise<{ sentAt: Date; channel: string; reached: boolean | null }[]> {
  const rows = await db
    .select({ sentAt: outreachMessages.sentAt, channel: outreachMessages.channel, reached: outreachMessages.reached })
    .from(outreachMessages)
    .where(and(eq(outreachMessages.caseId, caseId), eq(outreachMessages.status, 'SENT')))
    .orderBy(asc(outreachMessages.sentAt));
  return rows.map((r) => ({ sentAt: r.sentAt!, channel: r.channel, reached: r.reached }));
}

/** The tenant's dead-lettered messages, most recently dead first. */
export async function deadMessages(db: AppDb, tenantId: string, limit: number): Promise<MessageRow[]> {
  return db
    .select()
    .from(outreachMessages)
    .where(and(eq(outreachMessages.tenantId, tenantId), eq(outreachMessages.status, 'DEAD')))
    .orderBy(desc(outreachMessages.deadAt), desc(outreachMessages.id))
    .limit(limit);
}

/** Queued messages of every tenant, oldest first (the restart sweep puts them back on the queue). */
export async function queuedMessages(db: AppDb, limit: number): Promise<{ id: number; enqueues: number }[]> {
  return db
    .select({ id: outreachMessages.id, enqueues: outreachMessages.enqueues })
    .from(outreachMessages)
    .where(eq(outreachMessages.status, 'QUEUED'))
    .orderBy(asc(outreachMessages.id))
    .limit(limit);
}
