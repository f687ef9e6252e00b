// Repayments: recorded by collectors and admins (standing in for the servicing system), read by
// every role through the application they belong to.
import type { LoanApplicationResolvers, MutationResolvers, RepaymentResolvers, RepaymentResultResolvers } from '../../graphql/generated/resolvers-types.js';
import { forbidden } from '../../graphql/errors.js';
import { toGlobalId } from '../../graphql/ids.js';
import type { RepaymentStatus } from '../../domain/credit/limit-review.js';
import type { Role } from '../../security/viewer.js';

const MAY_RECORD: readonly Role[] = ['COLLECTOR', 'ADMIN'];

export const recordRepayment: MutationResolvers['recordRepayment'] = async (_p, { input, idempotencyKey }, ctx) => {
  if (!MAY_RECORD.includes(ctx.viewer.role)) throw forbidden(`a ${ctx.viewer.role} may not record repayments`);
  return ctx.services.repayments.record(ctx.viewer, input, idempotencyKey, (id) => ctx.loaders.customer.load(id));
};

export const RepaymentResult: RepaymentResultResolvers = {
  __resolveType: (obj) => ('field' in obj ? 'RepaymentRejected' : 'Repayment'),
};

export const Repayment: RepaymentResolvers = {
  id: (r) => toGlobalId('Repayment', r.id),
  application: async (r, _a, ctx) => {
    const a = await ctx.loaders.application.load(r.applicationId);
    if (!a) throw new Error(`repayment ${r.id} names missing application ${r.applicationId}`);
    return a;
  },
  status: (r) => r.status as RepaymentStatus,
};

export const applicationRepayments: Pick<LoanApplicationResolvers, 'repayments'> = {
  repayments: async (a, { first }, ctx) => (await ctx.loaders.repayments.load(a.id)).slice(0, Math.min(Math.max(first ?? 24, 1), 120)),
};
