// Customer segments: trains k-means models per tenant (trainSegments) and serves the ACTIVE ones
// from memory (SegmentService): a customer's cluster is its stored assignment, or, for a customer
// trained after the model (a new customer, a scenario insert), the nearest stored centroid.
import { createHash } from 'node:crypto';
import type { AppDb } from '../db/index.js';
import { assign, customerFeatures, fitSegments, type SegmentCluster, type SegmentModelData } from '../domain/segments/index.js';
import type { CustomerRow, HoldingRow } from '../repositories/customers.js';
import { activateSegmentModel, activeSegmentModels, segmentTrainingCustomers, tenantsWithCustomers } from '../repositories/segments.js';

export interface ActiveSegmentModel {
  version: string;
  tenantId: string;
  trainedAt: Date;
  data: SegmentModelData;
}

/** A customer's place in the tenant's active model. */
export interface CustomerClusterRecord {
  modelVersion: string;
  cluster: SegmentCluster;
  distance: number;
  /** True when assigned now from the centroids (no stored assignment). */
  assignedOnRead: boolean;
}

export class SegmentService {
  private byTenant = new Map<string, ActiveSegmentModel>();

  constructor(private readonly db: AppDb) {}

  async reload(): Promise<number> {
    const rows = await activeSegmentModels(this.db);
    this.byTenant = new Map(rows.map((r) => [r.tenantId, { version: r.version, tenantId: r.tenantId, trainedAt: r.trainedAt, data: r.model as SegmentModelData }]));
    return rows.length;
  }

  modelOf(tenantId: string): ActiveSegmentModel | null {
    return this.byTenant.get(tenantId) ?? null;
  }

  get hasAnyModel(): boolean {
    return this.byTenant.size > 0;
  }

  /** The nearest centroid of the customer as it is now; categories of holdings from `categoryOf`. */
  assignNow(tenantId: string, c: CustomerRow, held: readonly HoldingRow[], categoryOf: (productId: string) => string | undefined): CustomerClusterRecord | null {
    const m = this.modelOf(tenantId);
    if (!m) return null;
    const features = customerFeatures(
      c,
      held.map((h) => ({ category: categoryOf(h.productId) ?? 'UNKNOWN', balance: h.balance })),
    );
    const a = assign(m.data, features);
    return { modelVersion: m.version, cluster: m.data.clusters[a.cluster], distance: a.distance, assignedOnRead: true };
  }

  /** Trains every tenant (or one) and reloads. */
  async train(opts: SegmentTrainingOptions): Promise<TrainedSegments[]> {
    const out = await trainSegments(this.db, opts);
    await this.reload();
    return out;
  }
}

export interface SegmentTrainingOptions {
  seed: number;
  /** One tenant; default every tenant with customers. */
  tenantId?: string;
  ks?: number[];
  onProgress?: (tenantId: string, stage: 'reading' | 'fitting' | 'storing' | 'done') => void;
}

export interface TrainedSegments {
  tenantId: string;
  version: string;
  k: number;
  customers: number;
  silhouette: number;
  inertia: number;
  /** k-means with the choice of k, in ms. */
  fitMs: number;
  /** Reading, fitting and storing, in ms. */
  totalMs: number;
  clusters: { name: string; size: number; tags: string[] }[];
  tried: { k: number; silhouette: number; inertia: number }[];
}

/** Fewest customers a tenant needs for a segmentation model. */
export const MIN_SEGMENT_CUSTOMERS = 30;

export async function trainSegments(db: AppDb, opts: SegmentTrainingOptions): Promise<TrainedSegments[]> {
  const tenants = opts.tenantId ? [opts.tenantId] : await tenantsWithCustomers(db);
  const out: TrainedSegments[] = [];
  for (const tenantId of tenants) {
    const started = performance.now();
    opts.onProgress?.(tenantId, 'reading');
    const rows = await segmentTrainingCustomers(db, tenantId);
    if (rows.length < MIN_SEGMENT_CUSTOMERS) {
      opts.onProgress?.(tenantId, 'done');
      continue;
    }
    opts.onProgress?.(tenantId, 'fitting');
    const fitStarted = performance.now();
    const fit = fitSegments(
      rows.map((r) => ({ customerId: r.id, features: customerFeatures(r, r.holdings), holdings: r.holdings })),
      { seed: opts.seed, ks: opts.ks },
    );
    const fitMs = Math.round(performance.now() - fitStarted);
    const trainedAt = new Date();
    const hash = createHash('sha256').update(JSON.stringify(fit.model.centroids)).digest('hex').slice(0, 8);
    const version = `seg-${tenantId}-${trainedAt.toISOString().replace(/[-:.]/g, '').slice(0, 15)}-${hash}`;
    opts.onProgress?.(tenantId, 'storing');
    await activateSegmentModel(
      db,
      { version, tenantId, k: fit.model.k, model: fit.model, inertia: fit.model.inertia, silhouette: fit.model.silhouette, trainingRows: rows.length, fitMs, trainedAt },
      fit.assignments,
    );
    opts.onProgress?.(tenantId, 'done');
    out.push({
      tenantId,
      version,
      k: fit.model.k,
      customers: rows.length,
      silhouette: fit.model.silhouette,
      inertia: fit.model.inertia,
      fitMs,
      totalMs: Math.round(performance.now() - started),
      clusters: fit.model.clusters.map((c) => ({ name: c.name, size: c.size, tags: c.tags })),
      tried: fit.model.tried,
    });
  }
  return out;
}
