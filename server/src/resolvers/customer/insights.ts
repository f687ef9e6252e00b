// Customer.insights: three strategic insights (engagement, product discovery, service) from the
// rules in domain/insights over the customer's cluster, spending, holdings, gaps, feedback and
// recent interactions. Same roles as Customer.recommendations; the cluster is used only by roles
// that may read segments (as in gapAnalysis). On a page of customers, holdings, cluster
// assignments and interaction counts are each read for the whole page in one statement.
import DataLoader from 'dataloader';
import type { CustomerResolvers } from '../../graphql/generated/resolvers-types.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { customerInsights, type Insight, type InsightGap, type InsightProduct, type InteractionCounts } from '../../domain/insights/index.js';
import { EMPTY_FEEDBACK } from '../../domain/recommendation/feedback.js';
import { SEGMENT_LABELS, type Segment } from '../../domain/reference.js';
import type { CustomerRow } from '../../repositories/customers.js';
import { interactionCountsByCustomerIds } from '../../repositories/interaction-counts.js';
import { requireConsent } from '../../services/consents.js';
import type { Role } from '../../security/viewer.js';
import { clusterOf, gapsOf } from '../segments/segments.js';

/** Interactions counted for the engagement insight. */
export const INTERACTION_WINDOW_DAYS = 90;
/** Gaps considered for discovery (more than gapAnalysis's default, so that feedback leaves some). */
const GAP_CANDIDATES = 10;
/** The roles that may read segments (server/src/resolvers/segments/segments.ts). */
const MAY_READ_CLUSTERS: readonly Role[] = ['ANALYST', 'ADMIN', 'RELATIONSHIP_MANAGER'];

const counters = new WeakMap<GraphQLContext, DataLoader<number, InteractionCounts>>();

function interactionCounts(ctx: GraphQLContext): DataLoader<number, InteractionCounts> {
  let l = counters.get(ctx);
  if (!l) {
    l = new DataLoader(async (ids) => {
      const since = new Date(Date.now() - INTERACTION_WINDOW_DAYS * 86_400_000);
      const found = await interactionCountsByCustomerIds(ctx.services.database.db, ctx.viewer.tenantId, ids, since);
      return ids.map((id) => {
        const k = found.get(id);
        const n = (kind: string) => k?.get(kind) ?? 0;
        return { views: n('VIEW'), clicks: n('CLICK'), dismissals: n('DISMISS'), applies: n('APPLY'), days: INTERACTION_WINDOW_DAYS };
      });
    });
    counters.set(ctx, l);
  }
  return l;
}

export const customerInsightFields: Pick<CustomerResolvers, 'insights'> = {
  insights: (c, _a, ctx) => insightsOf(c, ctx),
};

/**
 * The customer's three insights, as Customer.insights gives them (also the meeting pack's).
 * Deriving them is RECOMMENDATION processing: refused with CONSENT_REQUIRED before anything is read.
 */
export async function insightsOf(c: CustomerRow, ctx: GraphQLContext): Promise<Insight[]> {
  requireConsent(c, 'RECOMMENDATION');
  const tenantId = ctx.viewer.tenantId;
  const byId = ctx.services.catalog.current.productById;
  const productOf = (id: string): InsightProduct | null => {
    const p = byId.get(id);
    return p ? { id: p.id, name: p.name, category: p.category, tags: p.tags } : null;
  };
  const mayReadClusters = MAY_READ_CLUSTERS.includes(ctx.viewer.role);
  const [held, record, counts] = await Promise.all([
    ctx.loaders.holdings.load(c.id),
    mayReadClusters ? clusterOf(c, ctx) : Promise.resolve(null),
    interactionCounts(ctx).load(c.id),
  ]);
  const profile = ctx.services.recommendations.profileOfCustomer(c, held);
  const segmentIds = ctx.services.recommendations.productGaps(tenantId, profile, GAP_CANDIDATES);
  const gapViews = await gapsOf(c, ctx, GAP_CANDIDATES, segmentIds);
  const segmentLabel = SEGMENT_LABELS[c.segment as Segment] ?? c.segment;
  const gaps: InsightGap[] = gapViews.flatMap((g) => {
    const product = productOf(g.productId);
    if (!product) return [];
    const group = g.basis === 'CLUSTER' && record ? record.cluster.name : `${segmentLabel.toLowerCase()} customers`;
    return [{ product, basis: g.basis, share: g.share, group }];
  });
  const feedback = c.feedbackState ?? EMPTY_FEEDBACK;
  return customerInsights({
    kind: c.kind as 'INDIVIDUAL' | 'BUSINESS',
    segmentLabel,
    creditScore: c.creditScore,
    cluster: record ? { name: record.cluster.name, tags: record.cluster.tags } : null,
    spend: c.spendProfile ?? null,
    holdings: held.flatMap((h) => productOf(h.productId) ?? []),
    gaps,
    feedback: { likedTags: feedback.likedTags, dislikedTags: feedback.dislikedTags, interests: feedback.interests },
    interactions: counts,
  });
}
