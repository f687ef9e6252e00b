import type { EligibilityResolvers, ProductMatchResolvers, ProductResolvers } from '../../graphql/generated/resolvers-types.js';
import { toGlobalId } from '../../graphql/ids.js';
import type { ProductCategory } from '../../domain/reference.js';

export const Product: ProductResolvers = {
  id: (p) => toGlobalId('Product', p.id),
  code: (p) => p.id,
  category: (p) => p.category as ProductCategory,
  eligibility: (p) => p,
};

export const Eligibility: EligibilityResolvers = {
  minCreditScore: (p) => p.minScore,
  customerKind: (p) => p.customerKind as 'INDIVIDUAL' | 'BUSINESS' | 'ANY',
};

export const ProductMatch: ProductMatchResolvers = {
  product: (m, _a, ctx) => {
    const p = ctx.services.catalog.current.productById.get(m.productId);
    if (!p) throw new Error(`search matched unknown product ${m.productId}`);
    return p;
  },
};
