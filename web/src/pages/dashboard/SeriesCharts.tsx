import type { ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { graphql } from '../../gql';
import type { KpiWindow, SeriesPointFragment } from '../../gql/graphql';
import { formatCount, formatMs, formatRate } from '../../format';

export const SERIES_POINT = graphql(`
  fragment SeriesPoint on KpiPoint {
    at
    kpis {
      applications
      approvals
      views
      clicks
      approvalRate
      decisionLatencyP50Ms
      decisionLatencyP99Ms
    }
  }
`);

const HEIGHT = 190;
const PRIMARY = 'var(--primary)';
const ACCENT = 'var(--accent)';
const MUTED = '#9aa6b5';
const AXIS = { fontSize: 11, fill: '#5d6b7e' };

const hhmm = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });
const dayHour = new Intl.DateTimeFormat('en-GB', { weekday: 'short', hour: '2-digit', hour12: false });

/** Tick labels: clock time within a day, weekday and hour over a week. */
function tickFormatter(window: KpiWindow): (at: number) => string {
  return (at) => (window === 'LAST_WEEK' ? dayHour.format(at) : hhmm.format(at));
}

interface Row {
  at: number;
  applications: number;
  approvals: number;
  views: number;
  clicks: number;
  approvalRate: number | null;
  p50: number | null;
  p99: number | null;
}

function rows(series: readonly SeriesPointFragment[]): Row[] {
  return series.map((p) => ({
    at: new Date(p.at).getTime(),
    applications: p.kpis.applications,
    approvals: p.kpis.approvals,
    views: p.kpis.views,
    clicks: p.kpis.clicks,
    approvalRate: p.kpis.approvalRate ?? null,
    p50: p.kpis.decisionLatencyP50Ms ?? null,
    p99: p.kpis.decisionLatencyP99Ms ?? null,
  }));
}

function ChartPanel({ title, testId, children }: { title: string; testId: string; children: ReactElement }) {
  return (
    <section className="panel chart" data-testid={testId}>
      <h2 className="chart__title">{title}</h2>
      <div className="chart__body">
        <ResponsiveContainer width="100%" height={HEIGHT}>
          {children}
        </ResponsiveContainer>
      </div>
    </section>
  );
}

interface Props {
  series: readonly SeriesPointFragment[];
  window: KpiWindow;
}

/** Four small time series over the window's buckets, oldest first; no animation (updates stream in). */
export function SeriesCharts({ series, window }: Props) {
  const data = rows(series);
  const x = (
    <XAxis
      dataKey="at"
      type="number"
      scale="time"
      domain={['dataMin', 'dataMax']}
      tickFormatter={tickFormatter(window)}
      tick={AXIS}
      minTickGap={24}
    />
  );
  const label = (at: unknown) => (typeof at === 'number' ? `${tickFormatter(window)(at)}` : '');
  const grid = <CartesianGrid stroke="#edf0f4" vertical={false} />;
  return (
    <div className="chart-grid" data-testid="series-charts">
      <ChartPanel title="Applications and approvals" testId="chart-applications">
        <BarChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: -18 }} barGap={0}>
          {grid}
          {x}
          <YAxis allowDecimals={false} tick={AXIS} />
          <Tooltip labelFormatter={label} formatter={(v) => formatCount(Number(v))} />
          <Legend iconSize={8} wrapperStyle={{ fontSize: 11 }} />
          <Bar dataKey="applications" name="Applications" fill={PRIMARY} isAnimationActive={false} />
          <Bar dataKey="approvals" name="Approvals" fill={ACCENT} isAnimationActive={false} />
        </BarChart>
      </ChartPanel>
      <ChartPanel title="Views and clicks" testId="chart-engagement">
        <LineChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: -18 }}>
          {grid}
          {x}
          <YAxis allowDecimals={false} tick={AXIS} />
          <Tooltip labelFormatter={label} formatter={(v) => formatCount(Number(v))} />
          <Legend iconSize={8} wrapperStyle={{ fontSize: 11 }} />
          <Line dataKey="views" name="Views" stroke={PRIMARY} dot={false} strokeWidth={1.5} isAnimationActive={false} />
          <Line dataKey="clicks" name="Clicks" stroke={ACCENT} dot={false} strokeWidth={1.5} isAnimationActive={false} />
        </LineChart>
      </ChartPanel>
      <ChartPanel title="Approval rate" testId="chart-approval-rate">
        <LineChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: -12 }}>
          {grid}
          {x}
          <YAxis domain={[0, 1]} tickFormatter={(v: number) => formatRate(v, 0)} tick={AXIS} />
          <Tooltip labelFormatter={label} formatter={(v) => (v == null ? '—' : formatRate(Number(v), 1))} />
          <Line dataKey="approvalRate" name="Approval rate" stroke={ACCENT} dot={{ r: 2 }} strokeWidth={1.5} connectNulls isAnimationActive={false} />
        </LineChart>
      </ChartPanel>
      <ChartPanel title="Decision time" testId="chart-latency">
        <LineChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: -12 }}>
          {grid}
          {x}
          <YAxis tickFormatter={(v: number) => `${Math.round(v)}`} tick={AXIS} unit=" ms" />
          <Tooltip labelFormatter={label} formatter={(v) => (v == null ? '—' : formatMs(Number(v)))} />
          <Legend iconSize={8} wrapperStyle={{ fontSize: 11 }} />
          <Line dataKey="p99" name="p99" stroke={PRIMARY} dot={{ r: 2 }} strokeWidth={1.5} connectNulls isAnimationActive={false} />
          <Line dataKey="p50" name="p50" stroke={MUTED} dot={{ r: 2 }} strokeWidth={1.5} connectNulls isAnimationActive={false} />
        </LineChart>
      </ChartPanel>
    </div>
  );
}
