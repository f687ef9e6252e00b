// The shapes the dashboard is made of, as plain data: the KPI store builds them, the resolvers
// serve them, and the multiplexer serialises them once per group of subscribers.

export type KpiWindowName = 'LAST_HOUR' | 'LAST_DAY' | 'LAST_WEEK';

export interface KpiValues {
  recommendations: number;
  views: number;
  clicks: number;
  applications: number;
  approvals: number;
  clickThroughRate: number | null;
  conversionRate: number | null;
  approvalRate: number | null;
  averageProbabilityOfDefault: number | null;
  predictedDefaults: number;
  decisionLatencyP50Ms: number | null;
  decisionLatencyP99Ms: number | null;
}

export interface DashboardSnapshot {
  window: KpiWindowName;
  from: Date;
  asOf: Date;
  version: number;
  totals: KpiValues;
  byRegion: { region: string; kpis: KpiValues }[];
  byProduct: ProductKpisSnapshot[];
  topProducts: ProductKpisSnapshot[];
  series: { at: Date; kpis: KpiValues }[];
}

export interface ProductKpisSnapshot {
  productId: string;
  kpis: KpiValues;
}
