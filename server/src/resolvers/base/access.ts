// Role checks shared by resolvers of several domains.
import { forbidden } from '../../graphql/errors.js';
import type { GraphQLContext } from '../../graphql/context.js';

/** Configuration and experiments: ADMIN only. */
export function requireAdmin(ctx: GraphQLContext, doing: string): void {
  if (ctx.viewer.role !== 'ADMIN') throw forbidden(`only an ADMIN may ${doing}`);
}
