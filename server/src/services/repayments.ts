// Recording a repayment: validate, store it once per idempotency key, and, for cards, review the
// customer's credit limit by the policy's rule (domain/credit/limit-review.ts), all in one
// transaction, so a payment is never stored without its review or reviewed twice.
import { createHash } from 'node:crypto';
import type { CatalogStore } from '../catalog/catalog-store.js';
import type { AppDb } from '../db/index.js';
import { creditTerms } from '../domain/credit/credit-terms.js';
import { classifyRepayment, reviewCreditLimit, type ClassifiedRepayment, type RepaymentStatus } from '../domain/credit/limit-review.js';
import type { CreditPolicy } from '../domain/credit/policy.js';
import { validateRepaymentInput, type RepaymentInputLike, type ValidRepayment } from '../domain/credit/repayment-input.js';
import { localIdOf } from '../graphql/ids.js';
import { applicationsByIds, setCreditLimit, type ApplicationRecord } from '../repositories/credit.js';
import type { CustomerRow } from '../repositories/customers.js';
import {
  auditLimitChange,
  insertRepayment,
  lockCreditLimit,
  repaymentByKey,
  repaymentEventRef,
  repaymentsSinceLastLimitChange,
  setLimitReview,
  type RepaymentRecord,
  type RepaymentRow,
} from '../repositories/repayments.js';
import type { Viewer } from '../security/viewer.js';
import type { CreditPolicyService } from './credit-policies.js';

export interface RepaymentRejection {
  field: string;
  message: string;
}

export interface RepaymentServiceOptions {
  now?: () => Date;
  /** Told after a repayment moved a customer's credit limit (committed); e.g. to tell subscribers. */
  onLimitChanged?: (tenantId: string, customerId: number) => void;
  /** Told after a new repayment was stored (committed; not for a replay): e.g. to refresh the loan's delinquency. */
  onRecorded?: (tenantId: string, applicationId: number) => void;
}

/**
 * Applications that became a loan or a card (approved; paid out by the disbursement saga, or
 * approved before disbursements were recorded). Counter-offers must be accepted first (not yet in the graph).
 */
const REPAYABLE_STATUSES = new Set(['APPROVED', 'DISBURSED']);

export class RepaymentService {
  private readonly now: () => Date;
  private readonly onLimitChanged: (tenantId: string, customerId: number) => void;
  private readonly onRecorded: (tenantId: string, applicationId: number) => void;

  constructor(
    private readonly db: AppDb,
    private readonly catalog: CatalogStore,
    private readonly policies: CreditPolicyService,
    options: RepaymentServiceOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.onLimitChanged = options.onLimitChanged ?? (() => {});
    this.onRecorded = options.onRecorded ?? (() => {});
  }

