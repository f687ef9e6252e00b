// Recording what customers did with recommended products: validated, stored once per event id,
// and told to the KPI feed once stored (never for a replay). A dismissal is also written into the
// customer's feedback state in the same transaction (it demotes the product, feedback.ts), and
// the customer's cached ranking is dropped.
import { createHash } from 'node:crypto';
import type { HotReadCache } from '../cache/hot-reads.js';
import type { CatalogStore } from '../catalog/catalog-store.js';
import type { AppDb } from '../db/index.js';
import { customerIdOf, fromGlobalId } from '../graphql/ids.js';
import type { CustomerRow } from '../repositories/customers.js';
import { markDismissed } from '../repositories/feedback.js';
import { insertInteraction, interactionByEventId, type InteractionKind, type InteractionRecord } from '../repositories/interactions.js';
import type { Viewer } from '../security/viewer.js';
import { requireConsent } from './consents.js';

export interface InteractionRejection {
  field: string;
  message: string;
}

export interface InteractionInputLike {
  customerId: string;
  productId: string;
  kind: InteractionKind;
  occurredAt?: Date | string | null;
}

/** How far back a client may date an interaction it reports late (e.g. from an offline app). */
const MAX_AGE_MS = 7 * 86_400_000;
/** Clocks differ: a few seconds ahead of ours is still "now". */
const CLOCK_SKEW_MS = 5_000;
const MAX_EVENT_ID = 200;

export class InteractionService {
  constructor(
    private readonly db: AppDb,
    private readonly catalog: CatalogStore,
    private readonly onRecorded: (tenantId: string, row: InteractionRecord, customer: CustomerRow) => void = () => {},
    private readonly now: () => Date = () => new Date(),
    private readonly hot: Pick<HotReadCache, 'invalidate'> | null = null,
  ) {}

  async record(
    viewer: Viewer,
    input: InteractionInputLike,
    eventId: string,
    loadCustomer: (id: number) => Promise<CustomerRow | null>,
  ): Promise<InteractionRecord | InteractionRejection> {
    const id = eventId.trim();
    if (id.length === 0 || id.length > MAX_EVENT_ID) return { field: 'eventId', message: `must be 1 to ${MAX_EVENT_ID} characters` };
    const customerId = customerIdOf(input.customerId);
    if (customerId === null) return { field: 'customerId', message: `"${input.customerId}" is not a customer id` };
    const g = fromGlobalId(input.productId);
    const product = this.catalog.productForTenant(viewer.tenantId, g?.type === 'Product' ? g.localId : input.productId);
    if (!product) return { field: 'productId', message: `unknown product "${input.productId}"` };
    const now = this.now();
    const occurredAt = input.occurredAt == null ? now : new Date(input.occurredAt);
    if (Number.isNaN(occurredAt.getTime())) return { field: 'occurredAt', message: 'is not a date-time' };
    if (occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) return { field: 'occurredAt', message: 'is in the future' };
    if (occurredAt.getTime() < now.getTime() - MAX_AGE_MS) return { field: 'occurredAt', message: 'is more than 7 days ago' };

    // The hash leaves out an omitted occurredAt, so a retry of "now" is the same interaction.
    const requestHash = hash([customerId, product.id, input.kind, input.occurredAt == null ? '' : occurredAt.toISOString()].join('|'));
    // A retry finds its first row through the insert's conflict (below), so the usual case, a
    // new event, costs the customer read and one statement.
    const customer = await loadCustomer(customerId);
    if (!customer) return { field: 'customerId', message: `no customer with id "${input.customerId}"` };
    // What the customer did with a recommendation is linked to it and feeds their ranking:
    // RECOMMENDATION processing, refused (CONSENT_REQUIRED) before anything is stored.
    requireConsent(customer, 'RECOMMENDATION');
    const values = {
      tenantId: viewer.tenantId,
      eventId: id,
      requestHash,
      customerId,
      productId: product.id,
      kind: input.kind,
      occurredAt,
      recordedBy: viewer.userId,
    };
    const row =
      input.kind === 'DISMISS'
        ? await this.db.transaction(async (tx) => {
            const db = tx as unknown as AppDb;
            const inserted = await insertInteraction(db, values);
            if (inserted) await markDismissed(db, viewer.tenantId, customerId, product.id, occurredAt);
            return inserted;
          })
        : await insertInteraction(this.db, values);
    if (row) {
      if (row.kind === 'DISMISS') this.hot?.invalidate(viewer.tenantId, customerId);
      this.onRecorded(viewer.tenantId, row, customer);
      return row;
    }
    // The event id was taken, by a retry or a concurrent request: the first row is the answer.
    const winner = await interactionByEventId(this.db, viewer.tenantId, id);
    if (!winner) throw new Error(`interaction event id ${id} conflicted but no row holds it`);
    return replay(winner, requestHash);
  }
}

function replay(existing: InteractionRecord, requestHash: string): InteractionRecord | InteractionRejection {
  if (existing.requestHash === requestHash) return existing;
  return { field: 'eventId', message: 'this event id was already used for a different interaction; use a new id for a new event' };
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex');
