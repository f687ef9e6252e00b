// The disbursement saga: an approved application becomes a loan in four steps, each recorded in
// its disbursements row before the next one starts.
//
//   STARTED         the row exists (status RUNNING); nothing else has changed yet
//   LIMIT_RESERVED  the application moved APPROVED -> DISBURSING: its approved amount is spoken for,
//                   and no other request can disburse it       (undo: DISBURSING -> APPROVED)
//   LOAN_CREATED    a loan row, status PENDING, with its dues    (undo: loan CANCELLED)
//   PAID_OUT        the gateway paid `payout-<disbursementId>`   (undo: gateway reverse)
//   CONFIRMED       loan ACTIVE with disbursed_at, application DISBURSED, disbursement COMPLETED
//
// Steps that only touch the database run in one transaction with the row's new step, so after a
// crash either both happened or neither did. The payout is outside the database: a crash can fall
// between the gateway paying and the row saying PAID_OUT, so that step asks the gateway first
// (status of the reference) and pays only when nothing was paid; paying is idempotent by reference
// anyway.
//
// When a step fails for good (the gateway still failing after the retries, the application no
// longer approved), the saga turns COMPENSATING and undoes the steps in reverse order. While it
// compensates, `step` names the last step whose effect is still in place: each undo moves it one
// step back (PAID_OUT -> LOAN_CREATED -> LIMIT_RESERVED -> STARTED), so a restart knows exactly what
// is left to undo. It ends COMPENSATED at STARTED, with last_error saying why; the history keeps
// every step and every undo with its time.
//
// Any other error (the database unreachable, say) leaves the saga where it is: resumeUnfinished()
// continues it at the next start-up, and a replay of the request continues it once it has not moved
// for a while. Every row change is a compare-and-set on updated_at, so a saga that two processes
// pick up at once is moved on by one of them; the other stops (undoing a payout it made, if the
// saga was meanwhile turned to compensation).
import { ExponentialBackoff, handleWhen, retry, type RetryPolicy } from 'cockatiel';
import { auditLog } from '../security/audit-log.js';
import type { CatalogStore } from '../catalog/catalog-store.js';
import type { AppDb } from '../db/index.js';
import { APPLICATION_LIMITS } from '../domain/credit/application-input.js';
import { creditTerms, monthlyInstalment, monthlySchedule, REVOLVING_MINIMUM_DUE, round2, seasonalSchedule, type ScheduledPayment } from '../domain/credit/credit-terms.js';
import { addMonths, DEFAULT_TIME_ZONE, localDate } from '../domain/recovery/calendar.js';
import type { Due, LoanKind } from '../domain/recovery/types.js';
import { localIdOf } from '../graphql/ids.js';
import type { Logger } from '../logger.js';
import { GatewayError, type PaymentGateway } from '../payments/gateway.js';
import { applicationsByIds, type ApplicationRecord } from '../repositories/credit.js';
import {
  activateLoan,
  applicationStatus,
  cancelLoan,
  changeDisbursement,
  disbursementByApplication,
  disbursementById,
  disbursementByKey,
  insertDisbursement,
  insertLoan,
  loanById,
  moveApplicationStatus,
  unfinishedDisbursements,
  type DisbursementChange,
  type DisbursementRow,
  type LoanRow,
  type NewLoan,
} from '../repositories/loans.js';
import type { Viewer } from '../security/viewer.js';

export const DISBURSEMENT_STEPS = ['STARTED', 'LIMIT_RESERVED', 'LOAN_CREATED', 'PAID_OUT', 'CONFIRMED'] as const;
export type DisbursementStep = (typeof DISBURSEMENT_STEPS)[number];

export const DISBURSEMENT_STATUSES = ['RUNNING', 'COMPENSATING', 'COMPLETED', 'COMPENSATED'] as const;
export type DisbursementStatus = (typeof DISBURSEMENT_STATUSES)[number];

/** History entries of the way back: the turn to compensation, each undo, the end. */
export const COMPENSATION_STEPS = ['COMPENSATING', 'PAYOUT_REVERSED', 'LOAN_CANCELLED', 'LIMIT_RELEASED', 'COMPENSATED'] as const;
export type CompensationStep = (typeof COMPENSATION_STEPS)[number];

