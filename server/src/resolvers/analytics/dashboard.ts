// Dashboard parts that are not plain data: products are served from the catalog by id.
import type { CustomerScoreResolvers, ProductKpisResolvers } from '../../graphql/generated/resolvers-types.js';

export const ProductKpis: ProductKpisResolvers = {
  product: (p, _a, ctx) => {
    const product = ctx.services.catalog.current.productById.get(p.productId);
    if (!product) throw new Error(`KPIs name unknown product ${p.productId}`);
    return product;
  },
};

export const CustomerScore: CustomerScoreResolvers = {
  score: (s) => s.latestApplication?.decision?.score ?? null,
  grade: (s) => s.latestApplication?.decision?.grade ?? null,
  probabilityOfDefault: (s) => s.latestApplication?.decision?.probabilityOfDefault ?? null,
};
