import type { CaseDetailFragment, PromiseStatus } from '../../gql/graphql';
import { formatDate, formatDateTime, formatINR } from '../../format';
import { PromiseForm } from './PromiseForm';
import { channelName, enumLabel } from './labels';

const STATUS_CLASS: Record<PromiseStatus, string> = { PENDING: 'status--pending', KEPT: 'status--good', BROKEN: 'status--bad' };

/** The customer's promises to pay on this case, and the form for a new one. */
export function PromisesCard({ c }: { c: CaseDetailFragment }) {
  const open = c.status === 'OPEN';
  return (
    <section className="panel" aria-labelledby="promises-h" data-testid="case-promises">
      <h2 id="promises-h">
        Promises to pay <span className="count">{c.promises.length}</span>
      </h2>
      {c.promises.length === 0 ? (
        <p className="muted small">No promises yet.</p>
      ) : (
        <table className="table table--compact promises">
          <thead>
            <tr>
              <th className="num">Amount</th>
              <th>By</th>
              <th>Status</th>
              <th className="num">Paid</th>
            </tr>
          </thead>
          <tbody>
            {c.promises.map((p) => (
              <tr key={p.id} data-testid="promise-row" data-status={p.status}>
                <td className="num strong">{formatINR(p.amount)}</td>
                <td className="nowrap">
                  {formatDate(p.dueDate)}
                  <div className="muted small" title={formatDateTime(p.madeAt)}>
                    {p.channel ? channelName(p.channel) : 'channel not said'} · {p.recordedBy}
                  </div>
                </td>
                <td>
                  <span className={`status ${STATUS_CLASS[p.status] ?? ''}`}>{enumLabel(p.status)}</span>
                  {p.settledOn && <div className="muted small">{formatDate(p.settledOn)}</div>}
                </td>
                <td className="num">{formatINR(p.paidTowards)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open ? <PromiseForm caseId={c.id} outstanding={c.outstanding} /> : <p className="muted small">The case is closed: no more promises.</p>}
    </section>
  );
}
