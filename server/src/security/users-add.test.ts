// Creating a user (users-add.ts) on an in-memory PGlite: the user can sign in through LoginService
// at once, the creation is audited, and every refusal names its problem and writes nothing. Then
// the CLI itself (`npm run users:add`), spawned: exit codes, messages, the password from stdin.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, tenants, users } from '../../../drizzle/schema.js';
import { openDatabase, type Database } from '../db/index.js';
import { LoginService } from './login.js';
import { verifyPassword } from './passwords.js';
import { addUser, type NewUserInput } from './users-add.js';
import { TokenService } from './viewer.js';

const PASSWORD = 'correct horse battery';

let database: Database;
let logins: LoginService;

beforeAll(async () => {
  database = await openDatabase({ pgliteDir: 'memory://' });
  await database.migrate();
  await database.db.insert(tenants).values([
    { id: 'acme', name: 'Acme Lending' },
    { id: 'other', name: 'Other Bank' },
  ]);
  logins = new LoginService(database.db, new TokenService('users-add-test-secret'), (id) => id === 'acme' || id === 'other');
});
afterAll(async () => {
  await database?.close();
});

const input = (over: Partial<NewUserInput> = {}): NewUserInput => ({ username: 'priya', role: 'ANALYST', tenantId: 'acme', password: PASSWORD, ...over });

async function counts(): Promise<{ users: number; audit: number }> {
  const [u] = await database.db.select({ n: sql<number>`count(*)::int` }).from(users);
  const [a] = await database.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
  return { users: u.n, audit: a.n };
}

describe('addUser', () => {
  it('creates an active user who signs in through LoginService, and audits it', async () => {
    const result = await addUser(database.db, input({ username: '  Priya.Shah ', role: 'relationship-manager', displayName: 'Priya Shah' }));
    expect(result).toMatchObject({ ok: true, user: { id: 'u-priya.shah', username: 'priya.shah', role: 'RELATIONSHIP_MANAGER', tenantId: 'acme', displayName: 'Priya Shah', active: true } });
    expect(result.ok && 'passwordHash' in result.user).toBe(false);

    const [row] = await database.db.select().from(users).where(eq(users.username, 'priya.shah'));
    expect(row.passwordHash).toMatch(/^scrypt\$/);
    expect(await verifyPassword(PASSWORD, row.passwordHash)).toBe(true);

    const signedIn = await logins.login('priya.shah', PASSWORD);
    expect(signedIn.viewer).toEqual({ userId: 'u-priya.shah', role: 'RELATIONSHIP_MANAGER', tenantId: 'acme', displayName: 'Priya Shah' });
    await expect(logins.login('priya.shah', `${PASSWORD}!`)).rejects.toThrow('wrong username or password');

    const audit = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, 'u-priya.shah'));
    expect(audit).toMatchObject([{ tenantId: 'acme', actor: 'system', action: 'USER_CREATED', entityType: 'User', details: { username: 'priya.shah', role: 'RELATIONSHIP_MANAGER' } }]);
  });

  it('takes RM for RELATIONSHIP_MANAGER and the username as the display name when none is given', async () => {
    const result = await addUser(database.db, input({ username: 'rm_1', role: 'rm', tenantId: 'other' }));
    expect(result).toMatchObject({ ok: true, user: { username: 'rm_1', role: 'RELATIONSHIP_MANAGER', tenantId: 'other', displayName: 'rm_1' } });
    expect((await logins.login('RM_1', PASSWORD)).viewer.tenantId).toBe('other');
  });

  it.each([
    ['an unknown role, listing the valid ones', input({ username: 'x1', role: 'SUPERUSER' }), 'ROLE_UNKNOWN', 'role: "SUPERUSER" is not a role; valid roles: RELATIONSHIP_MANAGER, ANALYST, COLLECTOR, ADMIN, PARTNER'],
    ['a tenant that does not exist', input({ username: 'x2', tenantId: 'nowhere' }), 'TENANT_UNKNOWN', 'tenant: "nowhere" does not exist; tenants: acme, other'],
    ['a username of one character', input({ username: 'x' }), 'USERNAME_INVALID', 'username: "x" must be 2 to 64 characters'],
    ['a username with a space', input({ username: 'priya shah' }), 'USERNAME_INVALID', 'lowercase letter, digit, dot, dash or underscore'],
    ['a username of 65 characters', input({ username: 'a'.repeat(65) }), 'USERNAME_INVALID', 'must be 2 to 64 characters'],
    ['a password under 12 characters', input({ username: 'x3', password: 'short-pw' }), 'PASSWORD_TOO_SHORT', 'password: must be at least 12 characters (got 8)'],
    ['a password sign-in would refuse', input({ username: 'x4', password: 'p'.repeat(201) }), 'PASSWORD_TOO_LONG', 'password: must be at most 200 characters'],
    ['an empty display name', input({ username: 'x5', displayName: '   ' }), 'DISPLAY_NAME_INVALID', 'display name: must be 1 to 200 characters'],
  ])('refuses %s and writes nothing', async (_label, bad, reason, message) => {
    const before = await counts();
    const result = await addUser(database.db, bad);
    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.message).toContain(message);
    expect(await counts()).toEqual(before);
  });

  it('refuses a username already taken, in any tenant and any case, and leaves the user as it was', async () => {
    await addUser(database.db, input({ username: 'dana', role: 'COLLECTOR' }));
    const [before] = await database.db.select().from(users).where(eq(users.username, 'dana'));
    const counted = await counts();

    const result = await addUser(database.db, input({ username: 'DANA', role: 'ADMIN', tenantId: 'other', password: 'another password' }));
    expect(result).toEqual({ ok: false, reason: 'USERNAME_TAKEN', message: 'username: "dana" is already taken (usernames are unique across tenants)' });
    expect(await counts()).toEqual(counted);
    const [after] = await database.db.select().from(users).where(eq(users.username, 'dana'));
    expect(after).toEqual(before);
    expect((await logins.login('dana', PASSWORD)).viewer.role).toBe('COLLECTOR');
  });
});

