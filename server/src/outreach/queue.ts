// The durable outreach queue: pg-boss (https://github.com/timgit/pg-boss) over our own database,
// so a queued message survives a restart and every replica works the same queue.
//
// - PostgreSQL: pg-boss gets the connection string and opens its own small pool (schema pgboss).
// - PGlite (the embedded default): pg-boss's `db` option, an `executeSql(text, values)` over the
//   PGlite instance. PGlite runs one statement per `query` (the extended protocol), so statements
//   without values, which pg-boss uses for its multi-statement scripts (schema creation, the
//   maintenance runs, each wrapped in BEGIN ... COMMIT with an advisory lock), go to `exec`. PGlite
//   serialises every query and transaction of the process behind one lock, so pg-boss's scripts
//   never interleave with the application's transactions. `FOR UPDATE SKIP LOCKED` and advisory
//   locks work as on a server (there is only one session). Redis is not needed either way.
//
// Queues: `outreach-send` (retryLimit, exponential backoff from retryDelay, expiry) whose jobs that
// fail for good are copied by pg-boss into `outreach-dead`, the dead-letter queue, which has its
// own worker. A job's id is derived from the message id and its enqueue count, so enqueueing the
// same message twice (a retried request, the restart sweep of queued messages) adds one job.
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import type { PGlite } from '@electric-sql/pglite';
import type { Database } from '../db/index.js';
import type { Logger } from '../logger.js';

export const SEND_QUEUE = 'outreach-send';
export const DEAD_QUEUE = 'outreach-dead';

export interface SendJob {
  messageId: number;
  /** The message's enqueue count when this job was made (1, then one more per replay). */
  generation: number;
}

export interface OutreachHandlers {
  /** Delivers the message; throwing makes pg-boss retry the job (and, past the limit, dead-letter it). */
  send(job: SendJob): Promise<void>;
  /** A job that failed for good: `error` is the last failure. */
  dead(job: SendJob, error: string): Promise<void>;
}

export interface OutreachQueueOptions {
  database: Database;
  /** PostgreSQL's connection string (pg-boss opens its own pool); unused on PGlite. */
  connectionString?: string;
  retryLimit: number;
  /** Whole seconds before the first retry; later ones back off exponentially (with jitter). */
  retryDelaySeconds: number;
  pollSeconds: number;
  /** Jobs a worker takes per fetch and runs side by side (default 5). */
  batchSize?: number;
  /** A job still running after this long is failed (and retried): a provider call that hung. */
  expireSeconds?: number;
  log: Logger;
}

/** What the outreach service needs of the queue. */
export interface OutreachEnqueuer {
  enqueue(job: SendJob): Promise<void>;
}

export class OutreachQueue implements OutreachEnqueuer {
  private readonly boss: PgBoss;
  private started = false;

  constructor(private readonly opts: OutreachQueueOptions) {
    const common = {
      // No cron schedules are used: the clock monitor and cron workers stay off.
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: 60,
      pollingIntervalSeconds: opts.pollSeconds,
    };
    const { raw } = opts.database;
    this.boss =
      raw.kind === 'pglite'
        ? new PgBoss({ ...common, db: pgliteExecutor(raw.pg) })
        : new PgBoss({ ...common, connectionString: required(opts.connectionString), max: 3, application_name: 'creditgraph-outreach' });
    this.boss.on('error', (e) => opts.log.warn('outreach queue error', e));
  }

  /** Installs or migrates pg-boss's tables, creates the queues and starts one worker per queue. */
  async start(handlers: OutreachHandlers): Promise<void> {
    await this.boss.start();
    this.started = true;
    await this.boss.createQueue(DEAD_QUEUE, { name: DEAD_QUEUE, retryLimit: 5, retryDelay: this.opts.retryDelaySeconds, retryBackoff: true });
    const sendOptions = {
      name: SEND_QUEUE,
      retryLimit: this.opts.retryLimit,
      retryDelay: this.opts.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: this.opts.expireSeconds ?? 120,
      deadLetter: DEAD_QUEUE,
    };
    // createQueue leaves an existing queue as it was; updateQueue applies this start's settings.
    await this.boss.createQueue(SEND_QUEUE, sendOptions);
    await this.boss.updateQueue(SEND_QUEUE, sendOptions);
    const polling = { pollingIntervalSeconds: this.opts.pollSeconds, batchSize: this.opts.batchSize ?? 5 };
    await this.boss.work<SendJob>(SEND_QUEUE, polling, (jobs) => this.each(SEND_QUEUE, jobs, (job) => handlers.send(job.data)));
    await this.boss.work<SendJob>(DEAD_QUEUE, { ...polling, includeMetadata: true }, (jobs) => this.each(DEAD_QUEUE, jobs, (job) => handlers.dead(job.data, errorText(job.output))));
  }

  /**
   * Runs a fetched batch's jobs side by side, failing each failed job on its own (so it alone is
   * retried, with its error); pg-boss then completes the batch, which touches only jobs still
   * active. A worker waits the polling interval between fetches, so batches keep a busy queue moving.
   */
  private async each<J extends PgBoss.Job<SendJob>>(queue: string, jobs: J[], run: (job: J) => Promise<void>): Promise<void> {
    await Promise.all(
      jobs.map(async (job) => {
        try {
          await run(job);
        } catch (e) {
          await this.boss.fail(queue, job.id, e instanceof Error ? e : { message: String(e) });
        }
      }),
    );
  }

  async enqueue(job: SendJob): Promise<void> {
    if (!this.started) throw new Error('the outreach queue is not started');
    await this.boss.send(SEND_QUEUE, job, { id: jobId(job) });
  }

  /** Stops the workers (waiting briefly for a running send) and closes pg-boss's own pool. */
  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, timeout: 5_000, wait: true, close: true });
  }
}

/** A stable job id per message and enqueue: pg-boss inserts with ON CONFLICT DO NOTHING on (queue, id). */
export function jobId(job: SendJob): string {
  const h = createHash('sha256').update(`outreach-send/${job.messageId}/${job.generation}`).digest('hex');
  // Laid out as a version-5-style UUID (name-based), which pg-boss's uuid column accepts.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * pg-boss's `db` option over PGlite. Statements with values run through `query`; scripts without
 * values through `exec` (several statements), whose last result carries the rows. A script that
 * fails inside its BEGIN leaves the single session in an aborted transaction, so it is rolled back.
 */
export function pgliteExecutor(pg: PGlite): { executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }> } {
  return {
    async executeSql(text, values) {
      if (values === undefined) {
        try {
          const results = await pg.exec(text);
          return { rows: results.at(-1)?.rows ?? [] };
        } catch (e) {
          await pg.exec('ROLLBACK').catch(() => {});
          throw e;
        }
      }
      // node-postgres sends undefined as NULL; PGlite wants null.
      const result = await pg.query(text, values.map((v) => (v === undefined ? null : v)));
      return { rows: result.rows as any[] };
    },
  };
}

function errorText(output: unknown): string {
  if (output && typeof output === 'object' && 'message' in output && typeof output.message === 'string') return output.message;
  return output == null ? 'failed' : JSON.stringify(output);
}

function required(url: string | undefined): string {
  if (!url) throw new Error('the outreach queue on PostgreSQL needs the connection string');
  return url;
}
