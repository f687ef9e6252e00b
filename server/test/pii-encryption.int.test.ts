// PII encrypted at rest, on PGlite and on PostgreSQL: the tables hold envelopes and keyed hashes,
// never plaintext; the graph returns plaintext; search matches blind indexes (whole words, exact
// email or phone); a tampered or moved value fails loudly; keys rotate, by function and by CLI.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../src/db/index.js';
import { customersByIds } from '../src/repositories/customers.js';
import { DEV_PII_KEYS, piiKeysFromEnv } from '../src/security/pii-crypto.js';
import { piiKeyCounts, reencryptPii } from '../src/security/pii-reencrypt.js';
import { SEED_AS_OF } from '../../seeds/generator.js';
import { ADMIN_URL, startTestApp, type TestApp } from './harness.js';

const run = promisify(execFile);
const newKey = () => randomBytes(32).toString('base64');

async function rawRows(database: Database, text: string): Promise<Record<string, any>[]> {
  if (database.raw.kind === 'postgres') return [...(await database.raw.sql.unsafe(text))];
  return (await database.raw.pg.query<Record<string, any>>(text)).rows;
}

const DETAIL = /* GraphQL */ `
  query($id: ID!) { customer(id: $id) { id name kind age email phone dateOfBirth address { line1 city state postalCode } region holdings { accountNumber } } }
`;
const SEARCH = /* GraphQL */ `
  query($search: String!) { customers(first: 100, filter: { search: $search }) { totalCount edges { node { id name } } } }
`;
const ALL_NAMES = /* GraphQL */ `
  query($after: String) { customers(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id name } } } }
`;

async function allNames(t: TestApp, token: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let after: string | null = null;
  for (;;) {
    const r: any = await t.ok(ALL_NAMES, { after }, token);
    for (const e of r.customers.edges) out.set(e.node.id, e.node.name);
    if (!r.customers.pageInfo.hasNextPage) return out;
    after = r.customers.pageInfo.endCursor;
  }
}

const numericId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

/** Names of the demo tenant under the development keys, to compare after rotation. */
let baseline: Map<string, string>;

