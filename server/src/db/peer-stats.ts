// Population statistics over holdings: per-segment uptake of each product and of each category,
// and product co-occurrence. Recomputed in bulk with set-based SQL (after seeding, or
// periodically), read whole into memory by the catalog; never computed per request.
import { sql } from 'drizzle-orm';
import { productCooccurrence, segmentUptake } from '../../../drizzle/schema.js';
import type { PeerStats, SegmentStats } from '../domain/recommendation/types.js';
import type { AppDb, Database } from './index.js';

/**
 * segment_uptake also holds one row per segment and product category, with product_id
 * "category:<CATEGORY>", counting customers who hold at least one product of the category.
 * loadPeerStats returns those as SegmentStats.categoryHolders, never as products.
 */
export const CATEGORY_UPTAKE_PREFIX = 'category:';

// Only ACTIVE holdings count; a customer holding a product twice counts once.
const ACTIVE_HOLDINGS = sql.raw(`
  select distinct h.customer_id, h.product_id
  from holdings h
  where h.status = 'ACTIVE'`);

export async function refreshPeerStats(database: Database): Promise<void> {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`delete from segment_uptake`);
    await tx.execute(sql`
      insert into segment_uptake (segment, product_id, holders, segment_size)
      with sizes as (
        select segment, count(*)::int as size from customers group by segment
      ),
      held as (
        select c.segment, a.customer_id, a.product_id, p.category
        from (${ACTIVE_HOLDINGS}) a
        join customers c on c.id = a.customer_id
        join products p on p.id = a.product_id
      ),
      by_product as (
        select segment, product_id, count(*)::int as holders from held group by segment, product_id
      ),
      by_category as (
        select segment, ${sql.raw(`'${CATEGORY_UPTAKE_PREFIX}'`)} || category as product_id, count(distinct customer_id)::int as holders
        from held group by segment, category
      )
      select u.segment, u.product_id, u.holders, s.size
      from (select * from by_product union all select * from by_category) u
      join sizes s on s.segment = u.segment`);

    await tx.execute(sql`delete from product_cooccurrence`);
    await tx.execute(sql`
      insert into product_cooccurrence (product_a, product_b, customers)
      with a as (${ACTIVE_HOLDINGS})
      select x.product_id, y.product_id, count(*)::int
      from a x
      join a y on y.customer_id = x.customer_id and y.product_id <> x.product_id
      group by x.product_id, y.product_id`);
  });
}

export async function loadPeerStats(db: AppDb): Promise<PeerStats> {
  const [uptake, pairs] = await Promise.all([db.select().from(segmentUptake), db.select().from(productCooccurrence)]);

  const segments = new Map<string, SegmentStats>();
  const holders = new Map<string, number>();
  for (const row of uptake) {
    let stats = segments.get(row.segment);
    if (!stats) segments.set(row.segment, (stats = { size: row.segmentSize, holders: new Map(), categoryHolders: new Map() }));
    if (row.productId.startsWith(CATEGORY_UPTAKE_PREFIX)) {
      stats.categoryHolders!.set(row.productId.slice(CATEGORY_UPTAKE_PREFIX.length), row.holders);
    } else {
      stats.holders.set(row.productId, row.holders);
      // Every customer is in exactly one segment, so the segments' holders add up to the total.
      holders.set(row.productId, (holders.get(row.productId) ?? 0) + row.holders);
    }
  }

  const cooccurrence = new Map<string, Map<string, number>>();
  for (const row of pairs) {
    let partners = cooccurrence.get(row.productA);
    if (!partners) cooccurrence.set(row.productA, (partners = new Map()));
    partners.set(row.productB, row.customers);
  }
  return { segments, cooccurrence, holders };
}
