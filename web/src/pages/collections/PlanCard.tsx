import type { ReactNode } from 'react';
import type { PlanFieldsFragment, PlanStatus } from '../../gql/graphql';
import { RepaymentSchedule } from '../../components/RepaymentSchedule';
import { formatDate, formatDateTime, formatINR, formatMonths } from '../../format';
import { PlanChart } from './PlanChart';
import { enumLabel } from './labels';

const STATUS_CLASS: Record<PlanStatus, string> = {
  PROPOSED: 'status--pending',
  ACCEPTED: 'status--good',
  APPROVED: 'status--good',
  ESCALATED: 'status--warn',
  DECLINED: 'status--bad',
  SUPERSEDED: 'status--muted',
};

export function PlanStatusBadge({ status, testId }: { status: PlanStatus; testId?: string }) {
  return (
    <span className={`status ${STATUS_CLASS[status] ?? ''}`} data-status={status} data-testid={testId}>
      {enumLabel(status)}
    </span>
  );
}

interface Props {
  plan: PlanFieldsFragment;
  active: boolean;
  children?: ReactNode;
}

/** One repayment plan: kind, status, totals, why, and its schedule as bars and a table. */
export function PlanCard({ plan, active, children }: Props) {
  const past = plan.status === 'SUPERSEDED' || plan.status === 'DECLINED';
  return (
    <article className={past ? 'plan plan--past' : active ? 'plan plan--active' : 'plan'} data-testid="plan" data-plan-id={plan.id} data-status={plan.status} data-kind={plan.kind}>
      <header className="plan__head">
        <span className="strong">{enumLabel(plan.kind)} plan</span>
        <PlanStatusBadge status={plan.status} testId="plan-status" />
        {active && <span className="badge badge--person">Being followed</span>}
        <span className="muted small plan__meta" title={formatDateTime(plan.createdAt)}>
          {formatMonths(plan.termMonths)} · total {formatINR(plan.total)}
          {plan.discount > 0 && <> · forgives {formatINR(plan.discount)}</>} · proposed by {plan.proposedBy} {formatDate(plan.createdAt)}
          {plan.decidedBy && (
            <>
              {' '}
              · decided by {plan.decidedBy}
              {plan.decidedAt && ` ${formatDate(plan.decidedAt)}`}
            </>
          )}
        </span>
      </header>
      {!past && (
        <>
          {plan.reasons.length > 0 && (
            <ul className="plain-list plan__reasons">
              {plan.reasons.map((r, i) => (
                <li key={`${r.code}-${i}`} data-code={r.code}>
                  {r.text}
                </li>
              ))}
            </ul>
          )}
          <PlanChart payments={plan.payments} />
        </>
      )}
      <RepaymentSchedule schedule={plan.payments} title="Schedule" open={false} testId="plan-schedule" />
      {children}
    </article>
  );
}
