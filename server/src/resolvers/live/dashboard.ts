// Subscription.dashboard: the tenant's KPIs, snapshot first, then coalesced updates.
import type { SubscriptionResolvers } from '../../graphql/generated/resolvers-types.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { forbidden } from '../../graphql/errors.js';
import { dashboardStream } from '../../events/kpi/dashboard-stream.js';
import type { DashboardSnapshot, KpiWindowName } from '../../events/kpi/types.js';
import type { Role } from '../../security/viewer.js';

export const MAY_WATCH_DASHBOARD: readonly Role[] = ['ANALYST', 'ADMIN'];

export const dashboard: SubscriptionResolvers<GraphQLContext>['dashboard'] = {
  subscribe: (_p, args, ctx) => {
    if (!MAY_WATCH_DASHBOARD.includes(ctx.viewer.role)) throw forbidden(`the dashboard is for analysts and admins, not a ${ctx.viewer.role}`);
    return dashboardStream(ctx.services.kpis, ctx.viewer.tenantId, (args.window ?? 'LAST_HOUR') as KpiWindowName) as never;
  },
  resolve: (snapshot: DashboardSnapshot) => snapshot,
};
