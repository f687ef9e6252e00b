// The tamper-evident audit log (security/audit-log.ts), on PGlite and on PostgreSQL: decisions,
// configuration changes and exports write rows with their actor and details, which the sealer
// chains moments later; the chain survives concurrent appends and transactions that commit out of
// order; rows written before the chain are chained; edits and removals made behind the triggers'
// back are found at the right row; the triggers refuse plain UPDATE/DELETE and a second sealing;
// Query.auditLog and Query.verifyAuditLog are an ADMIN's; `npm run audit:verify` exits 0 or 1.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../drizzle/schema.js';
import { openDatabase, type AppDb, type Database } from '../src/db/index.js';
import { fromGlobalId } from '../src/graphql/ids.js';
import { auditLog, hashOf, recordPiiReads, type AuditRow } from '../src/security/audit-log.js';
import { SUBMIT } from './credit-documents.js';
import { ADMIN_URL, startTestApp, type TestApp } from './harness.js';

let t: TestApp;
let db: AppDb;
let admin: string;
let rm: string;
let analyst: string;

beforeAll(async () => {
  t = await startTestApp();
  db = t.app.services.database.db;
  [admin, rm, analyst] = await Promise.all([t.login('ADMIN'), t.login('RELATIONSHIP_MANAGER'), t.login('ANALYST')]);
});
afterAll(async () => {
  await t?.close();
});

const unique = (label: string) => `${label}-${process.pid}-${randomBytes(3).toString('hex')}`;

async function chainOf(tenantId: string): Promise<AuditRow[]> {
  return db.select().from(auditEvents).where(eq(auditEvents.tenantId, tenantId)).orderBy(asc(auditEvents.id));
}

/** The tenant's sealed rows in chain order. */
async function sealedChainOf(tenantId: string): Promise<AuditRow[]> {
  return db.select().from(auditEvents).where(and(eq(auditEvents.tenantId, tenantId), isNotNull(auditEvents.chainSeq))).orderBy(asc(auditEvents.chainSeq));
}

/** Within moments the sealer has hashed the row over its contents and linked it to the tenant's row before it. */
async function expectChained(written: AuditRow): Promise<void> {
  await expect.poll(async () => (await rowById(written.id)).hash, { timeout: 5_000, interval: 50 }).not.toBeNull();
  const rows = await sealedChainOf(written.tenantId);
  const i = rows.findIndex((r) => r.id === written.id);
  expect(i).toBeGreaterThanOrEqual(0);
  const row = rows[i];
  expect(row.chainSeq).toBe(i + 1);
  expect(row.hash).toBe(hashOf(row));
  expect(row.prevHash).toBe(i === 0 ? null : rows[i - 1].hash);
}

async function rowById(id: number): Promise<AuditRow> {
  const [row] = await db.select().from(auditEvents).where(eq(auditEvents.id, id));
  return row;
}

async function latest(action: string, entityId?: string): Promise<AuditRow> {
  const rows = await db.select().from(auditEvents).where(eq(auditEvents.action, action)).orderBy(asc(auditEvents.id));
  const found = rows.filter((r) => entityId === undefined || r.entityId === entityId);
  expect(found.length, `an audit row ${action} ${entityId ?? ''}`).toBeGreaterThan(0);
  return found[found.length - 1];
}

/** Runs `statement` as a superuser with the triggers off (session_replication_role = replica), as a tamperer would. */
async function tamper(statement: ReturnType<typeof sql>, on: AppDb = db): Promise<void> {
  await on.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });
}

async function appendRows(tenantId: string, n: number): Promise<AuditRow[]> {
  const rows: AuditRow[] = [];
  for (let i = 0; i < n; i++) rows.push(await auditLog.append(db, { tenantId, actor: 'tester', action: 'TEST_EVENT', entityType: 'Widget', entityId: i, details: { i, nested: { b: 2, a: [1, { z: true, y: null }] } } }));
  expect(rows.every((r) => r.hash === null && r.chainSeq === null)).toBe(true); // an append is a plain insert
  await auditLog.seal(db, tenantId);
  return Promise.all(rows.map((r) => rowById(r.id)));
}

