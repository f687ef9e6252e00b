// giveFeedback and Customer.feedback: a customer's liked and disliked tags and interests, from
// any role of the tenant (the same roles that report interactions).
import type { CustomerFeedbackResolvers, CustomerResolvers, FeedbackResolvers, FeedbackResultResolvers, MutationResolvers } from '../../graphql/generated/resolvers-types.js';
import { toGlobalId } from '../../graphql/ids.js';
import { EMPTY_FEEDBACK } from '../../domain/recommendation/feedback.js';

export const giveFeedback: MutationResolvers['giveFeedback'] = async (_p, { input, eventId }, ctx) => {
  const given = await ctx.services.feedback.give(ctx.viewer, input, eventId, (id) => ctx.loaders.customer.load(id));
  // Rankings changed: campaign audiences scored before this are not served again.
  if (!('field' in given)) ctx.services.campaigns.invalidate(ctx.viewer.tenantId);
  return given;
};

export const FeedbackResult: FeedbackResultResolvers = {
  __resolveType: (obj) => ('field' in obj ? 'FeedbackRejected' : 'Feedback'),
};

export const Feedback: FeedbackResolvers = {
  id: (f) => toGlobalId('Feedback', f.id),
  customer: async (f, _a, ctx) => {
    const c = await ctx.loaders.customer.load(f.customerId);
    if (!c) throw new Error(`feedback ${f.id} names missing customer ${f.customerId}`);
    return c;
  },
  // The fold this request wrote; for a replay, the customer's state as this request read it.
  current: async (f, _a, ctx) => f.current ?? (await ctx.loaders.customer.load(f.customerId))?.feedbackState ?? EMPTY_FEEDBACK,
};

export const CustomerFeedback: CustomerFeedbackResolvers = {
  updatedAt: (s) => s.updatedAt ?? null,
};

/** Customer.feedback: read with the customer row (no statement of its own). */
export const customerFeedbackField: Pick<CustomerResolvers, 'feedback'> = {
  feedback: (c) => c.feedbackState ?? EMPTY_FEEDBACK,
};
