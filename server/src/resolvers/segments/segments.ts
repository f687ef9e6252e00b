// Customer segments in the graph: Customer.cluster, Customer.gapAnalysis, Query.customerClusters.
// A customer's cluster is its stored assignment under the tenant's active model, read for a whole
// page in one statement (a per-request DataLoader), or the nearest stored centroid when it has
// none (customers added after training).
import DataLoader from 'dataloader';
import type { CustomerResolvers, QueryResolvers, ResolversTypes } from '../../graphql/generated/resolvers-types.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { badUserInput, forbidden } from '../../graphql/errors.js';
import { clusterGaps } from '../../domain/segments/index.js';
import type { SegmentCluster } from '../../domain/segments/index.js';
import { SEGMENT_LABELS, type Segment } from '../../domain/reference.js';
import { DEFAULT_CONFIG } from '../../domain/recommendation/weights.js';
import type { CustomerRow } from '../../repositories/customers.js';
import { segmentAssignments } from '../../repositories/segments.js';
import { requireConsent } from '../../services/consents.js';
import type { CustomerClusterRecord } from '../../services/segments.js';
import type { Role } from '../../security/viewer.js';

/** Who may read segments: the people who look at customers as a book (collectors work cases). */
const MAY_READ: readonly Role[] = ['ANALYST', 'ADMIN', 'RELATIONSHIP_MANAGER'];

function checkRole(ctx: GraphQLContext): void {
  if (!MAY_READ.includes(ctx.viewer.role)) throw forbidden(`a ${ctx.viewer.role} may not read customer segments; analysts, admins and relationship managers may`);
}

type Assignment = { cluster: number; distance: number } | null;
const loaders = new WeakMap<GraphQLContext, DataLoader<number, Assignment>>();
const records = new WeakMap<GraphQLContext, Map<number, Promise<CustomerClusterRecord | null>>>();