export type SagaStep = DisbursementStep | CompensationStep;

/** Application statuses the saga moves through (APPROVED -> DISBURSING -> DISBURSED, or back to APPROVED). */
export const APPLICATION_DISBURSING = 'DISBURSING';
export const APPLICATION_DISBURSED = 'DISBURSED';

/** Loan statuses the saga writes. */
export const LOAN_PENDING = 'PENDING';
export const LOAN_ACTIVE = 'ACTIVE';
export const LOAN_CANCELLED = 'CANCELLED';

/** A revolving line's dues: the minimum due on the whole limit, for this many months (see loanTerms). */
export const REVOLVING_DUE_MONTHS = 12;

export interface DisbursementRejection {
  field: string;
  message: string;
}

/** A disbursement with its loan (null before LOAN_CREATED, and for a saga compensated before it). */
export interface DisbursementRecord extends DisbursementRow {
  loan: LoanRow | null;
}

export interface ResumeSummary {
  /** Sagas found RUNNING or COMPENSATING. */
  found: number;
  completed: number;
  compensated: number;
  /** Still unfinished: an error stopped them again, or another process is moving them on. */
  unfinished: number;
}

export interface DisbursementServiceOptions {
  db: AppDb;
  catalog: CatalogStore;
  gateway: PaymentGateway;
  now?: () => Date;
  /** Gateway calls per payout or reversal, the first included (default 4), and the backoff between them. */
  retry?: { attempts?: number; initialDelayMs?: number; maxDelayMs?: number };
  /**
   * A replayed request whose saga has not moved for this long (and is not running in this process)
   * is continued by the replay (default 30 s): it was cut by an error or by a crash.
   */
  staleAfterMs?: number;
  /** The customers' time zone, for due dates (the local calendar; every customer is in India today). */
  timeZone?: string;
  /** Called after each step or undo is recorded (committed). Tests use it to crash mid-saga. */
  afterStep?: (step: SagaStep, disbursement: DisbursementRow) => void | Promise<void>;
  /** Told when a saga ends, COMPLETED or COMPENSATED (e.g. to publish an event). */
  onFinished?: (disbursement: DisbursementRecord) => void;
  log?: Logger;
}

/** A failure no retry will cure: the saga compensates. */
class StepFailed extends Error {
  constructor(
    message: string,
    readonly attempts = 0,
  ) {
    super(message);
  }
}

/** Another process changed the row first: this one stops. */
class LostRace extends Error {
  constructor(readonly disbursementId: number) {
    super(`disbursement ${disbursementId} was moved on by another process`);
  }
}

export class DisbursementService {
  private readonly db: AppDb;
  private readonly gateway: PaymentGateway;
  private readonly now: () => Date;
  private readonly timeZone: string;
  private readonly staleAfterMs: number;
  private readonly gatewayRetry: RetryPolicy;
  /** Sagas this process is running, so that a replay or a resume waits for them instead. */
  private readonly inFlight = new Map<number, Promise<DisbursementRow>>();

  constructor(private readonly opts: DisbursementServiceOptions) {
    this.db = opts.db;
    this.gateway = opts.gateway;
    this.now = opts.now ?? (() => new Date());
    this.timeZone = opts.timeZone ?? DEFAULT_TIME_ZONE;
    this.staleAfterMs = opts.staleAfterMs ?? 30_000;
    // cockatiel rather than a hand-written loop: it is already how the bureau client retries, its
    // exponential backoff has decorrelated jitter (many sagas failing at once do not retry in
    // lockstep against a gateway that is recovering), and it retries only what the filter allows:
    // transient gateway errors, never a refusal or a database error.
    const attempts = Math.max(1, Math.floor(opts.retry?.attempts ?? 4));
    const initialDelay = Math.max(1, opts.retry?.initialDelayMs ?? 100);
    this.gatewayRetry = retry(
      handleWhen((e) => e instanceof GatewayError && e.transient),
      { maxAttempts: attempts - 1, backoff: new ExponentialBackoff({ initialDelay, maxDelay: Math.max(initialDelay, opts.retry?.maxDelayMs ?? 2_000) }) },
    );
  }

