// Recommendation experiments through the graph: start and stop (ADMIN), list with live results
// (analysts and admins), the ranker in service, and each served recommendation's arm.
import type { GraphQLContext } from '../../graphql/context.js';
import { forbidden } from '../../graphql/errors.js';
import type {
  MutationResolvers,
  QueryResolvers,
  RankingModelResolvers,
  RecommendationExperimentResolvers,
  RecommendationExperimentResultResolvers,
  RecommendationResolvers,
} from '../../graphql/generated/resolvers-types.js';
import { toGlobalId } from '../../graphql/ids.js';
import type { RecommendationArmDefinition } from '../../domain/ranking/experiments.js';
import type { Role } from '../../security/viewer.js';
import { requireAdmin } from '../base/access.js';

const READERS: readonly Role[] = ['ANALYST', 'ADMIN'];

function requireReader(ctx: GraphQLContext): void {
  if (!READERS.includes(ctx.viewer.role)) throw forbidden(`a ${ctx.viewer.role} may not see recommendation experiments; analysts and admins may`);
}

export const RecommendationExperiment: RecommendationExperimentResolvers = {
  id: (e) => toGlobalId('RecommendationExperiment', e.id),
  status: (e) => e.status as never,
  arms: (e) => e.arms as RecommendationArmDefinition[],
  results: (e, _a, ctx) => ctx.services.recommendationExperiments.results(e),
};

export const RecommendationExperimentResult: RecommendationExperimentResultResolvers = {
  __resolveType: (obj) => ('field' in obj && 'message' in obj ? 'RecommendationExperimentRejected' : 'RecommendationExperiment'),
};

/** Reads NDCG@10 on exploration traffic out of the stored training figures. */
const ndcg10 = (metrics: Record<string, unknown>, key: string): number | null => {
  const m = metrics[key] as { exploration?: { ndcg?: Record<string, number> } } | null | undefined;
  return m?.exploration?.ndcg?.['10'] ?? null;
};

export const RankingModel: RankingModelResolvers = {
  ndcgAt10: (m) => ndcg10(m.metrics, 'learned'),
  popularityNdcgAt10: (m) => ndcg10(m.metrics, 'popularity'),
  rulesNdcgAt10: (m) => ndcg10(m.metrics, 'rules'),
  decision: (m) => String(m.metrics.decision ?? ''),
};

export const recommendationExperimentArm: Pick<RecommendationResolvers, 'experimentArm'> = {
  experimentArm: (r) => r.experimentArm ?? null,
};

export const recommendationExperiments: QueryResolvers['recommendationExperiments'] = async (_p, { first }, ctx) => {
  requireReader(ctx);
  return ctx.services.recommendationExperiments.list(ctx.viewer.tenantId, Math.min(Math.max(first ?? 20, 1), 100));
};

export const rankingModel: QueryResolvers['rankingModel'] = (_p, _a, ctx) => ctx.services.rankingModels.info;

export const startRecommendationExperiment: MutationResolvers['startRecommendationExperiment'] = async (_p, { input }, ctx) => {
  requireAdmin(ctx, 'start recommendation experiments');
  return ctx.services.recommendationExperiments.start(ctx.viewer, {
    name: input.name,
    hypothesis: input.hypothesis,
    arms: input.arms.map((a) => ({ name: a.name, weight: a.weight ?? 1, strategy: a.strategy })),
  });
};

export const stopRecommendationExperiment: MutationResolvers['stopRecommendationExperiment'] = async (_p, { id, note }, ctx) => {
  requireAdmin(ctx, 'stop recommendation experiments');
  return ctx.services.recommendationExperiments.stopExperiment(ctx.viewer, id, note);
};
