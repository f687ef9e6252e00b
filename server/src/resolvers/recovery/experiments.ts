// Collection-strategy experiments through the graph: start and stop (ADMIN), list and results
// (collectors, analysts, admins), and each case's arm.
import { forbidden } from '../../graphql/errors.js';
import type { GraphQLContext } from '../../graphql/context.js';
import type {
  CaseExperimentArmResolvers,
  ExperimentArmResolvers,
  ExperimentResultResolvers,
  MutationResolvers,
  QueryResolvers,
  RecoveryCaseResolvers,
  RecoveryExperimentResolvers,
} from '../../graphql/generated/resolvers-types.js';
import { toGlobalId } from '../../graphql/ids.js';
import { describeArm, type ExperimentArmDefinition } from '../../domain/recovery/experiment-outcomes.js';
import type { Role } from '../../security/viewer.js';
import { requireAdmin } from './access.js';

const READERS: readonly Role[] = ['COLLECTOR', 'ANALYST', 'ADMIN'];

function requireReader(ctx: GraphQLContext): void {
  if (!READERS.includes(ctx.viewer.role)) throw forbidden(`a ${ctx.viewer.role} may not see recovery experiments; collectors, analysts and admins may`);
}

export const RecoveryExperiment: RecoveryExperimentResolvers = {
  id: (e) => toGlobalId('RecoveryExperiment', e.id),
  primaryMetric: (e) => e.primaryMetric as never,
  status: (e) => e.status as never,
  arms: (e) => e.arms as ExperimentArmDefinition[],
  results: (e, _a, ctx) => ctx.services.recovery.experiments.results(e),
};

export const ExperimentArm: ExperimentArmResolvers = {
  description: (a) => describeArm(a),
};

export const CaseExperimentArm: CaseExperimentArmResolvers = {};

export const ExperimentResult: ExperimentResultResolvers = {
  __resolveType: (obj) => ('field' in obj && 'message' in obj ? 'RecoveryRejected' : 'RecoveryExperiment'),
};

export const caseExperimentArm: Pick<RecoveryCaseResolvers, 'experimentArm'> = {
  experimentArm: async (c, _a, ctx) => {
    const found = await ctx.loaders.recovery.enrolment.load(c.id);
    if (!found) return null;
    const arm = found.experiment.arms.find((a) => a.name === found.enrolment.arm);
    return arm ? { experiment: found.experiment, arm: arm as ExperimentArmDefinition } : null;
  },
};

export const recoveryExperiments: QueryResolvers['recoveryExperiments'] = async (_p, _a, ctx) => {
  requireReader(ctx);
  return ctx.services.recovery.experiments.list(ctx.viewer.tenantId);
};

export const recoveryExperiment: QueryResolvers['recoveryExperiment'] = async (_p, { id }, ctx) => {
  requireReader(ctx);
  return ctx.services.recovery.experiments.find(ctx.viewer.tenantId, id);
};

export const startRecoveryExperiment: MutationResolvers['startRecoveryExperiment'] = async (_p, { input }, ctx) => {
  requireAdmin(ctx, 'start recovery experiments');
  return ctx.services.recovery.experiments.start(ctx.viewer, {
    name: input.name,
    hypothesis: input.hypothesis,
    primaryMetric: input.primaryMetric ?? 'CURE_RATE',
    enrolOpenCases: input.enrolOpenCases ?? false,
    arms: input.arms.map((a) => ({ name: a.name, weight: a.weight ?? 1, tone: a.tone ?? null, planKind: a.planKind ?? null })),
  });
};

export const stopRecoveryExperiment: MutationResolvers['stopRecoveryExperiment'] = async (_p, { id, note }, ctx) => {
  requireAdmin(ctx, 'stop recovery experiments');
  return ctx.services.recovery.experiments.stop(ctx.viewer, id, note);
};
