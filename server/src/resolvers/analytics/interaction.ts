// recordInteraction: views, clicks and dismissals of recommended products, from any role of the
// tenant (they are reported by the frontends the customers use).
import type { InteractionResolvers, InteractionResultResolvers, MutationResolvers } from '../../graphql/generated/resolvers-types.js';
import { toGlobalId } from '../../graphql/ids.js';
import type { InteractionKind } from '../../repositories/interactions.js';

export const recordInteraction: MutationResolvers['recordInteraction'] = (_p, { input, eventId }, ctx) =>
  ctx.services.interactions.record(ctx.viewer, input, eventId, (id) => ctx.loaders.customer.load(id));

export const InteractionResult: InteractionResultResolvers = {
  __resolveType: (obj) => ('field' in obj ? 'InteractionRejected' : 'Interaction'),
};

export const Interaction: InteractionResolvers = {
  id: (i) => toGlobalId('Interaction', i.id),
  customer: async (i, _a, ctx) => {
    const c = await ctx.loaders.customer.load(i.customerId);
    if (!c) throw new Error(`interaction ${i.id} names missing customer ${i.customerId}`);
    return c;
  },
  product: (i, _a, ctx) => {
    const p = ctx.services.catalog.current.productById.get(i.productId);
    if (!p) throw new Error(`interaction ${i.id} names unknown product ${i.productId}`);
    return p;
  },
  kind: (i) => i.kind as InteractionKind,
};
