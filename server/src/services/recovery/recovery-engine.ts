// Keeps loans' delinquency and their recovery cases true to the repayments and the calendar:
// refreshes one loan after a repayment, and every active loan on a schedule (days past due grow
// with no event at all). A case opens when a loan becomes delinquent and closes when it is cured,
// settled or charged off; in between it is re-assessed, its promises are marked kept or broken,
// and the escalation rules move it up a stage or hand it to a person. Each change is one
// transaction with its audit events.
import type { AppDb } from '../../db/index.js';
import { DEFAULT_TIME_ZONE } from '../../domain/recovery/calendar.js';
import { formatMoney } from '../../domain/recovery/composer.js';
import { delinquencyOf, type Delinquency } from '../../domain/recovery/delinquency.js';
import { evaluateEscalation, type EscalationRules } from '../../domain/recovery/escalation.js';
import { evaluatePromises } from '../../domain/recovery/promises.js';
import { CHARGE_OFF_DAYS, LANGUAGES, type Channel, type ContactAttempt, type Language, type LoanKind } from '../../domain/recovery/types.js';
import type { CustomerRow } from '../../repositories/customers.js';
import { activeLoans, loanById, setLoanDelinquency, type LoanRow } from '../../repositories/loans.js';
import { sentMessagesOfCase } from '../../repositories/outreach.js';
import { recordBucketChange } from '../../repositories/recovery-reporting.js';
import {
  appendCaseEvents,
  insertCase,
  openCaseOfLoan,
  paymentsOfApplication,
  plansOfCases,
  promisesOfCases,
  settlePromise,
  updateCase,
  type CaseEventInput,
  type CaseRow,
  type NewCase,
} from '../../repositories/recovery.js';
import { assessCase, caseProfile, type CaseAssessment, type CaseHistory, type RecoveryModels } from './case-assessment.js';

export const SYSTEM_ACTOR = 'system';
/** A payment or promise this soon after a contact counts as its result. */
const FOLLOW_UP_DAYS = 3;
/** Less than a rupee left is paid (rounding, bank charges). */
const PAID_OFF_TOLERANCE = 1;

export interface SweepCounts {
  loansChecked: number;
  casesOpened: number;
  casesUpdated: number;
  casesClosed: number;
  chargedOff: number;
  promisesSettled: number;
  escalated: number;
  handedOver: number;
}

export const emptySweep = (): SweepCounts => ({ loansChecked: 0, casesOpened: 0, casesUpdated: 0, casesClosed: 0, chargedOff: 0, promisesSettled: 0, escalated: 0, handedOver: 0 });

export interface RecoveryEngineDeps {
  db: AppDb;
  /** The models for a customer (the contact prior depends on the customer's segment). */
  models: (customer: CustomerRow) => RecoveryModels;
  rules: (tenantId: string) => Promise<EscalationRules>;
  loadCustomer: (tenantId: string, id: number) => Promise<CustomerRow | null>;
  /** Enrols a case just opened in the running experiment, in the opening transaction; the audit event, if enrolled. */
  enrolNewCase?: (db: AppDb, c: CaseRow, at: Date) => Promise<CaseEventInput | null>;
  /** Told after a case changed (committed). */
  onCaseChanged?: (tenantId: string, caseId: number) => void;
}

export class RecoveryEngine {
  /** One refresh per loan at a time in this process; across replicas the case version decides. */
  private readonly running = new Map<number, Promise<unknown>>();

  constructor(private readonly deps: RecoveryEngineDeps) {}

  /** Every active loan (of one tenant, or all), as of `asOf`. */
  async sweep(tenantId: string | null, asOf: Date): Promise<SweepCounts> {
    const counts = emptySweep();
    for (const loan of await activeLoans(this.deps.db, tenantId)) await this.refreshLoan(loan.tenantId, loan.id, asOf, counts);
    return counts;
  }

