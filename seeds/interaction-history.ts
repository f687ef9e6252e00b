// A synthetic history of served recommendations and what customers did with them, written to
// recommendation_log and interactions exactly as the live service writes them, so that the learned
// ranker (npm run train:ranker) has something to learn from on a fresh seed. Who applies for what
// follows shopper-model.ts: real preferences, position bias and exploration traffic.
//
// The history ends HISTORY_GAP_DAYS before the reference date so that the live dashboard's windows
// (at most a week) start empty, and it covers at most maxCustomers customers (the lowest ids of
// each tenant), so that a million-customer seed does not write a billion log rows.
import { createHash } from 'node:crypto';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { customers } from '../drizzle/schema.js';
import { CatalogStore } from '../server/src/catalog/catalog-store.js';
import type { Database } from '../server/src/db/index.js';
import { resultRows } from '../server/src/db/result-rows.js';
import { MODEL_VERSION } from '../server/src/domain/recommendation/index.js';
import { EXPLORATION_SUFFIX } from '../server/src/repositories/ranking.js';
import { candidatesOf } from '../server/src/services/ranker-training.js';
import { Random } from './random.js';
import { simulateCustomer, type SimulatedSession } from './shopper-model.js';

export const HISTORY_DAYS = 180;
export const HISTORY_GAP_DAYS = 8;
const LIST_LENGTH = 10;
const EXPLORE_SHARE = 0.3;
const BATCH = 200;
/** Logged as the model version of exploration slates, so that evaluation can tell them apart. */
export const EXPLORE_VERSION = `${MODEL_VERSION}${EXPLORATION_SUFFIX}`;
export const HISTORY_ACTOR = 'seed:history';

export interface HistorySummary {
  customers: number;
  served: number;
  interactions: number;
  applications: number;
}

export async function writeInteractionHistory(
  database: Database,
  opts: { seed: number; asOf: Date; maxCustomers?: number; onProgress?: (done: number, total: number) => void },
): Promise<HistorySummary> {
  const { db } = database;
  const snapshot = await new CatalogStore(db).reload();
  const productById = new Map(snapshot.catalog.map((p) => [p.id, p]));
  const to = new Date(opts.asOf.getTime() - HISTORY_GAP_DAYS * 86_400_000);
  const from = new Date(to.getTime() - HISTORY_DAYS * 86_400_000);
  const summary: HistorySummary = { customers: 0, served: 0, interactions: 0, applications: 0 };
  const max = opts.maxCustomers ?? 5_000;

  for (const tenantId of snapshot.tenants.keys()) {
    let after = 0;
    let done = 0;
    while (done < max) {
      const ids = (
        await db
          .select({ id: customers.id })
          .from(customers)
          .where(and(eq(customers.tenantId, tenantId), gt(customers.id, after)))
          .orderBy(asc(customers.id))
          .limit(Math.min(BATCH, max - done))
      ).map((r) => r.id);
      if (ids.length === 0) break;
      after = ids[ids.length - 1];
      done += ids.length;
      // The ranker's own view of each customer: the same profile and candidates it trains on.
      const byCustomer = await candidatesOf(db, snapshot, ids);
      const sessions: { customerId: number; session: SimulatedSession }[] = [];
      for (const id of ids) {
        const { profile, candidates } = byCustomer.get(id)!;
        const rng = Random.stream(opts.seed, 'history', id);
        const count = 2 + rng.int(0, 6);
        for (const session of simulateCustomer(profile, candidates, productById, rng, { listLength: LIST_LENGTH, exploreShare: EXPLORE_SHARE, from, to, sessions: count })) {
          sessions.push({ customerId: id, session });
        }
      }
      const written = await writeSessions(database, tenantId, sessions);
      summary.customers += ids.length;
      summary.served += written.served;
      summary.interactions += written.interactions;
      summary.applications += written.applications;
      opts.onProgress?.(summary.customers, summary.customers);
    }
  }
  return summary;
}

async function writeSessions(database: Database, tenantId: string, sessions: { customerId: number; session: SimulatedSession }[]) {
  const log = sessions.flatMap(({ customerId, session }) => session.served.map((s) => ({ customerId, s, at: session.servedAt, version: session.explored ? EXPLORE_VERSION : MODEL_VERSION })));
  if (log.length === 0) return { served: 0, interactions: 0, applications: 0 };
  const p = <T>(f: (e: (typeof log)[number]) => T) => sql.param(log.map(f));
  const inserted = resultRows(
    await database.db.execute(sql`
      insert into recommendation_log (tenant_id, customer_id, product_id, rank, score, confidence, model_version, served_at)
      select ${tenantId}::text, * from unnest(${p((e) => e.customerId)}::int[], ${p((e) => e.s.productId)}::text[], ${p((e) => e.s.rank)}::int[],
        ${p((e) => e.s.score)}::real[], ${p((e) => e.s.confidence)}::real[], ${p((e) => e.version)}::text[], ${p((e) => e.at.toISOString())}::text[]::timestamptz[])
      returning id::float8 as id, customer_id, product_id, served_at`),
  );
  const logId = new Map<string, number>();
  for (const r of inserted) logId.set(`${r.customer_id}|${r.product_id}|${new Date(r.served_at as string).getTime()}`, Number(r.id));

  const events = sessions.flatMap(({ customerId, session }) =>
    session.events.map((e, i) => {
      const rank = session.served.find((s) => s.productId === e.productId)!.rank;
      return { customerId, e, rank, version: session.explored ? EXPLORE_VERSION : MODEL_VERSION, logId: logId.get(`${customerId}|${e.productId}|${session.servedAt.getTime()}`) ?? null, eventId: `${HISTORY_ACTOR}:${customerId}:${session.servedAt.getTime()}:${i}` };
    }),
  );
  if (events.length > 0) {
    const q = <T>(f: (e: (typeof events)[number]) => T) => sql.param(events.map(f));
    await database.db.execute(sql`
      insert into interactions (tenant_id, event_id, request_hash, customer_id, product_id, kind, recommendation_log_id, served_rank, model_version, occurred_at, recorded_by)
      select ${tenantId}::text, u.event_id, u.request_hash, u.customer_id, u.product_id, u.kind, u.log_id, u.served_rank, u.version, u.occurred_at, ${HISTORY_ACTOR}::text
      from unnest(
        ${q((e) => e.eventId)}::text[], ${q((e) => createHash('sha256').update(e.eventId).digest('hex').slice(0, 32))}::text[],
        ${q((e) => e.customerId)}::int[], ${q((e) => e.e.productId)}::text[], ${q((e) => e.e.kind)}::text[],
        ${q((e) => e.logId)}::bigint[], ${q((e) => e.rank)}::int[], ${q((e) => e.e.at.toISOString())}::text[]::timestamptz[], ${q((e) => e.version)}::text[]
      ) as u(event_id, request_hash, customer_id, product_id, kind, log_id, served_rank, occurred_at, version)`);
  }
  return { served: log.length, interactions: events.length, applications: events.filter((e) => e.e.kind === 'APPLY').length };
}
