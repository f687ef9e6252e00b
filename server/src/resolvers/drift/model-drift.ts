// Query.modelDrift (schema/drift.graphql): PSI of each active model's features and score over the
// viewer's tenant's recent window (services/model-drift.ts).
import type { QueryResolvers } from '../../graphql/generated/resolvers-types.js';
import { badUserInput, forbidden } from '../../graphql/errors.js';
import { DEFAULT_WINDOW_DAYS, MAX_WINDOW_DAYS, MAY_VIEW_DRIFT } from '../../services/model-drift.js';

export const modelDrift: QueryResolvers['modelDrift'] = async (_p, args, ctx) => {
  if (!MAY_VIEW_DRIFT.includes(ctx.viewer.role)) throw forbidden(`model drift is for analysts and admins, not a ${ctx.viewer.role}`);
  const windowDays = args.windowDays ?? DEFAULT_WINDOW_DAYS;
  if (!(Number.isInteger(windowDays) && windowDays >= 1 && windowDays <= MAX_WINDOW_DAYS)) throw badUserInput('windowDays', `must be a whole number of days from 1 to ${MAX_WINDOW_DAYS}, got ${windowDays}`);
  return ctx.services.modelDrift.report(ctx.viewer.tenantId, windowDays);
};
