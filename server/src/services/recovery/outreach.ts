// Outreach to a case's customer: compose from the reviewed templates, check the contact limits,
// store, and hand to the durable queue; the queue's worker delivers through the channel's adapter.
//
// - Composing: the tone from the segment and history (chooseTone), the language of the case, the
//   plan being followed (or offered) and a payment link; nothing a customer reads is free text.
// - Limits (domain/recovery/compliance.ts): at most 7 attempts per case in 7 days, none in quiet
//   hours on the customer's clock, none after a dispute or a cease request. A message that would
//   break one is stored BLOCKED with every check and its reason, and a CONTACT_BLOCKED event;
//   nothing is sent. The worker checks again when it sends (quiet hours may have begun, a dispute
//   may have been raised while the message waited).
// - Exactly once: the message id is the provider's idempotency key, a message is marked SENT only
//   while it is QUEUED, and a retry after a provider call whose reply was lost asks the provider
//   what it delivered before sending again.
// - Never lost: a message is stored before it is queued, the restart sweep re-queues QUEUED ones
//   (one job per message and enqueue, see outreach/queue.ts), and a send that keeps failing lands
//   in the dead-letter queue: the message is DEAD with its last error until an admin replays it.
import { mayWorkCase } from './case-visibility.js';
import { createHash } from 'node:crypto';
import type { AppDb } from '../../db/index.js';
import { checkContact, DEFAULT_CONTACT_LIMITS, type ContactCheck, type ContactLimits } from '../../domain/recovery/compliance.js';
import { localDate } from '../../domain/recovery/calendar.js';
import { toneUnderArm } from '../../domain/recovery/experiment-outcomes.js';
import type { CaseTreatment } from './experiments.js';
import { chooseTone, composeMessage, PURPOSES, type ComposedMessage, type PlanSummary, type Purpose } from '../../domain/recovery/composer.js';
import { hourBandOf, type BestContactTime, type ContactPrior } from '../../domain/recovery/contact-time.js';
import { CHANNELS, LANGUAGES, type Channel, type Language, type RecoverySegment } from '../../domain/recovery/types.js';
import { localIdOf } from '../../graphql/ids.js';
import type { Logger } from '../../logger.js';
import { ProviderError, recipientFor, type ChannelAdapter, type SendReceipt } from '../../outreach/channels.js';
import type { OutreachEnqueuer, SendJob } from '../../outreach/queue.js';
import type { CustomerRow } from '../../repositories/customers.js';
import {
  attemptTimesOfCase,
  claimAttempt,
  deadMessages,
  insertMessage,
  messageById,
  messageByKey,
  messageOfTenant,
  queuedMessages,
  recordFailure,
  updateMessageIf,
  type MessageRow,
} from '../../repositories/outreach.js';
import { appendCaseEvents, casesByIds, plansOfCases, promisesOfCases, updateCase, type CaseEventInput, type CaseRow, type PlanRow } from '../../repositories/recovery.js';
import type { Viewer } from '../../security/viewer.js';
import type { RecoveryCaseService, Rejection } from './recovery-cases.js';
import { SYSTEM_ACTOR } from './recovery-engine.js';

export interface OutreachInputLike {
  channel?: string | null;
  purpose?: string | null;
  sendKey: string;
}

export interface OutreachDeps {
  db: AppDb;
  queue: OutreachEnqueuer;
  channels: { adapter(channel: Channel): ChannelAdapter };
  cases: RecoveryCaseService;
  loadCustomer: (tenantId: string, id: number) => Promise<CustomerRow | null>;
  /** The name customers know the lender by (the tenant's). */
  lenderName: (tenantId: string) => string;
  /** Reach rates of customers like this one, per channel and hour band. */
  contactPrior: (customer: CustomerRow) => ContactPrior;
  /** What the running experiment does to a case: its arm may set the tone. */
  treatmentOf?: (caseId: number) => Promise<CaseTreatment | null>;
  onCaseChanged: (tenantId: string, caseId: number) => void;
  log: Logger;
  limits?: ContactLimits;
  now?: () => Date;
}