  refreshLoan(tenantId: string, loanId: number, asOf: Date, counts: SweepCounts = emptySweep()): Promise<SweepCounts> {
    const previous = this.running.get(loanId) ?? Promise.resolve();
    const next = previous.catch(() => {}).then(() => this.refresh(tenantId, loanId, asOf, counts));
    this.running.set(loanId, next);
    void next.finally(() => {
      if (this.running.get(loanId) === next) this.running.delete(loanId);
    }).catch(() => {});
    return next;
  }

  private async refresh(tenantId: string, loanId: number, asOf: Date, counts: SweepCounts): Promise<SweepCounts> {
    const loan = await loanById(this.deps.db, tenantId, loanId);
    if (!loan || loan.status !== 'ACTIVE') return counts;
    counts.loansChecked++;
    const customer = await this.deps.loadCustomer(loan.tenantId, loan.customerId);
    if (!customer) return counts;
    const repayments = await paymentsOfApplication(this.deps.db, loan.applicationId);
    const timeZone = DEFAULT_TIME_ZONE;
    const payments = repayments.filter((r) => r.paidAt <= asOf).map((r) => ({ paidAt: r.paidAt, amount: r.amount }));
    const kind = loan.kind as LoanKind;
    const d = delinquencyOf({ kind, dues: loan.dues, payments, asOf, timeZone });
    const scheduled = loan.dues.reduce((s, x) => s + x.amount, 0);
    const outstanding = Math.max(0, Math.round((scheduled - d.totalPaid) * 100) / 100);
    const rules = await this.deps.rules(loan.tenantId);

    let changedCase: number | null = null;
    await this.deps.db.transaction(async (tx) => {
      const db = tx as unknown as AppDb;
      const open = await openCaseOfLoan(db, loan.id);
      const paidOff = outstanding <= PAID_OFF_TOLERANCE;
      await recordBucketChange(db, loan.id, d.bucket, d.daysPastDue, asOf); // the record behind roll rates
      await setLoanDelinquency(db, loan.id, {
        daysPastDue: d.daysPastDue,
        bucket: d.bucket,
        overdueAmount: d.overdueAmount,
        totalPaid: d.totalPaid,
        delinquencyAsOf: asOf,
        ...(paidOff ? { status: 'CLOSED', closedAt: asOf } : d.chargeOffDue ? { status: 'CHARGED_OFF', chargedOffAt: asOf } : {}),
      });
      if (d.chargeOffDue && !paidOff) counts.chargedOff++;

      if (!open) {
        if (d.daysPastDue === 0 || paidOff || d.chargeOffDue) return;
        const history = await this.history(db, null, repayments, asOf);
        const assessment = assessCase(caseProfile(customer, loan.monthlyInstalment, d, history, asOf, timeZone), history, this.deps.models(customer), CHARGE_OFF_DAYS[kind], timeZone);
        const row = await insertCase(db, newCase(loan, d, outstanding, assessment, asOf, timeZone, customer));
        if (!row) return; // another replica opened it first
        counts.casesOpened++;
        changedCase = row.id;
        const enrolled = (await this.deps.enrolNewCase?.(db, row, asOf)) ?? null;
        await appendCaseEvents(db, [
          event(row, 'OPENED', `Opened at ${d.daysPastDue} days past due, ${formatMoney(d.overdueAmount)} overdue`, { daysPastDue: d.daysPastDue, bucket: d.bucket, overdueAmount: d.overdueAmount, oldestUnpaidDueDate: d.oldestUnpaidDueDate }, asOf),
          assessedEvent(row, assessment, asOf),
          ...(enrolled ? [enrolled] : []),
        ]);
        return;
      }

      // An open case: close it, or bring it up to date.
      const closeReason = paidOff ? await this.paidOffReason(db, open) : d.chargeOffDue ? 'CHARGED_OFF' : d.daysPastDue === 0 ? 'CURED' : null;
      const promiseEvents = await this.settlePromises(db, open, repayments, asOf, counts);
      if (closeReason) {
        const closed = await updateCase(db, open.id, open.version, { status: 'CLOSED', closeReason, closedAt: asOf, daysPastDue: d.daysPastDue, bucket: d.bucket, overdueAmount: d.overdueAmount, outstanding });
        if (!closed) throw new CaseChangedError(open.id);
        counts.casesClosed++;
        changedCase = open.id;
        await appendCaseEvents(db, [...promiseEvents, event(open, 'CLOSED', closedSummary(closeReason, d), { closeReason, daysPastDue: d.daysPastDue, outstanding }, asOf)]);
        return;
      }

      const history = await this.history(db, open.id, repayments, asOf);
      const assessment = assessCase(caseProfile(customer, loan.monthlyInstalment, d, history, asOf, timeZone), history, this.deps.models(customer), CHARGE_OFF_DAYS[kind], timeZone);
      const events: CaseEventInput[] = [...promiseEvents];
      const s = assessment.segmentation;
      if (s.segment !== open.segment || s.strategy !== open.strategy) events.push(assessedEvent(open, assessment, asOf));
      const brokenAtStage = (await promisesOfCases(db, [open.id])).get(open.id)!.filter((p) => p.status === 'BROKEN' && p.settledOn !== null && new Date(`${p.settledOn}T23:59:59Z`) >= open.stageSince).length;
      const escalation = evaluateEscalation(
        { stage: open.stage as never, stageSince: open.stageSince, brokenPromisesAtStage: brokenAtStage, failedAttemptsInRow: failedInRow(history.contacts), vulnerability: open.vulnerability, dispute: open.dispute, handedOver: open.handedOver },
        rules,
        asOf,
      );
      const changes: Partial<NewCase> = {
        daysPastDue: d.daysPastDue,
        bucket: d.bucket,
        overdueAmount: d.overdueAmount,
        outstanding,
        ...assessmentColumns(assessment),
      };
      if (escalation.moveTo) {
        changes.stage = escalation.moveTo;
        changes.stageSince = asOf;
        counts.escalated++;
        events.push(event(open, 'ESCALATED', `Moved from ${open.stage} to ${escalation.moveTo}: ${escalation.reasons.map((r) => r.text).join('; ')}`, { from: open.stage, to: escalation.moveTo, reasons: escalation.reasons, rulesVersion: (rules as { version?: number }).version ?? null }, asOf));
      }
      if (escalation.handOver && !open.handedOver) {
        changes.handedOver = true;
        counts.handedOver++;
        events.push(event(open, 'HANDED_OVER', `Handed to a person: ${escalation.reasons.map((r) => r.text).join('; ')}`, { reasons: escalation.reasons }, asOf));
      }
      // A new contact, payment or promise can change the propensity or the best contact time alone: that is a change too.
      const reassessed = changes.priority !== open.priority || changes.propensity !== open.propensity || canonical(changes.assessment) !== canonical(open.assessment);
      const moved = changes.stage !== undefined || changes.handedOver !== undefined || events.length > 0 || reassessed || open.daysPastDue !== d.daysPastDue || open.overdueAmount !== d.overdueAmount;
      if (!moved) return;
      const updated = await updateCase(db, open.id, open.version, changes);
      if (!updated) throw new CaseChangedError(open.id);
      counts.casesUpdated++;
      changedCase = open.id;
      await appendCaseEvents(db, events);
    });
    if (changedCase !== null) this.deps.onCaseChanged?.(loan.tenantId, changedCase);
    return counts;
  }

