import type { LoanApplicationFieldsFragment } from '../../gql/graphql';
import { OutcomeBadge, outcomeOfStatus } from '../../components/OutcomeBadge';
import { formatDate, formatDateTime, formatINR, formatMonths } from '../../format';

interface Props {
  applications: readonly LoanApplicationFieldsFragment[];
  selectedId: string | undefined;
  onSelect(id: string): void;
  stale?: boolean;
}

/** The customer's applications, latest first; choosing one shows its decision. */
export function ApplicationHistory({ applications, selectedId, onSelect, stale }: Props) {
  if (applications.length === 0) return <p className="empty">No applications yet.</p>;
  return (
    <div className="table-scroll">
      <table className={stale ? 'table table--compact table--stale' : 'table table--compact'} aria-busy={stale} data-testid="application-list">
        <thead>
          <tr>
            <th>Submitted</th>
            <th>Product</th>
            <th className="num">Amount</th>
            <th>Outcome</th>
          </tr>
        </thead>
        <tbody>
          {applications.map((a) => {
            const selected = a.id === selectedId;
            return (
              <tr
                key={a.id}
                className={selected ? 'table__row--link table__row--selected' : 'table__row--link'}
                data-testid="application-row"
                data-id={a.id}
                onClick={() => onSelect(a.id)}
              >
                <td className="nowrap" title={formatDateTime(a.submittedAt)}>
                  {formatDate(a.submittedAt)}
                </td>
                <td>
                  {/* For the keyboard: its click (Enter, Space) reaches the row's handler. */}
                  <button type="button" className="btn btn--link" aria-pressed={selected}>
                    {a.product.name}
                  </button>
                  <div className="muted small">{formatMonths(a.termMonths)}</div>
                </td>
                <td className="num">{formatINR(a.amount)}</td>
                <td>
                  <OutcomeBadge outcome={a.decision?.outcome ?? outcomeOfStatus(a.status)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