const MAX_KEY = 200;
const MAX_DEAD_LETTERS = 200;
/** How often a send is tried again when the case changed under it (a collector, the sweep). */
const CASE_CHANGE_RETRIES = 3;
const PAY_BASE = 'https://pay.creditgraph.example';

export class OutreachService {
  private readonly limits: ContactLimits;
  private now: () => Date;

  constructor(private readonly deps: OutreachDeps) {
    this.limits = deps.limits ?? DEFAULT_CONTACT_LIMITS;
    this.now = deps.now ?? (() => new Date());
  }

  /** The clock outreach is checked and recorded by; tests and simulations set one. */
  useClock(now: () => Date): void {
    this.now = now;
  }

  /** Composes, checks and stores the message, and queues it unless a limit blocks it. The same sendKey returns the same message. */
  async send(viewer: Viewer, caseId: string, input: OutreachInputLike, at: Date = this.now()): Promise<MessageRow | Rejection> {
    const key = input.sendKey.trim();
    if (key.length === 0 || key.length > MAX_KEY) return { field: 'input.sendKey', message: `must be 1 to ${MAX_KEY} characters` };
    if (input.channel != null && !(CHANNELS as readonly string[]).includes(input.channel)) return { field: 'input.channel', message: `must be one of ${CHANNELS.join(', ')}` };
    const purpose = (input.purpose ?? 'REMINDER') as Purpose;
    if (!PURPOSES.includes(purpose)) return { field: 'input.purpose', message: `must be one of ${PURPOSES.join(', ')}` };
    const requestHash = hash([caseId, input.channel ?? '', purpose].join('|'));
    const earlier = await messageByKey(this.deps.db, viewer.tenantId, key);
    if (earlier) return replay(earlier, requestHash);

    for (let round = 0; ; round++) {
      const c = await this.deps.cases.openCase(viewer, caseId);
      if ('field' in c) return c;
      const draft = await this.draft(c, purpose, (input.channel as Channel | null) ?? null, at);
      if ('field' in draft) return draft;
      const attempts = await attemptTimesOfCase(this.deps.db, c.id, windowStart(at, this.limits), { includeQueued: true });
      const decision = checkContact({ at, timeZone: c.timeZone, channel: draft.channel, attemptsInWindow: attempts, dispute: c.dispute, ceaseRequested: c.ceaseRequested, limits: this.limits });
      const blockReason = decision.allowed ? null : decision.checks.find((x) => !x.passed)!.rule;
      const outcome = await this.deps.db.transaction(async (tx) => {
        const db = tx as unknown as AppDb;
        const row = await insertMessage(db, {
          tenantId: c.tenantId,
          caseId: c.id,
          customerId: c.customerId,
          sendKey: key,
          requestHash,
          channel: draft.channel,
          purpose,
          templateId: draft.message.templateId,
          language: draft.message.language,
          tone: draft.message.tone,
          recipient: draft.recipient,
          subject: draft.message.subject,
          body: draft.message.body,
          status: decision.allowed ? 'QUEUED' : 'BLOCKED',
          checks: decision.checks,
          blockReason,
          enqueues: decision.allowed ? 1 : 0,
          requestedBy: viewer.userId,
          createdAt: at,
        });
        if (!row) return 'KEY_TAKEN' as const;
        await appendCaseEvents(db, [
          decision.allowed
            ? caseEvent(c, 'CONTACT_QUEUED', `${words(purpose)} queued on ${draft.channel} to ${draft.recipient} (${draft.message.templateId}, ${draft.toneReason})`, { messageId: row.id, channel: draft.channel, purpose, templateId: row.templateId, checks: decision.checks }, at, viewer.userId)
            : blockedEvent(c, row, decision.checks, 'REQUEST', at, viewer.userId),
        ]);
        // A new case version: concurrent sends for one case are serialised by it, so two of them
        // cannot both take the last attempt the limit allows.
        if (!(await updateCase(db, c.id, c.version, {}))) throw new CaseMovedError();
        return row;
      }).catch((e: unknown) => {
        if (e instanceof CaseMovedError) return 'CASE_MOVED' as const;
        throw e;
      });
      if (outcome === 'CASE_MOVED') {
        if (round + 1 < CASE_CHANGE_RETRIES) continue;
        return { field: 'caseId', message: 'the case kept changing while the message was being saved; try again' };
      }
      if (outcome === 'KEY_TAKEN') {
        const winner = await messageByKey(this.deps.db, viewer.tenantId, key);
        if (!winner) throw new Error(`outreach key ${key} conflicted but no message holds it`);
        return replay(winner, requestHash);
      }
      this.deps.onCaseChanged(c.tenantId, c.id);
      if (outcome.status === 'QUEUED') await this.enqueue({ messageId: outcome.id, generation: outcome.enqueues });
      return outcome;
    }
  }

