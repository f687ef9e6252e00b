// Starts the whole app for integration tests on the database named by TEST_DB: "pglite" (in
// memory) or "postgres" (a fresh database on this machine's PostgreSQL, dropped afterwards).
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { startApp, type RunningApp } from '../src/app.js';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestApp {
  app: RunningApp;
  dbKind: 'pglite' | 'postgres';
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: any[]; status: number }>;
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dbKind = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
  let dropDatabase = async () => {};
  const dbEnv: Record<string, string | undefined> = { PGLITE_DIR: 'memory://', DATABASE_URL: '' };
  if (dbKind === 'postgres') {
    const name = `cg_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
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
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      SEED_CUSTOMERS: '150',
      SERVE_WEB: 'false',
      ...dbEnv,
      ...env,
    });
  } catch (e) {
    await dropDatabase();
    throw e;
  }
  return {
    app,
    dbKind,
    async gql(query, variables, token) {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: any[] };
      return { ...body, status: res.status };
    },
    async close() {
      await app.close();
      await dropDatabase();
    },
  };
}