  /**
   * Disburses an approved application as a loan, under an idempotency key: the same key for the
   * same application answers with that disbursement (as it stands, or once finished when this
   * process is running it); the same key for another application, or another key for an
   * application already disbursed (or tried and compensated: one disbursement per application,
   * ever), is refused. Who may disburse (ADMIN or RELATIONSHIP_MANAGER) is the resolver's check.
   *
   * Resolves when the saga has ended, COMPLETED or COMPENSATED; throws only on unexpected errors
   * (the database), leaving the saga to be continued later.
   */
  async disburse(viewer: Viewer, applicationGlobalId: string, idempotencyKey: string): Promise<DisbursementRecord | DisbursementRejection> {
    const key = typeof idempotencyKey === 'string' ? idempotencyKey.trim() : '';
    if (key.length === 0) return { field: 'idempotencyKey', message: 'must not be empty' };
    if (key.length > APPLICATION_LIMITS.maxIdempotencyKeyLength) return { field: 'idempotencyKey', message: `must be at most ${APPLICATION_LIMITS.maxIdempotencyKeyLength} characters` };
    const applicationId = applicationLocalId(applicationGlobalId);

    const earlier = await disbursementByKey(this.db, viewer.tenantId, key);
    if (earlier) return this.replay(earlier, applicationId);

    if (applicationId === null) return { field: 'applicationId', message: `no application with id "${applicationGlobalId}"` };
    const [application] = await applicationsByIds(this.db, viewer.tenantId, [applicationId]);
    if (!application) return { field: 'applicationId', message: `no application with id "${applicationGlobalId}"` };
    const other = await disbursementByApplication(this.db, viewer.tenantId, application.id);
    if (other) return alreadyDisbursed(other);
    const refused = this.refusal(application);
    if (refused) return refused;
    const plan = this.plan(application);
    if ('field' in plan) return plan;

    const at = this.now();
    const inserted = await insertDisbursement(this.db, {
      tenantId: viewer.tenantId,
      idempotencyKey: key,
      applicationId: application.id,
      amount: plan.principal,
      step: 'STARTED',
      status: 'RUNNING',
      history: [{ step: 'STARTED', at: at.toISOString(), detail: `${viewer.userId} asked to disburse ${formatInr(plan.principal)} as a ${plan.kind.toLowerCase()} loan` }],
      requestedBy: viewer.userId,
      // Whole milliseconds, as every later change writes it (see changeDisbursement).
      updatedAt: new Date(at.getTime()),
    });
    if (!inserted) {
      // A concurrent request won the key or the application: answer as it would have.
      const byKey = await disbursementByKey(this.db, viewer.tenantId, key);
      if (byKey) return this.replay(byKey, applicationId);
      const byApplication = await disbursementByApplication(this.db, viewer.tenantId, application.id);
      if (byApplication) return alreadyDisbursed(byApplication);
      throw new Error(`disbursement key ${key} conflicted but no row holds it or the application`);
    }
    await this.opts.afterStep?.('STARTED', inserted);
    return this.withLoan(await this.run(inserted));
  }

  /**
   * Continues every saga left RUNNING or COMPENSATING (by a crash or an error), one after another,
   * from its recorded step. Run it at start-up. With several replicas on one database, pass
   * `notChangedForMs` so that a replica starting up leaves alone the sagas another one is moving
   * on (were two to run one saga, the compare-and-set on every step keeps it consistent; this only
   * spares the wasted work).
   */
  async resumeUnfinished(opts: { notChangedForMs?: number } = {}): Promise<ResumeSummary> {
    const notChangedSince = opts.notChangedForMs ? new Date(this.now().getTime() - opts.notChangedForMs) : undefined;
    const rows = await unfinishedDisbursements(this.db, { notChangedSince });
    const summary: ResumeSummary = { found: rows.length, completed: 0, compensated: 0, unfinished: 0 };
    for (const row of rows) {
      let end: DisbursementRow;
      try {
        this.opts.log?.info(`disbursement ${row.id}: resuming ${row.status.toLowerCase()} at ${row.step}`);
        end = await this.run(row);
      } catch (e) {
        this.opts.log?.error(`disbursement ${row.id}: could not be resumed; it stays ${row.status} for the next attempt`, e);
        summary.unfinished += 1;
        continue;
      }
      if (end.status === 'COMPLETED') summary.completed += 1;
      else if (end.status === 'COMPENSATED') summary.compensated += 1;
      else summary.unfinished += 1;
    }
    return summary;
  }