describe('PII at rest and in the graph', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp({ HOT_CACHE_TTL_SECONDS: '0' });
    admin = await t.login('ADMIN');
    baseline = await allNames(t, admin);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stores no plaintext name, email, phone, date of birth, address or account number', async () => {
    const ids = [...baseline.keys()].slice(0, 20);
    const db = t.app.services.database;
    for (const id of ids) {
      const c = (await t.ok(DETAIL, { id }, admin)).customer;
      expect(c.email).toMatch(/^[a-z0-9._]+@[a-z.]+$/);
      expect(c.phone).toMatch(/^\+91 [6-9]\d{4} \d{5}$/);
      expect(c.address.state).toBe(c.region);
      expect(c.address.postalCode).toMatch(/^\d{6}$/);
      if (c.kind === 'INDIVIDUAL') {
        // Exactly `age` full years old on the day the seed's data is "as of".
        const [y, m, d] = c.dateOfBirth.split('-').map(Number);
        const asOf = SEED_AS_OF;
        const hadBirthday = asOf.getUTCMonth() + 1 > m || (asOf.getUTCMonth() + 1 === m && asOf.getUTCDate() >= d);
        expect(asOf.getUTCFullYear() - y - (hadBirthday ? 0 : 1)).toBe(c.age);
      } else expect(c.dateOfBirth).toBeNull();
      const accounts = c.holdings.map((h: any) => h.accountNumber);
      for (const a of accounts) expect(a).toMatch(/^\d{14,16}$/);

      const [row] = await rawRows(db, `select * from customers where id = ${numericId(id)}`);
      const holdings = await rawRows(db, `select * from holdings where customer_id = ${numericId(id)}`);
      expect(row.name).toBeNull();
      expect(row.name_enc).toMatch(/^v1:dev1:/);
      // The PII columns only (a business's trade is in its name and, legitimately, its employment);
      // words of five letters and more, which base64 ciphertext will not spell by chance.
      const pii = Object.fromEntries(Object.entries(row).filter(([k]) => k === 'name' || k.endsWith('_enc') || k.endsWith('_bidx')));
      const stored = JSON.stringify([pii, holdings.map((h) => h.account_number_enc)]);
      const secrets = [...c.name.split(/\s+/).filter((w: string) => w.length > 4), c.email, c.email.split('@')[0], c.phone, c.phone.replace(/\D/g, '').slice(2), c.dateOfBirth, c.address.line1, ...accounts].filter(Boolean);
      for (const s of secrets) {
        expect(stored, `${id}: "${s}" stored in plaintext`).not.toContain(s);
        expect(stored.toLowerCase(), `${id}: "${s}" stored in lower case`).not.toContain(s.toLowerCase());
      }
    }
  });

  it('finds a customer by a whole name word, an email or a phone number, never by part of a word', async () => {
    const [id, name] = [...baseline.entries()].find(([, n]) => n.split(/\s+/).every((w) => w.length >= 4))!;
    const c = (await t.ok(DETAIL, { id }, admin)).customer;
    const ids = async (search: string) => (await t.ok(SEARCH, { search }, admin)).customers.edges.map((e: any) => e.node.id);
    const longest = name.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a));
    expect(await ids(longest.toUpperCase())).toContain(id);
    expect(await ids(name.toLowerCase())).toContain(id);
    expect(await ids(c.email.toUpperCase())).toEqual([id]);
    expect(await ids(c.phone)).toEqual([id]);
    expect(await ids(c.phone.replace(/\D/g, '').slice(2))).toEqual([id]); // without +91 and spaces
    expect(await ids(longest.slice(0, -1))).not.toContain(id);
    expect(await ids(`${name} nosuchword`)).toEqual([]);
    expect(await ids(c.email.slice(1))).toEqual([]);
    expect(await ids(longest[0])).toEqual([]);
  });

  it('refuses a ciphertext moved to another row, or altered, with an error naming the place', async () => {
    const [a, b] = [...baseline.keys()].slice(-2).map(numericId);
    const db = t.app.services.database;
    const [rowA] = await rawRows(db, `select name_enc, email_enc from customers where id = ${a}`);
    const [rowB] = await rawRows(db, `select name_enc from customers where id = ${b}`);
    const restore = () => rawRows(db, `update customers set name_enc = '${rowA.name_enc}', email_enc = '${rowA.email_enc}' where id = ${a}`);
    try {
      await rawRows(db, `update customers set name_enc = '${rowB.name_enc}' where id = ${a}`);
      await expect(customersByIds(db.db, 'demo', [a])).rejects.toThrow(`customers.${a}.name: does not decrypt under key dev1: the value was altered or belongs to another row or column`);
      const r = await t.gql(`query($id: ID!) { customer(id: $id) { name } }`, { id: Buffer.from(`Customer:${a}`).toString('base64url') }, admin);
      expect(r.errors?.[0].message).toContain(`customers.${a}.name: does not decrypt`);

      await restore();
      const parts = String(rowA.email_enc).split(':');
      parts[3] = (parts[3][0] === 'A' ? 'B' : 'A') + parts[3].slice(1);
      await rawRows(db, `update customers set email_enc = '${parts.join(':')}' where id = ${a}`);
      const e = await t.gql(`query($id: ID!) { customer(id: $id) { name email } }`, { id: Buffer.from(`Customer:${a}`).toString('base64url') }, admin);
      expect(e.errors?.[0].message).toContain(`customers.${a}.email: does not decrypt under key dev1`);
      expect(e.data?.customer?.email ?? null).toBeNull(); // an error, never garbage
    } finally {
      await restore();
    }
  });
});