describe('npm run users:add (spawned)', () => {
  function runCli(args: string[], env: Record<string, string>, stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = execFile(
        path.resolve('node_modules/.bin/tsx'),
        ['server/src/security/users-add-cli.ts', ...args],
        { env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '', NEW_USER_PASSWORD: '', ...env }, timeout: 90_000 },
        (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? -1) : 0, stdout, stderr }),
      );
      child.stdin?.end(stdin ?? '');
    });
  }

  it('refuses a bad role and an unknown tenant with exit code 2, then creates a user with the password from stdin', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cg-users-add-'));
    try {
      const env = { PGLITE_DIR: dir, NEW_USER_PASSWORD: PASSWORD };
      const badRole = await runCli(['--username', 'omar', '--role', 'BOSS', '--tenant', 'acme'], env);
      expect(badRole.stderr).toContain('role: "BOSS" is not a role; valid roles: RELATIONSHIP_MANAGER, ANALYST, COLLECTOR, ADMIN, PARTNER');
      expect(badRole.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(badRole.code).toBe(2);

      const noTenant = await runCli(['--username', 'omar', '--role', 'ADMIN', '--tenant', 'acme'], env);
      expect(noTenant.stderr).toContain('tenant: "acme" does not exist; there are no tenants yet');
      expect(noTenant.stderr).not.toMatch(/\n\s+at /);
      expect(noTenant.code).toBe(2);

      // The CLI migrated the fresh directory; give it a tenant and create a user, password piped.
      const own = await openDatabase({ pgliteDir: dir });
      try {
        await own.db.insert(tenants).values({ id: 'acme', name: 'Acme Lending' });
      } finally {
        await own.close();
      }
      const created = await runCli(['--username', 'omar', '--role', 'rm', '--tenant', 'acme', '--display-name', 'Omar Haddad'], { PGLITE_DIR: dir }, `${PASSWORD}\nignored second line\n`);
      expect(created.stdout.trim()).toBe('user omar (RELATIONSHIP_MANAGER, tenant acme) created');
      expect(created.code).toBe(0);

      const check = await openDatabase({ pgliteDir: dir });
      try {
        const [row] = await check.db.select().from(users).where(eq(users.username, 'omar'));
        expect(row).toMatchObject({ displayName: 'Omar Haddad', tenantId: 'acme' });
        expect(await verifyPassword(PASSWORD, row.passwordHash)).toBe(true);
      } finally {
        await check.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
