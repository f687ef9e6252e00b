import type { DecisionFieldsFragment } from '../gql/graphql';
import { humanize } from '../format';

/** Where the data came from and what the fraud checks saw. */
export function DecisionFacts({ d }: { d: DecisionFieldsFragment }) {
  const flags = [...new Set([...d.fraudFlags, ...d.fraud.flags])];
  const ring = d.fraud.ring;
  return (
    <dl className="facts facts--wide">
      <dt>Credit bureau</dt>
      <dd data-testid="decision-bureau">
        {d.bureauUsed ? (
          'Used'
        ) : (
          <>
            Not used{d.bureauUnavailableReason && <> — {humanize(d.bureauUnavailableReason)}</>}
            <span className="muted"> · alternative data only</span>
          </>
        )}
      </dd>
      <dt>Fraud flags</dt>
      <dd data-testid="decision-fraud-flags">
        {flags.length === 0 ? (
          <span className="muted">None</span>
        ) : (
          <span className="tags tags--inline">
            {flags.map((f) => (
              <span key={f} className="tag tag--fraud">
                {humanize(f)}
              </span>
            ))}
          </span>
        )}
        <span className="muted small"> · anomaly {d.fraud.anomalyScore.toFixed(2)}</span>
        {d.fraud.explanations.length > 0 && (
          <ul className="plain-list small">
            {d.fraud.explanations.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
      </dd>
      {ring && (
        <>
          <dt>Linked applications</dt>
          <dd className={ring.flagged ? 'text-warn' : undefined}>
            {ring.applications} applications by {ring.applicants} applicants share {ring.sharedKinds.map(humanize).join(', ').toLowerCase()}
            {ring.reason && <span className="muted"> · {ring.reason}</span>}
          </dd>
        </>
      )}
    </dl>
  );
}
