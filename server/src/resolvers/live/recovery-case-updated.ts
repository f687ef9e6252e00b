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
import { casesByIds } from '../../repositories/recovery.js';
import { mayWorkCase } from '../../services/recovery/case-visibility.js';

type Args = { caseId?: string | null };

export const recoveryCaseUpdated: SubscriptionResolvers<GraphQLContext>['recoveryCaseUpdated'] = {
  subscribe: async (parent: unknown, args: Args, ctx: GraphQLContext, info: never) => {
    if (!mayWorkCases(ctx)) throw forbidden(`a ${ctx.viewer.role} may not follow recovery cases`);
    let caseId: number | null = null;
    if (args.caseId != null) {
      const local = localIdOf(args.caseId, 'RecoveryCase');
      if (local === null || !/^\d{1,15}$/.test(local)) throw badUserInput('caseId', `"${args.caseId}" is not a recovery case id`);
      caseId = Number(local);
      const c = await ctx.loaders.recovery.recoveryCase.load(caseId);
      if (!c || !mayWorkCase(ctx.viewer, c)) throw forbidden(`recovery case "${args.caseId}" is not one of this tenant's cases that you work`);
    }
    const subscribe = withFilter<RecoveryCaseEvent, Args, GraphQLContext>(
      () => ctx.services.events.engine.asyncIterableIterator(recoveryCaseTopic(ctx.viewer.tenantId)),
      async (event) => {
        if (event === undefined || (caseId !== null && event.caseId !== caseId)) return false;
        if (ctx.viewer.role !== 'COLLECTOR') return true;
        // A collector follows only their own cases: the case is read fresh, as it may have been reassigned.
        const [c] = await casesByIds(ctx.services.database.db, ctx.viewer.tenantId, [event.caseId]);
        return c !== undefined && mayWorkCase(ctx.viewer, c);
      },
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
