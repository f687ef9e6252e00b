// Transactions on this machine's PostgreSQL (db/transaction-connections.ts). postgres.js 3.4.9's
// own sql.begin() loses the connection's reservation when BEGIN fills a busy connection's pipeline
// (porsager/postgres#823): the first test shows the race on the raw driver, so that the second,
// which runs the same load with transactions on TransactionConnections, proves the workaround and
// not luck. The pipeline is made 2 deep so that the race needs a few queries, not a hundred. Then:
// savepoints, rollback, and a connection killed inside a transaction.
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { TransactionConnections } from '../src/db/transaction-connections.js';
import { isDatabaseUnavailable } from '../src/db/unavailable.js';
import { ADMIN_URL } from './test-env.js';

const onPostgres = process.env.TEST_DB === 'postgres';
if (!onPostgres) console.warn('[transaction-connections] SKIPPED on PGlite: these are postgres.js connections, which PGlite does not use');

const ROUNDS = 15;
type Begin = (body: (tx: postgres.TransactionSql) => Promise<unknown>) => Promise<unknown>;

/** Every connection of `sql` busy, then plain queries and transactions at once; the errors the transactions met. */
async function saturate(sql: postgres.Sql, begin: Begin): Promise<{ errors: string[]; committed: number }> {
  const errors: string[] = [];
  let committed = 0;
  for (let round = 0; round < ROUNDS; round++) {
    // Each connection running one query with one more queued behind it: BEGIN then fills a pipeline.
    const busy = [1, 2, 3].map(() => sql`select pg_sleep(0.05)`.execute());
    const plain = [1, 2, 3].map((i) => sql`select ${i}::int as i`.execute());
    const transactions = Array.from({ length: 5 }, (_, i) =>
      begin(async (tx) => {
        const [{ txid }] = await tx`select txid_current()::text as txid`;
        const [{ again }] = await tx.unsafe('select txid_current()::text as again');
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

describe.skipIf(!onPostgres)('transactions on PostgreSQL', () => {
  const APP = `cg-tx-${process.pid}`;
  const closers: (() => Promise<void>)[] = [];
  const pool = () => {
    const sql = postgres(ADMIN_URL, { max: 3, onnotice: () => {}, connection: { application_name: APP }, ...({ max_pipeline: 2 } as object) });
    closers.push(() => sql.end({ timeout: 2 }));
    return sql;
  };
  const connections = (size: number) => {
    const c = new TransactionConnections(ADMIN_URL, size, { onnotice: () => {}, connection: { application_name: APP } });
    closers.push(() => c.end(2));
    return c;
  };
  afterEach(async () => {
    await Promise.all(closers.splice(0).map((close) => close()));
  });
  /** Sessions of this test left inside a transaction, as another client sees them. */
  async function idleInTransaction(): Promise<number> {
    const observer = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    try {
      const [{ n }] = await observer`select count(*)::int as n from pg_stat_activity where application_name = ${APP} and state like 'idle in transaction%'`;
      return n;
    } finally {
      await observer.end({ timeout: 2 });
    }
  }

  it('the driver’s own sql.begin() meets the race (why the workaround exists)', async () => {
    const raw = pool();
    const { errors } = await saturate(raw, (body) => raw.begin(body));
    expect(errors).toContain('UNSAFE_TRANSACTION');
  }, 60_000);

  it('on connections of their own every transaction commits beside a saturated pool, savepoints work, and a rollback leaves no transaction open', async () => {
    const tx = connections(3);
    const { errors, committed } = await saturate(pool(), (body) => tx.begin(body));
    expect(errors).toEqual([]);
    expect(committed).toBe(ROUNDS * 5);

    // A savepoint's failure rolls back to it, and the transaction goes on to commit.
    const kept = await tx.begin(async (t) => {
      await t`create temporary table t (n int) on commit drop`;
      await t`insert into t values (1)`;
      await t
        .savepoint(async (sp) => {
          await sp`insert into t values (2)`;
          throw new Error('undo the inner insert');
        })
        .catch(() => undefined);
      return (await t`select array_agg(n order by n) as ns from t`)[0].ns;
    });
    expect(kept).toEqual([1]);

    // A body that throws rolls back, and its connection is outside any transaction afterwards.
    await expect(
      tx.begin(async (t) => {
        await t`select 1`;
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await idleInTransaction()).toBe(0);
  }, 60_000);

  it('refuses the rest of a transaction whose connection was killed, keeps none of it, and serves the next one', async () => {
    const tx = connections(1);
    const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
    closers.push(() => admin.end({ timeout: 2 }));
    const table = `cg_tx_test_${process.pid}`;
    await admin.unsafe(`create table ${table} (n int)`);
    try {
      await killedInside(tx, admin, table);
    } finally {
      await admin.unsafe(`drop table if exists ${table}`);
    }
  }, 60_000);
});

async function killedInside(tx: TransactionConnections, admin: postgres.Sql, table: string): Promise<void> {
    const failure = await tx
      .begin(async (t) => {
        await t.unsafe(`insert into ${table} values (1)`);
        const [{ pid }] = await t`select pg_backend_pid() as pid`;
        await admin`select pg_terminate_backend(${pid})`;
        await new Promise((r) => setTimeout(r, 200)); // the close reaches the client
        await t.unsafe(`insert into ${table} values (2)`); // would run on a new connection, outside the transaction
      })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(failure).not.toBeNull();
    expect(isDatabaseUnavailable(failure)).toBe(true);
    expect(await admin.unsafe(`select count(*)::int as n from ${table}`)).toEqual([{ n: 0 }]);
    // The client reconnects for the next transaction.
    await tx.begin(async (t) => t.unsafe(`insert into ${table} values (3)`));
    expect(await admin.unsafe(`select array_agg(n) as ns from ${table}`)).toEqual([{ ns: [3] }]);
}
