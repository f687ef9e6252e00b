import type { ReactNode } from 'react';
import type { RecommendationFieldsFragment } from '../gql/graphql';
import { RecommendationCard } from './RecommendationCard';

interface Props {
  recommendations: readonly RecommendationFieldsFragment[];
  stale?: boolean;
  /** Extra controls for each card (the customer page's feedback buttons). */
  actions?: (recommendation: RecommendationFieldsFragment) => ReactNode;
}

export function RecommendationList({ recommendations, stale, actions }: Props) {
  if (recommendations.length === 0) {
    return <p className="empty">No eligible products to recommend.</p>;
  }
  const modelVersion = recommendations[0]?.modelVersion;
  return (
    <div className={stale ? 'rec-list rec-list--stale' : 'rec-list'} data-testid="recommendation-list" aria-busy={stale}>
      {recommendations.map((r) => (
        <RecommendationCard key={`${r.rank}-${r.product.id}`} recommendation={r} actions={actions?.(r)} />
      ))}
      {modelVersion && <p className="footnote">Model {modelVersion}</p>}
    </div>
  );
}
