// Drift of the learned ranker (a DriftSource for ModelDriftService): its monitored inputs and its
// served score over a tenant's recent lists, against the top-10 lists it would have served the
// training customers (stored with the model by ranker-training.ts). Features are not logged when
// serving, so they are recomputed for a sample of the window's newest served rows.
import { and, desc, eq, gte } from 'drizzle-orm';
import { recommendationLog } from '../../../drizzle/schema.js';
import type { CatalogStore } from '../catalog/catalog-store.js';
import type { AppDb } from '../db/index.js';
import type { DriftValue, ReferenceDistribution } from '../domain/drift/index.js';
import type { DriftSource } from './model-drift.js';
import { candidatesOf, RANKER_DRIFT_METRICS_KEY, rankerDriftValues } from './ranker-training.js';
import type { RankingModelService } from './ranking-models.js';

/** Newest served rows of the window whose inputs are recomputed. */
const SAMPLE = 2_000;

export class RankerDriftSource implements DriftSource {
  readonly model = 'RANKER';

  constructor(
    private readonly db: AppDb,
    private readonly catalog: Pick<CatalogStore, 'current' | 'peersOf'>,
    private readonly ranker: Pick<RankingModelService, 'model' | 'info' | 'statsFor'>,
  ) {}

  get version(): string {
    const m = this.ranker.model;
    if (!m) throw new Error('no learned ranker is active');
    return m.version;
  }

  async reference(): Promise<ReferenceDistribution[]> {
    const stored = this.ranker.info?.metrics[RANKER_DRIFT_METRICS_KEY] as { distributions?: ReferenceDistribution[] } | undefined;
    if (!stored?.distributions) throw new Error(`ranker ${this.version} was stored without a drift reference; retrain it (npm run train:ranker)`);
    return stored.distributions;
  }

  async recent(tenantId: string, since: Date): Promise<Record<string, DriftValue[]>> {
    const served = await this.db
      .select({ customerId: recommendationLog.customerId, productId: recommendationLog.productId, score: recommendationLog.score, rank: recommendationLog.rank })
      .from(recommendationLog)
      .where(and(eq(recommendationLog.tenantId, tenantId), eq(recommendationLog.modelVersion, this.version), gte(recommendationLog.servedAt, since)))
      .orderBy(desc(recommendationLog.servedAt))
      .limit(SAMPLE);
    const rows = served.filter((r) => r.customerId !== null) as { customerId: number; productId: string; score: number; rank: number }[];
    const snapshot = this.catalog.current;
    const byCustomer = await candidatesOf(this.db, snapshot, [...new Set(rows.map((r) => r.customerId))]);
    const productById = new Map(snapshot.catalog.map((p) => [p.id, p]));
    const values: Record<string, DriftValue[]> = {};
    for (const r of rows) {
      const c = byCustomer.get(r.customerId);
      const product = productById.get(r.productId);
      if (!c || !product) continue;
      const v = rankerDriftValues(c, product, { productId: r.productId, rank: r.rank, score: r.score, confidence: 0, reasons: [] }, this.ranker.statsFor(this.catalog.peersOf(tenantId)));
      for (const [name, value] of Object.entries(v)) (values[name] ??= []).push(value);
    }
    return values;
  }
}
