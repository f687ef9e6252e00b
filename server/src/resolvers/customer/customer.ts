import type { CustomerResolvers, HoldingResolvers, SpendingProfileResolvers } from '../../graphql/generated/resolvers-types.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { toGlobalId } from '../../graphql/ids.js';
import { customerAddress, customerDateOfBirth, customerEmail, customerPhone, holdingAccountNumber, type CustomerRow } from '../../repositories/customers.js';
import { SEGMENT_LABELS, type Segment } from '../../domain/reference.js';
import type { CustomerProfile } from '../../domain/recommendation/types.js';
import { validateK } from '../../domain/profile-input.js';
import { badUserInput } from '../../graphql/errors.js';
import { gapsOf } from '../segments/segments.js';
import { requireConsent } from '../../services/consents.js';

/** One engine profile per customer per request, shared by recommendations and productGaps. */
const profiles = new WeakMap<GraphQLContext, Map<number, Promise<CustomerProfile>>>();

function profileOf(c: CustomerRow, ctx: GraphQLContext): Promise<CustomerProfile> {
  let perRequest = profiles.get(ctx);
  if (!perRequest) profiles.set(ctx, (perRequest = new Map()));
  let p = perRequest.get(c.id);
  if (!p) {
    p = ctx.loaders.holdings.load(c.id).then((held) => ctx.services.recommendations.profileOfCustomer(c, held));
    perRequest.set(c.id, p);
  }
  return p;
}

export const Customer: CustomerResolvers = {
  id: (c) => toGlobalId('Customer', c.id),
  kind: (c) => c.kind as 'INDIVIDUAL' | 'BUSINESS',
  segmentLabel: (c) => SEGMENT_LABELS[c.segment as Segment] ?? c.segment,
  newToCredit: (c) => c.creditScore === null,
  // PII beyond the name is decrypted only when asked for (the name is, in the row mapping).
  email: (c) => customerEmail(c),
  phone: (c) => customerPhone(c),
  dateOfBirth: (c) => customerDateOfBirth(c),
  address: (c) => customerAddress(c),
  spendingProfile: (c) => c.spendProfile ?? null,
  holdings: (c, _a, ctx) => ctx.loaders.holdings.load(c.id),
  productGaps: async (c, _a, ctx) => {
    // Gaps are suggestions derived from the customer's data: RECOMMENDATION processing.
    requireConsent(c, 'RECOMMENDATION');
    const profile = await profileOf(c, ctx);
    const ids = ctx.services.recommendations.productGaps(ctx.viewer.tenantId, profile);
    // The customer's cluster (schema/segments.graphql) feeds the gaps first, then its segment.
    const gaps = await gapsOf(c, ctx, 5, ids);
    const byId = ctx.services.catalog.current.productById;
    return gaps.map((g) => byId.get(g.productId)).filter((p) => p !== undefined);
  },
  recommendations: async (c, { k }, ctx) => {
    const checked = validateK(k ?? 5);
    if (!checked.ok) throw badUserInput(checked.field, checked.message);
    // Before anything is ranked, read from the ranking cache or logged as served.
    requireConsent(c, 'RECOMMENDATION');
    const profile = await profileOf(c, ctx);
    return ctx.services.recommendations.recommend(ctx.viewer.tenantId, profile, checked.value);
  },
};

export const Holding: HoldingResolvers = {
  id: (h) => toGlobalId('Holding', h.id),
  accountNumber: (h) => holdingAccountNumber(h),
  product: (h, _a, ctx) => {
    const p = ctx.services.catalog.current.productById.get(h.productId);
    if (!p) throw new Error(`holding ${h.id} refers to unknown product ${h.productId}`);
    return p;
  },
};

function topShares(shares: Record<string, number>, n: number) {
  return Object.entries(shares)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, share]) => ({ name, share }));
}

export const SpendingProfile: SpendingProfileResolvers = {
  monthlyInflow: (s) => s.monthlyInflowMean,
  monthlyOutflow: (s) => s.monthlyOutflowMean,
  incomeVariability: (s) => s.inflowVariability,
  peakIncomeMonths: (s) => s.peakMonths,
  topCategories: (s) => topShares(s.categoryShare, 5),
  channels: (s) => topShares(s.channelShare, 5),
};