  async record(
    viewer: Viewer,
    input: RepaymentInputLike,
    idempotencyKey: string,
    loadCustomer: (id: number) => Promise<CustomerRow | null>,
  ): Promise<RepaymentRecord | RepaymentRejection> {
    const checked = validateRepaymentInput(input, idempotencyKey, this.now());
    if (!checked.ok) return { field: checked.field, message: checked.message };
    const payment = checked.value;
    const requestHash = hashRequest(payment);

    const earlier = await repaymentByKey(this.db, viewer.tenantId, payment.idempotencyKey);
    if (earlier) return replay(earlier, requestHash);

    const application = await this.findApplication(viewer.tenantId, payment.applicationId);
    if (!application) return { field: 'applicationId', message: `no application with id "${payment.applicationId}"` };
    if (!REPAYABLE_STATUSES.has(application.status)) {
      return { field: 'applicationId', message: `the application is ${application.status.toLowerCase().replace('_', ' ')}: only an approved application has a loan or card to repay` };
    }
    if (payment.paidAt < application.submittedAt) return { field: 'paidAt', message: 'is before the application was submitted' };

    const product = this.catalog.current.productById.get(application.productId);
    const revolving = (product && creditTerms(product)?.revolving) ?? false;
    const customer = revolving && application.customerId != null ? await loadCustomer(application.customerId) : null;
    const policy = customer ? (await this.policies.current(viewer.tenantId)).policy : null;

    let limitChanged = false;
    const inserted = await this.db.transaction(async (tx) => {
      const db = tx as unknown as AppDb;
      const classified = classifyRepayment(payment);
      const row = await insertRepayment(db, {
        tenantId: viewer.tenantId,
        idempotencyKey: payment.idempotencyKey,
        requestHash,
        applicationId: application.id,
        customerId: application.customerId,
        revolving,
        amount: payment.amount,
        amountDue: payment.amountDue,
        dueDate: payment.dueDate,
        statementBalance: payment.statementBalance,
        paidAt: payment.paidAt,
        ...classified,
        recordedBy: viewer.userId,
      });
      if (row && customer && policy) limitChanged = await reviewLimit(db, viewer, row, classified, customer, policy);
      return row;
    });
    // Null: a concurrent request with the same key won; its row is the answer.
    const stored = await repaymentByKey(this.db, viewer.tenantId, payment.idempotencyKey);
    if (!stored) throw new Error(`repayment key ${payment.idempotencyKey} ${inserted ? 'was inserted' : 'conflicted'} but no row holds it`);
    if (inserted && limitChanged && customer) this.onLimitChanged(viewer.tenantId, customer.id);
    if (inserted) this.onRecorded(viewer.tenantId, application.id);
    return inserted ? stored : replay(stored, requestHash);
  }

  private async findApplication(tenantId: string, globalId: string): Promise<ApplicationRecord | null> {
    const local = localIdOf(globalId, 'LoanApplication');
    if (local === null || !/^\d{1,15}$/.test(local)) return null;
    const [a] = await applicationsByIds(this.db, tenantId, [Number(local)]);
    return a ?? null;
  }
}

/** True when the limit changed. */
async function reviewLimit(db: AppDb, viewer: Viewer, row: RepaymentRow, latest: ClassifiedRepayment, customer: CustomerRow, policy: CreditPolicy): Promise<boolean> {
  const current = await lockCreditLimit(db, customer.id);
  if (!current) {
    await setLimitReview(db, row.id, 'The customer has no credit limit on record: nothing to review');
    return false;
  }
  const since = await repaymentsSinceLastLimitChange(db, customer.id);
  const review = reviewCreditLimit({
    currentLimit: current.creditLimit,
    sinceLastChange: since.map((r) => ({ status: r.status as RepaymentStatus, daysLate: r.daysLate, shortfall: r.shortfall })),
    latest,
    statementBalance: row.statementBalance,
    annualIncome: customer.annualIncome,
    policy,
  });
  await setLimitReview(db, row.id, review.reason);
  if (review.action === 'KEEP') return false;
  const eventRef = repaymentEventRef(row.id);
  await setCreditLimit(db, viewer.tenantId, customer.id, review.newLimit, review.rule, review.reason, eventRef);
  await auditLimitChange(db, viewer.tenantId, viewer.userId, customer.id, {
    rule: review.rule,
    reason: review.reason,
    previousLimit: current.creditLimit,
    newLimit: review.newLimit,
    event: eventRef,
  });
  return true;
}

function replay(existing: RepaymentRecord, requestHash: string): RepaymentRecord | RepaymentRejection {
  if (existing.requestHash === requestHash) return existing;
  return { field: 'idempotencyKey', message: 'this key was already used for a different payment; use a new key for a new payment' };
}

function hashRequest(p: ValidRepayment): string {
  const canonical = [p.applicationId, p.amount, p.amountDue, p.dueDate, p.paidAt.toISOString(), p.statementBalance ?? ''].join('|');
  return createHash('sha256').update(canonical).digest('hex');
}
