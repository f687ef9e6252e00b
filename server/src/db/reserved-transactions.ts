// postgres.js 3.4.9's sql.begin() can send BEGIN without reserving the connection for the
// transaction: when BEGIN is the query that fills a busy connection's pipeline, execute() skips the
// onexecute hook that reserves it (porsager/postgres#823, #1189; the fix, PR #1218, is not
// released). The driver then fails the transaction with UNSAFE_TRANSACTION, seen under a saturated
// bench:decide, and the connection can go back to the pool inside an open transaction, where
// unrelated queries run in it. sql.reserve() takes only an idle connection, and takes it before any
// query is written, so a transaction run on a reserved connection cannot meet that race.
// Reserving from the pool the single statements use would starve, though: under load they are
// pipelined onto busy connections, which then seldom go idle (the audit sealer's transactions
// waited out a whole saturated bench:decide). So transactions have a small pool of their own
// (db/index.ts), where every query is a transaction's and a connection is idle between them.
import type postgres from 'postgres';

type Body<T> = (tx: postgres.TransactionSql) => T | Promise<T>;

/**
 * The client's `begin(fn)` (and `begin(mode, fn)`), run on a reserved connection: BEGIN, the body,
 * then COMMIT, or ROLLBACK if the body throws. The body's client has `savepoint(fn)` and
 * `savepoint(name, fn)` as sql.begin's has (drizzle's nested transactions use them).
 */
export async function beginOnReservedConnection<T>(sql: postgres.Sql, modeOrBody: string | Body<T>, maybeBody?: Body<T>): Promise<T> {
  const mode = typeof modeOrBody === 'string' ? modeOrBody : '';
  const body = typeof modeOrBody === 'function' ? modeOrBody : maybeBody!;
  const connection = await sql.reserve();
  try {
    // The same sanitising as sql.begin: the mode is words only ("isolation level serializable").
    await connection.unsafe(`begin ${mode.replace(/[^a-z ]/gi, '')}`);
    try {
      const result = await body(transactionClient(connection));
      await connection.unsafe('commit');
      return result;
    } catch (error) {
      // A dropped connection cannot roll back, and needs not: the server ends its transaction.
      await connection.unsafe('rollback').catch(() => undefined);
      throw error;
    }
  } finally {
    connection.release();
  }
}

/** The reserved connection as a transaction's client: itself, plus savepoints. */
function transactionClient(connection: postgres.ReservedSql): postgres.TransactionSql {
  let savepoints = 0;
  const savepoint = async <T>(nameOrBody: string | Body<T>, maybeBody?: Body<T>): Promise<T> => {
    const body = typeof nameOrBody === 'function' ? nameOrBody : maybeBody!;
    const label = typeof nameOrBody === 'string' ? `_${nameOrBody.replace(/[^a-z0-9_]/gi, '')}` : '';
    const name = `s${savepoints++}${label}`;
    await connection.unsafe(`savepoint ${name}`);
    try {
      const result = await body(client);
      await connection.unsafe(`release savepoint ${name}`);
      return result;
    } catch (error) {
      await connection.unsafe(`rollback to savepoint ${name}`).catch(() => undefined);
      throw error;
    }
  };
  const client = new Proxy(connection, {
    get(target, prop, receiver) {
      if (prop === 'savepoint') return savepoint;
      return Reflect.get(target, prop, receiver);
    },
  }) as unknown as postgres.TransactionSql;
  return client;
}