  /** The queue's worker: delivers a QUEUED message once. Throws on a transient failure so that the queue retries. */
  async deliver(job: SendJob): Promise<void> {
    const msg = await messageById(this.deps.db, job.messageId);
    if (!msg || msg.status !== 'QUEUED') return; // sent, blocked or dead already: nothing to do
    const [c] = await casesByIds(this.deps.db, msg.tenantId, [msg.caseId]);
    const adapter = this.deps.channels.adapter(msg.channel as Channel);
    const now = this.now();
    if (msg.attempts > 0) {
      // An earlier attempt may have been delivered with its reply lost: ask before sending again.
      const delivered = await adapter.lookup(String(msg.id));
      if (delivered) return this.markSent(msg, c ?? null, delivered, msg.checks, now);
    }
    if (!c || c.status !== 'OPEN') {
      const check = { rule: 'CASE_OPEN', passed: false, detail: c ? `The case closed (${c.closeReason ?? 'closed'}) while the message waited` : 'The case no longer exists' };
      return this.markBlocked(msg, c ?? null, [...msg.checks.filter((x) => x.rule !== 'CASE_OPEN'), check], 'CASE_OPEN', now);
    }
    const attempts = await attemptTimesOfCase(this.deps.db, c.id, windowStart(now, this.limits), { includeQueued: false, exceptId: msg.id });
    const decision = checkContact({ at: now, timeZone: c.timeZone, channel: msg.channel as Channel, attemptsInWindow: attempts, dispute: c.dispute, ceaseRequested: c.ceaseRequested, limits: this.limits });
    if (!decision.allowed) return this.markBlocked(msg, c, decision.checks, decision.checks.find((x) => !x.passed)!.rule, now);
    const expectedReach = await this.expectedReach(c, msg.channel as Channel, now);
    // Counted before the call: a later attempt then knows to ask the provider first.
    if ((await claimAttempt(this.deps.db, msg.id)) === null) return;

    let receipt: SendReceipt;
    try {
      receipt = await adapter.send({ id: String(msg.id), tenantId: msg.tenantId, to: msg.recipient, subject: msg.subject, body: msg.body, expectedReach });
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      await recordFailure(this.deps.db, msg.id, error);
      // A permanent refusal is not retried: straight to the dead letters.
      if (e instanceof ProviderError && !e.transient) return this.markDead(job, error);
      throw e;
    }
    await this.markSent(msg, c, receipt, decision.checks, now);
  }

  /** The dead-letter queue's worker: the job failed for good, so the message is DEAD (unless it moved on meanwhile). */
  async markDead(job: SendJob, error: string): Promise<void> {
    const at = this.now();
    const msg = await messageById(this.deps.db, job.messageId);
    if (!msg) return;
    const dead = await this.deps.db.transaction(async (tx) => {
      const db = tx as unknown as AppDb;
      const row = await updateMessageIf(db, msg.id, 'QUEUED', { status: 'DEAD', deadAt: at, lastError: (error || msg.lastError || 'failed').slice(0, 2000) }, job.generation);
      if (!row) return null;
      await appendCaseEvents(db, [
        caseEvent(row, 'CONTACT_FAILED', `${words(row.purpose)} on ${row.channel} failed after ${row.attempts} attempt${row.attempts === 1 ? '' : 's'} (${row.lastError}); it is in the dead-letter queue`, { messageId: row.id, attempts: row.attempts, lastError: row.lastError }, at, SYSTEM_ACTOR, row.caseId),
      ]);
      return row;
    });
    if (dead) {
      this.deps.log.warn(`outreach message ${dead.id} is dead after ${dead.attempts} attempts: ${dead.lastError}`);
      this.deps.onCaseChanged(dead.tenantId, dead.caseId);
    }
  }