  /** A case whose settlement plan was paid in full is settled; otherwise paying everything cures it. */
  private async paidOffReason(db: AppDb, c: CaseRow): Promise<'SETTLED' | 'CURED'> {
    const plans = (await plansOfCases(db, [c.id])).get(c.id)!;
    return plans.some((p) => p.kind === 'SETTLEMENT' && (p.status === 'ACCEPTED' || p.status === 'APPROVED')) ? 'SETTLED' : 'CURED';
  }

  private async settlePromises(db: AppDb, c: CaseRow, repayments: { paidAt: Date; amount: number }[], asOf: Date, counts: SweepCounts): Promise<CaseEventInput[]> {
    const promises = (await promisesOfCases(db, [c.id])).get(c.id)!;
    const pending = promises.filter((p) => p.status === 'PENDING');
    if (pending.length === 0) return [];
    // Payments already counted towards settled promises are not counted again.
    const settledPaid = promises.filter((p) => p.status !== 'PENDING').reduce((s, p) => s + p.paidTowards, 0);
    const sinceCase = repayments.filter((r) => r.paidAt >= c.openedAt && r.paidAt <= asOf);
    const available = dropFirst(sinceCase, settledPaid);
    const evaluated = evaluatePromises(
      pending.map((p) => ({ id: String(p.id), amount: p.amount, dueDate: p.dueDate, madeAt: p.madeAt })),
      available,
      asOf,
      { timeZone: c.timeZone },
    );
    const events: CaseEventInput[] = [];
    for (const e of evaluated) {
      if (e.status === 'PENDING') continue;
      const p = pending.find((x) => String(x.id) === e.id)!;
      await settlePromise(db, p.id, e.status, e.paidTowards, e.settledOn ?? (e.status === 'BROKEN' ? p.dueDate : null));
      counts.promisesSettled++;
      events.push(event(c, e.status === 'KEPT' ? 'PROMISE_KEPT' : 'PROMISE_BROKEN', `Promise of ${formatMoney(p.amount)} by ${p.dueDate} ${e.status === 'KEPT' ? 'kept' : 'broken'}: ${e.reason}`, { promiseId: p.id, paidTowards: e.paidTowards, shortfall: e.shortfall }, asOf));
    }
    return events;
  }

