// RecoveryCase and the types around it: thin field resolvers over the case row and its loaders.
import type {
  CaseEventResolvers,
  CaseResultResolvers,
  CounterOfferResultResolvers,
  EscalationRulesResolvers,
  EscalationRulesResultResolvers,
  PaymentPromiseResolvers,
  PlanResultResolvers,
  PromiseResultResolvers,
  RecoveryCaseResolvers,
  RepaymentPlanResolvers,
} from '../../graphql/generated/resolvers-types.js';
import { toGlobalId } from '../../graphql/ids.js';
import type { EscalationRules as Rules } from '../../domain/recovery/escalation.js';
import type { BestContactTime } from '../../domain/recovery/contact-time.js';
import { MAX_TIMELINE } from '../../loaders/recovery.js';

interface StoredAssessment {
  abilityScore: number;
  willingnessScore: number;
  reasons: { code: string; text: string }[];
  propensityFactors: { feature: string; value: number; effect: number }[];
  propensityModelVersion: string;
  bestContact: BestContactTime | null;
}

const assessmentOf = (c: { assessment: Record<string, unknown> }) => c.assessment as unknown as StoredAssessment;

export const RecoveryCase: RecoveryCaseResolvers = {
  id: (c) => toGlobalId('RecoveryCase', c.id),
  loan: async (c, _a, ctx) => {
    const loan = await ctx.loaders.recovery.loan.load(c.loanId);
    if (!loan) throw new Error(`recovery case ${c.id} names missing loan ${c.loanId}`);
    return loan;
  },
  customer: async (c, _a, ctx) => {
    const customer = await ctx.loaders.customer.load(c.customerId);
    if (!customer) throw new Error(`recovery case ${c.id} names missing customer ${c.customerId}`);
    return customer;
  },
  status: (c) => c.status as 'OPEN' | 'CLOSED',
  closeReason: (c) => c.closeReason as never,
  bucket: (c) => c.bucket as never,
  segment: (c) => c.segment as never,
  ability: (c) => c.ability as never,
  willingness: (c) => c.willingness as never,
  strategy: (c) => c.strategy as never,
  stage: (c) => c.stage as never,
  abilityScore: (c) => assessmentOf(c).abilityScore,
  willingnessScore: (c) => assessmentOf(c).willingnessScore,
  reasons: (c) => assessmentOf(c).reasons,
  propensityToPay: (c) => c.propensity,
  propensityFactors: (c) => assessmentOf(c).propensityFactors,
  propensityModelVersion: (c) => assessmentOf(c).propensityModelVersion,
  bestContact: (c) => {
    const b = assessmentOf(c).bestContact;
    return b ? { channel: b.channel, band: b.band, reachRate: b.reachRate, basedOnAttempts: b.basedOnAttempts, reason: b.reason } : null;
  },
  plans: (c, _a, ctx) => ctx.loaders.recovery.plans.load(c.id),
  activePlan: async (c, _a, ctx) => (await ctx.loaders.recovery.plans.load(c.id)).find((p) => p.status === 'ACCEPTED' || p.status === 'APPROVED') ?? null,
  promises: (c, _a, ctx) => ctx.loaders.recovery.promises.load(c.id),
  timeline: async (c, { first }, ctx) => (await ctx.loaders.recovery.timeline.load(c.id)).slice(0, Math.min(Math.max(first ?? 100, 1), MAX_TIMELINE)),
};

export const RepaymentPlan: RepaymentPlanResolvers = {
  id: (p) => toGlobalId('RepaymentPlan', p.id),
  kind: (p) => p.kind as never,
  status: (p) => p.status as never,
};

export const PaymentPromise: PaymentPromiseResolvers = {
  id: (p) => toGlobalId('PaymentPromise', p.id),
  status: (p) => p.status as never,
  channel: (p) => p.channel as never,
};

export const CaseEvent: CaseEventResolvers = {
  id: (e) => String(e.id),
  details: (e) => JSON.stringify(e.details),
};

export const EscalationRules: EscalationRulesResolvers = {
  ...Object.fromEntries(
    (['brokenPromisesToEscalate', 'daysAtStageToEscalate', 'failedAttemptsToHandOver', 'handOverOnVulnerability', 'handOverOnDispute'] as const).map((k) => [
      k,
      (r: { rules: Record<string, unknown> }) => (r.rules as unknown as Rules)[k],
    ]),
  ),
};

const rejectedOr = (typename: string) => ({ __resolveType: (obj: object) => ('field' in obj && 'message' in obj ? 'RecoveryRejected' : typename) }) as never;
export const CaseResult: CaseResultResolvers = rejectedOr('RecoveryCase');
export const PlanResult: PlanResultResolvers = rejectedOr('RepaymentPlan');
export const PromiseResult: PromiseResultResolvers = rejectedOr('PaymentPromise');
export const EscalationRulesResult: EscalationRulesResultResolvers = rejectedOr('EscalationRules');
export const CounterOfferResult: CounterOfferResultResolvers = rejectedOr('CounterOfferOutcome');
