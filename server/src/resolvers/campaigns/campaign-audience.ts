// Query.campaignAudience (schema/campaigns.graphql): a product's campaign audience as a connection.
// The cursor is the member's position key (confidence, customer id), so a page follows the one
// before it even when the audience was rescored in between.
import type { CampaignAudienceMemberResolvers, QueryResolvers } from '../../graphql/generated/resolvers-types.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { badUserInput, forbidden } from '../../graphql/errors.js';
import { MAY_TARGET, checkAudienceArgs, compareMembers } from '../../services/campaigns.js';
import { decodeCursor, encodeCursor, pageSize } from '../base/pagination.js';

function checkRole(ctx: GraphQLContext): void {
  if (!MAY_TARGET.includes(ctx.viewer.role)) {
    throw forbidden(`a ${ctx.viewer.role} may not build campaign audiences; analysts, admins and relationship managers may`);
  }
}

const cursorOf = (m: { confidence: number; customer: { id: number } }) => encodeCursor(`${m.confidence}:${m.customer.id}`);

function positionOf(after: string | null | undefined): { confidence: number; customer: { id: number } } | null {
  const key = decodeCursor(after);
  if (key === null) return null;
  const m = /^(\d{1,3}(?:\.\d+)?):(\d{1,10})$/.exec(key);
  if (!m) throw badUserInput('after', 'is not a cursor returned by this connection');
  return { confidence: Number(m[1]), customer: { id: Number(m[2]) } };
}

export const campaignAudience: QueryResolvers['campaignAudience'] = async (_p, args, ctx) => {
  checkRole(ctx);
  const tenantId = ctx.viewer.tenantId;
  const checked = checkAudienceArgs(ctx.services.catalog, tenantId, { productId: args.productId, minConfidence: args.minConfidence ?? undefined, topK: args.topK ?? undefined });
  if (!checked.ok) throw badUserInput(checked.field, checked.message);
  const first = pageSize(args.first);
  const after = positionOf(args.after);

  const audience = await ctx.services.campaigns.audience(tenantId, checked.productId, { minConfidence: checked.minConfidence, topK: checked.topK });
  const all = audience.members;
  let start = 0;
  if (after) {
    // The first member after the cursor's position (binary search: members are in that order).
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareMembers(all[mid], after) <= 0) lo = mid + 1;
      else hi = mid;
    }
    start = lo;
  }
  const page = all.slice(start, start + first);
  // Customers of this page in the per-request loader too, for fields that load them again.
  for (const m of page) ctx.loaders.customer.prime(m.customer.id, m.customer);
  return {
    edges: page.map((m) => ({ cursor: cursorOf(m), node: m })),
    pageInfo: {
      hasNextPage: start + first < all.length,
      hasPreviousPage: start > 0,
      startCursor: page.length > 0 ? cursorOf(page[0]) : null,
      endCursor: page.length > 0 ? cursorOf(page[page.length - 1]) : null,
    },
    totalCount: all.length,
    withoutConsent: audience.withoutConsent,
  };
};

export const CampaignAudienceMember: CampaignAudienceMemberResolvers = {
  customer: (m) => m.customer,
};