  async byId(tenantId: string, id: number): Promise<DisbursementRecord | null> {
    const row = await disbursementById(this.db, id);
    return row && row.tenantId === tenantId ? this.withLoan(row) : null;
  }

  async ofApplication(tenantId: string, applicationId: number): Promise<DisbursementRecord | null> {
    const row = await disbursementByApplication(this.db, tenantId, applicationId);
    return row ? this.withLoan(row) : null;
  }

  // ------------------------------------------------------------ request checks

  private async replay(existing: DisbursementRow, applicationId: number | null): Promise<DisbursementRecord | DisbursementRejection> {
    if (applicationId !== existing.applicationId) {
      return { field: 'idempotencyKey', message: 'this key was already used to disburse a different application; use a new key for a new disbursement' };
    }
    let row = existing;
    const running = this.inFlight.get(row.id);
    if (running) row = await running;
    else if (isUnfinished(row) && this.now().getTime() - row.updatedAt.getTime() >= this.staleAfterMs) row = await this.run(row);
    return this.withLoan(row);
  }

  /** Why an application cannot be disbursed, or null. */
  private refusal(application: ApplicationRecord): DisbursementRejection | null {
    if (application.status === 'APPROVED') return null;
    return { field: 'applicationId', message: `the application is ${application.status.toLowerCase().replace(/_/g, ' ')}: only an approved application is disbursed` };
  }

  /** What the loan will be, or why the application cannot become one. */
  private plan(application: ApplicationRecord): LoanPlan | DisbursementRejection {
    const reject = (message: string): DisbursementRejection => ({ field: 'applicationId', message });
    if (application.customerId == null) return reject('the applicant is not a customer yet: a loan is opened for a customer, so onboard the applicant first');
    const decision = application.decision;
    if (!decision) return reject('the application has no stored decision');
    const product = this.opts.catalog.current.productById.get(application.productId);
    const terms = product ? creditTerms(product) : null;
    if (!product || !terms) return reject(`the application's product ${application.productId} is not a credit product in the catalog`);
    const principal = terms.revolving ? (decision.creditLimit ?? decision.approvedAmount) : decision.approvedAmount;
    if (principal == null || !(principal > 0)) return reject('the decision approved no amount');
    if (decision.aprPercent == null) return reject('the decision has no APR');
    const schedule = decision.repaymentSchedule as ScheduledPayment[];
    return {
      kind: terms.revolving ? 'REVOLVING' : 'INSTALLMENT',
      customerId: application.customerId,
      productId: application.productId,
      principal,
      aprPercent: decision.aprPercent,
      termMonths: application.termMonths,
      seasonal: !terms.revolving && isSeasonal(terms.seasonal, schedule, application.termMonths),
      incomeMonths: monthsOf(schedule),
    };
  }

  /** The plan of a saga's application, read again (a later step of a resumed saga has only the row). */
  private async planOf(d: DisbursementRow): Promise<LoanPlan> {
    const [application] = await applicationsByIds(this.db, d.tenantId, [d.applicationId]);
    if (!application) throw new StepFailed('the application is gone');
    const plan = this.plan(application);
    if ('field' in plan) throw new StepFailed(plan.message);
    return plan;
  }

  // ------------------------------------------------------------ the saga

  /** Runs the saga from its recorded step to its end; one run per saga in this process. */
  private run(row: DisbursementRow): Promise<DisbursementRow> {
    const running = this.inFlight.get(row.id);
    if (running) return running;
    const done = this.runSteps(row).finally(() => this.inFlight.delete(row.id));
    this.inFlight.set(row.id, done);
    return done;
  }

