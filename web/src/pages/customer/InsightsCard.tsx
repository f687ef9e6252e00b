import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { ErrorBox } from '../../components/ErrorBox';
import { describeError } from '../../errors';
import { Loading } from '../../components/Loading';
import { humanize } from '../../format';

export const CUSTOMER_INSIGHTS = graphql(`
  query CustomerInsights($id: ID!) {
    customer(id: $id) {
      id
      insights {
        kind
        title
        text
        facts {
          label
          value
          source
        }
      }
    }
  }
`);

/** Three rule-based insights for the relationship manager, each with the facts it cites. */
export function InsightsCard({ customerId }: { customerId: string }) {
  const { data, loading, error } = useQuery(CUSTOMER_INSIGHTS, { variables: { id: customerId } });
  // Refused for lack of the customer's consent to RECOMMENDATION: a short note, not a failure.
  const withoutConsent = error ? describeError(error).code === 'CONSENT_REQUIRED' : false;
  const insights = withoutConsent ? undefined : data?.customer?.insights;

  return (
    <section className="panel" aria-labelledby="insights-h" data-testid="insights">
      <h2 id="insights-h">Insights</h2>
      {withoutConsent && (
        <p className="muted" role="status" data-testid="insights-consent">
          No consent for recommendations.
        </p>
      )}
      {error && !withoutConsent && <ErrorBox error={error} title="Could not load insights" testId="insights-error" />}
      {!insights && loading && <Loading label="Reading the customer’s facts…" />}
      {insights && insights.length === 0 && <p className="muted">No insights for this customer.</p>}
      {insights && insights.length > 0 && (
        <ul className="insights">
          {insights.map((i) => (
            <li key={i.kind} className="insight" data-testid="insight" data-kind={i.kind}>
              <span className="insight__kind">{humanize(i.kind)}</span>
              <strong className="insight__title">{i.title}</strong>
              <p className="insight__text">{i.text}</p>
              <div className="tags" aria-label="Facts cited">
                {i.facts.map((f) => (
                  <span key={f.label} className="tag" data-testid="insight-fact" title={`Source: ${humanize(f.source)}`}>
                    {f.label}: <b>{f.value}</b>
                  </span>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
