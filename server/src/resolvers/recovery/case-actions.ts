// Mutations on recovery cases: promises, escalation, hand-over, flags, rules and the sweep.
import type { MutationResolvers } from '../../graphql/generated/resolvers-types.js';
import { requireAdmin, requireCollector } from './access.js';

export const recordPromise: MutationResolvers['recordPromise'] = async (_p, { caseId, input, idempotencyKey }, ctx) => {
  requireCollector(ctx, 'record promises to pay');
  return ctx.services.recovery.cases.recordPromise(ctx.viewer, caseId, input, idempotencyKey);
};

export const escalateCase: MutationResolvers['escalateCase'] = async (_p, { caseId, reason }, ctx) => {
  requireCollector(ctx, 'escalate cases');
  return ctx.services.recovery.cases.escalate(ctx.viewer, caseId, reason);
};

export const assignRecoveryCase: MutationResolvers['assignRecoveryCase'] = async (_p, { caseId, collectorId }, ctx) => {
  requireAdmin(ctx, 'assign recovery cases');
  return ctx.services.recovery.cases.assign(ctx.viewer, caseId, collectorId);
};

export const handOverCase: MutationResolvers['handOverCase'] = async (_p, { caseId, reason }, ctx) => {
  requireCollector(ctx, 'hand cases over');
  return ctx.services.recovery.cases.handOver(ctx.viewer, caseId, reason);
};

export const flagCase: MutationResolvers['flagCase'] = async (_p, { caseId, input }, ctx) => {
  requireCollector(ctx, 'flag cases');
  const flagged = await ctx.services.recovery.cases.flag(ctx.viewer, caseId, input);
  if ('field' in flagged) return flagged;
  // A vulnerability signal or a dispute may hand the case to a person under the rules: at once, not at the next sweep.
  await ctx.services.recovery.engine.refreshLoan(flagged.tenantId, flagged.loanId, new Date());
  return (await ctx.services.recovery.cases.find(ctx.viewer, caseId)) ?? flagged;
};

export const setEscalationRules: MutationResolvers['setEscalationRules'] = async (_p, { input }, ctx) => {
  requireAdmin(ctx, 'change the escalation rules');
  return ctx.services.recovery.rules.set(ctx.viewer, input);
};

export const runRecoverySweep: MutationResolvers['runRecoverySweep'] = async (_p, _a, ctx) => {
  requireAdmin(ctx, 'run the recovery sweep');
  return ctx.services.recovery.engine.sweep(ctx.viewer.tenantId, new Date());
};