  private async runSteps(start: DisbursementRow): Promise<DisbursementRow> {
    let d = start;
    try {
      while (isUnfinished(d)) {
        let moved: { row: DisbursementRow; step: SagaStep };
        try {
          moved = d.status === 'RUNNING' ? await this.forward(d) : await this.backward(d);
        } catch (e) {
          if (!(e instanceof StepFailed) || d.status !== 'RUNNING') throw e;
          moved = await this.turnToCompensation(d, e);
        }
        d = moved.row;
        await this.opts.afterStep?.(moved.step, d);
      }
    } catch (e) {
      if (!(e instanceof LostRace)) throw e;
      const now = await disbursementById(this.db, d.id);
      if (!now) throw new Error(`disbursement ${d.id} disappeared`, { cause: e });
      return now;
    }
    this.opts.onFinished?.(await this.withLoan(d));
    return d;
  }

  private forward(d: DisbursementRow): Promise<{ row: DisbursementRow; step: SagaStep }> {
    switch (d.step as DisbursementStep) {
      case 'STARTED':
        return this.reserve(d);
      case 'LIMIT_RESERVED':
        return this.createLoan(d);
      case 'LOAN_CREATED':
        return this.payOut(d);
      case 'PAID_OUT':
      case 'CONFIRMED':
        return this.confirm(d);
      default:
        throw new Error(`disbursement ${d.id} is at an unknown step ${d.step}`);
    }
  }

  private backward(d: DisbursementRow): Promise<{ row: DisbursementRow; step: SagaStep }> {
    switch (d.step as DisbursementStep) {
      case 'CONFIRMED': // never compensating once confirmed (that is one transaction); as PAID_OUT
      case 'PAID_OUT':
        return this.reversePayout(d);
      case 'LOAN_CREATED':
        return this.cancelLoan(d);
      case 'LIMIT_RESERVED':
        return this.release(d);
      case 'STARTED':
        return this.endCompensation(d);
      default:
        throw new Error(`disbursement ${d.id} is at an unknown step ${d.step}`);
    }
  }

  // --- forward steps

  private async reserve(d: DisbursementRow): Promise<{ row: DisbursementRow; step: SagaStep }> {
    return this.step(d, 'LIMIT_RESERVED', async (tx) => {
      if (!(await moveApplicationStatus(tx, d.tenantId, d.applicationId, 'APPROVED', APPLICATION_DISBURSING))) {
        const status = await applicationStatus(tx, d.tenantId, d.applicationId);
        // DISBURSING already: reserved by this saga (the only one an application can have).
        if (status !== APPLICATION_DISBURSING) throw new StepFailed(`the application is ${status?.toLowerCase() ?? 'gone'}, no longer approved`);
      }
      return { change: { step: 'LIMIT_RESERVED' }, detail: `${formatInr(d.amount)} reserved: the application is disbursing` };
    });
  }

  private async createLoan(d: DisbursementRow): Promise<{ row: DisbursementRow; step: SagaStep }> {
    const plan = await this.planOf(d);
    const terms = loanTerms(plan, this.now(), this.timeZone);
    return this.step(d, 'LOAN_CREATED', async (tx) => {
      const loan = await insertLoan(tx, {
        tenantId: d.tenantId,
        applicationId: d.applicationId,
        customerId: plan.customerId,
        productId: plan.productId,
        kind: plan.kind,
        principal: d.amount,
        aprPercent: plan.aprPercent,
        termMonths: terms.termMonths,
        monthlyInstalment: terms.monthlyInstalment,
        dues: terms.dues,
        status: LOAN_PENDING,
      } satisfies NewLoan);
      if (loan.status !== LOAN_PENDING) throw new StepFailed(`the application's loan ${loan.id} is ${loan.status.toLowerCase()}, not pending`);
      return {
        change: { step: 'LOAN_CREATED', loanId: loan.id },
        detail: `loan ${loan.id} created, pending: ${plan.kind.toLowerCase()}, ${terms.dues.length} dues of ${formatInr(terms.monthlyInstalment)} from ${terms.dues[0]?.dueDate ?? '-'}`,
      };
    });
  }

