// The collectors' case queue, one case, and the escalation rules.
import type { QueryResolvers, RecoveryCaseFilter } from '../../graphql/generated/resolvers-types.js';
import { badUserInput, forbidden } from '../../graphql/errors.js';
import type { Viewer } from '../../security/viewer.js';
import { mayWorkCase } from '../../services/recovery/case-visibility.js';
import { localIdOf } from '../../graphql/ids.js';
import { caseQueue, type CaseQueueFilter } from '../../repositories/recovery.js';
import { decodeCursor, encodeCursor, pageSize } from '../base/pagination.js';
import { requireAdmin, requireCollector } from './access.js';

function queueFilter(f: RecoveryCaseFilter | null | undefined, viewer: Viewer): CaseQueueFilter {
  const given = f?.assignedTo?.trim();
  if (given !== undefined && (given.length === 0 || given.length > 200)) throw badUserInput('filter.assignedTo', 'must be 1 to 200 characters');
  const named = given === 'me' ? viewer.userId : given;
  // A collector's queue is their own cases (case-visibility.ts), whatever the filter; naming another's is refused.
  if (viewer.role === 'COLLECTOR' && named !== undefined && named !== viewer.userId) {
    throw forbidden(`a COLLECTOR sees only the cases assigned to them, not ${named}'s; leave filter.assignedTo out or use "me"`);
  }
  const assignedTo = viewer.role === 'COLLECTOR' ? viewer.userId : named;
  return {
    status: f?.status ?? 'OPEN',
    stage: f?.stage ?? null,
    strategy: f?.strategy ?? null,
    bucket: f?.bucket ?? null,
    handedOver: f?.handedOver ?? null,
    assignedTo: assignedTo ?? null,
  };
}

/** Cursor: the last row's priority and id. */
function decodeQueueCursor(after: string | null | undefined): { priority: number; id: number } | null {
  const key = decodeCursor(after);
  if (key === null) return null;
  const m = /^(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\/(\d{1,15})$/.exec(key);
  if (!m) throw badUserInput('after', 'is not a cursor returned by this connection');
  return { priority: Number(m[1]), id: Number(m[2]) };
}

export const recoveryCases: QueryResolvers['recoveryCases'] = async (_p, args, ctx) => {
  requireCollector(ctx, 'see the recovery case queue');
  const first = pageSize(args.first);
  const { rows, hasNextPage, totalCount } = await caseQueue(ctx.services.database.db, ctx.viewer.tenantId, queueFilter(args.filter, ctx.viewer), first, decodeQueueCursor(args.after));
  for (const r of rows) ctx.loaders.recovery.recoveryCase.prime(r.id, r);
  const edges = rows.map((node) => ({ cursor: encodeCursor(`${node.priority}/${node.id}`), node }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage, hasPreviousPage: args.after != null, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
};

export const recoveryCase: QueryResolvers['recoveryCase'] = async (_p, { id }, ctx) => {
  requireCollector(ctx, 'see recovery cases');
  const local = localIdOf(id, 'RecoveryCase');
  if (local === null || !/^\d{1,15}$/.test(local)) return null;
  // Another collector's case reads as no case, as another tenant's does.
  const c = await ctx.loaders.recovery.recoveryCase.load(Number(local));
  return c && mayWorkCase(ctx.viewer, c) ? c : null;
};

export const escalationRules: QueryResolvers['escalationRules'] = async (_p, _a, ctx) => {
  requireCollector(ctx, 'see the escalation rules');
  return ctx.services.recovery.rules.current(ctx.viewer.tenantId);
};

export const escalationRuleHistory: QueryResolvers['escalationRuleHistory'] = async (_p, _a, ctx) => {
  requireAdmin(ctx, 'see the history of the escalation rules');
  return ctx.services.recovery.rules.history(ctx.viewer.tenantId);
};

