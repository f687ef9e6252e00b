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
  select distinct c.tenant_id, h.customer_id, h.product_id
  from holdings h
  join customers c on c.id = h.customer_id
  where h.status = 'ACTIVE'`);

export async function refreshPeerStats(database: Database): Promise<void> {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`delete from segment_uptake`);
    await tx.execute(sql`
      insert into segment_uptake (tenant_id, segment, product_id, holders, segment_size)
      with sizes as (
        select tenant_id, segment, count(*)::int as size from customers group by tenant_id, segment
      ),
      held as (
        select c.tenant_id, c.segment, a.customer_id, a.product_id, p.category
        from (${ACTIVE_HOLDINGS}) a
        join customers c on c.id = a.customer_id
        join products p on p.id = a.product_id
      ),
      by_product as (
        select tenant_id, segment, product_id, count(*)::int as holders from held group by tenant_id, segment, product_id
      ),
      by_category as (
        select tenant_id, segment, ${sql.raw(`'${CATEGORY_UPTAKE_PREFIX}'`)} || category as product_id, count(distinct customer_id)::int as holders
        from held group by tenant_id, segment, category
      )
      select u.tenant_id, u.segment, u.product_id, u.holders, s.size
      from (select * from by_product union all select * from by_category) u
      join sizes s on s.tenant_id = u.tenant_id and s.segment = u.segment`);

    await tx.execute(sql`delete from product_cooccurrence`);
    await tx.execute(sql`
      insert into product_cooccurrence (tenant_id, product_a, product_b, customers)
      with a as (${ACTIVE_HOLDINGS})
      select x.tenant_id, x.product_id, y.product_id, count(*)::int
      from a x
      join a y on y.customer_id = x.customer_id and y.product_id <> x.product_id
      group by x.tenant_id, x.product_id, y.product_id`);
  });
}

/** Peer statistics by tenant; a tenant without customers has none. */
export async function loadPeerStats(db: AppDb): Promise<Map<string, PeerStats>> {
  const [uptake, pairs] = await Promise.all([db.select().from(segmentUptake), db.select().from(productCooccurrence)]);
  const byTenant = new Map<string, PeerStats>();
  const statsOf = (tenantId: string) => {
    let stats = byTenant.get(tenantId);
    if (!stats) byTenant.set(tenantId, (stats = emptyPeerStats()));
    return stats;
  };

  for (const row of uptake) {
    const { segments, holders } = statsOf(row.tenantId);
    let seg = segments.get(row.segment);
    if (!seg) segments.set(row.segment, (seg = { size: row.segmentSize, holders: new Map(), categoryHolders: new Map() }));
    if (row.productId.startsWith(CATEGORY_UPTAKE_PREFIX)) {
      seg.categoryHolders!.set(row.productId.slice(CATEGORY_UPTAKE_PREFIX.length), row.holders);
    } else {
      seg.holders.set(row.productId, row.holders);
      // Every customer is in exactly one segment, so the segments' holders add up to the total.
      holders.set(row.productId, (holders.get(row.productId) ?? 0) + row.holders);
    }
  }

  for (const row of pairs) {
    const { cooccurrence } = statsOf(row.tenantId);
    let partners = cooccurrence.get(row.productA);
    if (!partners) cooccurrence.set(row.productA, (partners = new Map()));
    partners.set(row.productB, row.customers);
  }
  return byTenant;
}

export function emptyPeerStats(): PeerStats {
  return { segments: new Map<string, SegmentStats>(), cooccurrence: new Map(), holders: new Map() };
}