  private async payOut(d: DisbursementRow): Promise<{ row: DisbursementRow; step: SagaStep }> {
    const reference = payoutReference(d.id);
    let attempts = 0;
    // The payout may have been made before a crash cut the saga: ask before paying.
    const before = await this.gatewayRetry.execute(() => this.gateway.status(reference));
    if (before === 'REVERSED') throw new StepFailed(`payout ${reference} was reversed at the gateway`);
    if (before !== 'PAID') {
      try {
        await this.gatewayRetry.execute(() => {
          attempts += 1;
          return this.gateway.payout(reference, d.tenantId, d.amount);
        });
      } catch (e) {
        if (e instanceof GatewayError) throw new StepFailed(`payout ${reference} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${e.message}`, attempts);
        throw e;
      }
    }
    const detail = before === 'PAID' ? `${formatInr(d.amount)} found already paid out under ${reference}` : `${formatInr(d.amount)} paid out under ${reference} (${attempts} attempt${attempts === 1 ? '' : 's'})`;
    const row = await changeDisbursement(this.db, d, { step: 'PAID_OUT', payoutReference: reference, addAttempts: attempts, entry: this.entry('PAID_OUT', detail) }, this.now());
    if (!row) {
      // Someone else moved the saga meanwhile. Had it turned to compensation before our payout,
      // that payout would be left standing: take it back (reversing twice is harmless).
      const now = await disbursementById(this.db, d.id);
      if (now && (now.status === 'COMPENSATING' || now.status === 'COMPENSATED') && now.step !== 'PAID_OUT') {
        await this.gatewayRetry.execute(() => this.gateway.reverse(reference));
      }
      throw new LostRace(d.id);
    }
    return { row, step: 'PAID_OUT' };
  }

  private async confirm(d: DisbursementRow): Promise<{ row: DisbursementRow; step: SagaStep }> {
    if (d.loanId == null) throw new Error(`disbursement ${d.id} is at ${d.step} without a loan`);
    const loan = await loanById(this.db, d.tenantId, d.loanId);
    if (!loan) throw new Error(`disbursement ${d.id}: loan ${d.loanId} is gone`);
    const disbursedAt = this.now();
    // The dues run from the day the money left, which can be later than the day the loan was
    // written (a saga resumed after a restart): counted again from now. The plan cannot fail here
    // (it did not at LOAN_CREATED, and the application is DISBURSING since): an error, not a failure.
    const plan = await this.planOf(d).catch((e: unknown) => {
      throw new Error(`disbursement ${d.id}: ${e instanceof Error ? e.message : String(e)}`);
    });
    const dues = loanTerms(plan, disbursedAt, this.timeZone).dues;
    return this.step(
      d,
      'CONFIRMED',
      async (tx) => {
        if (!(await activateLoan(tx, loan.id, disbursedAt, dues))) throw new Error(`disbursement ${d.id}: loan ${loan.id} is ${loan.status}, not pending`);
        if (!(await moveApplicationStatus(tx, d.tenantId, d.applicationId, APPLICATION_DISBURSING, APPLICATION_DISBURSED))) {
          const status = await applicationStatus(tx, d.tenantId, d.applicationId);
          throw new Error(`disbursement ${d.id}: the application is ${status}, not disbursing`);
        }
        await auditLog.append(tx, {
          tenantId: d.tenantId,
          actor: d.requestedBy,
          action: 'LOAN_DISBURSED',
          entityType: 'Loan',
          entityId: String(loan.id),
          details: { disbursementId: d.id, applicationId: d.applicationId, amount: d.amount, payoutReference: d.payoutReference },
        });
        return { change: { step: 'CONFIRMED', status: 'COMPLETED' }, detail: `loan ${loan.id} active from ${localDate(disbursedAt, this.timeZone)}; application disbursed` };
      },
      disbursedAt,
    );
  }

  // --- compensation

  private async turnToCompensation(d: DisbursementRow, failure: StepFailed): Promise<{ row: DisbursementRow; step: SagaStep }> {
    this.opts.log?.warn(`disbursement ${d.id}: ${failure.message}; compensating from ${d.step}`);
    const row = await changeDisbursement(
      this.db,
      d,
      { status: 'COMPENSATING', lastError: failure.message, addAttempts: failure.attempts, entry: this.entry('COMPENSATING', `${failure.message}; undoing from ${d.step}`) },
      this.now(),
    );
    if (!row) throw new LostRace(d.id);
    return { row, step: 'COMPENSATING' };
  }