describe('what is audited', () => {
  it('writes a chained CREDIT_DECIDED row for every credit decision, with the applicant and the outcome', async () => {
    const customers = await t.ok(`{ customers(first: 5, filter: { kind: INDIVIDUAL }) { edges { node { id } } } }`, {}, rm);
    const input = {
      customerId: customers.customers.edges[0].node.id,
      productId: 'pl-meridian-instant',
      amount: 150_000,
      termMonths: 24,
      purpose: 'home renovation',
      consent: { creditAssessment: true, bureauCheck: true },
    };
    const viewer = (await t.ok(`{ viewer { userId } }`, {}, rm)).viewer;
    const r = await t.ok(SUBMIT, { input, key: unique('audit-decision') }, rm);
    const app = r.submitLoanApplication;
    expect(app.__typename).toBe('LoanApplication');
    const row = await latest('CREDIT_DECIDED', fromGlobalId(app.id)!.localId);
    expect(row).toMatchObject({ tenantId: 'demo', actor: viewer.userId, entityType: 'LoanApplication' });
    expect(row.details).toMatchObject({ outcome: app.decision.outcome, score: app.decision.score, modelVersion: app.decision.modelVersion, policyVersion: app.decision.policyVersion, amount: 150_000 });
    await expectChained(row);
  });

  it('writes a configuration change with the actor and the rules before and after', async () => {
    const SET = `mutation($input: EscalationRulesInput!) { setEscalationRules(input: $input) { __typename ... on EscalationRules { version createdBy } } }`;
    const input = { brokenPromisesToEscalate: 2, daysAtStageToEscalate: 21, failedAttemptsToHandOver: 5, handOverOnVulnerability: true, handOverOnDispute: true, note: 'audit test' };
    const saved = (await t.ok(SET, { input }, admin)).setEscalationRules;
    expect(saved.__typename).toBe('EscalationRules');
    const row = await latest('ESCALATION_RULES_CHANGED', String(saved.version));
    expect(row.actor).toBe(saved.createdBy);
    expect(row.details).toMatchObject({
      note: 'audit test',
      before: { version: saved.version - 1 },
      after: { version: saved.version, rules: { brokenPromisesToEscalate: 2, daysAtStageToEscalate: 21 } },
    });
    await expectChained(row);

    // A rejected change writes nothing.
    const before = (await chainOf('demo')).length;
    const bad = (await t.ok(SET, { input: { ...input, daysAtStageToEscalate: 0 } }, admin)).setEscalationRules;
    expect(bad.__typename).toBe('RecoveryRejected');
    expect((await chainOf('demo')).length).toBe(before);
  });

  it('writes an EXPORT row naming the report, its parameters, the viewer and the row count', async () => {
    const res = await fetch(`${t.app.url}/reports/campaign-audience.csv?productId=pl-meridian-instant&minConfidence=0&topK=3`, { headers: { authorization: `Bearer ${analyst}`, 'x-request-id': 'audit-export-1' } });
    expect(res.status).toBe(200);
    const records = parse(await res.text(), { bom: true }) as string[][];
    const row = await latest('EXPORT', '/reports/campaign-audience.csv');
    const viewer = (await t.ok(`{ viewer { userId } }`, {}, analyst)).viewer;
    expect(row).toMatchObject({ actor: viewer.userId, entityType: 'Report' });
    expect(row.details).toMatchObject({
      requestId: 'audit-export-1',
      role: 'ANALYST',
      report: '/reports/campaign-audience.csv',
      parameters: { productId: 'pl-meridian-instant', minConfidence: '0', topK: '3' },
      rows: records.length - 1,
    });
    await expectChained(row);

    const today = new Date().toISOString().slice(0, 10);
    const compliance = await fetch(`${t.app.url}/reports/compliance.csv?from=${today}&to=${today}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(compliance.status).toBe(200);
    await compliance.text();
    const c = await latest('EXPORT', '/reports/compliance.csv');
    expect(c.details).toMatchObject({ role: 'ADMIN', parameters: { from: today, to: today } });
    expect(typeof (c.details as { rows: unknown }).rows).toBe('number');

    // A refused or malformed request exports nothing, so it is not an export.
    const n = (await chainOf('demo')).length;
    expect((await fetch(`${t.app.url}/reports/compliance.csv?from=nope&to=${today}`, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(400);
    expect((await fetch(`${t.app.url}/reports/compliance.csv?from=${today}&to=${today}`, { headers: { authorization: `Bearer ${rm}` } })).status).toBe(403);
    expect((await chainOf('demo')).length).toBe(n);
  });

  it('records the PII reads of one request as one row, and never throws into the caller', async () => {
    const viewer = { userId: 'rm-pii', role: 'RELATIONSHIP_MANAGER' as const, tenantId: 'demo' };
    await recordPiiReads(auditLog, db, viewer, 'req-pii-1', [
      { customerId: 7, fields: ['phone', 'email'] },
      { customerId: 9, fields: ['email', 'dateOfBirth'] },
    ]);
    const row = await latest('PII_READ');
    expect(row).toMatchObject({ actor: 'rm-pii', entityType: 'Customer', entityId: 'many' });
    expect(row.details).toMatchObject({ requestId: 'req-pii-1', customers: [7, 9], fields: ['dateOfBirth', 'email', 'phone'] });
    await expectChained(row);
    await recordPiiReads(auditLog, db, viewer, 'req-pii-2', [{ customerId: 7, fields: ['phone'] }, { customerId: 7, fields: ['email'] }]);
    expect((await latest('PII_READ')).entityId).toBe('7');
    await recordPiiReads(auditLog, db, viewer, 'req-pii-3', [{ customerId: 7, fields: ['phone'] }, { customerId: 8, fields: ['phone'] }]);
    expect((await latest('PII_READ')).entityId).toBe('many');

    const errors: unknown[] = [];
    const broken = {
      insert: () => {
        throw new Error('database down');
      },
    } as unknown as AppDb;
    await expect(recordPiiReads(auditLog, broken, viewer, 'req-pii-4', [{ customerId: 7, fields: ['phone'] }], { debug() {}, info() {}, warn() {}, error: (_m: string, e: unknown) => errors.push(e) })).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
  });
});

describe('the chain', () => {
  it('verifies the whole log after all of the above', async () => {
    const v = await auditLog.verify(db);
    expect(v.ok, JSON.stringify(v.tenants.filter((x) => !x.ok))).toBe(true);
    expect(v.tenants.find((x) => x.tenantId === 'demo')!.rows).toBeGreaterThan(3);
    expect(await db.select().from(auditEvents).where(sql`${auditEvents.hash} is null`)).toEqual([]);
  });

  it('chains rows written before the chain existed, in id order, at the next seal', async () => {
    const tenantId = unique('legacy');
    // As the code before the chain wrote them: no hashes, at from the database.
    for (let i = 0; i < 3; i++) await db.insert(auditEvents).values({ tenantId, actor: 'old', action: 'LEGACY', entityType: 'Thing', entityId: String(i), details: { i, b: 'x', a: 'y' } });
    expect((await chainOf(tenantId)).every((r) => r.hash === null)).toBe(true);
    const appended = await auditLog.append(db, { tenantId, actor: 'new', action: 'TEST_EVENT', entityType: 'Thing', entityId: 9, details: {} });
    expect(await auditLog.seal(db, tenantId)).toBe(4);
    const next = await rowById(appended.id);
    const rows = await sealedChainOf(tenantId);
    expect(rows.map((r) => r.actor)).toEqual(['old', 'old', 'old', 'new']);
    expect(rows[0].prevHash).toBeNull();
    for (let i = 0; i < rows.length; i++) {
      expect(rows[i].hash).toBe(hashOf(rows[i]));
      if (i > 0) expect(rows[i].prevHash).toBe(rows[i - 1].hash);
    }
    expect(next.prevHash).toBe(rows[2].hash);
    expect((await auditLog.verify(db, tenantId)).tenants[0]).toMatchObject({ ok: true, rows: 4, lastHash: next.hash });

    // Verification chains them too (without an append).
    const other = unique('legacy-verify');
    await db.insert(auditEvents).values({ tenantId: other, actor: 'old', action: 'LEGACY', entityType: 'Thing', entityId: '1', details: { k: 1 } });
    expect((await auditLog.verify(db, other)).tenants[0]).toMatchObject({ ok: true, rows: 1 });
    expect(await auditLog.seal(db, other)).toBe(0); // nothing left to seal
    expect((await chainOf(other))[0].hash).not.toBeNull();
  });

  it('keeps one unbroken chain under 20 concurrent appends to one tenant', async () => {
    const tenantId = unique('concurrent');
    await Promise.all(Array.from({ length: 20 }, (_, i) => auditLog.append(db, { tenantId, actor: `a${i}`, action: 'TEST_EVENT', entityType: 'Widget', entityId: i, details: { i } })));
    // Sealers of several replicas at once (and the app's own, cued by the appends) take turns on the tenant's lock.
    const sealed = await Promise.all([auditLog.seal(db, tenantId), auditLog.seal(db, tenantId), auditLog.seal(db)]);
    expect(sealed.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(20); // no row sealed twice
    const rows = await sealedChainOf(tenantId);
    expect(rows.map((r) => r.chainSeq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(rows).toHaveLength(20);
    expect(rows[0].prevHash).toBeNull();
    for (let i = 1; i < rows.length; i++) expect(rows[i].prevHash).toBe(rows[i - 1].hash);
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(20); // no two rows hang off one predecessor
    expect((await auditLog.verify(db, tenantId)).tenants[0]).toMatchObject({ ok: true, rows: 20 });
  });

  it('appends a batch with one insert, chained in order, and rolls back with the caller', async () => {
    const tenantId = unique('batch');
    const rows = await auditLog.appendMany(db, [0, 1, 2].map((i) => ({ tenantId, actor: 'x', action: 'TEST_EVENT', entityType: 'Widget', entityId: i, details: { i } })));
    expect(rows.map((r) => r.entityId)).toEqual(['0', '1', '2']);
    await expect(
      db.transaction(async (tx) => {
        await auditLog.append(tx, { tenantId, actor: 'x', action: 'TEST_EVENT', entityType: 'Widget', entityId: 3, details: {} });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await chainOf(tenantId)).toHaveLength(3);
    expect((await auditLog.verify(db, tenantId)).ok).toBe(true);
  });

  it.skipIf(process.env.TEST_DB !== 'postgres')('chains a row whose transaction commits after a later row’s, after it (PostgreSQL: two open transactions)', async () => {
    const tenantId = unique('late');
    let commitLate!: () => void;
    const held = new Promise<void>((r) => (commitLate = r));
    let lateId = 0;
    const late = db.transaction(async (tx) => {
      lateId = (await auditLog.append(tx, { tenantId, actor: 'slow', action: 'TEST_EVENT', entityType: 'Widget', entityId: 1, details: {} })).id;
      await held;
    });
    await expect.poll(() => lateId).toBeGreaterThan(0);
    const early = await auditLog.append(db, { tenantId, actor: 'fast', action: 'TEST_EVENT', entityType: 'Widget', entityId: 2, details: {} });
    expect(early.id).toBeGreaterThan(lateId);
    expect(await auditLog.seal(db, tenantId)).toBe(1); // the open transaction's row is not visible yet
    commitLate();
    await late;
    expect(await auditLog.seal(db, tenantId)).toBe(1);
    expect((await sealedChainOf(tenantId)).map((r) => [r.actor, r.chainSeq])).toEqual([
      ['fast', 1],
      ['slow', 2],
    ]);
    expect((await auditLog.verify(db, tenantId)).tenants[0]).toMatchObject({ ok: true, rows: 2 });
  });

  it('finds an edited row at that row', async () => {
    const tenantId = unique('edited');
    const rows = await appendRows(tenantId, 5);
    await tamper(sql`update audit_events set details = '{"i": 2, "nested": {"a": [1], "b": 3}}'::jsonb where id = ${rows[2].id}`);
    const v = await auditLog.verify(db, tenantId);
    expect(v.ok).toBe(false);
    expect(v.tenants[0]).toMatchObject({ ok: false, firstBrokenId: rows[2].id, reason: `row ${rows[2].id}: its hash does not match its contents (edited?)` });
  });

  it('finds a removed row at the row after it', async () => {
    const tenantId = unique('removed');
    const rows = await appendRows(tenantId, 5);
    await tamper(sql`delete from audit_events where id = ${rows[2].id}`);
    const v = await auditLog.verify(db, tenantId);
    expect(v.tenants[0]).toMatchObject({
      ok: false,
      rows: 4,
      firstBrokenId: rows[3].id,
      reason: `row ${rows[3].id}: prev_hash does not match row ${rows[1].id}'s hash (a row was removed or reordered)`,
    });
    // The first row removed: the new first row still names a predecessor.
    const head = unique('removed-head');
    const h = await appendRows(head, 2);
    await tamper(sql`delete from audit_events where id = ${h[0].id}`);
    expect((await auditLog.verify(db, head)).tenants[0]).toMatchObject({ ok: false, firstBrokenId: h[1].id });
  });

  it('is append-only: the triggers refuse UPDATE and DELETE, and a second hashing', async () => {
    const tenantId = unique('locked');
    const [row] = await appendRows(tenantId, 1);
    const refused = async (statement: ReturnType<typeof sql>) => {
      const e = await db.execute(statement).then(
        () => null,
        (err: unknown) => err as Error & { cause?: Error },
      );
      expect(e, 'the statement should be refused').not.toBeNull();
      expect(String(e!.cause?.message ?? e!.message)).toMatch(/append-only/);
    };
    await refused(sql`update audit_events set actor = 'someone else' where id = ${row.id}`);
    await refused(sql`update audit_events set hash = 'forged', prev_hash = null where id = ${row.id}`);
    // An unsealed row may be sealed once, with its hash and its position together, nothing else.
    const unsealed = await auditLog.append(db, { tenantId, actor: 'tester', action: 'TEST_EVENT', entityType: 'Widget', entityId: 'u', details: {} });
    await refused(sql`update audit_events set hash = 'forged' where id = ${unsealed.id}`);
    await refused(sql`update audit_events set hash = 'forged', chain_seq = 9, actor = 'someone else' where id = ${unsealed.id}`);
    await auditLog.seal(db, tenantId);
    await refused(sql`delete from audit_events where id = ${row.id}`);
    await refused(sql`truncate audit_events`);
    expect((await chainOf(tenantId))[0]).toEqual(row);
  });
});

