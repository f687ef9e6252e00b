// Transactions under a saturated pool, on this machine's PostgreSQL. postgres.js 3.4.9's own
// sql.begin() loses the connection's reservation when BEGIN fills a busy connection's pipeline
// (porsager/postgres#823): the first test shows the race on the raw driver, so that the second,
// which runs the same load through beginOnReservedConnection, proves the workaround and not luck.
// The pipeline is made 2 deep so that the race needs a few queries, not a hundred.
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { beginOnReservedConnection } from '../src/db/reserved-transactions.js';
import { ADMIN_URL } from './test-env.js';

const onPostgres = process.env.TEST_DB === 'postgres';
if (!onPostgres) console.warn('[reserved-transactions] SKIPPED on PGlite: the race is in the postgres.js driver, which PGlite does not use');

const ROUNDS = 15;

/** Every connection busy, then plain queries and transactions at once; the errors the transactions met. */
async function saturate(sql: postgres.Sql, begin: (body: (tx: postgres.TransactionSql) => Promise<unknown>) => Promise<unknown>): Promise<{ errors: string[]; committed: number }> {
  const errors: string[] = [];
  let committed = 0;
  for (let round = 0; round < ROUNDS; round++) {
    // Each connection running one query with one more queued behind it: BEGIN then fills a pipeline.
    const busy = [1, 2, 3].map(() => sql`select pg_sleep(0.05)`.execute());
    const plain = [1, 2, 3].map((i) => sql`select ${i}::int as i`.execute());
    const transactions = Array.from({ length: 5 }, (_, i) =>
      begin(async (tx) => {
        const [{ txid }] = await tx`select txid_current()::text as txid`;
        const [{ again }] = await tx`select txid_current()::text as again`;
        expect(again).toBe(txid); // both statements in one transaction
        return i;
      }).then(
        () => void committed++,
        (e: Error & { code?: string }) => void errors.push(e.code ?? e.message),
      ),
    );
    await Promise.all([...busy, ...plain, ...transactions]);
  }
  return { errors, committed };
}

describe.skipIf(!onPostgres)('transactions on a saturated postgres.js pool', () => {
  let sql: postgres.Sql | undefined;
  const APP = `cg-reserved-tx-${process.pid}`;
  const client = () => (sql = postgres(ADMIN_URL, { max: 3, onnotice: () => {}, connection: { application_name: APP }, ...({ max_pipeline: 2 } as object) }));
  /** This pool's connections left inside a transaction, as another client sees them. */
  async function idleInTransaction(): Promise<number> {
    const observer = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    try {
      const [{ n }] = await observer`select count(*)::int as n from pg_stat_activity where application_name = ${APP} and state like 'idle in transaction%'`;
      return n;
    } finally {
      await observer.end({ timeout: 2 });
    }
  }
  afterEach(async () => {
    await sql?.end({ timeout: 2 });
  });

  it('the driver’s own sql.begin() meets the race (why the workaround exists)', async () => {
    const raw = client();
    const { errors } = await saturate(raw, (body) => raw.begin(body));
    expect(errors).toContain('UNSAFE_TRANSACTION');
  }, 60_000);

  it('on a reserved connection every transaction commits, with savepoints working inside', async () => {
    const pool = client();
    const { errors, committed } = await saturate(pool, (body) => beginOnReservedConnection(pool, body));
    expect(errors).toEqual([]);
    expect(committed).toBe(ROUNDS * 5);

    // A savepoint's failure rolls back to it, and the transaction goes on to commit.
    const kept = await beginOnReservedConnection(pool, async (tx) => {
      await tx`create temporary table t (n int) on commit drop`;
      await tx`insert into t values (1)`;
      await tx.savepoint(async (sp) => {
        await sp`insert into t values (2)`;
        throw new Error('undo the inner insert');
      }).catch(() => undefined);
      return (await tx`select array_agg(n order by n) as ns from t`)[0].ns;
    });
    expect(kept).toEqual([1]);

    // A body that throws rolls back, and the connection goes back to the pool outside any transaction.
    await expect(beginOnReservedConnection(pool, async (tx) => {
      await tx`select 1`;
      throw new Error('boom');
    })).rejects.toThrow('boom');
    expect(await idleInTransaction()).toBe(0);
  }, 60_000);
});