  private async reversePayout(d: DisbursementRow): Promise<{ row: DisbursementRow; step: SagaStep }> {
    const reference = d.payoutReference ?? payoutReference(d.id);
    await this.gatewayRetry.execute(() => this.gateway.reverse(reference));
    const row = await changeDisbursement(this.db, d, { step: 'LOAN_CREATED', entry: this.entry('PAYOUT_REVERSED', `payout ${reference} reversed`) }, this.now());
    if (!row) throw new LostRace(d.id);
    return { row, step: 'PAYOUT_REVERSED' };
  }

  private async cancelLoan(d: DisbursementRow): Promise<{ row: DisbursementRow; step: SagaStep }> {
    // A payout made just before a crash (or by a gateway that answered too late) is not recorded
    // as PAID_OUT: undo it too before the loan is cancelled.
    const reference = payoutReference(d.id);
    const paid = (await this.gatewayRetry.execute(() => this.gateway.status(reference))) === 'PAID';
    if (paid) await this.gatewayRetry.execute(() => this.gateway.reverse(reference));
    return this.step(d, 'LOAN_CANCELLED', async (tx) => {
      if (d.loanId != null) await cancelLoan(tx, d.loanId);
      const what = d.loanId != null ? `loan ${d.loanId} cancelled` : 'no loan to cancel';
      return { change: { step: 'LIMIT_RESERVED' }, detail: paid ? `${what}; payout ${reference}, found paid, reversed` : what };
    });
  }

  private async release(d: DisbursementRow): Promise<{ row: DisbursementRow; step: SagaStep }> {
    return this.step(d, 'LIMIT_RELEASED', async (tx) => {
      // False when it was never reserved, or released already: nothing to do either way.
      await moveApplicationStatus(tx, d.tenantId, d.applicationId, APPLICATION_DISBURSING, 'APPROVED');
      return { change: { step: 'STARTED' }, detail: `${formatInr(d.amount)} released: the application is approved again` };
    });
  }

  private async endCompensation(d: DisbursementRow): Promise<{ row: DisbursementRow; step: SagaStep }> {
    return this.step(d, 'COMPENSATED', async (tx) => {
      await auditLog.append(tx, {
        tenantId: d.tenantId,
        actor: d.requestedBy,
        action: 'DISBURSEMENT_COMPENSATED',
        entityType: 'LoanApplication',
        entityId: String(d.applicationId),
        details: { disbursementId: d.id, amount: d.amount, reason: d.lastError },
      });
      return { change: { status: 'COMPENSATED' }, detail: `every step undone: ${d.lastError ?? 'compensated'}` };
    });
  }

  // --- plumbing

  /**
   * One database step: its effect and the row's change in one transaction. The change is a
   * compare-and-set: when another process moved the row first, the effect is rolled back too.
   */
  private async step(
    d: DisbursementRow,
    name: SagaStep,
    effect: (tx: AppDb) => Promise<{ change: Omit<DisbursementChange, 'entry'>; detail: string }>,
    at: Date = this.now(),
  ): Promise<{ row: DisbursementRow; step: SagaStep }> {
    const row = await this.db.transaction(async (t) => {
      const tx = t as unknown as AppDb;
      const { change, detail } = await effect(tx);
      const changed = await changeDisbursement(tx, d, { ...change, entry: { step: name, at: at.toISOString(), detail } }, at);
      if (!changed) throw new LostRace(d.id);
      return changed;
    });
    return { row, step: name };
  }

  private entry(step: SagaStep, detail: string) {
    return { step, at: this.now().toISOString(), detail };
  }

  private async withLoan(d: DisbursementRow): Promise<DisbursementRecord> {
    return { ...d, loan: d.loanId == null ? null : await loanById(this.db, d.tenantId, d.loanId) };
  }
}

// ---------------------------------------------------------------- loan terms (pure)

export interface LoanPlan {
  kind: LoanKind;
  customerId: number;
  productId: string;
  principal: number;
  aprPercent: number;
  /** The term applied for (an approval is on the terms asked; a counter-offer is not disbursed). */
  termMonths: number;
  /** Repaid in the months income arrives, as the decision's schedule was. */
  seasonal: boolean;
  /** The months (1-12) of the decision's schedule, for a seasonal loan. */
  incomeMonths: number[];
}

