// The tamper-evident audit log: audit_events is append-only in the database (migration 0018's
// and 0021's triggers), and each tenant's rows form a hash chain, so that a superuser who edits,
// removes or reorders rows behind the triggers' back is found by verify (`npm run audit:verify`).
//
// The chain, per tenant, in chain_seq order: row.hash = sha256 hex of the canonical serialisation of
//   { action, actor, at, details, entityId, entityType, prevHash, tenantId }
// where prevHash is the hash of the tenant's previous row (null for the first), at is the ISO-8601
// UTC timestamp with milliseconds (Date#toISOString; `at` is set here, never by defaultNow, so the
// hashed instant is the stored one), and the serialisation is JSON with every object's keys sorted
// (by UTF-16 code units, recursively, details included) and no whitespace. details are hashed as
// the database gives them back: jsonb reorders keys and drops what JSON cannot hold (undefined,
// functions), so they go through a JSON round trip before storing.
//
// Appending and chaining are two steps. An append is a plain insert in the caller's transaction
// (its row commits or rolls back with the change it describes) and takes no lock, so concurrent
// decisions do not queue behind each other's commit. Sealing (seal(), run by the sealer within
// moments of a commit, by verify and before the log is listed) chains the committed unsealed rows
// under a per-tenant advisory lock: each gets prev_hash, hash and the next chain_seq. Chain order
// is therefore seal order, and a row whose transaction commits late simply joins the chain later.
// Until it is sealed a row is covered by the triggers only, not by the chain: that window is the
// sealer's delay (AUDIT_SEAL_INTERVAL_MS). A tail cut off after the last row cannot be seen in the
// chain itself; verification reports each tenant's last hash so that it can be kept elsewhere.
import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gt, gte, isNotNull, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { PgTransaction } from 'drizzle-orm/pg-core';
import { auditEvents } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import type { Logger } from '../logger.js';
import type { Viewer } from './viewer.js';

export type AuditRow = typeof auditEvents.$inferSelect;

export interface AuditEventInput {
  tenantId: string;
  /** Who did it: a user id, or "system" for automated steps. */
  actor: string;
  action: string;
  entityType: string;
  entityId: string | number;
  details: Record<string, unknown>;
}

/** The caller's transaction (its audit row commits or rolls back with it), or the db (a transaction is opened). */
export type AuditExecutor = AppDb | PgTransaction<any, any, any>;

/** Names the audit chain's locks among the application's advisory locks (first key of the two-key form). */
const AUDIT_LOCK_CLASS = 0x41554454; // "AUDT"
/** Rows read at a time when verifying. */
const PAGE = 1000;
/**
 * Rows sealed per statement. Hashing a row costs ~50 µs of the event loop (plus reading it), and
 * the sealer runs beside requests: 200 keeps each stretch near 10-20 ms under a backlog.
 */
const SEAL_PAGE = 200;

export interface TenantVerification {
  tenantId: string;
  rows: number;
  ok: boolean;
  firstBrokenId?: number;
  reason?: string;
  /** The hash at the end of the chain: kept elsewhere, it also proves that no tail was cut off. */
  lastHash?: string | null;
}

export interface AuditVerification {
  ok: boolean;
  tenants: TenantVerification[];
}

