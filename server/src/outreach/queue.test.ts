// pg-boss on the embedded PGlite: the `db` executor, and a queue's retries ending in the
// dead-letter queue, on an in-memory database.
import { PGlite } from '@electric-sql/pglite';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobId, pgliteExecutor } from './queue.js';

describe('jobId', () => {
  it('is a stable UUID per message and enqueue', () => {
    const a = jobId({ messageId: 42, generation: 1 });
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(jobId({ messageId: 42, generation: 1 })).toBe(a);
    expect(jobId({ messageId: 42, generation: 2 })).not.toBe(a);
    expect(jobId({ messageId: 43, generation: 1 })).not.toBe(a);
  });
});

describe('pg-boss over PGlite', () => {
  let pg: PGlite;
  let boss: PgBoss;
  beforeAll(async () => {
    pg = await PGlite.create('memory://');
  });
  afterAll(async () => {
    await boss?.stop({ graceful: false, close: false });
    await pg?.close();
  });

  it('runs scripts without values through exec, rolling a failed one back', async () => {
    const db = pgliteExecutor(pg);
    await db.executeSql('BEGIN; CREATE TABLE t (x int); INSERT INTO t VALUES (1), (2); COMMIT;');
    expect((await db.executeSql('SELECT count(*)::int AS n FROM t')).rows).toEqual([{ n: 2 }]);
    await expect(db.executeSql('BEGIN; INSERT INTO t VALUES (3); SELECT 1/0; COMMIT;')).rejects.toThrow(/division by zero/);
    // The session is usable again and the failed script left nothing behind.
    expect((await db.executeSql('SELECT count(*)::int AS n FROM t WHERE x > $1', [0])).rows).toEqual([{ n: 2 }]);
    expect((await db.executeSql('SELECT $1::int AS a, $2::text AS b', [undefined, 'x'])).rows).toEqual([{ a: null, b: 'x' }]);
  });

  it('retries a failing job with backoff, then moves it to the dead-letter queue', async () => {
    boss = new PgBoss({ db: pgliteExecutor(pg), schedule: false, supervise: false });
    await boss.start();
    await boss.createQueue('dead');
    await boss.createQueue('work', { name: 'work', retryLimit: 1, retryDelay: 1, retryBackoff: true, deadLetter: 'dead' });
    const tries: number[] = [];
    const dead: unknown[] = [];
    await boss.work<{ n: number }>('work', { pollingIntervalSeconds: 0.5 }, async ([job]) => {
      tries.push(job.data.n);
      throw new Error(`failed ${tries.length}`);
    });
    await boss.work<{ n: number }>('dead', { pollingIntervalSeconds: 0.5, includeMetadata: true }, async ([job]) => {
      dead.push({ data: job.data, message: (job.output as { message?: string }).message });
    });
    const id = jobId({ messageId: 1, generation: 1 });
    expect(await boss.send('work', { n: 7 }, { id })).toBe(id);
    // The same id again adds nothing.
    expect(await boss.send('work', { n: 7 }, { id })).toBeNull();
    for (let i = 0; i < 100 && dead.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(tries).toEqual([7, 7]);
    expect(dead).toEqual([{ data: { n: 7 }, message: 'failed 2' }]);
    expect((await boss.getJobById('work', id))?.state).toBe('failed');
  }, 20_000);
});
