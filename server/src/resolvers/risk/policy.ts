// Credit policy: read by every role of the tenant, changed by ADMIN only (audited, versioned).
import type { CreditPolicyResolvers, CreditPolicyResultResolvers, MutationResolvers, QueryResolvers } from '../../graphql/generated/resolvers-types.js';
import { forbidden } from '../../graphql/errors.js';
import type { CreditPolicy as Policy } from '../../domain/credit/policy.js';

export const creditPolicy: QueryResolvers['creditPolicy'] = (_p, _a, ctx) => ctx.services.policies.current(ctx.viewer.tenantId);

export const creditPolicyHistory: QueryResolvers['creditPolicyHistory'] = (_p, { first }, ctx) =>
  ctx.services.policies.history(ctx.viewer.tenantId, Math.min(Math.max(first ?? 20, 1), 100));

export const updateCreditPolicy: MutationResolvers['updateCreditPolicy'] = async (_p, { input, reason }, ctx) => {
  if (ctx.viewer.role !== 'ADMIN') throw forbidden('only an ADMIN may change the credit policy');
  const change: Partial<Policy> = {};
  for (const [k, v] of Object.entries(input)) if (v !== null && v !== undefined) (change as Record<string, unknown>)[k] = v;
  const result = await ctx.services.policies.update(ctx.viewer.tenantId, ctx.viewer.userId, change, reason);
  return result.ok ? result.value : { field: result.field, message: result.message };
};

export const CreditPolicyResult: CreditPolicyResultResolvers = {
  __resolveType: (obj) => ('field' in obj ? 'PolicyRejected' : 'CreditPolicy'),
};

export const CreditPolicy: CreditPolicyResolvers = {
  approveMaxPd: (v) => v.policy.approveMaxPd,
  referMaxPd: (v) => v.policy.referMaxPd,
  maxDebtToIncome: (v) => v.policy.maxDebtToIncome,
  noBureauMaxAmount: (v) => v.policy.noBureauMaxAmount,
  declineWilfulDefaulters: (v) => v.policy.declineWilfulDefaulters,
  referFraudRings: (v) => v.policy.referFraudRings,
  referAnomalyScore: (v) => v.policy.referAnomalyScore,
  minAge: (v) => v.policy.minAge,
  gradeBands: (v) => v.policy.gradeBands,
  cardLimitIncomeShare: (v) => v.policy.cardLimitIncomeShare,
  limitReviewPayments: (v) => v.policy.limitReviewPayments,
  limitRaiseShare: (v) => v.policy.limitRaiseShare,
  limitCutShare: (v) => v.policy.limitCutShare,
  limitCutDaysLate: (v) => v.policy.limitCutDaysLate,
  limitCutMissedPayments: (v) => v.policy.limitCutMissedPayments,
};
