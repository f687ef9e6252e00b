// LoanApplication and Decision: stored rows mapped to the graph. Nothing is recomputed here.
import type {
  DecisionResolvers,
  LoanApplicationResolvers,
  LoanApplicationResultResolvers,
  ScoreContributionResolvers,
} from '../../graphql/generated/resolvers-types.js';
import { toGlobalId } from '../../graphql/ids.js';
import { FEATURE_WORDING } from '../../services/credit-decisions.js';

type Status = 'APPROVED' | 'DECLINED' | 'REFERRED' | 'COUNTER_OFFERED' | 'DISBURSING' | 'DISBURSED';
type Outcome = 'APPROVE' | 'DECLINE' | 'REFER' | 'COUNTER_OFFER';

export const LoanApplicationResult: LoanApplicationResultResolvers = {
  __resolveType: (obj) => ('field' in obj ? 'ApplicationRejected' : 'LoanApplication'),
};

export const LoanApplication: LoanApplicationResolvers = {
  id: (a) => toGlobalId('LoanApplication', a.id),
  status: (a) => a.status as Status,
  decision: (a) => a.decision,
  customer: (a, _args, ctx) => (a.customerId == null ? null : ctx.loaders.customer.load(a.customerId)),
  applicantName: (a) => (typeof a.applicant?.name === 'string' ? a.applicant.name : null),
  product: (a, _args, ctx) => {
    const p = ctx.services.catalog.current.productById.get(a.productId);
    if (!p) throw new Error(`application ${a.id} names unknown product ${a.productId}`);
    return p;
  },
};

export const Decision: DecisionResolvers = {
  outcome: (d) => d.outcome as Outcome,
  reasons: (d) => d.reasons as never,
  contributions: (d) => d.contributions as never,
  counterOffer: (d) => (d.counterOffer ?? null) as never,
  repaymentSchedule: (d) => d.repaymentSchedule as never,
  fraud: (d) => d.fraud as never,
  bureauUnavailableReason: (d) => (d.bureauUsed ? null : ((d.bureau as { reason?: string }).reason ?? null)),
};

export const ScoreContribution: ScoreContributionResolvers = {
  label: (c) => FEATURE_WORDING.label(c.feature),
  value: (c) => FEATURE_WORDING.formatValue(c.feature, c.value),
};