function assignmentLoader(ctx: GraphQLContext, version: string): DataLoader<number, Assignment> {
  let l = loaders.get(ctx);
  if (!l) {
    l = new DataLoader(async (ids) => {
      const found = await segmentAssignments(ctx.services.database.db, version, ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    loaders.set(ctx, l);
  }
  return l;
}

/** The customer's cluster under the tenant's active model (once per customer per request). */
export function clusterOf(c: CustomerRow, ctx: GraphQLContext): Promise<CustomerClusterRecord | null> {
  let perRequest = records.get(ctx);
  if (!perRequest) records.set(ctx, (perRequest = new Map()));
  let p = perRequest.get(c.id);
  if (!p) {
    p = (async () => {
      const tenantId = ctx.viewer.tenantId;
      const model = ctx.services.segments.modelOf(tenantId);
      if (!model) return null;
      const stored = await assignmentLoader(ctx, model.version).load(c.id);
      if (stored && model.data.clusters[stored.cluster]) {
        return { modelVersion: model.version, cluster: model.data.clusters[stored.cluster], distance: stored.distance, assignedOnRead: false };
      }
      const held = await ctx.loaders.holdings.load(c.id);
      const byId = ctx.services.catalog.current.productById;
      return ctx.services.segments.assignNow(tenantId, c, held, (id) => byId.get(id)?.category);
    })();
    perRequest.set(c.id, p);
  }
  return p;
}

export const clusterId = (modelVersion: string, index: number) => `${modelVersion}#${index}`;

function clusterView(modelVersion: string, cl: SegmentCluster, extra: { distance?: number; assignedOnRead?: boolean } = {}): ResolversTypes['CustomerCluster'] {
  return {
    id: clusterId(modelVersion, cl.index),
    name: cl.name,
    tags: cl.tags,
    facts: cl.facts,
    description: `${cl.size} customers${cl.facts.length > 0 ? `: ${cl.facts.join(', ')}` : ''}`,
    size: cl.size,
    modelVersion,
    distance: extra.distance ?? null,
    assignedOnRead: extra.assignedOnRead ?? null,
  };
}

export interface GapView {
  productId: string;
  basis: 'CLUSTER' | 'SEGMENT';
  share: number;
  reason: string;
}

/** Gaps from the customer's cluster first, then from its segment (a product once), at most `limit`. */
export async function gapsOf(c: CustomerRow, ctx: GraphQLContext, limit: number, segmentGapIds: readonly string[]): Promise<GapView[]> {
  const tenantId = ctx.viewer.tenantId;
  const snapshot = ctx.services.catalog.current;
  const offered = snapshot.offeredByTenant.get(tenantId) ?? new Set<string>();
  const out: GapView[] = [];
  const seen = new Set<string>();
  const mayReadClusters = MAY_READ.includes(ctx.viewer.role);
  const record = mayReadClusters ? await clusterOf(c, ctx) : null;
  if (record) {
    const held = await ctx.loaders.holdings.load(c.id);
    const gaps = clusterGaps(
      record.cluster,
      { kind: c.kind, heldProductIds: held.map((h) => h.productId) },
      (id) => snapshot.productById.get(id),
      (id) => offered.has(id),
      { threshold: 0.5, minClusterSize: DEFAULT_CONFIG.peers.minSegmentSize, limit },
    );
    for (const g of gaps) {
      seen.add(g.productId);
      out.push({ productId: g.productId, basis: 'CLUSTER', share: g.share, reason: g.reason });
    }
  }
  const seg = ctx.services.catalog.peersOf(tenantId).segments.get(c.segment);
  const label = (SEGMENT_LABELS[c.segment as Segment] ?? c.segment).toLowerCase();
  for (const id of segmentGapIds) {
    if (out.length >= limit) break;
    if (seen.has(id)) continue;
    const p = snapshot.productById.get(id);
    if (!p) continue;
    const share = seg && seg.size > 0 ? (seg.holders.get(id) ?? 0) / seg.size : 0;
    seen.add(id);
    out.push({ productId: id, basis: 'SEGMENT', share: Math.round(share * 10_000) / 10_000, reason: `${Math.round(share * 100)}% of ${label} customers hold ${p.name}` });
  }
  return out.slice(0, limit);
}

export const customerSegmentFields: Pick<CustomerResolvers, 'cluster' | 'gapAnalysis'> = {
  cluster: async (c, _a, ctx) => {
    checkRole(ctx);
    const r = await clusterOf(c, ctx);
    return r ? clusterView(r.modelVersion, r.cluster, { distance: r.distance, assignedOnRead: r.assignedOnRead }) : null;
  },
  gapAnalysis: async (c, { limit }, ctx) => {
    const n = limit ?? 5;
    if (!Number.isInteger(n) || n < 1 || n > 20) throw badUserInput('limit', 'must be an integer from 1 to 20');
    // Gaps are suggestions derived from the customer's data: RECOMMENDATION processing.
    requireConsent(c, 'RECOMMENDATION');
    const held = await ctx.loaders.holdings.load(c.id);
    const profile = ctx.services.recommendations.profileOfCustomer(c, held);
    const segmentIds = ctx.services.recommendations.productGaps(ctx.viewer.tenantId, profile, n);
    const gaps = await gapsOf(c, ctx, n, segmentIds);
    const byId = ctx.services.catalog.current.productById;
    return gaps.flatMap((g) => {
      const product = byId.get(g.productId);
      return product ? [{ product, basis: g.basis, share: g.share, reason: g.reason }] : [];
    });
  },
};

export const customerClusters: QueryResolvers['customerClusters'] = (_p, _a, ctx) => {
  checkRole(ctx);
  const model = ctx.services.segments.modelOf(ctx.viewer.tenantId);
  return model ? model.data.clusters.map((cl) => clusterView(model.version, cl)) : [];
};

/** The cluster index of a CustomerCluster id of the tenant's active model (for the customers filter). */
export function clusterFilterOf(ctx: GraphQLContext, id: string): { modelVersion: string; cluster: number } {
  const model = ctx.services.segments.modelOf(ctx.viewer.tenantId);
  const sep = id.lastIndexOf('#');
  const version = sep > 0 ? id.slice(0, sep) : '';
  const index = Number(id.slice(sep + 1));
  if (!model) throw badUserInput('filter.cluster', 'no segmentation model is trained yet (npm run train:segments)');
  if (version !== model.version || !Number.isInteger(index) || !model.data.clusters[index]) {
    throw badUserInput('filter.cluster', `unknown cluster "${id}"; see customerClusters for the clusters of model ${model.version}`);
  }
  return { modelVersion: model.version, cluster: index };
}