  /** ADMIN: a dead message back on the queue, as a new job; its attempts keep counting. */
  async replayDeadLetter(viewer: Viewer, messageId: string): Promise<MessageRow | Rejection> {
    const msg = await this.find(viewer, messageId);
    if (!msg) return { field: 'messageId', message: `no outreach message with id "${messageId}"` };
    if (msg.status !== 'DEAD') return { field: 'messageId', message: `the message is ${msg.status.toLowerCase()}: only a dead message can be replayed` };
    const [c] = await casesByIds(this.deps.db, viewer.tenantId, [msg.caseId]);
    if (!c || c.status !== 'OPEN') return { field: 'messageId', message: 'the case is closed: its messages are not sent any more' };
    const at = this.now();
    const row = await this.deps.db.transaction(async (tx) => {
      const db = tx as unknown as AppDb;
      const r = await updateMessageIf(db, msg.id, 'DEAD', { status: 'QUEUED', deadAt: null, enqueues: msg.enqueues + 1 });
      if (!r) return null;
      await appendCaseEvents(db, [caseEvent(c, 'CONTACT_REPLAYED', `${words(r.purpose)} on ${r.channel} taken from the dead-letter queue and queued again by ${viewer.userId}`, { messageId: r.id, lastError: r.lastError, attempts: r.attempts }, at, viewer.userId)]);
      return r;
    });
    if (!row) return { field: 'messageId', message: 'the message changed while it was being replayed; reload it and try again' };
    this.deps.onCaseChanged(c.tenantId, c.id);
    await this.enqueue({ messageId: row.id, generation: row.enqueues });
    return row;
  }

  async deadLetters(viewer: Viewer, first: number | null | undefined): Promise<MessageRow[]> {
    return deadMessages(this.deps.db, viewer.tenantId, Math.min(Math.max(first ?? 50, 1), MAX_DEAD_LETTERS));
  }

  /** Puts every QUEUED message (back) on the queue: after a restart, or when an enqueue failed. Enqueueing is idempotent. */
  async resumeQueued(limit = 10_000): Promise<number> {
    const rows = await queuedMessages(this.deps.db, limit);
    for (const r of rows) await this.deps.queue.enqueue({ messageId: r.id, generation: r.enqueues });
    return rows.length;
  }

  async find(viewer: Viewer, globalId: string): Promise<MessageRow | null> {
    const local = localIdOf(globalId, 'OutreachMessage');
    if (local === null || !/^\d{1,15}$/.test(local)) return null;
    const msg = await messageOfTenant(this.deps.db, viewer.tenantId, Number(local));
    if (!msg || viewer.role !== 'COLLECTOR') return msg;
    // A collector sees the messages of their own cases only (case-visibility.ts).
    const [c] = await casesByIds(this.deps.db, viewer.tenantId, [msg.caseId]);
    return c && mayWorkCase(viewer, c) ? msg : null;
  }

  // --- steps ---------------------------------------------------------------------------------

  private async enqueue(job: SendJob): Promise<void> {
    try {
      await this.deps.queue.enqueue(job);
    } catch (e) {
      // The message is stored QUEUED: the periodic resume puts it on the queue.
      this.deps.log.warn(`outreach message ${job.messageId} is stored but could not be queued yet; it will be`, e);
    }
  }

