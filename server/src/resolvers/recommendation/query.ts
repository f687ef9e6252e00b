import type { QueryResolvers } from '../../graphql/generated/resolvers-types.js';
import { badUserInput } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/ids.js';
import { validateK, validateProfileInput } from '../../domain/profile-input.js';

export const recommendationsForProfile: QueryResolvers['recommendationsForProfile'] = async (_p, { profile, k }, ctx) => {
  const checkedK = validateK(k ?? 5);
  if (!checkedK.ok) throw badUserInput(checkedK.field, checkedK.message);
  const checked = validateProfileInput(profile);
  if (!checked.ok) throw badUserInput(checked.field, checked.message);
  // Existing products may be named by code or by global id; each must be in the tenant's catalog.
  const { catalog } = ctx.services;
  const held: string[] = [];
  checked.value.existingProducts.forEach((ref, i) => {
    const code = fromGlobalId(ref)?.type === 'Product' ? fromGlobalId(ref)!.localId : ref;
    if (!catalog.productForTenant(ctx.viewer.tenantId, code)) {
      throw badUserInput(`profile.existingProducts[${i}]`, `unknown product "${ref}"`);
    }
    held.push(code);
  });
  const prospect = await ctx.services.recommendations.profileOfProspect({ ...checked.value, existingProducts: held });
  return ctx.services.recommendations.recommend(ctx.viewer.tenantId, prospect, checkedK.value);
};
