// Subscription.recoveryCaseUpdated: case changes of the viewer's tenant, or of one case; each
// event re-reads the case with fresh loaders. Only collectors and admins (FORBIDDEN closes 4403).
import { withFilter } from 'graphql-subscriptions';
import type { SubscriptionResolvers } from '../../graphql/generated/resolvers-types.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { badUserInput, forbidden } from '../../graphql/errors.js';
import { localIdOf } from '../../graphql/ids.js';
import { recoveryCaseTopic, type RecoveryCaseEvent } from '../../events/topics.js';
import { createLoaders } from '../../loaders/index.js';
import { mayWorkCases } from '../recovery/access.js';

type Args = { caseId?: string | null };

export const recoveryCaseUpdated: SubscriptionResolvers<GraphQLContext>['recoveryCaseUpdated'] = {
  subscribe: async (parent: unknown, args: Args, ctx: GraphQLContext, info: never) => {
    if (!mayWorkCases(ctx)) throw forbidden(`a ${ctx.viewer.role} may not follow recovery cases`);
    let caseId: number | null = null;
    if (args.caseId != null) {
      const local = localIdOf(args.caseId, 'RecoveryCase');
      if (local === null || !/^\d{1,15}$/.test(local)) throw badUserInput('caseId', `"${args.caseId}" is not a recovery case id`);
      caseId = Number(local);
      if (!(await ctx.loaders.recovery.recoveryCase.load(caseId))) throw forbidden(`recovery case "${args.caseId}" is not one of this tenant's`);
    }
    const subscribe = withFilter<RecoveryCaseEvent, Args, GraphQLContext>(
      () => ctx.services.events.engine.asyncIterableIterator(recoveryCaseTopic(ctx.viewer.tenantId)),
      (event) => event !== undefined && (caseId === null || event.caseId === caseId),
    );
    return subscribe(parent as never, args, ctx, info);
  },
  resolve: async (event: RecoveryCaseEvent, _args: unknown, ctx: GraphQLContext) => {
    ctx.loaders = createLoaders(ctx.services.database.db, ctx.viewer.tenantId, ctx.services.hotReads);
    const c = await ctx.loaders.recovery.recoveryCase.load(event.caseId);
    if (!c) throw new Error(`recovery case ${event.caseId} is no longer in the database`);
    return c;
  },
} as never;
