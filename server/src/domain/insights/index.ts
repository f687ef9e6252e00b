// Strategic insights for a relationship manager (Customer.insights): an engagement strategy, a
// product discovery and a service optimisation, each from rules over the customer's segment,
// behaviour, gaps and feedback, each citing the facts it rests on. Pure: no GraphQL, no SQL.
import { discoveryInsight } from './discovery.js';
import { engagementInsight } from './engagement.js';
import { serviceInsight } from './service.js';
import type { Insight, InsightInput } from './types.js';

export { candidateGaps, discoveryInsight } from './discovery.js';
export { engagementInsight } from './engagement.js';
export { serviceInsight } from './service.js';
export type { FactSource, Insight, InsightFact, InsightGap, InsightInput, InsightKind, InsightProduct, InteractionCounts } from './types.js';

/** The three insights, in the order ENGAGEMENT_STRATEGY, PRODUCT_DISCOVERY, SERVICE_OPTIMISATION. */
export function customerInsights(input: InsightInput): Insight[] {
  return [engagementInsight(input), discoveryInsight(input), serviceInsight(input)];
}
