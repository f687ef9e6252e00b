import type { ReactNode } from 'react';
import type { CaseDetailFragment } from '../../gql/graphql';
import { Link } from '../../components/Link';
import { formatDate, formatDateTime, formatINR, formatMonths, formatNumber, formatPercent, humanize } from '../../format';
import { BucketBadge } from './BucketBadge';
import { CaseBadges } from './CaseBadges';
import { enumLabel } from './labels';

interface Props {
  c: CaseDetailFragment;
  /** The live indicator, placed in the heading. */
  live: ReactNode;
}

/** The case at a glance: customer and loan, how late and how much, stage and who works it. */
export function CaseSummary({ c, live }: Props) {
  const loan = c.loan;
  return (
    <>
      <div className="page__head">
        <div>
          <h1 data-testid="case-heading">{c.customer.name}</h1>
          <div className="tags">
            <span className="tag" data-testid="case-stage" data-stage={c.stage}>
              Stage: {enumLabel(c.stage)}
            </span>
            <BucketBadge bucket={c.bucket} testId="case-bucket" />
            <CaseBadges flags={c} />
            <span className="muted small">
              {c.customer.segmentLabel} · {c.customer.region} ·{' '}
              <Link to={{ name: 'customer', id: c.customer.id }} data-testid="case-customer-link">
                customer profile
              </Link>
            </span>
          </div>
        </div>
        {live}
      </div>
      <section className="panel case-summary" aria-label="Case summary" data-testid="case-summary">
        <div className="kpis case-summary__kpis">
          <div className="kpi">
            <span className="kpi__label">Days past due</span>
            <span className="kpi__value" data-testid="case-dpd">
              {c.daysPastDue}
            </span>
          </div>
          <div className="kpi">
            <span className="kpi__label">Overdue</span>
            <span className="kpi__value text-danger" data-testid="case-overdue">
              {formatINR(c.overdueAmount)}
            </span>
          </div>
          <div className="kpi">
            <span className="kpi__label">Outstanding</span>
            <span className="kpi__value" data-testid="case-outstanding">
              {formatINR(c.outstanding)}
            </span>
          </div>
          <div className="kpi">
            <span className="kpi__label">Propensity to pay (30 days)</span>
            <span className="kpi__value" data-testid="case-propensity">
              {formatPercent(c.propensityToPay)}
            </span>
          </div>
          <div className="kpi">
            <span className="kpi__label">Priority</span>
            <span className="kpi__value" title="Higher is worked first">
              {formatNumber(c.priority, 2)}
            </span>
          </div>
        </div>
        <div className="case-summary__facts">
          <dl className="facts">
            <dt>Loan</dt>
            <dd data-testid="case-loan">
              {loan.product.name} <span className="muted">· {loan.product.provider}</span>
            </dd>
            <dt>Kind</dt>
            <dd>
              {humanize(loan.kind)} · {humanize(loan.status)}
            </dd>
            <dt>Principal</dt>
            <dd>
              {formatINR(loan.principal)} over {formatMonths(loan.termMonths)} at {formatNumber(loan.aprPercent)}% APR
            </dd>
            <dt>Instalment</dt>
            <dd>{formatINR(loan.monthlyInstalment)} a month</dd>
          </dl>
          <dl className="facts">
            <dt>Paid so far</dt>
            <dd>{formatINR(loan.totalPaid)}</dd>
            <dt>Disbursed</dt>
            <dd>{loan.disbursedAt ? formatDate(loan.disbursedAt) : '—'}</dd>
            <dt>Case opened</dt>
            <dd title={formatDateTime(c.openedAt)}>
              {formatDate(c.openedAt)}
              {c.closedAt && <span className="muted"> · closed {formatDate(c.closedAt)}</span>}
            </dd>
            <dt>At this stage</dt>
            <dd title={formatDateTime(c.stageSince)}>since {formatDate(c.stageSince)}</dd>
            <dt>Worked by</dt>
            <dd data-testid="case-assigned">{c.handedOver ? `A person${c.assignedTo ? `: ${c.assignedTo}` : ''}` : 'The automated strategy'}</dd>
          </dl>
        </div>
      </section>
    </>
  );
}