export interface LoanTerms {
  termMonths: number;
  monthlyInstalment: number;
  dues: Due[];
}

/**
 * The dues of a loan disbursed at `disbursedAt`:
 * - an instalment loan: the equal monthly instalments of monthlySchedule (the same amounts the
 *   decision showed), the first one month after the local date of disbursement, then monthly on
 *   the same day of the month (clamped to a month's last day);
 * - a seasonal loan: seasonalSchedule's harvest-month payments counted from the disbursement, in
 *   the months of the decision's schedule;
 * - a revolving line (card, overdraft): a simplification. A card has no schedule; its dues depend
 *   on what is drawn each month. The line is taken as fully drawn, and the dues are the minimum
 *   due (REVOLVING_MINIMUM_DUE of the limit) each month for REVOLVING_DUE_MONTHS months, so that
 *   delinquency can be computed the same way for every loan.
 */
export function loanTerms(plan: LoanPlan, disbursedAt: Date, timeZone = DEFAULT_TIME_ZONE): LoanTerms {
  const start = localDate(disbursedAt, timeZone);
  const monthly = (amounts: readonly number[]): Due[] => amounts.map((amount, i) => ({ dueDate: addMonths(start, i + 1), amount }));
  if (plan.kind === 'REVOLVING') {
    const minimumDue = round2(plan.principal * REVOLVING_MINIMUM_DUE);
    return { termMonths: REVOLVING_DUE_MONTHS, monthlyInstalment: minimumDue, dues: monthly(Array(REVOLVING_DUE_MONTHS).fill(minimumDue)) };
  }
  if (plan.seasonal) {
    const schedule = seasonalSchedule(plan.principal, plan.termMonths, plan.aprPercent, disbursedAt, plan.incomeMonths);
    return {
      termMonths: plan.termMonths,
      monthlyInstalment: round2(monthlyInstalment(plan.principal, plan.termMonths, plan.aprPercent)),
      dues: schedule.map(({ dueDate, amount }) => ({ dueDate, amount })),
    };
  }
  const schedule = monthlySchedule(plan.principal, plan.termMonths, plan.aprPercent, disbursedAt);
  return { termMonths: plan.termMonths, monthlyInstalment: schedule[0]?.amount ?? 0, dues: monthly(schedule.map((p) => p.amount)) };
}

/**
 * The decision's schedule was seasonal when the product is, or when it has fewer payments than
 * months (seasonalSchedule pays only in income months; monthlySchedule pays every month).
 */
function isSeasonal(productSeasonal: boolean, schedule: readonly ScheduledPayment[], termMonths: number): boolean {
  return productSeasonal || (schedule.length > 0 && schedule.length < termMonths);
}

function monthsOf(schedule: readonly ScheduledPayment[]): number[] {
  return [...new Set(schedule.map((p) => Number(p.dueDate.slice(5, 7))))].sort((a, b) => a - b);
}

// ---------------------------------------------------------------- helpers

/** The gateway reference of a disbursement's payout: one per disbursement, so paid at most once. */
export function payoutReference(disbursementId: number): string {
  return `payout-${disbursementId}`;
}

function isUnfinished(d: DisbursementRow): boolean {
  return d.status === 'RUNNING' || d.status === 'COMPENSATING';
}

function applicationLocalId(globalId: string): number | null {
  const local = localIdOf(globalId, 'LoanApplication');
  return local !== null && /^\d{1,15}$/.test(local) ? Number(local) : null;
}

function alreadyDisbursed(other: DisbursementRow): DisbursementRejection {
  const state =
    other.status === 'COMPLETED'
      ? 'was already disbursed'
      : other.status === 'COMPENSATED'
        ? 'was already tried and compensated (an application is disbursed at most once)'
        : 'is being disbursed';
  return { field: 'applicationId', message: `the application ${state} under another idempotency key ("${other.idempotencyKey}"); replay that key to see it` };
}

function formatInr(x: number): string {
  return `₹${x.toLocaleString('en-IN', { maximumFractionDigits: 2 })}`;
}
