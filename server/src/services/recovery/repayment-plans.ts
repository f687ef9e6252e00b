// Repayment plans through the graph: the system proposes one (domain/recovery/plans.ts), the
// customer may counter; a counter inside the configured bounds is accepted automatically, one
// outside them waits for a person (decideEscalatedPlan). A new live plan supersedes the older ones.
import type { SpendProfile } from '../../../../drizzle/schema.js';
import type { AppDb } from '../../db/index.js';
import { addDays, localDate, monthOf } from '../../domain/recovery/calendar.js';
import { DEFAULT_PLAN_BOUNDS, evaluateCounterOffer, proposePlan, recommendPlanKind, validatePlanInput, type CounterOffer, type Plan, type PlanBounds } from '../../domain/recovery/plans.js';
import { cashFlow } from '../../domain/recovery/segmentation.js';
import type { PlanKind, RecoverySegment, Strategy } from '../../domain/recovery/types.js';
import { localIdOf, toGlobalId } from '../../graphql/ids.js';
import type { CustomerRow } from '../../repositories/customers.js';
import { appendCaseEvents, insertPlan, planById, setPlanStatus, supersedePlans, updateCase, type CaseRow, type PlanRow } from '../../repositories/recovery.js';
import type { Viewer } from '../../security/viewer.js';
import type { RecoveryCaseService, Rejection } from './recovery-cases.js';
import { EMPTY_SPEND } from './case-assessment.js';
import type { CaseTreatment } from './experiments.js';
import { formatMoney } from '../../domain/recovery/composer.js';

/** The first payment of a proposal falls a week out: time to agree and arrange the money. */
const FIRST_PAYMENT_AFTER_DAYS = 7;
/** Of the cash left after spending, what a plan asks for each month. */
const CAPACITY_SHARE = 0.7;

