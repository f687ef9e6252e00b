import type { CreditLimitResolvers, CustomerResolvers, MutationResolvers, ProductResolvers, QueryResolvers } from '../../graphql/generated/resolvers-types.js';
import { forbidden } from '../../graphql/errors.js';
import { creditTerms } from '../../domain/credit/credit-terms.js';
import { applicationsOfCustomer, creditLimitChangesOf, creditLimitOf } from '../../repositories/credit.js';
import type { Role } from '../../security/viewer.js';

/** Who may submit applications: people who deal with applicants (and admins). */
const MAY_APPLY: readonly Role[] = ['RELATIONSHIP_MANAGER', 'ADMIN'];

export const submitLoanApplication: MutationResolvers['submitLoanApplication'] = async (_p, { input, idempotencyKey }, ctx) => {
  if (!MAY_APPLY.includes(ctx.viewer.role)) throw forbidden(`a ${ctx.viewer.role} may not submit applications`);
  return ctx.services.credit.submit(ctx.viewer, input, idempotencyKey, (id) => ctx.loaders.customer.load(id));
};

export const riskModel: QueryResolvers['riskModel'] = (_p, _a, ctx) => ctx.services.riskModels.info;

export const bureauStatus: QueryResolvers['bureauStatus'] = (_p, _a, ctx) => ctx.services.bureau.health();

export const customerCreditFields: Pick<CustomerResolvers, 'applications' | 'creditLimit'> = {
  applications: (c, { first }, ctx) => applicationsOfCustomer(ctx.services.database.db, ctx.viewer.tenantId, c.id, Math.min(Math.max(first ?? 10, 1), 50)),
  creditLimit: (c, _a, ctx) => creditLimitOf(ctx.services.database.db, ctx.viewer.tenantId, c.id),
};

export const CreditLimit: CreditLimitResolvers = {
  amount: (l) => l.creditLimit,
  changes: (l, _a, ctx) => creditLimitChangesOf(ctx.services.database.db, l.tenantId, l.customerId),
};

export const productCreditFields: Pick<ProductResolvers, 'creditTerms'> = {
  creditTerms: (p) => creditTerms(p),
};
