// Repayment plan mutations: propose, counter, decide.
import type { MutationResolvers } from '../../graphql/generated/resolvers-types.js';
import { requireAdmin, requireCollector } from './access.js';

export const proposeRepaymentPlan: MutationResolvers['proposeRepaymentPlan'] = async (_p, { caseId, kind }, ctx) => {
  requireCollector(ctx, 'propose repayment plans');
  return ctx.services.recovery.plans.propose(ctx.viewer, caseId, kind);
};

export const counterOffer: MutationResolvers['counterOffer'] = async (_p, { planId, input }, ctx) => {
  requireCollector(ctx, 'record counter-offers');
  return ctx.services.recovery.plans.counter(ctx.viewer, planId, input);
};

export const decideEscalatedPlan: MutationResolvers['decideEscalatedPlan'] = async (_p, { planId, approve, note }, ctx) => {
  requireAdmin(ctx, 'decide escalated plans');
  return ctx.services.recovery.plans.decide(ctx.viewer, planId, approve, note);
};
