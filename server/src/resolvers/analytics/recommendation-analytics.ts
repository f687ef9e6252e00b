// Query.recommendationAnalytics (schema/recommendation-analytics.graphql): the tenant's
// recommendation funnel over a range of UTC days (services/recommendation-analytics.ts).
import type { QueryResolvers, RecommendationAnalyticsResolvers } from '../../graphql/generated/resolvers-types.js';
import { badUserInput, forbidden } from '../../graphql/errors.js';
import { MAX_TOP_PRODUCTS, MAY_ANALYSE, checkAnalyticsRange, recommendationAnalytics as analyse } from '../../services/recommendation-analytics.js';

export const recommendationAnalytics: QueryResolvers['recommendationAnalytics'] = async (_p, args, ctx) => {
  if (!MAY_ANALYSE.includes(ctx.viewer.role)) throw forbidden(`recommendation analytics are for analysts and admins, not a ${ctx.viewer.role}`);
  const checked = checkAnalyticsRange({ from: args.from, to: args.to, groupBy: args.groupBy ?? 'DAY' });
  if (!checked.ok) throw badUserInput(checked.field, checked.message);
  const tenantId = ctx.viewer.tenantId;
  const r = await analyse(ctx.services.database.db, tenantId, checked);
  return {
    ...r,
    topProducts: r.topProducts.map((p) => ({ ...p, product: ctx.services.catalog.productForTenant(tenantId, p.productId) })),
  };
};

export const RecommendationAnalytics: RecommendationAnalyticsResolvers = {
  topProducts: (a, { first }) => {
    const n = first ?? 10;
    if (!Number.isInteger(n) || n < 1 || n > MAX_TOP_PRODUCTS) throw badUserInput('first', `must be an integer from 1 to ${MAX_TOP_PRODUCTS}, got ${n}`);
    return a.topProducts.slice(0, n);
  },
};
