// The additive counts behind every KPI: one set per bucket, per region and per product in it.
// Rates, means and percentiles are derived only when a snapshot is taken.
import { addToHistogram, mergeInto, quantile, type Histogram } from './latency-histogram.js';
import type { KpiValues } from './types.js';

export interface Counters {
  recommendations: number;
  views: number;
  clicks: number;
  dismissals: number;
  applications: number;
  approvals: number;
  pdSum: number;
  approvedPdSum: number;
  latency: Histogram;
}

export const emptyCounters = (): Counters => ({
  recommendations: 0,
  views: 0,
  clicks: 0,
  dismissals: 0,
  applications: 0,
  approvals: 0,
  pdSum: 0,
  approvedPdSum: 0,
  latency: new Map(),
});

export function addCounters(target: Counters, source: Counters): void {
  target.recommendations += source.recommendations;
  target.views += source.views;
  target.clicks += source.clicks;
  target.dismissals += source.dismissals;
  target.applications += source.applications;
  target.approvals += source.approvals;
  target.pdSum += source.pdSum;
  target.approvedPdSum += source.approvedPdSum;
  mergeInto(target.latency, source.latency);
}

/** One KPI event's contribution, applied to a set of counters. */
export type CounterDelta =
  | { kind: 'recommendations'; count: number }
  | { kind: 'interaction'; interaction: 'VIEW' | 'CLICK' | 'DISMISS'; count: number }
  | { kind: 'decisions'; count: number; approvals: number; pdSum: number; approvedPdSum: number; latencyBin: number };

export function applyDelta(c: Counters, d: CounterDelta): void {
  switch (d.kind) {
    case 'recommendations':
      c.recommendations += d.count;
      return;
    case 'interaction':
      if (d.interaction === 'VIEW') c.views += d.count;
      else if (d.interaction === 'CLICK') c.clicks += d.count;
      else c.dismissals += d.count;
      return;
    case 'decisions':
      c.applications += d.count;
      c.approvals += d.approvals;
      c.pdSum += d.pdSum;
      c.approvedPdSum += d.approvedPdSum;
      addToHistogram(c.latency, d.latencyBin, d.count);
      return;
  }
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

export function kpiValues(c: Counters): KpiValues {
  return {
    recommendations: c.recommendations,
    views: c.views,
    clicks: c.clicks,
    applications: c.applications,
    approvals: c.approvals,
    clickThroughRate: ratio(c.clicks, c.views),
    conversionRate: ratio(c.applications, c.clicks),
    approvalRate: ratio(c.approvals, c.applications),
    averageProbabilityOfDefault: ratio(c.pdSum, c.applications),
    predictedDefaults: c.approvedPdSum,
    decisionLatencyP50Ms: quantile(c.latency, 0.5),
    decisionLatencyP99Ms: quantile(c.latency, 0.99),
  };
}
