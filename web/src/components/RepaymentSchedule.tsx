import { formatDate, formatINR } from '../format';

/** An amount due on a date: a decision's instalment, or a recovery plan's payment. */
interface Installment {
  dueDate: string;
  amount: number;
}

/** Up to this many instalments the table is open; a longer schedule starts collapsed. */
const OPEN_UP_TO = 12;

interface Props {
  schedule: readonly Installment[];
  title?: string;
  /** Open however long the schedule is (else open up to 12 instalments). */
  open?: boolean;
  testId?: string;
}

export function RepaymentSchedule({ schedule, title = 'Repayment schedule', open, testId = 'repayment-schedule' }: Props) {
  if (schedule.length === 0) return null;
  const total = schedule.reduce((s, i) => s + i.amount, 0);
  const first = schedule[0];
  const last = schedule[schedule.length - 1];
  const equal = schedule.every((i) => Math.abs(i.amount - first.amount) < 0.5);
  const summary = equal
    ? `${schedule.length} × ${formatINR(first.amount)}`
    : `${schedule.length} instalment${schedule.length === 1 ? '' : 's'}`;

  return (
    <details className="schedule" open={open ?? schedule.length <= OPEN_UP_TO} data-testid={testId}>
      <summary>
        <span className="strong">{title}</span>{' '}
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
