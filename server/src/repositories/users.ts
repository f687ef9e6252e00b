// Users who sign in, and the shares of customers (to relationship managers) and recovery cases
// (to collectors) that make "my customers" and "my cases" concrete.
import { and, asc, eq, sql } from 'drizzle-orm';
import { customers, recoveryCases, tenants, users } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import { resultRows } from '../db/result-rows.js';
import type { Role } from '../security/viewer.js';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export async function userByUsername(db: AppDb, username: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.username, username.trim().toLowerCase())).limit(1);
  return row ?? null;
}

/** The first active user of `role` in a tenant, by id: who a development login of that role acts as. */
/** An active user of the tenant by user id. */
export async function activeUserOfTenant(db: AppDb, tenantId: string, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, id), eq(users.active, true)));
  return row ?? null;
}

export async function firstUserOfRole(db: AppDb, tenantId: string, role: Role): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.role, role), eq(users.active, true)))
    .orderBy(asc(users.id))
    .limit(1);
  return row ?? null;
}

export async function listUsers(db: AppDb): Promise<UserRow[]> {
  return db.select().from(users).orderBy(asc(users.tenantId), asc(users.role), asc(users.id));
}

export async function countUsers(db: AppDb): Promise<number> {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return n;
}

/** Writes users whose tenant exists; a username already taken is left as it is. */
export async function insertUsers(db: AppDb, rows: NewUser[]): Promise<number> {
  const known = new Set((await db.select({ id: tenants.id }).from(tenants)).map((t) => t.id));
  const wanted = rows.filter((r) => known.has(r.tenantId)).map((r) => ({ ...r, username: r.username.toLowerCase() }));
  if (wanted.length === 0) return 0;
  const inserted = await db.insert(users).values(wanted).onConflictDoNothing().returning({ id: users.id });
  return inserted.length;
}

/**
 * Gives every customer without a relationship manager one of its tenant's RMs (by customer id, so
 * the share is even and stable), and every recovery case without a collector one of the tenant's
 * collectors by its loan id, the rule collectorFor applies to a new case. Returns how many rows it
 * assigned.
 */
export async function assignUnassigned(db: AppDb): Promise<{ customers: number; cases: number }> {
  const customersAssigned = await shareOut(db, 'RELATIONSHIP_MANAGER', { table: customers, assignee: 'relationship_manager_id', by: 'id' });
  const casesAssigned = await shareOut(db, 'COLLECTOR', { table: recoveryCases, assignee: 'assigned_to', by: 'loan_id' });
  return { customers: customersAssigned, cases: casesAssigned };
}

/** Round robin over the tenant's active users of `role`, in id order, keyed by the row's `by` column; only rows with no assignee. */
async function shareOut(db: AppDb, role: Role, target: { table: typeof customers | typeof recoveryCases; assignee: string; by: string }): Promise<number> {
  const assignee = sql.identifier(target.assignee);
  const rows = await db.execute<{ id: number }>(sql`
    with pool as (
      select tenant_id, array_agg(id order by id) as ids from ${users}
      where role = ${role} and active group by tenant_id
    )
    update ${target.table} t set ${assignee} = pool.ids[1 + (t.${sql.identifier(target.by)} % cardinality(pool.ids))]
    from pool where pool.tenant_id = t.tenant_id and t.${assignee} is null
    returning t.id`);
  return resultRows(rows).length;
}

/** A collector of the tenant for a new case (round robin by loan id), as a subquery for the insert; null when it has none. */
export function collectorFor(tenantId: string, loanId: number) {
  return sql<string | null>`(
    select ids[1 + (${loanId} % cardinality(ids))] from (
      select array_agg(id order by id) as ids from ${users}
      where tenant_id = ${tenantId} and role = 'COLLECTOR' and active
    ) col where ids is not null)`;
}
