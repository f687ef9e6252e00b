import type { RecommendationResolvers } from '../../graphql/generated/resolvers-types.js';

export const Recommendation: RecommendationResolvers = {
  product: (r, _a, ctx) => {
    const p = ctx.services.catalog.current.productById.get(r.productId);
    if (!p) throw new Error(`recommended unknown product ${r.productId}`);
    return p;
  },
};
