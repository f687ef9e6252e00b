// Customer reads, and the few customer writes the graph makes. Every function takes the tenant:
// there is no way to read or write across tenants.
import { and, asc, count, eq, gt, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import { customers, holdings } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';

export type CustomerRow = typeof customers.$inferSelect;
export type HoldingRow = typeof holdings.$inferSelect;

export interface CustomerListFilter {
  search?: string;
  segment?: string;
  region?: string;
  kind?: string;
  /** Customers stored in this cluster of this segmentation model (customer_segments). */
  cluster?: { modelVersion: string; cluster: number };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function filterConditions(tenantId: string, f: CustomerListFilter): SQL[] {
  const conds: SQL[] = [eq(customers.tenantId, tenantId)];
  if (f.search) conds.push(ilike(customers.name, `%${escapeLike(f.search)}%`));
  if (f.segment) conds.push(eq(customers.segment, f.segment));
  if (f.region) conds.push(eq(customers.region, f.region));
  if (f.kind) conds.push(eq(customers.kind, f.kind));
  if (f.cluster) {
    conds.push(sql`exists (select 1 from customer_segments cs where cs.model_version = ${f.cluster.modelVersion} and cs.cluster = ${f.cluster.cluster} and cs.customer_id = ${customers.id})`);
  }
  return conds;
}

/** One page in id order after the cursor id, plus one row to tell whether there is a next page. */
export async function listCustomers(
  db: AppDb,
  tenantId: string,
  filter: CustomerListFilter,
  page: { first: number; afterId: number | null },
): Promise<{ rows: CustomerRow[]; hasNextPage: boolean }> {
  const conds = filterConditions(tenantId, filter);
  if (page.afterId !== null) conds.push(gt(customers.id, page.afterId));
  const rows = await db
    .select()
    .from(customers)
    .where(and(...conds))
    .orderBy(asc(customers.id))
    .limit(page.first + 1);
  return { rows: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
}

export async function countCustomers(db: AppDb, tenantId: string, filter: CustomerListFilter): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(customers)
    .where(and(...filterConditions(tenantId, filter)));
  return Number(row?.n ?? 0);
}

export async function customersByIds(db: AppDb, tenantId: string, ids: readonly number[]): Promise<CustomerRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(customers)
    .where(and(eq(customers.tenantId, tenantId), inArray(customers.id, ids as number[])));
}

/** The customer row after the change, or null when the tenant has no such customer. */
export async function setPreferredLanguage(db: AppDb, tenantId: string, id: number, language: string): Promise<CustomerRow | null> {
  const [row] = await db
    .update(customers)
    .set({ preferredLanguage: language, updatedAt: new Date() })
    .where(and(eq(customers.tenantId, tenantId), eq(customers.id, id)))
    .returning();
  return row ?? null;
}

/** Active holdings of customers; callers have already scoped the customers to the tenant. */
export async function activeHoldingsByCustomerIds(db: AppDb, ids: readonly number[]): Promise<HoldingRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(holdings)
    .where(and(inArray(holdings.customerId, ids as number[]), eq(holdings.status, 'ACTIVE')))
    .orderBy(asc(holdings.customerId), asc(holdings.openedAt));
}