  /** The message to send: its channel, recipient and text; or why none can be composed. */
  private async draft(c: CaseRow, purpose: Purpose, asked: Channel | null, at: Date): Promise<{ channel: Channel; recipient: string; message: ComposedMessage; toneReason: string } | Rejection> {
    const customer = await this.deps.loadCustomer(c.tenantId, c.customerId);
    if (!customer) throw new Error(`recovery case ${c.id} names missing customer ${c.customerId}`);
    const best = (c.assessment as { bestContact?: BestContactTime | null }).bestContact ?? null;
    const channel = asked ?? best?.channel ?? 'SMS';
    const [plans, promises] = await Promise.all([plansOfCases(this.deps.db, [c.id]), promisesOfCases(this.deps.db, [c.id])]);
    const casePlans = plans.get(c.id) ?? [];
    const casePromises = promises.get(c.id) ?? [];
    const today = localDate(at, c.timeZone);
    const active = casePlans.find((p) => p.status === 'ACCEPTED' || p.status === 'APPROVED') ?? null;
    let plan: PlanRow | null = active;
    if (purpose === 'PLAN_OFFER') plan = active ?? casePlans.find((p) => p.status === 'PROPOSED') ?? null;
    if (purpose === 'SETTLEMENT_OFFER') plan = casePlans.find((p) => p.kind === 'SETTLEMENT' && ['ACCEPTED', 'APPROVED', 'PROPOSED'].includes(p.status)) ?? null;
    if ((purpose === 'PLAN_OFFER' || purpose === 'SETTLEMENT_OFFER') && !plan) {
      return { field: 'input.purpose', message: `there is no ${purpose === 'SETTLEMENT_OFFER' ? 'settlement' : 'repayment plan'} to offer on this case: propose one first` };
    }
    const promise =
      purpose === 'PROMISE_CONFIRMATION' ? casePromises.find((p) => p.status === 'PENDING') : purpose === 'PROMISE_BROKEN' ? casePromises.find((p) => p.status === 'BROKEN') : undefined;
    if ((purpose === 'PROMISE_CONFIRMATION' || purpose === 'PROMISE_BROKEN') && !promise) {
      return { field: 'input.purpose', message: `there is no ${purpose === 'PROMISE_BROKEN' ? 'broken' : 'pending'} promise on this case` };
    }
    const chosen = chooseTone({ segment: c.segment as RecoverySegment, brokenPromises: casePromises.filter((p) => p.status === 'BROKEN').length, daysPastDue: c.daysPastDue, vulnerability: c.vulnerability });
    const treatment = (await this.deps.treatmentOf?.(c.id)) ?? null;
    const tone = treatment ? toneUnderArm(chosen, { experiment: treatment.experiment, arm: treatment.arm.name, tone: treatment.arm.tone }) : chosen;
    const language: Language = (LANGUAGES as readonly string[]).includes(c.language) ? (c.language as Language) : 'en';
    try {
      const message = composeMessage({
        purpose,
        tone: tone.tone,
        language,
        channel,
        customerName: customer.kind === 'BUSINESS' ? customer.name : customer.name.trim().split(/\s+/)[0],
        lenderName: this.deps.lenderName(c.tenantId),
        amountDue: c.overdueAmount,
        plan: plan ? planSummary(plan, today) : undefined,
        promise: promise ? { amount: promise.amount, dueDate: promise.dueDate } : undefined,
        paymentLink: `${PAY_BASE}/${encodeURIComponent(c.tenantId)}/${c.loanId}`,
      });
      return { channel, recipient: recipientFor(channel, customer), message, toneReason: tone.reason.text.toLowerCase() };
    } catch (e) {
      if (e instanceof RangeError) return { field: 'input.channel', message: `the message cannot be composed for ${channel}: ${e.message}` };
      throw e;
    }
  }

  /**
   * The chance this customer answers on this channel now, for the simulated providers: the case's
   * own best-contact estimate when this is its channel and hour band, else the reach rate of
   * customers like this one on this channel in this band (the overall rate outside the bands).
   */
  private async expectedReach(c: CaseRow, channel: Channel, at: Date): Promise<number> {
    const band = hourBandOf(at, c.timeZone);
    const best = (c.assessment as { bestContact?: BestContactTime | null }).bestContact ?? null;
    if (best && best.channel === channel && best.band === band) return best.reachRate;
    const customer = await this.deps.loadCustomer(c.tenantId, c.customerId);
    if (!customer) return 0.5;
    const prior = this.deps.contactPrior(customer);
    return prior.cells.find((x) => x.channel === channel && x.band === band)?.reachRate ?? prior.overallReachRate;
  }

