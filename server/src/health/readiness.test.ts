import { describe, expect, it } from 'vitest';
import type { AppDb } from '../db/index.js';
import { checkReadiness } from './readiness.js';

/** A stand-in database whose `execute` answers every statement with `rows` (or never, or fails). */
const fakeDb = (execute: () => Promise<unknown>) => ({ execute }) as unknown as AppDb;

describe('checkReadiness', () => {
  it('is ready when the database answers and every shipped migration is applied', async () => {
    const r = await checkReadiness({ db: fakeDb(async () => [{ n: 16 }]), migrations: 16 });
    expect(r.ready).toBe(true);
    expect(r.checks.map((c) => c.name)).toEqual(['database', 'migrations']);
  });

  it('is not ready while migrations are behind the build, and says how far', async () => {
    const r = await checkReadiness({ db: fakeDb(async () => [{ n: 14 }]), migrations: 16 });
    expect(r.ready).toBe(false);
    expect(r.checks.find((c) => c.name === 'migrations')).toMatchObject({ ok: false, detail: '14 of 16 migrations applied' });
  });

  it('fails a check that does not answer within a second, and a Redis that is down', async () => {
    const r = await checkReadiness({ db: fakeDb(() => new Promise(() => {})), migrations: 1, redisPing: () => Promise.reject(new Error('connect ECONNREFUSED')) });
    expect(r.ready).toBe(false);
    expect(r.checks.find((c) => c.name === 'database')).toMatchObject({ ok: false, detail: 'no answer within 1000 ms' });
    expect(r.checks.find((c) => c.name === 'redis')).toMatchObject({ ok: false, detail: 'connect ECONNREFUSED' });
  });
});
