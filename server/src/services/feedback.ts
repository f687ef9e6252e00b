// giveFeedback: a customer's liked and disliked tags, new interests and words, validated, stored
// once per event id, and folded at once into the customer's state (customers.feedback_state)
// under a lock of the customer row; the hot-read cache entry is dropped so that the very next
// recommendation on this replica reflects it (other replicas within the cache TTL).
import { createHash } from 'node:crypto';
import type { HotReadCache } from '../cache/hot-reads.js';
import type { CatalogSnapshot, CatalogStore } from '../catalog/catalog-store.js';
import type { AppDb } from '../db/index.js';
import { FEEDBACK_LIMITS, foldFeedback, normaliseInterest, type FeedbackState } from '../domain/recommendation/feedback.js';
import { customerIdOf } from '../graphql/ids.js';
import type { CustomerRow } from '../repositories/customers.js';
import {
  feedbackByEventId,
  feedbackOfCustomer,
  insertFeedback,
  lockFeedbackState,
  writeFeedbackState,
  type FeedbackRecord,
} from '../repositories/feedback.js';
import type { Viewer } from '../security/viewer.js';
import { requireConsent } from './consents.js';

export interface FeedbackRejection {
  field: string;
  message: string;
}

/** A stored feedback event; `current` is the customer's fold right after it, when this request wrote it. */
export type GivenFeedback = FeedbackRecord & { current?: FeedbackState };

export interface FeedbackInputLike {
  customerId: string;
  likedTags?: readonly string[] | null;
  dislikedTags?: readonly string[] | null;
  interests?: readonly string[] | null;
  text?: string | null;
}

const MAX_EVENT_ID = 200;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The tags of the products a tenant offers, per catalog snapshot. */
const tagsBySnapshot = new WeakMap<CatalogSnapshot, Map<string, Set<string>>>();

function tenantTags(s: CatalogSnapshot, tenantId: string): Set<string> {
  let perTenant = tagsBySnapshot.get(s);
  if (!perTenant) tagsBySnapshot.set(s, (perTenant = new Map()));
  let tags = perTenant.get(tenantId);
  if (!tags) {
    const offered = s.offeredByTenant.get(tenantId);
    tags = new Set();
    for (const p of s.catalog) if (!offered || offered.has(p.id)) for (const t of p.tags) tags.add(t);
    perTenant.set(tenantId, tags);
  }
  return tags;
}

export class FeedbackService {
  constructor(
    private readonly db: AppDb,
    private readonly catalog: CatalogStore,
    private readonly hot: HotReadCache,
  ) {}

  async give(
    viewer: Viewer,
    input: FeedbackInputLike,
    eventId: string,
    loadCustomer: (id: number) => Promise<CustomerRow | null>,
  ): Promise<GivenFeedback | FeedbackRejection> {
    const id = eventId.trim();
    if (id.length === 0 || id.length > MAX_EVENT_ID) return { field: 'eventId', message: `must be 1 to ${MAX_EVENT_ID} characters` };
    const customerId = customerIdOf(input.customerId);
    if (customerId === null) return { field: 'customerId', message: `"${input.customerId}" is not a customer id` };
    const known = tenantTags(this.catalog.current, viewer.tenantId);
    const liked = checkTags('likedTags', input.likedTags, known);
    if ('field' in liked) return liked;
    const disliked = checkTags('dislikedTags', input.dislikedTags, known);
    if ('field' in disliked) return disliked;
    const both = liked.tags.find((t) => disliked.tags.includes(t));
    if (both !== undefined) return { field: 'dislikedTags', message: `"${both}" is also in likedTags` };
    const interests = checkInterests(input.interests);
    if ('field' in interests) return interests;
    const text = input.text?.trim() ?? '';
    if (text.length > FEEDBACK_LIMITS.maxText) return { field: 'text', message: `must be at most ${FEEDBACK_LIMITS.maxText} characters` };
    if (liked.tags.length + disliked.tags.length + interests.list.length === 0 && text.length === 0) {
      return { field: 'input', message: 'give at least one liked or disliked tag, interest or text' };
    }
    const customer = await loadCustomer(customerId);
    if (!customer) return { field: 'customerId', message: `no customer with id "${input.customerId}"` };
    // Feedback on recommendations shapes the customer's ranking: RECOMMENDATION processing, refused
    // (CONSENT_REQUIRED) before anything is stored.
    requireConsent(customer, 'RECOMMENDATION');

    const values = {
      tenantId: viewer.tenantId,
      eventId: id,
      requestHash: hash(JSON.stringify([customerId, liked.tags, disliked.tags, interests.list, text])),
      customerId,
      likedTags: liked.tags,
      dislikedTags: disliked.tags,
      interests: interests.list,
      text: text.length > 0 ? text : null,
      recordedBy: viewer.userId,
    };
    const inserted = await this.db.transaction(async (tx) => {
      const db = tx as unknown as AppDb;
      // The lock comes first: it orders this customer's folds, and the insert below only adds a
      // key-share lock to the row this transaction already holds.
      const prior = await lockFeedbackState(db, viewer.tenantId, customerId);
      if (prior === undefined) return undefined;
      const row = await insertFeedback(db, values);
      if (!row) return null;
      const events = await feedbackOfCustomer(db, viewer.tenantId, customerId);
      const current = foldFeedback(events, prior?.dismissed);
      await writeFeedbackState(db, viewer.tenantId, customerId, current);
      return { ...row, current };
    });
    if (inserted === undefined) return { field: 'customerId', message: `no customer with id "${input.customerId}"` };
    if (inserted) {
      this.hot.invalidate(viewer.tenantId, customerId);
      return inserted;
    }
    // The event id was taken, by a retry or a concurrent request: the first row is the answer.
    const winner = await feedbackByEventId(this.db, viewer.tenantId, id);
    if (!winner) throw new Error(`feedback event id ${id} conflicted but no row holds it`);
    if (winner.requestHash === values.requestHash) return winner;
    return { field: 'eventId', message: 'this event id was already used for different feedback; use a new id for new feedback' };
  }
}

function checkTags(field: string, raw: readonly string[] | null | undefined, known: Set<string>): { tags: string[] } | FeedbackRejection {
  const tags = [...new Set((raw ?? []).map((t) => t.trim().toLowerCase()))];
  if (tags.length > FEEDBACK_LIMITS.maxTags) return { field, message: `at most ${FEEDBACK_LIMITS.maxTags} tags` };
  for (const t of tags) {
    if (t.length === 0 || t.length > FEEDBACK_LIMITS.maxTagLength || !SLUG.test(t)) {
      return { field, message: `"${t}" is not a tag: tags are 1-${FEEDBACK_LIMITS.maxTagLength} lower-case letters and digits joined by "-"` };
    }
    if (!known.has(t)) return { field, message: `"${t}" is not a tag of any product on offer` };
  }
  return { tags: tags.sort() };
}

function checkInterests(raw: readonly string[] | null | undefined): { list: string[] } | FeedbackRejection {
  const list = [...new Set((raw ?? []).map(normaliseInterest))];
  if (list.length > FEEDBACK_LIMITS.maxInterests) return { field: 'interests', message: `at most ${FEEDBACK_LIMITS.maxInterests} interests` };
  for (const i of list) {
    if (i.length === 0 || i.length > FEEDBACK_LIMITS.maxInterestLength) {
      return { field: 'interests', message: `each interest must be 1 to ${FEEDBACK_LIMITS.maxInterestLength} characters` };
    }
    if (!/[a-z0-9]/.test(i)) return { field: 'interests', message: `"${i}" has no letters or digits` };
  }
  return { list };
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex');
