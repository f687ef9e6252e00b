import { Bar, BarChart, CartesianGrid, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RecommendationExperimentFieldsFragment } from '../../gql/graphql';
import { formatRate } from '../../format';
import { formatRateWithInterval } from './format';

type ArmResult = RecommendationExperimentFieldsFragment['results']['arms'][number];

const HEIGHT = 170;
const AXIS = { fontSize: 11, fill: '#5d6b7e' };

interface Row {
  arm: string;
  /** Conversion, 0 to 1; null when no customer was exposed yet. */
  value: number | null;
  /** Below and above the value: the 95% Wilson interval as error bar lengths. */
  whisker: [number, number];
  label: string;
}

function rows(arms: readonly ArmResult[]): Row[] {
  return arms.map((a) => {
    const value = a.conversion.value ?? null;
    const interval = a.conversion.interval;
    const whisker: [number, number] = value != null && interval ? [Math.max(0, value - interval.low), Math.max(0, interval.high - value)] : [0, 0];
    return { arm: a.arm, value, whisker, label: formatRateWithInterval(a.conversion) };
  });
}

/** Conversion per arm as bars, with the 95% interval as whiskers; no animation (it is polled). */
export function ConversionChart({ arms }: { arms: readonly ArmResult[] }) {
  const data = rows(arms);
  const top = Math.max(0.05, ...data.map((r) => (r.value ?? 0) + r.whisker[1]));
  const hasData = data.some((r) => r.value != null);
  return (
    <figure className="experiment-chart" data-testid="experiment-conversion-chart" data-has-data={hasData}>
      <figcaption className="chart__title">Conversion by arm, 95% interval</figcaption>
      {!hasData ? (
        <p className="empty">No exposed customers yet.</p>
      ) : (
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: -12 }}>
            <CartesianGrid stroke="#edf0f4" vertical={false} />
            <XAxis dataKey="arm" tick={AXIS} />
            <YAxis domain={[0, Math.min(1, Math.ceil(top * 20) / 20)]} tickFormatter={(v: number) => formatRate(v, 0)} tick={AXIS} />
            <Tooltip formatter={(_v, _n, item) => (item.payload as Row).label} />
            <Bar dataKey="value" name="Conversion" fill="var(--primary)" maxBarSize={48} minPointSize={1} isAnimationActive={false}>
              <ErrorBar dataKey="whisker" width={6} strokeWidth={1.5} stroke="var(--text)" isAnimationActive={false} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      )}
    </figure>
  );
}
