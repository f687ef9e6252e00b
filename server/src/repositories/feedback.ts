// Customer feedback: one row per event (customer_feedback, once per event id), and its fold kept
// with the customer row (customers.feedback_state), which also records recent dismissals.
import { and, asc, eq, sql } from 'drizzle-orm';
import { customerFeedback, customers } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import type { FeedbackState } from '../domain/recommendation/feedback.js';

export type FeedbackRecord = typeof customerFeedback.$inferSelect;

export interface FeedbackInsert {
  tenantId: string;
  eventId: string;
  requestHash: string;
  customerId: number;
  likedTags: string[];
  dislikedTags: string[];
  interests: string[];
  text: string | null;
  recordedBy: string;
}

/** The new row, or null when the event id was already taken (the earlier row is the answer). */
export async function insertFeedback(db: AppDb, f: FeedbackInsert): Promise<FeedbackRecord | null> {
  const [row] = await db
    .insert(customerFeedback)
    .values(f)
    .onConflictDoNothing({ target: [customerFeedback.tenantId, customerFeedback.eventId] })
    .returning();
  return row ?? null;
}

export async function feedbackByEventId(db: AppDb, tenantId: string, eventId: string): Promise<FeedbackRecord | null> {
  const [row] = await db
    .select()
    .from(customerFeedback)
    .where(and(eq(customerFeedback.tenantId, tenantId), eq(customerFeedback.eventId, eventId)))
    .limit(1);
  return row ?? null;
}

/**
 * Locks the customer row for the rest of the transaction (so that folds of one customer's
 * feedback run one after another and none misses another's event) and returns its state;
 * undefined when the tenant has no such customer.
 */
export async function lockFeedbackState(db: AppDb, tenantId: string, customerId: number): Promise<FeedbackState | null | undefined> {
  const [row] = await db
    .select({ state: customers.feedbackState })
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)))
    .for('update');
  return row ? row.state : undefined;
}

/** Every feedback event of the customer, oldest first. */
export async function feedbackOfCustomer(db: AppDb, tenantId: string, customerId: number): Promise<FeedbackRecord[]> {
  return db
    .select()
    .from(customerFeedback)
    .where(and(eq(customerFeedback.tenantId, tenantId), eq(customerFeedback.customerId, customerId)))
    .orderBy(asc(customerFeedback.id));
}

export async function writeFeedbackState(db: AppDb, tenantId: string, customerId: number, state: FeedbackState): Promise<void> {
  await db
    .update(customers)
    .set({ feedbackState: state })
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)));
}

/**
 * Records a dismissal in the customer's state in one statement (an atomic merge, so it never
 * loses a concurrent fold's or dismissal's change); a later one of the same product replaces it.
 */
export async function markDismissed(db: AppDb, tenantId: string, customerId: number, productId: string, at: Date): Promise<void> {
  await db.execute(sql`
    update customers
    set feedback_state = coalesce(feedback_state, '{"likedTags":[],"dislikedTags":[],"interests":[]}'::jsonb)
      || jsonb_build_object('dismissed', coalesce(feedback_state -> 'dismissed', '{}'::jsonb) || jsonb_build_object(${productId}::text, ${at.toISOString()}::text))
    where tenant_id = ${tenantId} and id = ${customerId}
      and (feedback_state -> 'dismissed' ->> ${productId}::text is null or feedback_state -> 'dismissed' ->> ${productId}::text < ${at.toISOString()}::text)`);
}
