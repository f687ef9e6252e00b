// Outreach through the graph: send a message to a case's customer, the case's messages, and the
// dead-letter queue (inspect, replay).
import { forbidden } from '../../graphql/errors.js';
import type { MutationResolvers, OutreachMessageResolvers, OutreachResultResolvers, PreferredLanguageResultResolvers, QueryResolvers, RecoveryCaseResolvers } from '../../graphql/generated/resolvers-types.js';
import { customerIdOf, toGlobalId } from '../../graphql/ids.js';
import { requireAdmin, requireCollector } from './access.js';

export const OutreachMessage: OutreachMessageResolvers = {
  id: (m) => toGlobalId('OutreachMessage', m.id),
  case: async (m, _a, ctx) => {
    const c = await ctx.loaders.recovery.recoveryCase.load(m.caseId);
    if (!c) throw new Error(`outreach message ${m.id} names missing case ${m.caseId}`);
    return c;
  },
  channel: (m) => m.channel as never,
  purpose: (m) => m.purpose as never,
  tone: (m) => m.tone as never,
  status: (m) => m.status as never,
};

export const OutreachResult: OutreachResultResolvers = {
  __resolveType: (obj) => ('field' in obj && 'message' in obj ? 'RecoveryRejected' : 'OutreachMessage'),
};

export const caseMessages: Pick<RecoveryCaseResolvers, 'messages'> = {
  messages: (c, _a, ctx) => ctx.loaders.recovery.messages.load(c.id),
};

export const sendOutreach: MutationResolvers['sendOutreach'] = async (_p, { caseId, input }, ctx) => {
  requireCollector(ctx, 'send outreach messages');
  return ctx.services.recovery.outreach.send(ctx.viewer, caseId, input);
};

export const replayDeadLetter: MutationResolvers['replayDeadLetter'] = async (_p, { messageId }, ctx) => {
  requireAdmin(ctx, 'replay dead-lettered messages');
  return ctx.services.recovery.outreach.replayDeadLetter(ctx.viewer, messageId);
};

export const outreachDeadLetters: QueryResolvers['outreachDeadLetters'] = async (_p, { first }, ctx) => {
  requireAdmin(ctx, 'see the dead-letter queue');
  return ctx.services.recovery.outreach.deadLetters(ctx.viewer, first);
};

export const PreferredLanguageResult: PreferredLanguageResultResolvers = {
  __resolveType: (obj) => ('field' in obj && 'message' in obj ? 'RecoveryRejected' : 'Customer'),
};

export const setPreferredLanguage: MutationResolvers['setPreferredLanguage'] = async (_p, { customerId, language, note }, ctx) => {
  if (!['RELATIONSHIP_MANAGER', 'COLLECTOR', 'ADMIN'].includes(ctx.viewer.role)) throw forbidden(`a ${ctx.viewer.role} may not set a customer's language`);
  const id = customerIdOf(customerId);
  if (id === null) return { field: 'customerId', message: `"${customerId}" is not a customer id` };
  const result = await ctx.services.recovery.cases.setPreferredLanguage(ctx.viewer, id, language, note);
  if (!('field' in result)) ctx.services.hotReads.invalidate(ctx.viewer.tenantId, id);
  return result;
};
