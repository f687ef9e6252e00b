import type { ReactNode } from 'react';
import { graphql } from '../gql';
import type { RecommendationFieldsFragment } from '../gql/graphql';
import { formatPercent, humanize } from '../format';
import { Bar } from './Bar';
import { Link } from './Link';

// Shared by the customer page and the prospect page.
export const RECOMMENDATION_FIELDS = graphql(`
  fragment RecommendationFields on Recommendation {
    rank
    confidence
    score
    modelVersion
    product {
      id
      name
      provider
      category
      tags
    }
    reasons {
      code
      text
      weight
    }
  }
`);

interface Props {
  recommendation: RecommendationFieldsFragment;
  /** Shown under the reasons, e.g. feedback buttons on the customer page. */
  actions?: ReactNode;
}

export function RecommendationCard({ recommendation: r, actions }: Props) {
  const confidence = Math.round(r.confidence);
  return (
    <article className="rec-card" data-testid="recommendation-card" data-rank={r.rank}>
      <header className="rec-card__head">
        <span className="rec-card__rank" aria-label={`Rank ${r.rank}`}>
          {r.rank}
        </span>
        <div className="rec-card__title">
          <Link to={{ name: 'product', id: r.product.id }} className="rec-card__name" data-testid="recommendation-product">
            {r.product.name}
          </Link>
          <span className="rec-card__meta">
            {r.product.provider} · {humanize(r.product.category)}
          </span>
        </div>
        <div className="rec-card__confidence" title={`Confidence ${r.confidence.toFixed(1)} of 100`}>
          <span className="rec-card__confidence-label">Confidence</span>
          <span
            className="rec-card__confidence-value"
            data-testid="recommendation-confidence"
            data-value={r.confidence}
          >
            {confidence}
          </span>
          <Bar value={r.confidence / 100} tone="primary" size="md" label="Confidence" />
        </div>
      </header>
      <ul className="reasons" aria-label="Reasons">
        {r.reasons.map((reason) => (
          <li key={reason.code + reason.text} className="reason" data-testid="reason-item" data-code={reason.code}>
            <span className="reason__text">{reason.text}</span>
            <span className="reason__weight" title={`${humanize(reason.code)}: ${formatPercent(reason.weight)} of the score`}>
              <Bar value={reason.weight} tone="muted" label={`Weight of ${humanize(reason.code)}`} />
              <span className="reason__pct">{formatPercent(reason.weight)}</span>
            </span>
          </li>
        ))}
      </ul>
      {actions}
    </article>
  );
}
