import { graphql } from '../gql';
import type { DecisionFieldsFragment, LoanApplicationFieldsFragment } from '../gql/graphql';
import { formatDateTime, formatINR, formatMonths, formatPercent, humanize } from '../format';
import { DecisionFacts } from './DecisionFacts';
import { DecisionReasons } from './DecisionReasons';
import { Link } from './Link';
import { OutcomeBadge, outcomeOfStatus } from './OutcomeBadge';
import { RepaymentSchedule } from './RepaymentSchedule';
import { ScoreWaterfall } from './ScoreWaterfall';

// Everything a decision view shows; shared by the submission and the list of applications.
export const DECISION_FIELDS = graphql(`
  fragment DecisionFields on Decision {
    outcome
    probabilityOfDefault
    score
    grade
    reasons {
      code
      feature
      value
      contribution
      text
      source
    }
    counterfactuals
    approvedAmount
    creditLimit
    monthlyInstalment
    counterOffer {
      kind
      amount
      termMonths
      monthlyInstalment
      text
    }
    repaymentSchedule {
      dueDate
      amount
    }
    contributions {
      feature
      label
      value
      bin
      points
      maxPoints
    }
    fraud {
      anomalyScore
      flags
      explanations
      ring {
        applicants
        applications
        sharedKinds
        flagged
        reason
      }
    }
    fraudFlags
    bureauUsed
    bureauUnavailableReason
    modelVersion
    policyVersion
    decidedAt
    latencyMs
  }
`);

export const LOAN_APPLICATION_FIELDS = graphql(`
  fragment LoanApplicationFields on LoanApplication {
    id
    status
    amount
    termMonths
    purpose
    submittedAt
    product {
      id
      name
      category
      provider
      creditTerms {
        revolving
        seasonal
      }
    }
    decision {
      ...DecisionFields
    }
  }
`);

function Kpi({ label, value, note, testId }: { label: string; value: string; note?: string; testId?: string }) {
  return (
    <div className="kpi">
      <span className="kpi__label">{label}</span>
      <span className="kpi__value" data-testid={testId}>
        {value} {note && <span className="kpi__note">{note}</span>}
      </span>
    </div>
  );
}

function DecisionBody({ d, revolving }: { d: DecisionFieldsFragment; revolving: boolean }) {
  const offered = d.approvedAmount != null;
  return (
    <>
      <div className="kpis kpis--auto">
        <Kpi label="Score" value={String(d.score)} note={`grade ${d.grade}`} testId="decision-score" />
        <Kpi label="Probability of default" value={formatPercent(d.probabilityOfDefault, 1)} note="12 months" testId="decision-pd" />
        <Kpi
          label={revolving ? 'Limit approved' : 'Amount approved'}
          value={offered ? formatINR(d.approvedAmount!) : '—'}
          testId="decision-approved-amount"
        />
        {/* a card's limit is usually the amount approved: shown once then */}
        {d.creditLimit != null && d.creditLimit !== d.approvedAmount && (
          <Kpi label="Credit limit" value={formatINR(d.creditLimit)} testId="decision-credit-limit" />
        )}
        <Kpi
          label={revolving ? 'Minimum due' : 'Monthly instalment'}
          value={d.monthlyInstalment != null ? formatINR(d.monthlyInstalment) : '—'}
          testId="decision-instalment"
        />
      </div>
      {d.counterOffer && (
        <div className="counter-offer" data-testid="counter-offer">
          <span className="counter-offer__kind">{humanize(d.counterOffer.kind)}</span>
          <p>{d.counterOffer.text}</p>
          <span className="small muted">
            {formatINR(d.counterOffer.amount)} over {formatMonths(d.counterOffer.termMonths)} ·{' '}
            {formatINR(d.counterOffer.monthlyInstalment)} a month
          </span>
        </div>
      )}
      <DecisionFacts d={d} />

      <h3 className="decision__h">Reasons</h3>
      <DecisionReasons reasons={d.reasons} />

      <h3 className="decision__h">How the score was reached</h3>
      <ScoreWaterfall contributions={d.contributions} score={d.score} />

      {d.counterfactuals.length > 0 ? (
        <>
          <h3 className="decision__h">What would change the outcome</h3>
          <ul className="counterfactuals" data-testid="counterfactuals">
            {d.counterfactuals.map((c) => (
              <li key={c} data-testid="counterfactual">
                {c}
              </li>
            ))}
          </ul>
        </>
      ) : (
        d.outcome !== 'APPROVE' && <p className="muted small">No single change on record would alter the outcome.</p>
      )}

      <RepaymentSchedule schedule={d.repaymentSchedule} />

      <p className="footnote">
        Model {d.modelVersion} · policy v{d.policyVersion} · decided {formatDateTime(d.decidedAt)} in {Math.round(d.latencyMs)} ms
      </p>
    </>
  );
}

/** One application and its explained decision. */
export function DecisionView({ application: a }: { application: LoanApplicationFieldsFragment }) {
  const outcome = a.decision?.outcome ?? outcomeOfStatus(a.status);
  return (
    <section className="panel decision" aria-labelledby="decision-h" data-testid="decision-view" data-application-id={a.id}>
      <header className="decision__head">
        <div className="decision__title">
          <h2 id="decision-h">Decision</h2>
          <div>
            <Link to={{ name: 'product', id: a.product.id }} className="strong">
              {a.product.name}
            </Link>{' '}
            <span className="muted">
              · {a.product.provider} · {humanize(a.product.category)}
            </span>
          </div>
          <div className="small muted">
            Asked {formatINR(a.amount)} over {formatMonths(a.termMonths)} for “{a.purpose}” · {formatDateTime(a.submittedAt)}
          </div>
        </div>
        <OutcomeBadge outcome={outcome} large testId="decision-outcome" />
      </header>
      {a.decision ? (
        <DecisionBody d={a.decision} revolving={!!a.product.creditTerms?.revolving} />
      ) : (
        <p className="empty">No decision is stored for this application.</p>
      )}
    </section>
  );
}
