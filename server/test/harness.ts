// Starts the whole app for integration tests on the database named by TEST_DB: "pglite" (in
// memory) or "postgres" (a fresh database on this machine's PostgreSQL, dropped afterwards).
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { expect, inject } from 'vitest';
import { startApp, type RunningApp } from '../src/app.js';
import { ADMIN_URL, TEST_APP_ENV } from './test-env.js';

export { ADMIN_URL, TEST_APP_ENV };

/** Settings that change what is seeded: an app given any of them seeds its own database. */
const SEED_SETTINGS = ['SEED_CUSTOMERS', 'SEED', 'SEED_ON_START'];

/** The run's seeded copy, when the global setup made one and `env` keeps the seed settings. */
function seededCopy(env: Record<string, string>): { pgliteDump: string; template: string } | null {
  if (SEED_SETTINGS.some((k) => k in env && env[k] !== TEST_APP_ENV[k])) return null;
  if ('PGLITE_DIR' in env || 'DATABASE_URL' in env) return null; // a database of the test's own
  const pgliteDump = inject('seededPgliteDump') ?? '';
  const template = inject('seededTemplate') ?? '';
  return pgliteDump || template ? { pgliteDump, template } : null;
}

export interface TestApp {
  app: RunningApp;
  dbKind: 'pglite' | 'postgres';
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: any[]; status: number }>;
  /** The data of an operation that must not fail: a GraphQL error fails the test, naming it. */
  ok<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** A dev-login token for `role` (of the demo tenant, or `tenantId`). */
  login(role: string, tenantId?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dbKind = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
  const seeded = seededCopy(env);
  let dropDatabase = async () => {};
  const dbEnv: Record<string, string | undefined> = { PGLITE_DIR: 'memory://', DATABASE_URL: '' };
  if (dbKind === 'pglite' && seeded?.pgliteDump) dbEnv.PGLITE_LOAD_DUMP = seeded.pgliteDump;
  if (dbKind === 'postgres') {
    const name = `cg_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await createDatabase(admin, name, seeded?.template || null);
    await admin.end();
    dbEnv.DATABASE_URL = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
    dropDatabase = async () => {
      const a = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
      await a.unsafe(`drop database if exists ${name} with (force)`);
      await a.end();
    };
  }
  let app: RunningApp;
  try {
    app = await startApp({
      ...TEST_APP_ENV,
      ...dbEnv,
      ...env,
    });
  } catch (e) {
    await dropDatabase();
    throw e;
  }
  const gql: TestApp['gql'] = async (query, variables, token) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: any; errors?: any[] };
    return { ...body, status: res.status };
  };
  const ok: TestApp['ok'] = async (query, variables, token) => {
    const r = await gql(query, variables, token);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data;
  };
  return {
    app,
    dbKind,
    gql,
    ok,
    async login(role, tenantId) {
      const tenant = tenantId === undefined ? '' : `, tenantId: ${JSON.stringify(tenantId)}`;
      return (await ok(`mutation { devLogin(role: ${role}${tenant}) { token } }`)).devLogin.token as string;
    },
    async close() {
      await app.close();
      await dropDatabase();
    },
  };
}

/** A new database, empty or a copy of `template`; two copies of one template at once may collide, so it retries. */
async function createDatabase(admin: postgres.Sql, name: string, template: string | null): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.unsafe(template ? `create database ${name} template ${template}` : `create database ${name}`);
      return;
    } catch (e) {
      // "source database is being accessed by other users": another worker's copy in progress.
      if (!template || attempt >= 20 || (e as { code?: string }).code !== '55006') throw e;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
}
