// Segmentation models and customer assignments (segment_models, customer_segments).
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { customerSegments, customers, holdings, products, segmentModels } from '../../../drizzle/schema.js';
import type { AppDb } from '../db/index.js';
import type { SegmentModelData } from '../domain/segments/index.js';

export type SegmentModelRow = typeof segmentModels.$inferSelect;

export interface SegmentTrainingCustomer {
  id: number;
  kind: string;
  age: number | null;
  yearsInBusiness: number | null;
  annualIncome: number;
  creditScore: number | null;
  spendProfile: (typeof customers.$inferSelect)['spendProfile'];
  holdings: { productId: string; category: string; balance: number }[];
}

/** Tenants that have customers, in id order. */
export async function tenantsWithCustomers(db: AppDb): Promise<string[]> {
  const rows = await db.selectDistinct({ tenantId: customers.tenantId }).from(customers).orderBy(asc(customers.tenantId));
  return rows.map((r) => r.tenantId);
}

/** Every customer of the tenant with its active holdings (two statements). */
export async function segmentTrainingCustomers(db: AppDb, tenantId: string): Promise<SegmentTrainingCustomer[]> {
  const rows = await db
    .select({
      id: customers.id,
      kind: customers.kind,
      age: customers.age,
      yearsInBusiness: customers.yearsInBusiness,
      annualIncome: customers.annualIncome,
      creditScore: customers.creditScore,
      spendProfile: customers.spendProfile,
    })
    .from(customers)
    .where(eq(customers.tenantId, tenantId))
    .orderBy(asc(customers.id));
  const held = await db
    .select({ customerId: holdings.customerId, productId: holdings.productId, category: products.category, balance: holdings.balance })
    .from(holdings)
    .innerJoin(customers, eq(customers.id, holdings.customerId))
    .innerJoin(products, eq(products.id, holdings.productId))
    .where(and(eq(customers.tenantId, tenantId), eq(holdings.status, 'ACTIVE')));
  const byId = new Map(rows.map((r) => [r.id, { ...r, holdings: [] as SegmentTrainingCustomer['holdings'] }]));
  for (const h of held) byId.get(h.customerId)?.holdings.push({ productId: h.productId, category: h.category, balance: h.balance });
  return [...byId.values()];
}

export async function activeSegmentModels(db: AppDb): Promise<SegmentModelRow[]> {
  return db.select().from(segmentModels).where(eq(segmentModels.status, 'ACTIVE'));
}

const CHUNK = 1000;

/** Stores a model with its assignments and makes it the tenant's ACTIVE one, in one transaction. */
export async function activateSegmentModel(
  db: AppDb,
  row: Omit<SegmentModelRow, 'status' | 'model'> & { model: SegmentModelData },
  assignments: readonly { customerId: number; cluster: number; distance: number }[],
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(segmentModels)
      .set({ status: 'RETIRED' })
      .where(and(eq(segmentModels.tenantId, row.tenantId), eq(segmentModels.status, 'ACTIVE')));
    await tx.insert(segmentModels).values({ ...row, status: 'ACTIVE' });
    for (let i = 0; i < assignments.length; i += CHUNK) {
      await tx.insert(customerSegments).values(assignments.slice(i, i + CHUNK).map((a) => ({ modelVersion: row.version, ...a })));
    }
    // Assignments of retired models are history nobody reads; keep the table to the active ones.
    await tx.execute(sql`delete from customer_segments cs using segment_models m where cs.model_version = m.version and m.tenant_id = ${row.tenantId} and m.status = 'RETIRED'`);
  });
}

/** Stored assignments of the customers under one model version (one statement). */
export async function segmentAssignments(db: AppDb, modelVersion: string, customerIds: readonly number[]): Promise<Map<number, { cluster: number; distance: number }>> {
  if (customerIds.length === 0) return new Map();
  const rows = await db
    .select({ customerId: customerSegments.customerId, cluster: customerSegments.cluster, distance: customerSegments.distance })
    .from(customerSegments)
    .where(and(eq(customerSegments.modelVersion, modelVersion), inArray(customerSegments.customerId, customerIds as number[])));
  return new Map(rows.map((r) => [r.customerId, { cluster: r.cluster, distance: r.distance }]));
}
