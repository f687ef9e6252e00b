// Query.verifyAuditLog: walks the viewer's tenant's hash chain, for admins (security/audit-log.ts).
import type { QueryResolvers } from '../../graphql/generated/resolvers-types.js';
import { requireAdmin } from '../base/access.js';

export const verifyAuditLog: QueryResolvers['verifyAuditLog'] = async (_p, _args, ctx) => {
  requireAdmin(ctx, 'verify the audit log');
  return ctx.services.audit.verify(ctx.services.database.db, ctx.viewer.tenantId);
};
