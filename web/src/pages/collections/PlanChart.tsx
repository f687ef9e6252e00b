import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate, formatINR } from '../../format';

const AXIS = { fontSize: 11, fill: '#5d6b7e' };
const compact = new Intl.NumberFormat('en-IN', { notation: 'compact', maximumFractionDigits: 1 });
const monthYear = new Intl.DateTimeFormat('en-IN', { month: 'short', year: '2-digit' });

function monthLabel(dueDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dueDate);
  return m ? monthYear.format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : dueDate;
}

interface Props {
  payments: readonly { dueDate: string; amount: number }[];
}

/** A plan's payments as bars, one per due date: a seasonal plan's harvest months stand out at once. */
export function PlanChart({ payments }: Props) {
  const data = payments.map((p) => ({ dueDate: p.dueDate, label: monthLabel(p.dueDate), amount: p.amount }));
  return (
    <figure className="plan-chart" data-testid="plan-chart" aria-label="Payments by due date">
      <ResponsiveContainer width="100%" height={140}>
        <BarChart data={data} margin={{ top: 6, right: 8, bottom: 0, left: -6 }}>
          <CartesianGrid stroke="#edf0f4" vertical={false} />
          <XAxis dataKey="label" tick={AXIS} interval="preserveStartEnd" minTickGap={12} />
          <YAxis tick={AXIS} tickFormatter={(v: number) => `₹${compact.format(v)}`} width={52} />
          <Tooltip
            labelFormatter={(_label, items) => {
              const due = items?.[0]?.payload?.dueDate as string | undefined;
              return due ? `Due ${formatDate(due)}` : '';
            }}
            formatter={(v) => [formatINR(Number(v)), 'Amount']}
          />
          <Bar dataKey="amount" name="Amount" fill="var(--accent)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