export interface AuditLogFilter {
  action?: string | null;
  actor?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export class AuditLog {
  constructor(private readonly now: () => Date = () => new Date()) {}

  private readonly appendedListeners = new Set<(tenantIds: readonly string[]) => void>();

  /** Called after each append with its tenants (the sealer's cue; the caller's transaction may not have committed yet). */
  onAppended(listener: (tenantIds: readonly string[]) => void): () => void {
    this.appendedListeners.add(listener);
    return () => this.appendedListeners.delete(listener);
  }

  /** Appends one event, unsealed, in the caller's transaction when given one. */
  async append(executor: AuditExecutor, event: AuditEventInput): Promise<AuditRow> {
    const [row] = await this.appendMany(executor, [event]);
    return row;
  }

  /** Appends a batch with one insert and no lock; the rows come back in id order, unsealed. */
  async appendMany(executor: AuditExecutor, events: readonly AuditEventInput[]): Promise<AuditRow[]> {
    if (events.length === 0) return [];
    const at = this.now();
    const inserted = await executor
      .insert(auditEvents)
      .values(events.map((e) => unsealedRow(e, at)))
      .returning();
    this.appended([...new Set(events.map((e) => e.tenantId))]);
    return inserted.sort((a, b) => a.id - b.id);
  }

  /** Tells the sealer that rows of these tenants were written outside append (as part of a larger statement). */
  appended(tenantIds: readonly string[]): void {
    for (const listener of this.appendedListeners) listener(tenantIds);
  }

  /**
   * Chains every committed unsealed row of the tenant (or of every tenant that has one), in id
   * order, each tenant in its own short transaction under its lock. Returns how many were sealed.
   */
  async seal(db: AppDb, tenantId?: string): Promise<number> {
    const tenants =
      tenantId !== undefined
        ? [tenantId]
        : (await db.selectDistinct({ tenantId: auditEvents.tenantId }).from(auditEvents).where(isNull(auditEvents.hash))).map((r) => r.tenantId);
    let sealed = 0;
    for (const t of tenants.sort()) {
      sealed += await db.transaction(async (tx) => {
        await lockChain(tx, t);
        return sealPending(tx, t);
      });
    }
    return sealed;
  }

  /**
   * A change and its audit row in one transaction: `write` runs in it, and when it returns a row
   * (null: nothing changed), `event` describes that row for the log.
   */
  async recordChange<T>(db: AppDb, write: (tx: AppDb) => Promise<T | null>, event: (row: T) => AuditEventInput): Promise<T | null> {
    return db.transaction(async (tx) => {
      const row = await write(tx as unknown as AppDb);
      if (row !== null) await this.append(tx, event(row));
      return row;
    });
  }

  /** Seals, then walks each tenant's chain (or one tenant's) in chain order, recomputing every hash. */
  async verify(db: AppDb, tenantId?: string): Promise<AuditVerification> {
    const tenants =
      tenantId !== undefined
        ? [tenantId]
        : (await db.selectDistinct({ tenantId: auditEvents.tenantId }).from(auditEvents).orderBy(asc(auditEvents.tenantId))).map((r) => r.tenantId);
    const results: TenantVerification[] = [];
    for (const t of tenants) {
      await this.seal(db, t);
      results.push(await verifyTenant(db, t));
    }
    return { ok: results.every((r) => r.ok), tenants: results };
  }

  /** A tenant's events, newest first, after the cursor id; one more row than asked tells whether there is a next page. */
  async list(db: AppDb, tenantId: string, filter: AuditLogFilter, page: { first: number; beforeId: number | null }): Promise<{ rows: AuditRow[]; hasNextPage: boolean }> {
    const where: (SQL | undefined)[] = [eq(auditEvents.tenantId, tenantId)];
    if (filter.action) where.push(eq(auditEvents.action, filter.action));
    if (filter.actor) where.push(eq(auditEvents.actor, filter.actor));
    if (filter.entityType) where.push(eq(auditEvents.entityType, filter.entityType));
    if (filter.entityId) where.push(eq(auditEvents.entityId, filter.entityId));
    if (filter.from) where.push(gte(auditEvents.at, filter.from));
    if (filter.to) where.push(lt(auditEvents.at, filter.to));
    if (page.beforeId !== null) where.push(lt(auditEvents.id, page.beforeId));
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(...where))
      .orderBy(desc(auditEvents.id))
      .limit(page.first + 1);
    return { rows: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
  }
}

/** The process's audit log, for repositories and services that are not handed one. */
export const auditLog = new AuditLog();

export interface PiiRead {
  customerId: number;
  fields: string[];
}

/**
 * One PII_READ row for all the customer fields a staff member read in one request. Never throws:
 * a failure to record is logged, and the read it describes has already been served.
 */
export async function recordPiiReads(audit: AuditLog, db: AppDb, viewer: Viewer, requestId: string, reads: readonly PiiRead[], log?: Logger): Promise<void> {
  if (reads.length === 0) return;
  try {
    const customers = [...new Set(reads.map((r) => r.customerId))];
    const fields = [...new Set(reads.flatMap((r) => r.fields))].sort();
    await audit.append(db, {
      tenantId: viewer.tenantId,
      actor: viewer.userId,
      action: 'PII_READ',
      entityType: 'Customer',
      entityId: customers.length === 1 ? String(customers[0]) : 'many',
      details: { requestId, role: viewer.role, customers, fields },
    });
  } catch (e) {
    (log ?? console).error(`audit log: could not record the PII reads of request ${requestId}`, e);
  }
}

export interface ExportRecord {
  /** The report's path, e.g. /reports/compliance.csv. */
  report: string;
  parameters: Record<string, string>;
  /** Rows (or records) exported, when known before the bytes go out. */
  rows?: number | null;
}

/** An EXPORT row for a report about to be served: written before the first byte, so that no export goes unrecorded. */
export async function recordExport(audit: AuditLog, db: AppDb, viewer: Viewer, requestId: string, e: ExportRecord): Promise<void> {
  await audit.append(db, {
    tenantId: viewer.tenantId,
    actor: viewer.userId,
    action: 'EXPORT',
    entityType: 'Report',
    entityId: e.report,
    details: { requestId, role: viewer.role, report: e.report, parameters: e.parameters, rows: e.rows ?? null },
  });
}

// ---------------------------------------------------------------- the chain

/** The hash of a row's contents and its predecessor's hash (the module comment defines it). */
export function hashOf(row: { tenantId: string; actor: string; action: string; entityType: string; entityId: string; details: unknown; at: Date; prevHash: string | null }): string {
  const canonical = canonicalJson({
    tenantId: row.tenantId,
    actor: row.actor,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    details: asStored(row.details),
    at: row.at.toISOString(),
    prevHash: row.prevHash,
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** JSON with object keys sorted at every depth, no whitespace. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What jsonb gives back for a value: its JSON round trip (key order aside, which canonicalJson removes). */
function asStored<T>(details: T): T {
  return JSON.parse(JSON.stringify(details ?? null)) as T;
}

/** The row an append inserts: its details as jsonb will give them back, no chain columns yet. */
function unsealedRow(e: AuditEventInput, at: Date) {
  return { tenantId: e.tenantId, actor: e.actor, action: e.action, entityType: e.entityType, entityId: String(e.entityId), details: asStored(e.details), at };
}

async function lockChain(tx: AuditExecutor, tenantId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK_CLASS}::int4, hashtext(${tenantId})) as locked`);
}

/**
 * Under the lock: hashes the tenant's unsealed rows, in id order, onto the end of its chain, a
 * page per statement. Rows of transactions still open are not visible, and are left to the next seal.
 */
async function sealPending(tx: AuditExecutor, tenantId: string): Promise<number> {
  const [tail] = await tx
    .select({ hash: auditEvents.hash, chainSeq: auditEvents.chainSeq })
    .from(auditEvents)
    .where(and(eq(auditEvents.tenantId, tenantId), isNotNull(auditEvents.chainSeq)))
    .orderBy(desc(auditEvents.chainSeq))
    .limit(1);
  let prevHash = tail?.hash ?? null;
  let seq = tail?.chainSeq ?? 0;
  let afterId = 0;
  let sealed = 0;
  for (;;) {
    const pending = await tx
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenantId), isNull(auditEvents.hash), gt(auditEvents.id, afterId)))
      .orderBy(asc(auditEvents.id))
      .limit(SEAL_PAGE);
    if (pending.length === 0) return sealed;
    const updates: SQL[] = [];
    for (const row of pending) {
      const hash = hashOf({ ...row, prevHash });
      seq += 1;
      updates.push(sql`(${row.id}::bigint, ${prevHash}::text, ${hash}::text, ${seq}::bigint)`);
      prevHash = hash;
      afterId = row.id;
    }
    // One statement per page; only the chain columns change, on rows still unsealed (the trigger allows nothing else).
    await tx.execute(sql`
      update ${auditEvents} set prev_hash = v.prev_hash, hash = v.hash, chain_seq = v.chain_seq
      from (values ${sql.join(updates, sql`, `)}) as v(id, prev_hash, hash, chain_seq)
      where ${auditEvents.id} = v.id and ${auditEvents.hash} is null`);
    sealed += pending.length;
  }
}

async function verifyTenant(db: AppDb, tenantId: string): Promise<TenantVerification> {
  const result: TenantVerification = { tenantId, rows: 0, ok: true };
  const broken = (id: number, reason: string) => {
    if (!result.ok) return;
    result.ok = false;
    result.firstBrokenId = id;
    result.reason = `row ${id}: ${reason}`;
  };
  let prev: { id: number; hash: string | null } | null = null;
  let afterSeq = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenantId), gt(auditEvents.chainSeq, afterSeq)))
      .orderBy(asc(auditEvents.chainSeq))
      .limit(PAGE);
    if (rows.length === 0) break;
    for (const row of rows) {
      result.rows++;
      afterSeq = row.chainSeq!;
      if (row.hash === null) {
        broken(row.id, 'it has a chain position but no hash (its hash was removed)');
      } else if (hashOf(row) !== row.hash) {
        broken(row.id, 'its hash does not match its contents (edited?)');
      } else if (prev === null && row.prevHash !== null) {
        broken(row.id, 'it is the first row of the chain but names a previous row (the rows before it were removed)');
      } else if (prev !== null && row.prevHash !== prev.hash) {
        broken(row.id, `prev_hash does not match row ${prev.id}'s hash (a row was removed or reordered)`);
      }
      prev = { id: row.id, hash: row.hash };
    }
  }
  result.lastHash = prev?.hash ?? null;
  return result;
}
