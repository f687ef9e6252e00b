// Who may work recovery cases: collectors and admins. Relationship managers and analysts see a
// customer's loans, not the cases' collection detail.
import { forbidden } from '../../graphql/errors.js';
import type { GraphQLContext } from '../../graphql/context.js';
import type { Role } from '../../security/viewer.js';

const COLLECTION_ROLES: readonly Role[] = ['COLLECTOR', 'ADMIN'];

export function requireCollector(ctx: GraphQLContext, doing: string): void {
  if (!COLLECTION_ROLES.includes(ctx.viewer.role)) throw forbidden(`a ${ctx.viewer.role} may not ${doing}; collectors and admins may`);
}

export { requireAdmin } from '../base/access.js';

export const mayWorkCases = (ctx: GraphQLContext) => COLLECTION_ROLES.includes(ctx.viewer.role);
