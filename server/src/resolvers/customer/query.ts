import type { CustomerFilter, QueryResolvers } from '../../graphql/generated/resolvers-types.js';
import { badUserInput } from '../../graphql/errors.js';
import { customerIdOf } from '../../graphql/ids.js';
import { REGIONS, SEGMENTS, SEGMENT_LABELS, canonicalRegion } from '../../domain/reference.js';
import { countCustomers, listCustomers, type CustomerListFilter } from '../../repositories/customers.js';
import { decodeIntCursor, encodeCursor, pageSize } from '../base/pagination.js';
import { clusterFilterOf } from '../segments/segments.js';

function customerFilter(f: CustomerFilter | null | undefined): CustomerListFilter {
  if (!f) return {};
  const out: CustomerListFilter = {};
  const search = f.search?.trim();
  if (search) {
    if (search.length > 100) throw badUserInput('filter.search', 'must be at most 100 characters');
    out.search = search;
  }
  if (f.segment) {
    const segment = f.segment.trim().toUpperCase();
    if (!(SEGMENTS as readonly string[]).includes(segment)) {
      throw badUserInput('filter.segment', `unknown segment "${f.segment}"; one of ${SEGMENTS.join(', ')}`);
    }
    out.segment = segment;
  }
  if (f.region) {
    const region = canonicalRegion(f.region);
    if (!region) throw badUserInput('filter.region', `unknown region "${f.region}"; one of ${REGIONS.join(', ')}`);
    out.region = region;
  }
  if (f.kind) out.kind = f.kind;
  return out;
}

export const customers: QueryResolvers['customers'] = async (_p, args, ctx) => {
  const first = pageSize(args.first);
  const afterId = decodeIntCursor(args.after);
  const filter = customerFilter(args.filter);
  if (args.filter?.cluster) filter.cluster = clusterFilterOf(ctx, args.filter.cluster);
  const { db } = ctx.services.database;
  const { rows, hasNextPage } = await listCustomers(db, ctx.viewer.tenantId, filter, { first, afterId });
  // Rows of this page are primed so that fields resolved later reuse them.
  for (const r of rows) ctx.loaders.customer.prime(r.id, r);
  const edges = rows.map((node) => ({ cursor: encodeCursor(node.id), node }));
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: afterId !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    // Counted only when asked for: a count over a large tenant is the costly part of a page.
    get totalCount() {
      return (total ??= countCustomers(db, ctx.viewer.tenantId, filter));
    },
  } as never;
};

export const customer: QueryResolvers['customer'] = async (_p, { id }, ctx) => {
  const cid = customerIdOf(id);
  return cid === null ? null : ctx.loaders.customer.load(cid);
};

export const segments: QueryResolvers['segments'] = () => SEGMENTS.map((code) => ({ code, label: SEGMENT_LABELS[code] }));

export const regions: QueryResolvers['regions'] = () => [...REGIONS];
