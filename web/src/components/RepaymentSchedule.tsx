import type { DecisionFieldsFragment } from '../gql/graphql';
import { formatDate, formatINR } from '../format';

type Installment = DecisionFieldsFragment['repaymentSchedule'][number];

/** Up to this many instalments the table is open; a longer schedule starts collapsed. */
const OPEN_UP_TO = 12;

export function RepaymentSchedule({ schedule }: { schedule: readonly Installment[] }) {
  if (schedule.length === 0) return null;
  const total = schedule.reduce((s, i) => s + i.amount, 0);
  const first = schedule[0];
  const last = schedule[schedule.length - 1];
  const equal = schedule.every((i) => Math.abs(i.amount - first.amount) < 0.5);
  const summary = equal
    ? `${schedule.length} × ${formatINR(first.amount)}`
    : `${schedule.length} instalment${schedule.length === 1 ? '' : 's'}`;

  return (
    <details className="schedule" open={schedule.length <= OPEN_UP_TO} data-testid="repayment-schedule">
      <summary>
        <span className="strong">Repayment schedule</span>{' '}
        <span className="muted">
          {summary}, {formatDate(first.dueDate)} – {formatDate(last.dueDate)} · total {formatINR(total)}
        </span>
      </summary>
      <div className="schedule__scroll">
        <table className="table table--compact">
          <thead>
            <tr>
              <th className="num">#</th>
              <th>Due</th>
              <th className="num">Amount</th>
            </tr>
          </thead>
          <tbody>
            {schedule.map((i, n) => (
              <tr key={i.dueDate + n}>
                <td className="num muted">{n + 1}</td>
                <td>{formatDate(i.dueDate)}</td>
                <td className="num">{formatINR(i.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