  private async history(db: AppDb, caseId: number | null, repayments: { status: string; paidAt: Date }[], asOf: Date): Promise<CaseHistory> {
    const promises = caseId === null ? [] : (await promisesOfCases(db, [caseId])).get(caseId)!;
    const sent = caseId === null ? [] : await sentMessagesOfCase(db, caseId);
    return {
      onTimeShare: repayments.length ? repayments.filter((r) => r.status === 'ON_TIME').length / repayments.length : null,
      promisesKept: promises.filter((p) => p.status === 'KEPT').length,
      promisesBroken: promises.filter((p) => p.status === 'BROKEN').length,
      // The case's delivered outreach: best contact time learns from it, and unanswered attempts
      // in a row hand the case to a person.
      contacts: contactAttempts(sent, promises, repayments, asOf),
      hardship: false,
    };
  }
}

/** A concurrent writer changed the case between our read and our write: the transaction is undone. */
export class CaseChangedError extends Error {
  constructor(caseId: number) {
    super(`recovery case ${caseId} changed while it was being refreshed; the refresh was undone and the next one will see the change`);
  }
}

function newCase(loan: LoanRow, d: Delinquency, outstanding: number, a: CaseAssessment, asOf: Date, timeZone: string, customer: CustomerRow): NewCase {
  return {
    tenantId: loan.tenantId,
    loanId: loan.id,
    customerId: loan.customerId,
    status: 'OPEN',
    daysPastDue: d.daysPastDue,
    bucket: d.bucket,
    overdueAmount: d.overdueAmount,
    outstanding,
    ...assessmentColumns(a),
    stage: 'REMINDER',
    stageSince: asOf,
    timeZone,
    language: preferredLanguage(customer),
    openedAt: asOf,
  };
}

