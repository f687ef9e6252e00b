// A prospect with no record, as a CustomerProfile the engine can score.
import type { ValidProfileInput } from '../profile-input.js';
import { inferSegment } from './segment-inference.js';
import type { CustomerProfile } from './types.js';

/**
 * The profile of a validated prospect: segment inferred, existing products as held products.
 * existingProducts must already be catalog product ids (map codes or global ids before calling).
 * needEmbedding is the need vector of needProfileFacets(profile): build the profile with null, embed
 * its text, then set it (or call again with the vector).
 */
export function prospectProfile(input: ValidProfileInput, needEmbedding: Float32Array | null = null): CustomerProfile {
  return {
    customerId: null,
    kind: input.kind,
    segment: inferSegment(input),
    age: input.kind === 'INDIVIDUAL' ? input.age : null,
    yearsInBusiness: null,
    annualIncome: input.income,
    creditScore: input.creditScore,
    region: input.region,
    heldProductIds: [...input.existingProducts],
    goals: input.goals,
    spendProfile: null,
    needEmbedding,
  };
}