  private async markSent(msg: MessageRow, c: CaseRow | null, receipt: SendReceipt, checks: ContactCheck[] | MessageRow['checks'], at: Date): Promise<void> {
    const sent = await this.deps.db.transaction(async (tx) => {
      const db = tx as unknown as AppDb;
      const row = await updateMessageIf(db, msg.id, 'QUEUED', { status: 'SENT', sentAt: at, providerMessageId: receipt.providerMessageId, reached: receipt.reached, checks, lastError: null });
      if (!row) return null; // another worker recorded it first
      await appendCaseEvents(db, [
        caseEvent(row, 'CONTACT_SENT', `${words(row.purpose)} sent on ${row.channel} to ${row.recipient} (attempt ${row.attempts})`, { messageId: row.id, providerMessageId: receipt.providerMessageId, attempts: row.attempts }, at, SYSTEM_ACTOR, row.caseId),
        caseEvent(row, 'CONTACT_OUTCOME', receipt.reached ? `Customer reached on ${row.channel}` : `No answer on ${row.channel}`, { messageId: row.id, reached: receipt.reached }, at, SYSTEM_ACTOR, row.caseId),
      ]);
      return row;
    });
    if (sent) this.deps.onCaseChanged(sent.tenantId, c?.id ?? sent.caseId);
  }

  private async markBlocked(msg: MessageRow, c: CaseRow | null, checks: MessageRow['checks'], rule: string, at: Date): Promise<void> {
    const blocked = await this.deps.db.transaction(async (tx) => {
      const db = tx as unknown as AppDb;
      const row = await updateMessageIf(db, msg.id, 'QUEUED', { status: 'BLOCKED', checks, blockReason: rule });
      if (!row) return null;
      await appendCaseEvents(db, [blockedEvent({ id: row.caseId, tenantId: row.tenantId }, row, checks, 'SEND', at, SYSTEM_ACTOR)]);
      return row;
    });
    if (blocked) this.deps.onCaseChanged(blocked.tenantId, c?.id ?? blocked.caseId);
  }
}

class CaseMovedError extends Error {}

function replay(m: MessageRow, requestHash: string): MessageRow | Rejection {
  if (m.requestHash === requestHash) return m;
  return { field: 'input.sendKey', message: 'this key was already used for a different message; use a new key for a new message' };
}

function windowStart(at: Date, limits: ContactLimits): Date {
  return new Date(at.getTime() - limits.windowDays * 86_400_000);
}

/** The plan in one line: its next payment on or after today (else its last) and how many there are. */
function planSummary(plan: PlanRow, today: string): PlanSummary {
  const next = plan.payments.find((p) => p.dueDate >= today) ?? plan.payments[plan.payments.length - 1];
  return { kind: plan.kind as PlanSummary['kind'], nextAmount: next.amount, nextDate: next.dueDate, payments: plan.payments.length };
}

function caseEvent(c: { id: number; tenantId: string }, kind: string, summary: string, details: Record<string, unknown>, at: Date, actor: string, caseId = c.id): CaseEventInput {
  return { tenantId: c.tenantId, caseId, kind, actor, summary, details, at };
}

function blockedEvent(c: { id: number; tenantId: string }, m: MessageRow, checks: MessageRow['checks'], when: 'REQUEST' | 'SEND', at: Date, actor: string): CaseEventInput {
  const failed = checks.filter((x) => !x.passed);
  return caseEvent(
    c,
    'CONTACT_BLOCKED',
    `${words(m.purpose)} on ${m.channel} not sent${when === 'SEND' ? ' (checked again when it was due to go)' : ''}: ${failed.map((x) => x.detail).join('; ')}`,
    { messageId: m.id, channel: m.channel, purpose: m.purpose, blockReason: failed[0]?.rule ?? null, checks, checkedAt: when },
    at,
    actor,
    m.caseId,
  );
}

const words = (purpose: string) => purpose.charAt(0) + purpose.slice(1).toLowerCase().replace(/_/g, ' ');
const hash = (s: string) => createHash('sha256').update(s).digest('hex');