export class RepaymentPlanService {
  constructor(
    private readonly db: AppDb,
    private readonly cases: RecoveryCaseService,
    private readonly loadCustomer: (tenantId: string, id: number) => Promise<CustomerRow | null>,
    private readonly onCaseChanged: (tenantId: string, caseId: number) => void = () => {},
    /** What the running experiment does to a case: its arm may set the plan proposed first. */
    private readonly treatmentOf: (caseId: number) => Promise<CaseTreatment | null> = async () => null,
    private readonly bounds: PlanBounds = DEFAULT_PLAN_BOUNDS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async propose(viewer: Viewer, caseId: string, kind: PlanKind | null | undefined): Promise<PlanRow | Rejection> {
    const c = await this.cases.openCase(viewer, caseId);
    if ('field' in c) return c;
    const customer = await this.customerOf(c);
    const spend = customer.spendProfile ?? EMPTY_SPEND;
    const now = this.now();
    const today = localDate(now, c.timeZone);
    const recommended = recommendPlanKind({ segment: c.segment as RecoverySegment, strategy: c.strategy as Strategy, inflowVariability: spend.inflowVariability, peakMonths: spend.peakMonths, asOfMonth: monthOf(today) });
    const input = { outstanding: c.outstanding, monthlyCapacity: monthlyCapacity(customer, spend, this.bounds), peakMonths: spend.peakMonths, startDate: addDays(today, FIRST_PAYMENT_AFTER_DAYS) };
    const problem = validatePlanInput(input);
    if (problem) return { field: 'caseId', message: `no plan can be built for this case: ${problem.field} ${problem.message}` };
    const treatment = kind ? null : await this.treatmentOf(c.id);
    const chosen = kind ?? treatment?.arm.planKind ?? recommended.kind;
    const plan = proposePlan(chosen, input, this.bounds);
    const words = (k: PlanKind) => k.toLowerCase().replace('_', '-');
    const why =
      kind && kind !== recommended.kind
        ? [{ code: 'ASKED_FOR', text: `a ${words(kind)} plan was asked for (the system would propose ${words(recommended.kind)})` }]
        : treatment?.arm.planKind && treatment.arm.planKind !== recommended.kind
          ? [{ code: 'EXPERIMENT_ARM', text: `experiment "${treatment.experiment}", arm "${treatment.arm.name}", proposes a ${words(chosen)} plan first (the system would propose ${words(recommended.kind)})` }]
          : recommended.reasons;
    const reasons = [...why, ...plan.reasons];
    return this.store(viewer, c, { ...plan, reasons }, 'PROPOSED', null, {
      kind: 'PLAN_PROPOSED',
      summary: `Proposed a ${describe(plan)}`,
    });
  }

  async counter(viewer: Viewer, planId: string, counter: CounterOffer): Promise<{ plan: PlanRow; reasons: { code: string; text: string }[] } | Rejection> {
    const proposed = await this.findPlan(viewer, planId);
    if (!proposed) return { field: 'planId', message: `no repayment plan with id "${planId}"` };
    if (proposed.status !== 'PROPOSED') return { field: 'planId', message: `the plan is ${proposed.status.toLowerCase()}: only a proposed plan can be countered` };
    const c = await this.cases.openCase(viewer, toGlobalId('RecoveryCase', proposed.caseId));
    if ('field' in c) return c;
    const customer = await this.customerOf(c);
    const outcome = evaluateCounterOffer(asPlan(proposed), counter, { outstanding: c.outstanding, peakMonths: customer.spendProfile?.peakMonths ?? [], asOf: this.now(), timeZone: c.timeZone }, this.bounds);
    if (outcome.outcome === 'INVALID') return { field: `input.${outcome.field}`, message: outcome.message };
    const accepted = outcome.outcome === 'ACCEPTED';
    const stored = await this.store(viewer, c, { ...outcome.plan, reasons: outcome.reasons }, accepted ? 'ACCEPTED' : 'ESCALATED', { ...counter, answers: proposed.id }, {
      kind: 'COUNTER_OFFER',
      summary: accepted
        ? `Counter-offer accepted automatically (inside every bound): ${describe(outcome.plan)}`
        : `Counter-offer escalated to a person: ${outcome.reasons.map((r) => r.text).join('; ')}`,
    });
    if ('field' in stored) return stored;
    return { plan: stored, reasons: outcome.reasons };
  }

  async decide(viewer: Viewer, planId: string, approve: boolean, note: string): Promise<PlanRow | Rejection> {
    const why = note.trim();
    if (why.length === 0 || why.length > 1000) return { field: 'note', message: 'must be 1 to 1000 characters' };
    const plan = await this.findPlan(viewer, planId);
    if (!plan) return { field: 'planId', message: `no repayment plan with id "${planId}"` };
    if (plan.status !== 'ESCALATED') return { field: 'planId', message: `the plan is ${plan.status.toLowerCase()}: only an escalated plan waits for a decision` };
    const c = await this.cases.openCase(viewer, toGlobalId('RecoveryCase', plan.caseId));
    if ('field' in c) return c;
    const status = approve ? 'APPROVED' : 'DECLINED';
    await this.db.transaction(async (tx) => {
      const db = tx as unknown as AppDb;
      await setPlanStatus(db, plan.id, status, viewer.userId);
      if (approve) await supersedePlans(db, c.id, plan.id);
      await appendCaseEvents(db, [{ tenantId: c.tenantId, caseId: c.id, kind: 'PLAN_DECIDED', actor: viewer.userId, summary: `${approve ? 'Approved' : 'Declined'} the escalated ${describe(asPlan(plan))}: ${why}`, details: { planId: plan.id, status, note: why }, at: this.now() }]);
      if (!(await updateCase(db, c.id, c.version, {}))) throw new Error(`recovery case ${c.id} changed while the plan was decided; try again`);
    });
    this.onCaseChanged(c.tenantId, c.id);
    return (await planById(this.db, viewer.tenantId, plan.id))!;
  }

  private async store(viewer: Viewer, c: CaseRow, plan: Plan, status: string, counterOffer: Record<string, unknown> | null, e: { kind: string; summary: string }): Promise<PlanRow | Rejection> {
    const now = this.now();
    const row = await this.db.transaction(async (tx) => {
      const db = tx as unknown as AppDb;
      const inserted = await insertPlan(db, {
        tenantId: c.tenantId,
        caseId: c.id,
        kind: plan.kind,
        status,
        payments: plan.payments,
        total: plan.total,
        discount: plan.discount,
        termMonths: plan.termMonths,
        reasons: plan.reasons,
        counterOffer,
        proposedBy: viewer.userId,
        decidedBy: status === 'ACCEPTED' ? 'system' : null,
        decidedAt: status === 'ACCEPTED' ? now : null,
      });
      // A proposal or an accepted counter replaces what was live; an escalated counter waits beside its proposal.
      if (status !== 'ESCALATED') await supersedePlans(db, c.id, inserted.id);
      await appendCaseEvents(db, [{ tenantId: c.tenantId, caseId: c.id, kind: e.kind, actor: viewer.userId, summary: e.summary, details: { planId: inserted.id, status, kind: plan.kind, total: plan.total, discount: plan.discount, termMonths: plan.termMonths, counterOffer }, at: now }]);
      if (!(await updateCase(db, c.id, c.version, {}))) return null;
      return inserted;
    });
    if (!row) return { field: 'caseId', message: 'the case changed while the plan was being saved; reload it and try again' };
    this.onCaseChanged(c.tenantId, c.id);
    return row;
  }

  private async findPlan(viewer: Viewer, globalId: string): Promise<PlanRow | null> {
    const local = localIdOf(globalId, 'RepaymentPlan');
    if (local === null || !/^\d{1,15}$/.test(local)) return null;
    return planById(this.db, viewer.tenantId, Number(local));
  }

  private async customerOf(c: CaseRow): Promise<CustomerRow> {
    const customer = await this.loadCustomer(c.tenantId, c.customerId);
    if (!customer) throw new Error(`recovery case ${c.id} names missing customer ${c.customerId}`);
    return customer;
  }
}

/** What the customer can put towards the plan each month: a share of the cash left after spending, never under the minimum payment. */
function monthlyCapacity(customer: CustomerRow, spend: SpendProfile, bounds: PlanBounds): number {
  const flow = cashFlow({ annualIncome: customer.annualIncome, spendProfile: spend, monthlyInstalment: 0, asOfMonth: 1 });
  return Math.max(bounds.minMonthlyPayment, Math.round(Math.max(flow.freeCashFlow, flow.averageInflow * 0.1) * CAPACITY_SHARE));
}

function asPlan(row: PlanRow): Plan {
  return { kind: row.kind as PlanKind, payments: row.payments, total: row.total, discount: row.discount, termMonths: row.termMonths, firstPaymentDate: row.payments[0]?.dueDate ?? '', reasons: row.reasons };
}

function describe(plan: Plan): string {
  const first = plan.payments[0];
  return `${plan.kind.toLowerCase().replace('_', '-')} plan of ${plan.payments.length} payment${plan.payments.length === 1 ? '' : 's'} totalling ${formatMoney(plan.total)}${plan.discount > 0 ? ` (${formatMoney(plan.discount)} forgiven)` : ''}, the first ${first ? `${formatMoney(first.amount)} on ${first.dueDate}` : 'none'}`;
}
