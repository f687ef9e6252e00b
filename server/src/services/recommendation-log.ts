// Every served recommendation is logged (customer, product, rank, score, model version).
// Writes are batched off the request path: a request only appends to a queue.
import { sql } from 'drizzle-orm';
import type { recommendationLog } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import { resultRows } from '../db/result-rows.js';

export type RecommendationLogEntry = typeof recommendationLog.$inferInsert;
/** A logged row, as told to listeners once it is written (the live dashboard counts these). */
export interface LoggedRecommendation {
  id: number;
  tenantId: string;
  productId: string;
  servedAt: Date;
}

const FLUSH_INTERVAL_MS = 200;
const MAX_BATCH = 2000;
/** While the database is unreachable entries wait; past this many the oldest are dropped and counted. */
const MAX_PENDING = 200_000;

export class RecommendationLogger {
  private pending: RecommendationLogEntry[] = [];
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout;
  dropped = 0;
  written = 0;

  constructor(
    private readonly db: AppDb,
    private readonly onError: (e: unknown) => void = () => {},
    private readonly onWritten: (rows: LoggedRecommendation[]) => void = () => {},
  ) {
    this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  log(entries: RecommendationLogEntry[]): void {
    for (const e of entries) this.pending.push(e);
    const over = this.pending.length - MAX_PENDING;
    if (over > 0) {
      this.pending.splice(0, over);
      this.dropped += over;
    }
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  /** Writes what is queued; concurrent callers share one flush. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.pending.length === 0) return Promise.resolve();
    this.flushing = (async () => {
      try {
        while (this.pending.length > 0) {
          const batch = this.pending.slice(0, MAX_BATCH);
          const result = await this.db.execute<Record<string, unknown>>(insertStatement(batch));
          this.pending.splice(0, batch.length);
          this.written += batch.length;
          this.onWritten(loggedRows(result));
        }
      } catch (e) {
        this.onError(e); // entries stay queued and are retried on the next tick
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}

/**
 * One statement with one array parameter per column, whatever the batch size: far cheaper to
 * parse and plan than a multi-row VALUES list (which matters most on the embedded PGlite).
 */
function insertStatement(batch: RecommendationLogEntry[]) {
  // sql.param passes the whole array as one parameter (a bare array would be spread into a list).
  const col = <T>(f: (e: RecommendationLogEntry) => T) => sql.param(batch.map(f));
  return sql`
    insert into recommendation_log (tenant_id, customer_id, product_id, rank, score, confidence, model_version, experiment_id, arm)
    select * from unnest(
      ${col((e) => e.tenantId)}::text[], ${col((e) => e.customerId ?? null)}::int[], ${col((e) => e.productId)}::text[],
      ${col((e) => e.rank)}::int[], ${col((e) => e.score)}::real[], ${col((e) => e.confidence)}::real[],
      ${col((e) => e.modelVersion)}::text[], ${col((e) => e.experimentId ?? null)}::bigint[], ${col((e) => e.arm ?? null)}::text[])
    returning id::float8 as id, tenant_id, product_id, served_at`;
}

function loggedRows(result: unknown): LoggedRecommendation[] {
  return resultRows(result).map((r) => ({ id: Number(r.id), tenantId: String(r.tenant_id), productId: String(r.product_id), servedAt: new Date(r.served_at as string | Date) }));
}
