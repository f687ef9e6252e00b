// A customer's credit standing as customerScoreUpdated reports it: read fresh from the database
// when a change is announced, so every subscriber sees what is stored, not what the event said.
import type { AppDb } from '../db/index.js';
import type { ScoreChangeCause } from '../events/topics.js';
import { applicationsOfCustomer, creditLimitOf, type ApplicationRecord } from '../repositories/credit.js';
import type { CustomerRow } from '../repositories/customers.js';

export interface CustomerScoreRecord {
  customer: CustomerRow;
  latestApplication: ApplicationRecord | null;
  creditLimit: number | null;
  cause: ScoreChangeCause;
  changedAt: Date;
}

/** How many recent applications to look through for the newest decided one. */
const RECENT = 5;

export async function readCustomerScore(
  db: AppDb,
  tenantId: string,
  customer: CustomerRow,
  cause: ScoreChangeCause,
  changedAt: Date,
): Promise<CustomerScoreRecord> {
  const [recent, limit] = await Promise.all([applicationsOfCustomer(db, tenantId, customer.id, RECENT), creditLimitOf(db, tenantId, customer.id)]);
  return {
    customer,
    latestApplication: recent.find((a) => a.decision !== null) ?? null,
    creditLimit: limit?.creditLimit ?? null,
    cause,
    changedAt,
  };
}
