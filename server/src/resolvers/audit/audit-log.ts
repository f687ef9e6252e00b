// Query.auditLog: the viewer's tenant's audit log, newest first, for admins (security/audit-log.ts).
import type { AuditLogFilter as AuditLogFilterInput, QueryResolvers } from '../../graphql/generated/resolvers-types.js';
import { badUserInput } from '../../graphql/errors.js';
import type { AuditLogFilter, AuditRow } from '../../security/audit-log.js';
import { requireAdmin } from '../base/access.js';
import { decodeIntCursor, encodeCursor, pageSize } from '../base/pagination.js';

const TEXT_FIELDS = ['action', 'actor', 'entityType', 'entityId'] as const;

export function auditFilter(f: AuditLogFilterInput | null | undefined): AuditLogFilter {
  const out: AuditLogFilter = {};
  if (!f) return out;
  for (const k of TEXT_FIELDS) {
    const v = f[k];
    if (v === null || v === undefined) continue;
    if (v.trim() === '') throw badUserInput(`filter.${k}`, 'must not be blank; leave it out to match any');
    out[k] = v.trim();
  }
  const from = f.from == null ? null : new Date(f.from);
  const to = f.to == null ? null : new Date(f.to);
  if (from && to && to.getTime() <= from.getTime()) throw badUserInput('filter.to', 'must be after filter.from');
  out.from = from;
  out.to = to;
  return out;
}

export function auditEventNode(r: AuditRow) {
  return {
    id: String(r.id),
    actor: r.actor,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    details: JSON.stringify(r.details),
    at: r.at,
    prevHash: r.prevHash,
    hash: r.hash,
  };
}

export const auditLog: QueryResolvers['auditLog'] = async (_p, args, ctx) => {
  requireAdmin(ctx, 'read the audit log');
  const first = pageSize(args.first);
  const beforeId = decodeIntCursor(args.after);
  const filter = auditFilter(args.filter);
  // Rows committed in the last moment are chained first, so that the page shows every hash.
  await ctx.services.audit.seal(ctx.services.database.db, ctx.viewer.tenantId);
  const { rows, hasNextPage } = await ctx.services.audit.list(ctx.services.database.db, ctx.viewer.tenantId, filter, { first, beforeId });
  const edges = rows.map((r) => ({ cursor: encodeCursor(r.id), node: auditEventNode(r) }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: beforeId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
};
