// Query.scenario: a customer's recommendations and credit decision as on record and with some
// facts changed, side by side. Nothing is written: no application, no served recommendation,
// no hot-read cache entry for the changed profile.
import type { QueryResolvers, RecommendationChangeResolvers } from '../../graphql/generated/resolvers-types.js';
import { badUserInput, forbidden } from '../../graphql/errors.js';
import { customerIdOf, fromGlobalId } from '../../graphql/ids.js';
import { creditTerms } from '../../domain/credit/credit-terms.js';
import { validateK } from '../../domain/profile-input.js';
import type { ScoredProduct } from '../../domain/recommendation/types.js';
import { applyChanges, describeChanges, diffDecisions, diffRecommendations, validateScenarioChanges } from '../../domain/scenario/scenario.js';
import type { Role } from '../../security/viewer.js';
import type { ProductAudience } from '../../domain/reference.js';
import { requireConsent } from '../../services/consents.js';

/** Recommendations are readable by these roles; a what-if adds nothing they could not see. */
const MAY_RUN_SCENARIOS: readonly Role[] = ['RELATIONSHIP_MANAGER', 'ANALYST', 'ADMIN'];
/** Term of the what-if application when none is given, kept within the product's range. */
const DEFAULT_TERM_MONTHS = 12;

const served = (recs: ScoredProduct[], modelVersion: string) => recs.map((r) => ({ ...r, modelVersion, experimentArm: null }));

export const scenario: QueryResolvers['scenario'] = async (_p, args, ctx) => {
  if (!MAY_RUN_SCENARIOS.includes(ctx.viewer.role)) throw forbidden(`a ${ctx.viewer.role} may not run what-if scenarios`);
  const checkedK = validateK(args.k ?? 5);
  if (!checkedK.ok) throw badUserInput(checkedK.field, checkedK.message);
  const id = customerIdOf(args.customerId);
  const customer = id === null ? null : await ctx.loaders.customer.load(id);
  if (!customer) throw badUserInput('customerId', `no customer with id "${args.customerId}"`);
  const checked = validateScenarioChanges(args.changes, customer.kind);
  if (!checked.ok) throw badUserInput(checked.field, checked.message);
  const changes = checked.value;
  const wantsDecision = args.productId != null || args.amount != null || args.termMonths != null;
  if (wantsDecision && args.productId == null) throw badUserInput('productId', 'is needed for a credit decision (with amount)');
  if (wantsDecision && args.amount == null) throw badUserInput('amount', 'is needed for a credit decision (with productId)');
  // Both sides rank the stored customer; a decision asks the bureau about them.
  requireConsent(customer, 'RECOMMENDATION');
  if (wantsDecision) requireConsent(customer, 'CREDIT_CHECK');

  const { recommendations, credit, catalog } = ctx.services;
  const tenantId = ctx.viewer.tenantId;
  const held = await ctx.loaders.holdings.load(customer.id);
  const before = recommendations.profileOfCustomer(customer, held);
  const after = applyChanges(before, changes);
  const k = checkedK.value;
  // The profile as on record ranks as Customer.recommendations would (its cache entry is the real one), unlogged.
  const recsBefore = recommendations.rank(tenantId, before, k);
  const recsAfter = await recommendations.rankWhatIf(tenantId, after, k, changes.goals !== undefined && changes.goals !== before.goals.trim());

  let decisions = null;
  if (wantsDecision) {
    const product = args.productId!;
    const g = fromGlobalId(product);
    const found = catalog.productForTenant(tenantId, g?.type === 'Product' ? g.localId : product);
    const terms = found ? creditTerms(found) : null;
    const termMonths = args.termMonths ?? (terms ? Math.min(Math.max(DEFAULT_TERM_MONTHS, terms.minTermMonths), terms.maxTermMonths) : DEFAULT_TERM_MONTHS);
    const r = await credit.evaluateScenario(tenantId, customer, applyChanges(customer, changes), { productId: product, amount: args.amount!, termMonths });
    if ('field' in r) throw badUserInput(r.field, r.message);
    decisions = r;
  }

  const described = describeChanges(before, changes);
  const productById = catalog.current.productById;
  return {
    before: { recommendations: served(recsBefore, ctx.services.recommendations.servingVersion), decision: decisions?.before ?? null },
    after: { recommendations: served(recsAfter, ctx.services.recommendations.servingVersion), decision: decisions?.after ?? null },
    changes: described,
    recommendationChanges: diffRecommendations(recsBefore, recsAfter, { before, after }, (pid) => {
      const p = productById.get(pid);
      return p && { ...p, customerKind: p.customerKind as ProductAudience };
    }, described),
    decisionChange: decisions ? diffDecisions(decisions.before, decisions.after) : null,
  };
};

export const RecommendationChange: RecommendationChangeResolvers = {
  product: (c, _a, ctx) => {
    const p = ctx.services.catalog.current.productById.get(c.productId);
    if (!p) throw new Error(`scenario names unknown product ${c.productId}`);
    return p;
  },
};
