// Vitest global setup of the GraphQL suites: seeds the demo database once per run, so that each
// test file's app starts from a copy instead of seeding its 150 customers itself (about 20 s of
// embedding, transactions and model training, times two dozen apps). Every test still gets a
// database of its own:
//   PGlite      a dumpDataDir tarball, which each app loads into its own in-memory database;
//   PostgreSQL  a template database, from which each test database is created (a file copy).
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { ADMIN_URL, TEST_APP_ENV } from './test-env.js';

/** The copy holds no recovery cases yet: an app that sweeps opens them at its own start, as before. */
const SEEDED_APP_ENV = { ...TEST_APP_ENV, RECOVERY_SWEEP_MINUTES: '0' };

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seeded PGlite dump (a file path), or '' when none was made. */
    seededPgliteDump: string;
    /** The seeded PostgreSQL template database's name, or ''. */
    seededTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const onPostgres = project.config.env?.TEST_DB === 'postgres';
  const { startApp } = await import('../src/app.js');
  if (!onPostgres) {
    const app = await startApp({ ...SEEDED_APP_ENV, PGLITE_DIR: 'memory://', DATABASE_URL: '' });
    const file = path.join(os.tmpdir(), `creditgraph-seeded-${process.pid}-${randomBytes(4).toString('hex')}.tar`);
    try {
      const { raw } = app.services.database;
      if (raw.kind !== 'pglite') throw new Error('expected PGlite');
      writeFileSync(file, Buffer.from(await (await raw.pg.dumpDataDir('none')).arrayBuffer()));
    } finally {
      await app.close();
    }
    project.provide('seededPgliteDump', file);
    project.provide('seededTemplate', '');
    return async () => rmSync(file, { force: true });
  }

  const name = `cg_seeded_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
    const app = await startApp({ ...SEEDED_APP_ENV, DATABASE_URL: ADMIN_URL.replace(/\/[^/]*$/, `/${name}`) });
    await app.close();
  } catch (e) {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    throw e;
  } finally {
    await admin.end();
  }
  project.provide('seededPgliteDump', '');
  project.provide('seededTemplate', name);
  return async () => {
    const a = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    await a.unsafe(`drop database if exists ${name} with (force)`);
    await a.end();
  };
}
