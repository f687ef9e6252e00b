// Consent per purpose (schema/consent.graphql). recordConsent writes the history row, the
// customer's current flag and a CONSENT_CHANGED audit event in one transaction, under a lock of the customer row, once per event id;
// the customer's hot-read entries (row and rankings) are dropped so that this replica never serves
// a ranking to a customer who has just withdrawn (other replicas within the hot-read TTL).
// requireConsent is the one check every processing path makes before it touches the customer.
import { GraphQLError } from 'graphql';
import type { HotReadCache } from '../cache/hot-reads.js';
import type { AppDb } from '../db/index.js';
import { badUserInput } from '../graphql/errors.js';
import { customerIdOf } from '../graphql/ids.js';
import {
  consentByEventId,
  consentOnRow,
  insertConsent,
  lockCustomerForConsent,
  writeCurrentConsent,
  CONSENT_PURPOSES,
  type ConsentPurpose,
  type ConsentRecord,
} from '../repositories/consents.js';
import type { CustomerRow } from '../repositories/customers.js';
import { auditLog } from '../security/audit-log.js';
import type { Viewer } from '../security/viewer.js';

export { CONSENT_PURPOSES, type ConsentPurpose };

export const CONSENT_LIMITS = { maxEventId: 200, maxSource: 40, maxHistory: 100 } as const;
const SOURCE = /^[A-Za-z0-9][A-Za-z0-9 _-]*$/;

/** The code of every refusal for lack of consent, in the error's extensions (with `purpose`). */
export const CONSENT_REQUIRED = 'CONSENT_REQUIRED';

export function consentRequiredMessage(customerId: number, purpose: ConsentPurpose): string {
  return `customer ${customerId} has not consented to ${purpose}: record their consent first`;
}

export function consentRequired(customerId: number, purpose: ConsentPurpose): GraphQLError {
  return new GraphQLError(consentRequiredMessage(customerId, purpose), { extensions: { code: CONSENT_REQUIRED, purpose } });
}

/** Throws CONSENT_REQUIRED unless the customer (as read now) consents to `purpose`. */
export function requireConsent(customer: CustomerRow, purpose: ConsentPurpose): void {
  if (!consentOnRow(customer, purpose)) throw consentRequired(customer.id, purpose);
}

export interface RecordConsentInput {
  customerId: string;
  purpose: ConsentPurpose;
  granted: boolean;
  source: string;
}

/** What recordConsent did: the customer it changed, and whether this request wrote the row (false: a retry). */
export interface RecordedConsent {
  customerId: number;
  record: ConsentRecord;
  written: boolean;
}

export class ConsentService {
  constructor(
    private readonly db: AppDb,
    private readonly hot: HotReadCache,
    /** Told after a change is stored (not on replays): e.g. to drop cached campaign audiences. */
    private readonly onChanged: (tenantId: string, customerId: number) => void = () => {},
  ) {}

  /** Throws BAD_USER_INPUT naming the field for bad input, an unknown customer or a reused event id. */
  async record(viewer: Viewer, input: RecordConsentInput, eventId: string): Promise<RecordedConsent> {
    const id = typeof eventId === 'string' ? eventId.trim() : '';
    if (id.length === 0 || id.length > CONSENT_LIMITS.maxEventId) throw badUserInput('eventId', `must be 1 to ${CONSENT_LIMITS.maxEventId} characters`);
    const customerId = customerIdOf(input.customerId);
    if (customerId === null) throw badUserInput('customerId', `"${input.customerId}" is not a customer id`);
    if (!(CONSENT_PURPOSES as readonly string[]).includes(input.purpose)) throw badUserInput('purpose', `must be one of ${CONSENT_PURPOSES.join(', ')}`);
    const source = (input.source ?? '').trim();
    if (source.length === 0 || source.length > CONSENT_LIMITS.maxSource || !SOURCE.test(source)) {
      throw badUserInput('source', `must be 1 to ${CONSENT_LIMITS.maxSource} letters, digits, spaces, "_" or "-", e.g. BRANCH, APP, CALL_CENTRE`);
    }
    const values = {
      tenantId: viewer.tenantId,
      customerId,
      purpose: input.purpose,
      granted: input.granted,
      recordedBy: viewer.userId,
      source: source.toUpperCase(),
      eventId: id,
    };

    const written = await this.db.transaction(async (tx) => {
      const db = tx as unknown as AppDb;
      if (!(await lockCustomerForConsent(db, viewer.tenantId, customerId))) return undefined;
      const row = await insertConsent(db, values);
      if (!row) return null;
      await writeCurrentConsent(db, viewer.tenantId, customerId, input.purpose, input.granted);
      await auditLog.append(tx, {
        tenantId: viewer.tenantId,
        actor: viewer.userId,
        action: 'CONSENT_CHANGED',
        entityType: 'Customer',
        entityId: String(customerId),
        details: { purpose: row.purpose, granted: row.granted, source: row.source, eventId: row.eventId, consentId: row.id },
      });
      return row;
    });
    // Another tenant's customer is unknown here, exactly as one that does not exist.
    if (written === undefined) throw badUserInput('customerId', `no customer with id "${input.customerId}"`);
    if (written) {
      this.hot.invalidate(viewer.tenantId, customerId);
      this.onChanged(viewer.tenantId, customerId);
      return { customerId, record: written, written: true };
    }
    // The event id was taken, by a retry or a concurrent request: the first row is the answer.
    const first = await consentByEventId(this.db, viewer.tenantId, id);
    if (!first) throw new Error(`consent event id ${id} conflicted but no row holds it`);
    const same = first.customerId === customerId && first.purpose === values.purpose && first.granted === values.granted && first.source === values.source;
    if (!same) throw badUserInput('eventId', 'this event id was already used for a different consent; use a new id for a new consent');
    return { customerId, record: first, written: false };
  }
}
