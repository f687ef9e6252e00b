// Subscription.applicationDecided: the tenant's topic, optionally filtered to one customer.
import { withFilter } from 'graphql-subscriptions';
import type { SubscriptionResolvers } from '../../graphql/generated/resolvers-types.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { badUserInput } from '../../graphql/errors.js';
import { customerIdOf } from '../../graphql/ids.js';
import { applicationDecidedTopic, type ApplicationDecidedEvent } from '../../events/topics.js';
import { createLoaders } from '../../loaders/index.js';

type Args = { customerId?: string | null };

const onlyTheCustomer = (event: ApplicationDecidedEvent | undefined, args: Args | undefined) =>
  args?.customerId == null || (event !== undefined && event.customerId === customerIdOf(args.customerId));

export const applicationDecided: SubscriptionResolvers<GraphQLContext>['applicationDecided'] = {
  subscribe: withFilter<ApplicationDecidedEvent, Args, GraphQLContext>((_p, args, ctx) => {
    const customerId = args?.customerId;
    if (customerId != null && customerIdOf(customerId) === null) throw badUserInput('customerId', `"${customerId}" is not a customer id`);
    return ctx!.services.events.engine.asyncIterableIterator(applicationDecidedTopic(ctx!.viewer.tenantId));
  }, onlyTheCustomer) as never,
  resolve: async (event: ApplicationDecidedEvent, _args: unknown, ctx: GraphQLContext) => {
    // Fresh loaders for each event: the subscription's context lives as long as the subscription.
    ctx.loaders = createLoaders(ctx.services.database.db, ctx.viewer.tenantId, ctx.services.hotReads);
    const application = await ctx.loaders.application.load(event.applicationId);
    if (!application) throw new Error(`decided application ${event.applicationId} is not in the database`);
    return application;
  },
};
