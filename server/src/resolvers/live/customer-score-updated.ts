// Subscription.customerScoreUpdated: one customer of the viewer's tenant; another tenant's (or an
// unknown) customer is FORBIDDEN, which closes the socket with 4403.
import { withFilter } from 'graphql-subscriptions';
import type { SubscriptionResolvers } from '../../graphql/generated/resolvers-types.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { badUserInput, forbidden } from '../../graphql/errors.js';
import { customerIdOf } from '../../graphql/ids.js';
import { customerScoreTopic, type CustomerScoreEvent } from '../../events/topics.js';
import { createLoaders } from '../../loaders/index.js';
import { readCustomerScore } from '../../services/customer-scores.js';

type Args = { customerId: string };

export const customerScoreUpdated: SubscriptionResolvers<GraphQLContext>['customerScoreUpdated'] = {
  subscribe: async (parent: unknown, args: Args, ctx: GraphQLContext, info: never) => {
    const customerId = customerIdOf(args.customerId);
    if (customerId === null) throw badUserInput('customerId', `"${args.customerId}" is not a customer id`);
    if (!(await ctx.loaders.customer.load(customerId))) throw forbidden(`customer "${args.customerId}" is not one of this tenant's customers`);
    const subscribe = withFilter<CustomerScoreEvent, Args, GraphQLContext>(
      () => ctx.services.events.engine.asyncIterableIterator(customerScoreTopic(ctx.viewer.tenantId)),
      (event) => event?.customerId === customerId,
    );
    return subscribe(parent as never, args, ctx, info);
  },
  resolve: async (event: CustomerScoreEvent, _args: unknown, ctx: GraphQLContext) => {
    // Fresh loaders for each event: the subscription's context lives as long as the subscription.
    ctx.loaders = createLoaders(ctx.services.database.db, ctx.viewer.tenantId, ctx.services.hotReads);
    const customer = await ctx.loaders.customer.load(event.customerId);
    if (!customer) throw new Error(`customer ${event.customerId} is no longer in the database`);
    return readCustomerScore(ctx.services.database.db, ctx.viewer.tenantId, customer, event.cause, new Date(event.changedAt));
  },
} as never;
