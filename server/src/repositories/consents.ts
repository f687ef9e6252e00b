// Consent per purpose: the history (customer_consents) and the current state kept on the customer
// row (consent_recommendation, consent_bureau, consent_marketing). Every function takes the tenant.
import { and, desc, eq, sql } from 'drizzle-orm';
import { customerConsents, customers } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import type { CustomerRow } from './customers.js';

export const CONSENT_PURPOSES = ['RECOMMENDATION', 'CREDIT_CHECK', 'MARKETING_CONTACT'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export type ConsentRecord = typeof customerConsents.$inferSelect;
export type NewConsentRecord = typeof customerConsents.$inferInsert;

/** The customer row's field that holds the current state of each purpose. */
const FIELD_OF = {
  RECOMMENDATION: 'consentRecommendation',
  CREDIT_CHECK: 'consentBureau',
  MARKETING_CONTACT: 'consentMarketing',
} as const satisfies Record<ConsentPurpose, keyof CustomerRow>;

/** The current consent to `purpose` as read with the customer row. */
export function consentOnRow(c: Pick<CustomerRow, 'consentRecommendation' | 'consentBureau' | 'consentMarketing'>, purpose: ConsentPurpose): boolean {
  return c[FIELD_OF[purpose]];
}

/**
 * Locks the customer row for the rest of the transaction (it orders this customer's consent
 * changes); false when the tenant has no such customer.
 */
export async function lockCustomerForConsent(db: AppDb, tenantId: string, customerId: number): Promise<boolean> {
  const rows = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)))
    .for('update');
  return rows.length > 0;
}

/** The new history row, or null when its event id is already taken in the tenant. */
export async function insertConsent(db: AppDb, values: NewConsentRecord): Promise<ConsentRecord | null> {
  const [row] = await db
    .insert(customerConsents)
    .values(values)
    .onConflictDoNothing({ target: [customerConsents.tenantId, customerConsents.eventId] })
    .returning();
  return row ?? null;
}

export async function writeCurrentConsent(db: AppDb, tenantId: string, customerId: number, purpose: ConsentPurpose, granted: boolean): Promise<void> {
  await db
    .update(customers)
    .set({ [FIELD_OF[purpose]]: granted, updatedAt: new Date() })
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, customerId)));
}

export async function consentByEventId(db: AppDb, tenantId: string, eventId: string): Promise<ConsentRecord | null> {
  const [row] = await db
    .select()
    .from(customerConsents)
    .where(and(eq(customerConsents.tenantId, tenantId), eq(customerConsents.eventId, eventId)))
    .limit(1);
  return row ?? null;
}

/** The customer's recorded consents, newest first (ties: the later row first). */
export async function consentHistory(db: AppDb, tenantId: string, customerId: number, limit: number): Promise<ConsentRecord[]> {
  return db
    .select()
    .from(customerConsents)
    .where(and(eq(customerConsents.tenantId, tenantId), eq(customerConsents.customerId, customerId)))
    .orderBy(desc(customerConsents.recordedAt), desc(customerConsents.id))
    .limit(limit);
}

/** The latest history row per purpose of each customer (one statement for a page of customers). */
export async function latestConsents(db: AppDb, tenantId: string, customerIds: readonly number[]): Promise<ConsentRecord[]> {
  if (customerIds.length === 0) return [];
  return db
    .selectDistinctOn([customerConsents.customerId, customerConsents.purpose])
    .from(customerConsents)
    .where(and(eq(customerConsents.tenantId, tenantId), sql`${customerConsents.customerId} = any(${sql.param([...customerIds])}::int[])`))
    .orderBy(customerConsents.customerId, customerConsents.purpose, desc(customerConsents.recordedAt), desc(customerConsents.id));
}
