import { graphql } from '../../gql';
import type { KpiFieldsFragment } from '../../gql/graphql';
import { formatCount, formatMs, formatNumber, formatRate } from '../../format';

export const KPI_FIELDS = graphql(`
  fragment KpiFields on Kpis {
    recommendations
    views
    clicks
    applications
    approvals
    clickThroughRate
    conversionRate
    approvalRate
    averageProbabilityOfDefault
    predictedDefaults
    decisionLatencyP50Ms
    decisionLatencyP99Ms
  }
`);

interface Tile {
  id: string;
  label: string;
  value: (k: KpiFieldsFragment) => number | null;
  format: (v: number | null) => string;
  hint: string;
}

const count = (v: number | null) => (v == null ? '—' : formatCount(v));
const rate = (v: number | null) => formatRate(v, 1);

const TILES: Tile[] = [
  { id: 'recommendations', label: 'Recommendations', value: (k) => k.recommendations, format: count, hint: 'Products shown in served recommendation lists' },
  { id: 'views', label: 'Views', value: (k) => k.views, format: count, hint: 'Recommendations a customer saw' },
  { id: 'clicks', label: 'Clicks', value: (k) => k.clicks, format: count, hint: 'Recommendations a customer opened' },
  { id: 'applications', label: 'Applications', value: (k) => k.applications, format: count, hint: 'Loan and card applications decided' },
  { id: 'approvals', label: 'Approvals', value: (k) => k.approvals, format: count, hint: 'Applications approved' },
  { id: 'click-through-rate', label: 'Click-through rate', value: (k) => k.clickThroughRate ?? null, format: rate, hint: 'Clicks per view' },
  { id: 'conversion-rate', label: 'Conversion rate', value: (k) => k.conversionRate ?? null, format: rate, hint: 'Applications per click' },
  { id: 'approval-rate', label: 'Approval rate', value: (k) => k.approvalRate ?? null, format: rate, hint: 'Approvals per application' },
  {
    id: 'average-pd',
    label: 'Average PD',
    value: (k) => k.averageProbabilityOfDefault ?? null,
    format: (v) => formatRate(v, 2),
    hint: 'Mean probability of default of the decided applications',
  },
  {
    id: 'predicted-defaults',
    label: 'Predicted defaults',
    value: (k) => k.predictedDefaults,
    format: (v) => (v == null ? '—' : formatNumber(v, v < 10 ? 2 : 1)),
    hint: 'Expected defaults among the approvals: the sum of their probabilities of default',
  },
  { id: 'latency-p50', label: 'Decision latency p50', value: (k) => k.decisionLatencyP50Ms ?? null, format: formatMs, hint: 'Time to decide an application, 50th percentile' },
  { id: 'latency-p99', label: 'Decision latency p99', value: (k) => k.decisionLatencyP99Ms ?? null, format: formatMs, hint: 'Time to decide an application, 99th percentile' },
];

/** One tile per KPI of the window's totals; each has a stable test id (kpi-<name>) and its raw value. */
export function KpiTiles({ kpis }: { kpis: KpiFieldsFragment }) {
  return (
    <div className="kpi-tiles" data-testid="kpi-tiles">
      {TILES.map((t) => {
        const v = t.value(kpis);
        return (
          <div key={t.id} className="kpi kpi--tile" title={t.hint} data-testid={`kpi-${t.id}`} data-value={v ?? ''}>
            <span className="kpi__label">{t.label}</span>
            <span className="kpi__value">{t.format(v)}</span>
          </div>
        );
      })}
    </div>
  );
}
