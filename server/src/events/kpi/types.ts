// The shapes the dashboard is made of, as plain data: the KPI store builds them, the resolvers
// serve them, and the multiplexer serialises them once per group of subscribers.
import type { DelinquencyBucket, Stage } from '../../domain/recovery/types.js';

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
  /** Recovery performance over the same window; null until it was first read from the database. */
  recovery: RecoveryKpiValues | null;
}

/** What the window ring keeps; the store adds the recovery figures. */
export type RingSnapshot = Omit<DashboardSnapshot, 'recovery'>;

/** Of the moves out of one bucket in the window: how many went to a worse bucket, how many back to CURRENT. */
export interface BucketRollRate {
  from: DelinquencyBucket;
  count: number;
  rolledForward: number;
  cured: number;
  rollForwardRate: number | null;
  cureRate: number | null;
}

export interface RecoveryKpiValues {
  rollRates: BucketRollRate[];
  casesOpened: number;
  casesClosed: number;
  casesCured: number;
  cureRate: number | null;
  promisesKept: number;
  promisesBroken: number;
  promiseKeptRate: number | null;
  messagesSent: number;
  rightPartyContacts: number;
  rightPartyContactRate: number | null;
  overdueAtOpening: number;
  amountRecovered: number;
  recoveryRate: number | null;
  openCases: number;
  casesByStage: { stage: Stage; count: number }[];
}

export interface ProductKpisSnapshot {
  productId: string;
  kpis: KpiValues;
}
