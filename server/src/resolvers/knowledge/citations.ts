// Decision.policyCitations and Recommendation.policyCitations: the policy passages a decision or a
// recommendation rests on, found from its outcome (or product) and its reasons.
import type { DecisionResolvers, RecommendationResolvers } from '../../graphql/generated/resolvers-types.js';
import { badUserInput } from '../../graphql/errors.js';
import { decisionCitationQuery, recommendationCitationQuery } from '../../knowledge/citation-queries.js';

const MAX_CITATIONS = 10;

function citationCount(first: number | null | undefined, fallback: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > MAX_CITATIONS) throw badUserInput('first', `must be between 1 and ${MAX_CITATIONS}, got ${n}`);
  return n;
}

export const decisionCitations: Pick<DecisionResolvers, 'policyCitations'> = {
  policyCitations: (d, { first }, ctx) => {
    const query = decisionCitationQuery({
      outcome: d.outcome,
      reasons: d.reasons as { code?: string; text?: string }[],
      counterOffer: d.counterOffer as { kind?: string } | null,
    });
    return ctx.services.knowledge.cite(query, citationCount(first, 3));
  },
};

export const recommendationCitations: Pick<RecommendationResolvers, 'policyCitations'> = {
  policyCitations: (r, { first }, ctx) => {
    const product = ctx.services.catalog.current.productById.get(r.productId);
    if (!product) throw new Error(`recommended unknown product ${r.productId}`);
    return ctx.services.knowledge.cite(recommendationCitationQuery({ product, reasons: r.reasons }), citationCount(first, 2));
  },
};