describe('the graph', () => {
  const LOG = `query($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id actor action entityType entityId details at prevHash hash } }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }`;

  it('lets an ADMIN page through the log, newest first, with filters', async () => {
    const action = unique('FILTERED').toUpperCase();
    const written: AuditRow[] = [];
    for (let i = 0; i < 5; i++) written.push(await auditLog.append(db, { tenantId: 'demo', actor: i % 2 ? 'odd' : 'even', action, entityType: 'Widget', entityId: `w${i}`, details: { i } }));
    // Another tenant's rows are never shown.
    await auditLog.append(db, { tenantId: 'northwind', actor: 'even', action, entityType: 'Widget', entityId: 'w0', details: {} });

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const r: { auditLog: { edges: { node: { id: string; details: string } }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string } } } = await t.ok(LOG, { filter: { action }, first: 2, after }, admin);
      seen.push(...r.auditLog.edges.map((e) => e.node.id));
      expect(r.auditLog.pageInfo.hasNextPage).toBe(page < 2);
      expect(r.auditLog.pageInfo.hasPreviousPage).toBe(page > 0);
      after = r.auditLog.pageInfo.endCursor;
    }
    expect(seen).toEqual(written.map((w) => String(w.id)).reverse());

    const one = await t.ok(LOG, { filter: { action, entityType: 'Widget', entityId: 'w3' } }, admin);
    // Listing sealed the rows first: every one shown carries its hash.
    const w3 = await rowById(written[3].id);
    expect(w3.hash).not.toBeNull();
    expect(one.auditLog.edges.map((e: { node: { entityId: string; actor: string; details: string; hash: string } }) => e.node)).toEqual([
      expect.objectContaining({ entityId: 'w3', actor: 'odd', hash: w3.hash }),
    ]);
    expect(JSON.parse(one.auditLog.edges[0].node.details)).toEqual({ i: 3 });
    const odd = await t.ok(LOG, { filter: { action, actor: 'odd' } }, admin);
    expect(odd.auditLog.edges).toHaveLength(2);
    const from = written[0].at.toISOString();
    const window = await t.ok(LOG, { filter: { action, from, to: new Date(written[4].at.getTime() + 1).toISOString() } }, admin);
    expect(window.auditLog.edges).toHaveLength(5);
    const none = await t.ok(LOG, { filter: { action, to: from } }, admin);
    expect(none.auditLog.edges).toHaveLength(0);

    const blank = await t.gql(LOG, { filter: { actor: ' ' } }, admin);
    expect(blank.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.actor' } });
    const backwards = await t.gql(LOG, { filter: { from, to: from } }, admin);
    expect(backwards.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.to' } });
    const badCursor = await t.gql(LOG, { after: 'nonsense' }, admin);
    expect(badCursor.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  it('lets an ADMIN verify the tenant chain', async () => {
    const r = await t.ok(`{ verifyAuditLog { ok tenants { tenantId rows ok firstBrokenId reason lastHash } } }`, {}, admin);
    expect(r.verifyAuditLog.ok).toBe(true);
    expect(r.verifyAuditLog.tenants).toHaveLength(1);
    expect(r.verifyAuditLog.tenants[0]).toMatchObject({ tenantId: 'demo', ok: true, firstBrokenId: null, reason: null });
    const [last] = await db.select().from(auditEvents).where(eq(auditEvents.tenantId, 'demo')).orderBy(sql`${auditEvents.chainSeq} desc nulls last`).limit(1);
    expect(r.verifyAuditLog.tenants[0].lastHash).toBe(last.hash);
  });

  it('refuses every other role', async () => {
    for (const role of ['RELATIONSHIP_MANAGER', 'ANALYST', 'COLLECTOR', 'PARTNER']) {
      const token = await t.login(role);
      for (const q of [`{ auditLog { edges { cursor } } }`, `{ verifyAuditLog { ok } }`]) {
        const r = await t.gql(q, {}, token);
        expect(r.errors?.[0]?.extensions?.code, `${role}: ${q}`).toBe('FORBIDDEN');
        expect(r.data ?? null).toBeNull();
      }
    }
  });
});

describe('npm run audit:verify', () => {
  /** A database of the test's own, migrated: a PGlite directory, or a PostgreSQL database. */
  async function ownDatabase(): Promise<{ env: Record<string, string>; open(): Promise<Database>; drop(): Promise<void> }> {
    if (t.dbKind === 'pglite') {
      const dir = mkdtempSync(path.join(tmpdir(), 'cg-audit-'));
      return { env: { PGLITE_DIR: dir, DATABASE_URL: '' }, open: () => openDatabase({ pgliteDir: dir }), drop: async () => rmSync(dir, { recursive: true, force: true }) };
    }
    const name = `cg_audit_${process.pid}_${randomBytes(4).toString('hex')}`;
    const adminSql = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await adminSql.unsafe(`create database ${name}`);
    await adminSql.end();
    const url = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
    return {
      env: { DATABASE_URL: url },
      open: () => openDatabase({ databaseUrl: url, poolSize: 2 }),
      drop: async () => {
        const a = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
        await a.unsafe(`drop database if exists ${name} with (force)`);
        await a.end();
      },
    };
  }

  function runCli(env: Record<string, string>): Promise<{ code: number; stdout: string }> {
    return new Promise((resolve) => {
      execFile(
        path.resolve('node_modules/.bin/tsx'),
        ['server/src/security/audit-verify-cli.ts'],
        { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, timeout: 90_000 },
        (error, stdout) => resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout }),
      );
    });
  }

  it('exits 0 on an intact log and 1 on a tampered one, naming the row', async () => {
    const own = await ownDatabase();
    try {
      let database = await own.open();
      let row: AuditRow;
      try {
        await database.migrate();
        for (const tenantId of ['alpha', 'beta']) {
          for (let i = 0; i < 3; i++) row = await auditLog.append(database.db, { tenantId, actor: 'cli-test', action: 'TEST_EVENT', entityType: 'Widget', entityId: i, details: { i } });
        }
      } finally {
        await database.close();
      }
      const clean = await runCli(own.env);
      expect(clean.stdout).toMatch(/alpha: ok, 3 entries/);
      expect(clean.stdout).toMatch(/beta: ok, 3 entries/);
      expect(clean.code).toBe(0);

      database = await own.open();
      try {
        await tamper(sql`update audit_events set actor = 'someone else' where id = ${row!.id}`, database.db);
      } finally {
        await database.close();
      }
      const broken = await runCli(own.env);
      expect(broken.stdout).toContain(`beta: BROKEN at row ${row!.id}: its hash does not match its contents (edited?)`);
      expect(broken.stdout).toMatch(/alpha: ok/);
      expect(broken.code).toBe(1);
    } finally {
      await own.drop();
    }
  }, 180_000);
});
