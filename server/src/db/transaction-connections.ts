// Where transactions run on PostgreSQL: a few single-connection postgres.js clients, each leased to
// one transaction at a time. Neither of postgres.js 3.4.9's own ways is safe here:
//  - sql.begin() can send BEGIN without reserving the connection when BEGIN fills a busy
//    connection's pipeline (porsager/postgres#823, #1189; the fix, PR #1218, is unreleased): the
//    transaction fails with UNSAFE_TRANSACTION, seen under a saturated bench:decide, and the
//    connection can go back to the pool inside an open transaction, where unrelated queries run.
//  - sql.reserve() leaves a reservation that failed to connect in the pool's queue; a connection
//    that later goes idle is handed to that dead reservation and is never used again. After a
//    PostgreSQL restart every connection of the pool could be lost that way, and transactions
//    (the audit sealer's, then shutdown's) waited for ever.
// A client with max: 1 that only one transaction uses at a time has no pipeline to race on and
// nothing to reserve (postgres.js allows BEGIN on it by design). If its connection drops inside a
// transaction, postgres.js would run the next query on a new connection, outside the transaction:
// so a transaction whose connection closed refuses every further query, and the server has
// rolled back what it did.
import postgres from 'postgres';

type Body<T> = (tx: postgres.TransactionSql) => T | Promise<T>;
type Options = postgres.Options<Record<string, postgres.PostgresType>>;

interface Lease {
  sql: postgres.Sql;
  /** Bumped each time the client's connection closes. */
  closes: number;
}

export class TransactionConnections {
  private readonly leases: Lease[];
  private readonly free: Lease[];
  private readonly waiting: { resolve: (lease: Lease) => void; reject: (e: Error) => void }[] = [];
  private ended = false;

  constructor(url: string, size: number, options: Options) {
    this.leases = Array.from({ length: size }, () => {
      const lease: Lease = { sql: undefined as unknown as postgres.Sql, closes: 0 };
      lease.sql = postgres(url, { ...options, max: 1, onclose: () => void lease.closes++ });
      return lease;
    });
    this.free = [...this.leases];
  }

  /** Every client, e.g. to give them the parsers and serializers drizzle set on the main client. */
  get clients(): postgres.Sql[] {
    return this.leases.map((l) => l.sql);
  }

  /** `fn` with a connection of its own for its whole length (no BEGIN): e.g. to hold a session lock. */
  exclusive<T>(fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
    return this.withLease((lease) => fn(lease.sql));
  }

  /**
   * sql.begin's contract, `begin(fn)` or `begin(mode, fn)`: BEGIN, the body, then COMMIT, or
   * ROLLBACK if it throws. The body's client has `savepoint(fn)` and `savepoint(name, fn)` as
   * sql.begin's has (drizzle's nested transactions use them).
   */
  begin<T>(modeOrBody: string | Body<T>, maybeBody?: Body<T>): Promise<T> {
    const mode = typeof modeOrBody === 'string' ? modeOrBody : '';
    const body = typeof modeOrBody === 'function' ? modeOrBody : maybeBody!;
    return this.withLease(async (lease) => {
      const epoch = lease.closes;
      const tx = transactionClient(lease, epoch);
      // The same sanitising as sql.begin: the mode is words only ("isolation level serializable").
      await tx.unsafe(`begin ${mode.replace(/[^a-z ]/gi, '')}`);
      try {
        const result = await body(tx);
        await tx.unsafe('commit');
        return result;
      } catch (error) {
        // A dropped connection cannot roll back, and needs not: the server ends its transaction.
        if (lease.closes === epoch) await lease.sql.unsafe('rollback').catch(() => undefined);
        throw error;
      }
    });
  }

  async end(timeoutSeconds = 5): Promise<void> {
    this.ended = true;
    for (const w of this.waiting.splice(0)) w.reject(connectionError('CONNECTION_ENDED', 'the database is closing'));
    await Promise.all(this.leases.map((l) => l.sql.end({ timeout: timeoutSeconds })));
  }

  /** One client for `fn`'s whole length; callers queue in order when all are leased. */
  private async withLease<T>(fn: (lease: Lease) => Promise<T>): Promise<T> {
    if (this.ended) throw connectionError('CONNECTION_ENDED', 'the database is closing');
    const lease = this.free.shift() ?? (await new Promise<Lease>((resolve, reject) => this.waiting.push({ resolve, reject })));
    try {
      return await fn(lease);
    } finally {
      const next = this.waiting.shift();
      if (next) next.resolve(lease);
      else this.free.push(lease);
    }
  }
}

/** An error db/unavailable.ts classifies as the database being unavailable (postgres.js's own codes). */
function connectionError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** The leased client as a transaction's client: refuses queries once its connection has closed, and has savepoints. */
function transactionClient(lease: Lease, epoch: number): postgres.TransactionSql {
  const guard = () => {
    if (lease.closes !== epoch) throw connectionError('CONNECTION_CLOSED', 'the connection closed inside a transaction; it was rolled back');
  };
  let savepoints = 0;
  const savepoint = async <T>(nameOrBody: string | Body<T>, maybeBody?: Body<T>): Promise<T> => {
    const body = typeof nameOrBody === 'function' ? nameOrBody : maybeBody!;
    const label = typeof nameOrBody === 'string' ? `_${nameOrBody.replace(/[^a-z0-9_]/gi, '')}` : '';
    const name = `s${savepoints++}${label}`;
    await client.unsafe(`savepoint ${name}`);
    try {
      const result = await body(client);
      await client.unsafe(`release savepoint ${name}`);
      return result;
    } catch (error) {
      await client.unsafe(`rollback to savepoint ${name}`).catch(() => undefined);
      throw error;
    }
  };
  const client = new Proxy(lease.sql, {
    apply(target, thisArg, args) {
      guard();
      return Reflect.apply(target, thisArg, args);
    },
    get(target, prop, receiver) {
      if (prop === 'savepoint') return savepoint;
      if (prop === 'unsafe') {
        return (...args: Parameters<postgres.Sql['unsafe']>) => {
          guard();
          return target.unsafe(...args);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  }) as unknown as postgres.TransactionSql;
  return client;
}