function assessmentColumns(a: CaseAssessment) {
  const s = a.segmentation;
  return {
    segment: s.segment,
    ability: s.ability,
    willingness: s.willingness,
    strategy: s.strategy,
    propensity: a.propensity.probability,
    priority: a.priority,
    assessment: {
      abilityScore: s.abilityScore,
      willingnessScore: s.willingnessScore,
      reasons: s.reasons,
      propensityFactors: a.propensity.contributions.slice(0, 5),
      propensityModelVersion: a.propensityModelVersion,
      bestContact: a.bestContact,
    },
  };
}

/** Hindi for customers of the Hindi-speaking regions served, English elsewhere (until customers state a preference). */
/** The language the customer asked for; else the one most customers of the region are written to in. */
export function preferredLanguage(customer: Pick<CustomerRow, 'preferredLanguage' | 'region'>): Language {
  if (customer.preferredLanguage && (LANGUAGES as readonly string[]).includes(customer.preferredLanguage)) return customer.preferredLanguage as Language;
  return ['Uttar Pradesh', 'Delhi'].includes(customer.region) ? 'hi' : 'en';
}

function event(c: Pick<CaseRow, 'id' | 'tenantId'>, kind: string, summary: string, details: Record<string, unknown>, at: Date, actor = SYSTEM_ACTOR): CaseEventInput {
  return { tenantId: c.tenantId, caseId: c.id, kind, actor, summary, details, at };
}

function assessedEvent(c: Pick<CaseRow, 'id' | 'tenantId'>, a: CaseAssessment, at: Date): CaseEventInput {
  const s = a.segmentation;
  return event(c, 'ASSESSED', `${s.segment} → ${s.strategy}; propensity to pay ${(a.propensity.probability * 100).toFixed(0)}%`, { segment: s.segment, strategy: s.strategy, abilityScore: s.abilityScore, willingnessScore: s.willingnessScore, reasons: s.reasons, propensity: a.propensity.probability, modelVersion: a.propensityModelVersion }, at);
}

function closedSummary(reason: string, d: Delinquency): string {
  if (reason === 'CHARGED_OFF') return `Charged off at ${d.daysPastDue} days past due`;
  if (reason === 'SETTLED') return 'Settled: the settlement plan was paid';
  return 'Cured: nothing is overdue any more';
}

/**
 * Sent messages as contact attempts (messages sent after `asOf` are left out, for sweeps run as
 * of an earlier time). An attempt paid or promised when a promise was recorded or a payment
 * arrived within 3 days after it.
 */
function contactAttempts(
  sent: { sentAt: Date; channel: string; reached: boolean | null }[],
  promises: { madeAt: Date }[],
  repayments: { paidAt: Date }[],
  asOf: Date,
): ContactAttempt[] {
  const followUps = [...promises.map((p) => p.madeAt.getTime()), ...repayments.map((r) => r.paidAt.getTime())];
  return sent
    .filter((m) => m.sentAt <= asOf)
    .map((m) => {
      const at = m.sentAt.getTime();
      return {
        at: m.sentAt,
        channel: m.channel as Channel,
        reached: m.reached === true,
        paidOrPromised: followUps.some((t) => t >= at && t <= at + FOLLOW_UP_DAYS * 86_400_000),
      };
    });
}

function failedInRow(contacts: readonly { reached: boolean; at: Date }[]): number {
  let n = 0;
  for (const c of [...contacts].sort((a, b) => b.at.getTime() - a.at.getTime())) {
    if (c.reached) break;
    n++;
  }
  return n;
}

/** The payments left once the first `amount` rupees are taken, oldest first. */
function dropFirst(payments: { paidAt: Date; amount: number }[], amount: number): { paidAt: Date; amount: number }[] {
  const out: { paidAt: Date; amount: number }[] = [];
  let skip = amount;
  for (const p of payments) {
    const take = Math.min(skip, p.amount);
    skip -= take;
    if (p.amount - take > 0.005) out.push({ paidAt: p.paidAt, amount: p.amount - take });
  }
  return out;
}

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep the order they were written in. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x));
}

