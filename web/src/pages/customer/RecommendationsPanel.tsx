import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { ErrorBox } from '../../components/ErrorBox';
import { describeError } from '../../errors';
import { KSelect } from '../../components/KSelect';
import { Loading } from '../../components/Loading';
import { RecommendationList } from '../../components/RecommendationList';
import { useSessionState } from '../../hooks';
import { FeedbackSummary } from './FeedbackSummary';
import { RecommendationFeedback } from './RecommendationFeedback';

export const CUSTOMER_RECOMMENDATIONS = graphql(`
  query CustomerRecommendations($id: ID!, $k: Int!) {
    customer(id: $id) {
      id
      recommendations(k: $k) {
        ...RecommendationFields
      }
    }
  }
`);

export function RecommendationsPanel({ customerId }: { customerId: string }) {
  const [k, setK] = useSessionState('recommendations.k', 5);
  const { data, previousData, loading, error } = useQuery(CUSTOMER_RECOMMENDATIONS, {
    variables: { id: customerId, k },
  });
  // While a new k loads, keep showing the previous list (dimmed) instead of a blank panel.
  const shown = data ?? (previousData?.customer?.id === customerId ? previousData : undefined);
  // Refused for lack of the customer's consent: the server's message, and no earlier list either.
  const refusal = error ? describeError(error) : null;
  const withoutConsent = refusal?.code === 'CONSENT_REQUIRED';
  const recs = withoutConsent ? undefined : shown?.customer?.recommendations;

  return (
    <section className="panel panel--recs" aria-labelledby="recs-h" data-testid="recommendations">
      <div className="panel__head">
        <h2 id="recs-h">Recommendations</h2>
        <KSelect value={k} onChange={setK} />
      </div>
      <FeedbackSummary customerId={customerId} />
      {withoutConsent && (
        <p className="empty" role="status" data-testid="recommendations-consent">
          {refusal.message}
        </p>
      )}
      {error && !withoutConsent && <ErrorBox error={error} title="Could not load recommendations" testId="recommendations-error" />}
      {!recs && loading && <Loading label="Ranking products…" testId="recommendations-loading" />}
      {recs && (
        <RecommendationList
          recommendations={recs}
          stale={loading}
          actions={(r) => <RecommendationFeedback customerId={customerId} productName={r.product.name} tags={r.product.tags} />}
        />
      )}
    </section>
  );
}
