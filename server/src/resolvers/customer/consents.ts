// Customer.consents, Customer.consentHistory and Mutation.recordConsent (schema/consent.graphql).
// The current state is the customer row's flags; the history gives each its when, who and where
// (a flag without a matching latest history row predates the history: recordedAt null).
import DataLoader from 'dataloader';
import type { ConsentPurpose as GraphConsentPurpose, CustomerResolvers, MutationResolvers } from '../../graphql/generated/resolvers-types.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { badUserInput, forbidden } from '../../graphql/errors.js';
import { CONSENT_PURPOSES, consentHistory, consentOnRow, latestConsents, type ConsentPurpose, type ConsentRecord } from '../../repositories/consents.js';
import type { CustomerRow } from '../../repositories/customers.js';
import { CONSENT_LIMITS } from '../../services/consents.js';
import type { Role } from '../../security/viewer.js';

/** Who records consent: the people customers give it to (a partner's app, for its own tenant). */
const MAY_RECORD: readonly Role[] = ['RELATIONSHIP_MANAGER', 'ADMIN', 'PARTNER'];

export interface ConsentView {
  purpose: GraphConsentPurpose;
  granted: boolean;
  recordedAt: Date | null;
  recordedBy: string | null;
  source: string | null;
}

/** Per request: the latest history row per purpose of each customer asked for, in one statement per batch. */
const latestLoaders = new WeakMap<GraphQLContext, DataLoader<number, Map<string, ConsentRecord>>>();

function latestLoader(ctx: GraphQLContext): DataLoader<number, Map<string, ConsentRecord>> {
  let loader = latestLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const byCustomer = new Map<number, Map<string, ConsentRecord>>(ids.map((id) => [id, new Map()]));
      for (const r of await latestConsents(ctx.services.database.db, ctx.viewer.tenantId, ids)) byCustomer.get(r.customerId)?.set(r.purpose, r);
      return ids.map((id) => byCustomer.get(id)!);
    });
    latestLoaders.set(ctx, loader);
  }
  return loader;
}

const viewOf = (r: ConsentRecord): ConsentView => ({
  purpose: r.purpose as GraphConsentPurpose,
  granted: r.granted,
  recordedAt: r.recordedAt,
  recordedBy: r.recordedBy,
  source: r.source,
});

/** The customer's current consents: the row's flags, with the latest history row where it agrees. */
export function currentConsents(c: CustomerRow, latest: Map<string, ConsentRecord>): ConsentView[] {
  return CONSENT_PURPOSES.map((purpose: ConsentPurpose) => {
    const granted = consentOnRow(c, purpose);
    const last = latest.get(purpose);
    return last && last.granted === granted ? viewOf(last) : { purpose, granted, recordedAt: null, recordedBy: null, source: null };
  });
}

export const customerConsentFields: Pick<CustomerResolvers, 'consents' | 'consentHistory'> = {
  consents: async (c, _a, ctx) => currentConsents(c, await latestLoader(ctx).load(c.id)),
  consentHistory: async (c, { first }, ctx) => {
    const n = first ?? 20;
    if (!Number.isInteger(n) || n < 1 || n > CONSENT_LIMITS.maxHistory) throw badUserInput('first', `must be between 1 and ${CONSENT_LIMITS.maxHistory}, got ${n}`);
    return (await consentHistory(ctx.services.database.db, ctx.viewer.tenantId, c.id, n)).map(viewOf);
  },
};

export const recordConsent: MutationResolvers['recordConsent'] = async (_p, { input, eventId }, ctx) => {
  if (!MAY_RECORD.includes(ctx.viewer.role)) throw forbidden(`a ${ctx.viewer.role} may not record consent; relationship managers, admins and partners may`);
  const recorded = await ctx.services.consents.record(ctx.viewer, input, eventId);
  // The row as it is now (the service dropped its hot-read entry), not as this request may have read it.
  ctx.loaders.customer.clear(recorded.customerId);
  const customer = await ctx.loaders.customer.load(recorded.customerId);
  if (!customer) throw new Error(`customer ${recorded.customerId} vanished after recording consent`);
  const latest = await latestConsents(ctx.services.database.db, ctx.viewer.tenantId, [customer.id]);
  return currentConsents(customer, new Map(latest.map((r) => [r.purpose, r])));
};