/** A seeded database of this test's own, kept across app restarts (and reachable by a child process). */
async function ownSeededDatabase(kind: 'pglite' | 'postgres'): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'cg-pii-'));
    const pg = await PGlite.create(dir, { extensions: { pg_trgm }, loadDataDir: new Blob([readFileSync(inject('seededPgliteDump'))]) });
    await pg.close();
    return { env: { PGLITE_DIR: dir }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `cg_pii_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name} template ${inject('seededTemplate')}`);
  await admin.end();
  return {
    env: { DATABASE_URL: ADMIN_URL.replace(/\/[^/]*$/, `/${name}`) },
    drop: async () => {
      const a = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

describe('key rotation', () => {
  const kind = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
  let own: Awaited<ReturnType<typeof ownSeededDatabase>>;
  const k2 = `k2:${newKey()}`;
  const k3 = `k3:${newKey()}`;
  const index2 = newKey();
  beforeAll(async () => {
    own = await ownSeededDatabase(kind);
  });
  afterAll(async () => {
    await own?.drop();
  });

  async function withApp<T>(keys: Record<string, string>, f: (t: TestApp, admin: string) => Promise<T>): Promise<T> {
    const t = await startTestApp({ ...own.env, ...keys, HOT_CACHE_TTL_SECONDS: '0' });
    try {
      return await f(t, await t.login('ADMIN'));
    } finally {
      await t.close();
    }
  }

  it('reads old rows under a new active key, re-encrypts them all, and recomputes the indexes under a new index key', async () => {
    const rotated = { PII_KEYS: `${k2},${DEV_PII_KEYS}`, PII_INDEX_KEY: index2 };
    await withApp({ PII_KEYS: rotated.PII_KEYS }, async (t, admin) => {
      expect(await allNames(t, admin)).toEqual(baseline);
      const db = t.app.services.database.db;
      const before = await piiKeyCounts(db);
      expect(Object.keys(before)).toEqual(['dev1']);
      const { cipher } = piiKeysFromEnv(rotated);
      const first = await reencryptPii(db, cipher, { batchSize: 37 });
      expect(first.customersChanged).toBeGreaterThan(baseline.size);
      expect(first.holdingsChanged).toBeGreaterThan(0);
      expect(await piiKeyCounts(db)).toEqual({ k2: before.dev1 });
      expect(await reencryptPii(db, cipher)).toEqual({ customersChanged: 0, holdingsChanged: 0 }); // idempotent
    });
    // Only the new keys now: everything reads, and search works under the new index key.
    await withApp({ PII_KEYS: k2, PII_INDEX_KEY: index2 }, async (t, admin) => {
      expect(await allNames(t, admin)).toEqual(baseline);
      const [id, name] = [...baseline.entries()][0];
      expect((await t.ok(SEARCH, { search: name }, admin)).customers.edges.map((e: any) => e.node.id)).toContain(id);
    });
  });

  it('rotates again through npm run pii:reencrypt as a command', async () => {
    const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: '', PGLITE_DIR: '', ...own.env, PII_KEYS: `${k3},${k2}`, PII_INDEX_KEY: index2 };
    const cli = path.resolve(import.meta.dirname, '../src/security/pii-reencrypt-cli.ts');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', cli, '--batch-size', '50'], { env, timeout: 120_000 });
    expect(stdout).toMatch(/before \(active key k3\):\n\s+k2\s+[\d,]+\n/);
    expect(stdout).toMatch(/after:\n\s+k3\s+[\d,]+\n?$/);
    const again = await run(process.execPath, ['--import', 'tsx', cli], { env, timeout: 120_000 });
    expect(again.stdout).toContain('re-encrypted 0 customers and 0 holdings');

    await withApp({ PII_KEYS: k3, PII_INDEX_KEY: index2 }, async (t, admin) => {
      expect(await allNames(t, admin)).toEqual(baseline);
    });
  });

  it('names the missing key instead of returning garbage', async () => {
    await withApp({ PII_KEYS: `k9:${newKey()}`, PII_INDEX_KEY: index2 }, async (t, admin) => {
      const r = await t.gql(ALL_NAMES, { after: null }, admin);
      expect(r.errors?.[0].message).toMatch(/customers\.\d+\.name: row encrypted with key k3, which is not in PII_KEYS \(have k9\)/);
      expect(r.data?.customers ?? null).toBeNull();
      await expect(reencryptPii(t.app.services.database.db, piiKeysFromEnv({ PII_KEYS: `k9:${newKey()}`, PII_INDEX_KEY: index2 }).cipher)).rejects.toThrow(/row encrypted with key k3, which is not in PII_KEYS/);
    });
  });

  it('encrypts plaintext names of a database from before encryption at start', async () => {
    const plain = [...baseline.entries()].slice(0, 3).map(([id, name]) => [numericId(id), name] as const);
    await withApp({ PII_KEYS: k3, PII_INDEX_KEY: index2 }, async (t) => {
      const db = t.app.services.database;
      for (const [id, name] of plain) await rawRows(db, `update customers set name = '${name.replace(/'/g, "''")}', name_enc = null, name_bidx = null where id = ${id}`);
      expect((await piiKeyCounts(db.db)).plaintext).toBe(3);
    });
    await withApp({ PII_KEYS: k3, PII_INDEX_KEY: index2 }, async (t, admin) => {
      const rows = await rawRows(t.app.services.database, `select id, name, name_enc from customers where id in (${plain.map(([id]) => id).join(',')})`);
      for (const r of rows) {
        expect(r.name).toBeNull();
        expect(r.name_enc).toMatch(/^v1:k3:/);
      }
      expect(await allNames(t, admin)).toEqual(baseline);
      expect((await t.ok(SEARCH, { search: plain[0][1] }, admin)).customers.edges.map((e: any) => numericId(e.node.id))).toContain(plain[0][0]);
    });
  });
});
