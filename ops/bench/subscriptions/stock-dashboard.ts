// A Dashboard object shaped like creditgraph's (schema/analytics.graphql): totals, 6 regions,
// 15 products (5 of them on top), 60 one-minute points, with plausible numbers. Only totals.views,
// version and asOf change from one event to the next, as in a tenant where views are recorded.
import { CATALOG } from '../../../seeds/catalog.js';
import { REGIONS } from '../../../server/src/domain/reference.js';

type Kpis = Record<string, number | null>;

function kpis(seed: number): Kpis {
  const views = 40 + ((seed * 37) % 200);
  const clicks = Math.round(views * 0.3);
  const applications = Math.round(clicks * 0.4);
  const approvals = Math.round(applications * 0.6);
  return {
    recommendations: views * 3,
    views,
    clicks,
    applications,
    approvals,
    clickThroughRate: clicks / views,
    conversionRate: applications / clicks,
    approvalRate: applications ? approvals / applications : null,
    averageProbabilityOfDefault: 0.05 + (seed % 7) / 100,
    predictedDefaults: approvals * 0.07,
    decisionLatencyP50Ms: 31.5 + (seed % 5),
    decisionLatencyP99Ms: 88.25 + (seed % 11),
  };
}

/** Product ids as creditgraph writes them: Relay global ids, base64url("Product:<code>"). */
const productOf = (p: { id: string; name: string; provider: string }) => ({ id: Buffer.from(`Product:${p.id}`).toString('base64url'), code: p.id, name: p.name, provider: p.provider });

export class StockDashboard {
  private version = 0;
  private views = 0;
  private readonly regions = REGIONS.slice(0, 6).map((region, i) => ({ region, kpis: kpis(i + 1) }));
  private readonly products = CATALOG.slice(0, 15).map((p, i) => ({ product: productOf(p), kpis: kpis(i + 11) }));
  private readonly seriesStart = Date.now() - 60 * 60_000;
  private readonly series = Array.from({ length: 60 }, (_, i) => ({ at: new Date(this.seriesStart + i * 60_000).toISOString(), kpis: kpis(i + 31) }));

  /** One more view: the next event. */
  recordView(): void {
    this.views += 1;
    this.version += 1;
  }

  get currentViews(): number {
    return this.views;
  }

  /** A fresh object per event, as a store that publishes its latest state would. */
  snapshot() {
    return {
      window: 'LAST_HOUR',
      from: new Date(this.seriesStart).toISOString(),
      asOf: new Date().toISOString(),
      version: this.version,
      totals: { ...kpis(0), views: this.views },
      byRegion: this.regions,
      byProduct: this.products,
      topProducts: this.products.slice(0, 5),
      series: this.series,
    };
  }
}
