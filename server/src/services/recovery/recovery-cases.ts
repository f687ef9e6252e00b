// What collectors do to a case through the graph: promises, escalation, hand-over, flags and
// plans. Each action checks the case is open, writes its change and its audit event in one
// transaction, and tells subscribers once committed.
import { createHash } from 'node:crypto';
import { activeUserOfTenant } from '../../repositories/users.js';
import { mayWorkCase } from './case-visibility.js';
import type { AppDb } from '../../db/index.js';
import { formatMoney } from '../../domain/recovery/composer.js';
import { nextStage } from '../../domain/recovery/escalation.js';
import { validatePromise } from '../../domain/recovery/promises.js';
import { LANGUAGES, type Language, type Stage } from '../../domain/recovery/types.js';
import { setPreferredLanguage as storePreferredLanguage, type CustomerRow } from '../../repositories/customers.js';
import { localIdOf } from '../../graphql/ids.js';
import { appendCaseEvents, casesByIds, casesOfCustomers, insertPromise, promiseByKey, updateCase, type CaseRow, type NewCase, type PromiseRow } from '../../repositories/recovery.js';
import type { Viewer } from '../../security/viewer.js';

export interface Rejection {
  field: string;
  message: string;
}

export interface PromiseInputLike {
  amount: number;
  dueDate: string;
  channel?: string | null;
}

export interface FlagsInputLike {
  vulnerability?: boolean | null;
  dispute?: boolean | null;
  ceaseRequested?: boolean | null;
  note: string;
}

const MAX_KEY = 200;
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', hi: 'Hindi' };
const MAX_NOTE = 1000;

