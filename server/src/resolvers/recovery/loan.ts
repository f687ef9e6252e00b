// Loans, the disbursement saga, and the loan and case fields on applications and customers.
import { casesVisibleTo, mayWorkCase } from '../../services/recovery/case-visibility.js';
import type { CustomerResolvers, DisbursementResolvers, DisbursementResultResolvers, LoanApplicationResolvers, LoanResolvers, MutationResolvers } from '../../graphql/generated/resolvers-types.js';
import { forbidden } from '../../graphql/errors.js';
import { toGlobalId } from '../../graphql/ids.js';
import type { Role } from '../../security/viewer.js';
import { mayWorkCases } from './access.js';

const MAY_DISBURSE: readonly Role[] = ['RELATIONSHIP_MANAGER', 'ADMIN'];

export const Loan: LoanResolvers = {
  id: (l) => toGlobalId('Loan', l.id),
  application: async (l, _a, ctx) => {
    const a = await ctx.loaders.application.load(l.applicationId);
    if (!a) throw new Error(`loan ${l.id} names missing application ${l.applicationId}`);
    return a;
  },
  customer: async (l, _a, ctx) => {
    const c = await ctx.loaders.customer.load(l.customerId);
    if (!c) throw new Error(`loan ${l.id} names missing customer ${l.customerId}`);
    return c;
  },
  product: (l, _a, ctx) => {
    const p = ctx.services.catalog.current.productById.get(l.productId);
    if (!p) throw new Error(`loan ${l.id} names unknown product ${l.productId}`);
    return p;
  },
  kind: (l) => l.kind as never,
  status: (l) => l.status as never,
  bucket: (l) => l.bucket as never,
  outstanding: (l) => Math.max(0, Math.round((l.dues.reduce((s, d) => s + d.amount, 0) - l.totalPaid) * 100) / 100),
  // Collection detail is for collectors and admins; other roles see the loan without it.
  recoveryCase: async (l, _a, ctx) => {
    if (!mayWorkCases(ctx)) return null;
    const c = await ctx.loaders.recovery.caseOfLoan.load(l.id);
    return c && mayWorkCase(ctx.viewer, c) ? c : null;
  },
};

export const Disbursement: DisbursementResolvers = {
  id: (d) => toGlobalId('Disbursement', d.id),
  application: async (d, _a, ctx) => {
    const a = await ctx.loaders.application.load(d.applicationId);
    if (!a) throw new Error(`disbursement ${d.id} names missing application ${d.applicationId}`);
    return a;
  },
  loan: (d, _a, ctx) => (d.loanId === null ? null : ctx.loaders.recovery.loan.load(d.loanId)),
  status: (d) => d.status as never,
};

export const DisbursementResult: DisbursementResultResolvers = {
  __resolveType: (obj) => ('field' in obj && 'message' in obj ? 'DisbursementRejected' : 'Disbursement'),
};

export const disburseLoan: MutationResolvers['disburseLoan'] = async (_p, { applicationId, idempotencyKey }, ctx) => {
  if (!MAY_DISBURSE.includes(ctx.viewer.role)) throw forbidden(`a ${ctx.viewer.role} may not disburse loans`);
  return ctx.services.recovery.disbursements.disburse(ctx.viewer, applicationId, idempotencyKey);
};

export const applicationLoan: Pick<LoanApplicationResolvers, 'loan'> = {
  loan: (a, _x, ctx) => ctx.loaders.recovery.loanOfApplication.load(a.id),
};

export const customerRecoveryFields: Pick<CustomerResolvers, 'loans' | 'recoveryCases'> = {
  loans: (c, _a, ctx) => ctx.loaders.recovery.loansOfCustomer.load(c.id),
  recoveryCases: async (c, _a, ctx) => (mayWorkCases(ctx) ? casesVisibleTo(ctx.viewer, await ctx.loaders.recovery.casesOfCustomer.load(c.id)) : []),
};
