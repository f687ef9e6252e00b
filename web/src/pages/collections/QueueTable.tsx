import { graphql } from '../../gql';
import type { QueueRowFragment } from '../../gql/graphql';
import { Bar } from '../../components/Bar';
import { Link } from '../../components/Link';
import { formatINR, formatPercent } from '../../format';
import { navigate } from '../../router';
import { CaseBadges } from './CaseBadges';
import { BucketBadge } from './BucketBadge';
import { enumLabel, segmentLabel } from './labels';

export const QUEUE_ROW = graphql(`
  fragment QueueRow on RecoveryCase {
    id
    status
    closeReason
    priority
    daysPastDue
    bucket
    overdueAmount
    outstanding
    segment
    strategy
    stage
    propensityToPay
    handedOver
    assignedTo
    vulnerability
    dispute
    ceaseRequested
    version
    customer {
      id
      name
    }
  }
`);

interface Props {
  rows: readonly QueueRowFragment[];
  /** Position of the first row in the whole queue (0-based). */
  offset: number;
  stale: boolean;
}

/** The case queue, highest priority first: who, how late, how much, how the case is worked. */
export function QueueTable({ rows, offset, stale }: Props) {
  return (
    <div className="table-scroll">
      <table className={stale ? 'table table--stale' : 'table'} data-testid="case-queue" aria-busy={stale}>
        <thead>
          <tr>
            <th className="num" title="Position in the queue, by priority">
              #
            </th>
            <th>Customer</th>
            <th className="num">DPD</th>
            <th>Bucket</th>
            <th className="num">Overdue</th>
            <th>Segment · strategy</th>
            <th>Stage</th>
            <th>Propensity to pay</th>
            <th>With</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c, i) => (
            <tr
              key={c.id}
              className="table__row--link"
              data-testid="case-row"
              data-id={c.id}
              data-priority={c.priority}
              onClick={(e) => {
                // Let the name link, and ctrl/cmd-click, behave like links do.
                if ((e.target as HTMLElement).closest('a')) return;
                navigate({ name: 'case', id: c.id });
              }}
            >
              <td className="num muted">{offset + i + 1}</td>
              <td>
                <Link to={{ name: 'case', id: c.id }} className="strong" data-testid="case-customer">
                  {c.customer.name}
                </Link>
                <CaseBadges flags={c} compact />
              </td>
              <td className="num strong" data-testid="case-dpd">
                {c.daysPastDue}
              </td>
              <td>
                <BucketBadge bucket={c.bucket} />
              </td>
              <td className="num" data-testid="case-overdue">
                {formatINR(c.overdueAmount)}
                <div className="muted small">of {formatINR(c.outstanding)}</div>
              </td>
              <td>
                {segmentLabel(c.segment)}
                <div className="muted small">{enumLabel(c.strategy)}</div>
              </td>
              <td className="nowrap" data-testid="case-stage">
                {enumLabel(c.stage)}
              </td>
              <td className="queue__propensity">
                <span className="num-inline strong">{formatPercent(c.propensityToPay)}</span>
                <Bar value={c.propensityToPay} label="Propensity to pay" />
              </td>
              <td data-testid="case-handover">
                {c.handedOver ? (
                  <span className="badge badge--person" title={c.assignedTo ? `Assigned to ${c.assignedTo}` : 'Handed to a person'}>
                    Person{c.assignedTo ? ` · ${c.assignedTo}` : ''}
                  </span>
                ) : (
                  <span className="muted small">Automated</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