export class RecoveryCaseService {
  constructor(
    private readonly db: AppDb,
    private readonly onCaseChanged: (tenantId: string, caseId: number) => void = () => {},
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The case behind a global id, when it is the viewer's tenant's and the viewer may work it (case-visibility.ts). */
  async find(viewer: Viewer, globalId: string): Promise<CaseRow | null> {
    const local = localIdOf(globalId, 'RecoveryCase');
    if (local === null || !/^\d{1,15}$/.test(local)) return null;
    const [row] = await casesByIds(this.db, viewer.tenantId, [Number(local)]);
    return row && mayWorkCase(viewer, row) ? row : null;
  }

  async recordPromise(viewer: Viewer, caseId: string, input: PromiseInputLike, idempotencyKey: string): Promise<PromiseRow | Rejection> {
    const key = idempotencyKey.trim();
    if (key.length === 0 || key.length > MAX_KEY) return { field: 'idempotencyKey', message: `must be 1 to ${MAX_KEY} characters` };
    const requestHash = hash([caseId, input.amount, input.dueDate, input.channel ?? ''].join('|'));
    const earlier = await promiseByKey(this.db, viewer.tenantId, key);
    if (earlier) return replayPromise(earlier, requestHash);
    const c = await this.openCase(viewer, caseId);
    if ('field' in c) return c;
    const now = this.now();
    const problem = validatePromise({ amount: input.amount, dueDate: input.dueDate, asOf: now, timeZone: c.timeZone, outstanding: c.outstanding });
    if (problem) return problem;
    let stored: PromiseRow | null = null;
    await this.db.transaction(async (tx) => {
      const db = tx as unknown as AppDb;
      stored = await insertPromise(db, {
        tenantId: viewer.tenantId,
        caseId: c.id,
        idempotencyKey: key,
        amount: Math.round(input.amount * 100) / 100,
        dueDate: input.dueDate,
        status: 'PENDING',
        channel: input.channel ?? null,
        recordedBy: viewer.userId,
        madeAt: now,
        requestHash,
      });
      if (!stored) return;
      await appendCaseEvents(db, [
        { tenantId: c.tenantId, caseId: c.id, kind: 'PROMISE_RECORDED', actor: viewer.userId, summary: `Promise to pay ${formatMoney(input.amount)} by ${input.dueDate}${input.channel ? ` (${input.channel})` : ''}`, details: { promiseId: (stored as PromiseRow).id, amount: input.amount, dueDate: input.dueDate, channel: input.channel ?? null }, at: now },
      ]);
      await this.bump(db, c);
    });
    if (!stored) {
      // The key was taken by a concurrent request: its row is the answer.
      const winner = await promiseByKey(this.db, viewer.tenantId, key);
      if (!winner) throw new Error(`promise key ${key} conflicted but no row holds it`);
      return replayPromise(winner, requestHash);
    }
    this.onCaseChanged(c.tenantId, c.id);
    return stored;
  }

  async escalate(viewer: Viewer, caseId: string, reason: string): Promise<CaseRow | Rejection> {
    const why = checkNote(reason, 'reason');
    if (typeof why !== 'string') return why;
    const c = await this.openCase(viewer, caseId);
    if ('field' in c) return c;
    const to = nextStage(c.stage as Stage);
    if (!to) return { field: 'caseId', message: `the case is already at the last stage (${c.stage})` };
    const now = this.now();
    return this.change(c, { stage: to, stageSince: now }, { kind: 'ESCALATED', actor: viewer.userId, summary: `Moved from ${c.stage} to ${to} by ${viewer.userId}: ${why}`, details: { from: c.stage, to, reason: why } });
  }

  /** ADMIN: the case to another collector of the tenant. */
  async assign(viewer: Viewer, caseId: string, collectorId: string): Promise<CaseRow | Rejection> {
    const id = collectorId.trim();
    if (id.length === 0 || id.length > 200) return { field: 'collectorId', message: 'must be 1 to 200 characters' };
    const c = await this.openCase(viewer, caseId);
    if ('field' in c) return c;
    const collector = await activeUserOfTenant(this.db, viewer.tenantId, id);
    if (!collector || collector.role !== 'COLLECTOR') return { field: 'collectorId', message: `"${id}" is not an active collector of this tenant` };
    if (c.assignedTo === id) return { field: 'collectorId', message: `the case is already assigned to ${id}` };
    return this.change(c, { assignedTo: id }, {
      kind: 'ASSIGNED',
      actor: viewer.userId,
      summary: `Assigned to ${collector.displayName} (${id}) by ${viewer.userId}${c.assignedTo ? `, from ${c.assignedTo}` : ''}`,
      details: { from: c.assignedTo, to: id },
    });
  }

  async handOver(viewer: Viewer, caseId: string, reason: string): Promise<CaseRow | Rejection> {
    const why = checkNote(reason, 'reason');
    if (typeof why !== 'string') return why;
    const c = await this.openCase(viewer, caseId);
    if ('field' in c) return c;
    if (c.handedOver) return { field: 'caseId', message: `the case is already with a person (${c.assignedTo ?? 'unassigned'})` };
    return this.change(c, { handedOver: true, assignedTo: c.assignedTo ?? viewer.userId }, { kind: 'HANDED_OVER', actor: viewer.userId, summary: `Handed to a person by ${viewer.userId}: ${why}`, details: { reason: why } });
  }

  async flag(viewer: Viewer, caseId: string, input: FlagsInputLike): Promise<CaseRow | Rejection> {
    const note = checkNote(input.note, 'note');
    if (typeof note !== 'string') return note;
    if (input.vulnerability == null && input.dispute == null && input.ceaseRequested == null) return { field: 'input', message: 'set at least one of vulnerability, dispute, ceaseRequested' };
    const c = await this.openCase(viewer, caseId);
    if ('field' in c) return c;
    const changes: Partial<NewCase> = {};
    if (input.vulnerability != null) changes.vulnerability = input.vulnerability;
    if (input.dispute != null) changes.dispute = input.dispute;
    if (input.ceaseRequested != null) changes.ceaseRequested = input.ceaseRequested;
    const said = Object.entries(changes).map(([k, v]) => `${k} ${v ? 'set' : 'cleared'}`).join(', ');
    return this.change(c, changes, { kind: 'FLAGGED', actor: viewer.userId, summary: `${said}: ${note}`, details: { ...changes, note } });
  }

  /**
   * Records the language a customer asked to be written to in, and moves their open cases to it
   * (each with a LANGUAGE_SET event): the next message is composed in it.
   */
  async setPreferredLanguage(viewer: Viewer, customerId: number, language: string, note: string): Promise<CustomerRow | Rejection> {
    if (!(LANGUAGES as readonly string[]).includes(language)) return { field: 'language', message: `must be one of ${LANGUAGES.join(', ')}; got "${language}"` };
    const why = checkNote(note, 'note');
    if (typeof why !== 'string') return why;
    const now = this.now();
    const result = await this.db.transaction(async (tx) => {
      const db = tx as unknown as AppDb;
      const customer = await storePreferredLanguage(db, viewer.tenantId, customerId, language as Language);
      if (!customer) return null;
      const open = ((await casesOfCustomers(db, viewer.tenantId, [customerId])).get(customerId) ?? []).filter((c) => c.status === 'OPEN' && c.language !== language);
      for (const c of open) {
        if (!(await updateCase(db, c.id, c.version, { language }))) throw new Error(`recovery case ${c.id} changed while its language was set; try again`);
      }
      await appendCaseEvents(
        db,
        open.map((c) => ({ tenantId: c.tenantId, caseId: c.id, kind: 'LANGUAGE_SET', actor: viewer.userId, summary: `Messages now in ${LANGUAGE_NAMES[language as Language]}, as the customer asked: ${why}`, details: { from: c.language, to: language, note: why }, at: now })),
      );
      return { customer, changed: open.map((c) => c.id) };
    });
    if (!result) return { field: 'customerId', message: `no customer with id ${customerId} in this tenant` };
    for (const id of result.changed) this.onCaseChanged(viewer.tenantId, id);
    return result.customer;
  }

  /** The case if it is open and the viewer's; else a rejection naming caseId. */
  async openCase(viewer: Viewer, caseId: string): Promise<CaseRow | Rejection> {
    const c = await this.find(viewer, caseId);
    if (!c) return { field: 'caseId', message: `no recovery case with id "${caseId}"` };
    if (c.status !== 'OPEN') return { field: 'caseId', message: `the case is closed (${(c.closeReason ?? 'closed').toLowerCase().replace('_', ' ')}): nothing can be done on it` };
    return c;
  }

  /** Writes the change and its event in one transaction; a concurrent change makes it a rejection to retry. */
  async change(c: CaseRow, changes: Partial<NewCase>, e: { kind: string; actor: string; summary: string; details: Record<string, unknown> }): Promise<CaseRow | Rejection> {
    const now = this.now();
    const updated = await this.db.transaction(async (tx) => {
      const db = tx as unknown as AppDb;
      const row = await updateCase(db, c.id, c.version, changes);
      if (!row) return null;
      await appendCaseEvents(db, [{ tenantId: c.tenantId, caseId: c.id, ...e, at: now }]);
      return row;
    });
    if (!updated) return { field: 'caseId', message: 'the case changed while this was being saved (another collector or the daily sweep); reload it and try again' };
    this.onCaseChanged(c.tenantId, c.id);
    return updated;
  }

  /** A new version with no other change, so subscribers and the queue see the case moved. */
  private async bump(db: AppDb, c: CaseRow): Promise<void> {
    if (!(await updateCase(db, c.id, c.version, {}))) throw new Error(`recovery case ${c.id} changed while a promise was recorded; try again`);
  }
}

function checkNote(text: string, field: string): string | Rejection {
  const t = text.trim();
  if (t.length === 0 || t.length > MAX_NOTE) return { field, message: `must be 1 to ${MAX_NOTE} characters` };
  return t;
}

function replayPromise(p: PromiseRow, requestHash: string): PromiseRow | Rejection {
  if (p.requestHash === requestHash) return p;
  return { field: 'idempotencyKey', message: 'this key was already used for a different promise; use a new key for a new promise' };
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex');
