import { useState } from 'react';
import type { CaseDetailFragment } from '../../gql/graphql';
import { useViewer } from '../../components/useViewer';
import { CounterOfferForm, type CounterOutcome } from './CounterOfferForm';
import { DecidePlanForm } from './DecidePlanForm';
import { PlanCard, PlanStatusBadge } from './PlanCard';
import { ProposePlanForm } from './ProposePlanForm';

/** The case's repayment plans, newest first, with the plan builder and the customer's counter-offers. */
export function PlansPanel({ c }: { c: CaseDetailFragment }) {
  const [outcome, setOutcome] = useState<CounterOutcome | null>(null);
  // Escalated counter-offers wait for an admin (a senior collector's call).
  const isAdmin = useViewer().data?.viewer.role === 'ADMIN';
  const open = c.status === 'OPEN';
  const plans = [...c.plans].sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime());
  // Counter-offers answer the newest proposal.
  const counterable = plans.find((p) => p.status === 'PROPOSED');

  return (
    <section className="panel plans" aria-labelledby="plans-h" data-testid="case-plans">
      <div className="panel__head">
        <h2 id="plans-h">
          Repayment plans <span className="count">{plans.length}</span>
        </h2>
      </div>
      {open && <ProposePlanForm caseId={c.id} />}
      {outcome && (
        <div className={`counter-outcome counter-outcome--${outcome.plan.status.toLowerCase()}`} role="status" data-testid="counter-outcome" data-status={outcome.plan.status}>
          <p>
            Counter-offer <PlanStatusBadge status={outcome.plan.status} testId="counter-outcome-status" />{' '}
            {outcome.plan.status === 'ACCEPTED'
              ? 'automatically: it is inside every bound.'
              : outcome.plan.status === 'ESCALATED'
                ? `to a person: it is outside the bounds${isAdmin ? '' : '; an admin approves or declines it'}.`
                : ''}
          </p>
          <ul className="plain-list" data-testid="counter-outcome-reasons">
            {outcome.reasons.map((r, i) => (
              <li key={`${r.code}-${i}`} data-code={r.code}>
                {r.text}
              </li>
            ))}
          </ul>
          <button type="button" className="btn btn--link" onClick={() => setOutcome(null)}>
            Dismiss
          </button>
        </div>
      )}
      {plans.length === 0 ? (
        <p className="muted">No plan yet{open ? ': propose one above.' : '.'}</p>
      ) : (
        <div className="plan-list">
          {plans.map((p) => (
            <PlanCard key={p.id} plan={p} active={c.activePlan?.id === p.id}>
              {open && p.id === counterable?.id && (
                <CounterOfferForm key={p.id} caseId={c.id} planId={p.id} termMonths={p.termMonths} onOutcome={setOutcome} />
              )}
              {open && isAdmin && p.status === 'ESCALATED' && <DecidePlanForm key={p.id} caseId={c.id} planId={p.id} />}
            </PlanCard>
          ))}
        </div>
      )}
    </section>
  );
}
