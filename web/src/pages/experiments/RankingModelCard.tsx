import { useQuery } from '@apollo/client/react';
import type { RankingModelQuery } from '../../gql/graphql';
import { ErrorBox } from '../../components/ErrorBox';
import { Loading } from '../../components/Loading';
import { formatCount, formatDateTime } from '../../format';
import { RANKING_MODEL } from './experimentsQuery';

type Model = NonNullable<RankingModelQuery['rankingModel']>;

/** How often the card asks again: a new ranker is trained offline, not by the second. */
const RANKING_MODEL_POLL_MS = 60_000;

const ndcg = (n: number | null | undefined): string => (n == null ? '—' : n.toFixed(3));

/** The change of NDCG@10 against a baseline, signed, with a real minus sign. */
function lift(model: number | null | undefined, baseline: number | null | undefined): string | null {
  if (model == null || baseline == null) return null;
  const d = model - baseline;
  const abs = Math.abs(d).toFixed(3);
  return d < 0 ? `\u2212${abs}` : `+${abs}`;
}

/** The learned ranker in service with its hold-out NDCG@10 against the popularity and rules baselines. */
export function RankingModelCard() {
  const { data, error, loading } = useQuery(RANKING_MODEL, { pollInterval: RANKING_MODEL_POLL_MS, fetchPolicy: 'cache-and-network' });
  return (
    <section className="panel ranking-model" aria-labelledby="ranking-model-h" data-testid="ranking-model">
      <div className="panel__head">
        <h2 id="ranking-model-h">Ranking model in service</h2>
      </div>
      {error && <ErrorBox error={error} title="The ranking model is unavailable" testId="ranking-model-error" />}
      {!data && loading && <Loading label="Loading the ranking model…" />}
      {data && !data.rankingModel && (
        <p className="empty" data-testid="ranking-model-none">
          No learned ranker is trained yet (npm run train:ranker): every arm uses the rules order.
        </p>
      )}
      {data?.rankingModel && <ModelFacts model={data.rankingModel} />}
    </section>
  );
}

function ModelFacts({ model }: { model: Model }) {
  const vsPopularity = lift(model.ndcgAt10, model.popularityNdcgAt10);
  const vsRules = lift(model.ndcgAt10, model.rulesNdcgAt10);
  return (
    <div className="ranking-model__body" data-version={model.version}>
      <dl className="facts facts--wide">
        <dt>Version</dt>
        <dd data-testid="ranking-model-version">{model.version}</dd>
        <dt>Trained</dt>
        <dd>
          {formatDateTime(model.trainedAt)} on {formatCount(model.trainingRows)} rows
          {model.activatedAt && <span className="muted"> · in service since {formatDateTime(model.activatedAt)}</span>}
        </dd>
        <dt>Decision</dt>
        <dd data-testid="ranking-model-decision">{model.decision}</dd>
      </dl>
      <div className="kpis ranking-model__ndcg" data-testid="ranking-model-ndcg">
        <div className="kpi">
          <span className="kpi__label">NDCG@10, learned</span>
          <span className="kpi__value">{ndcg(model.ndcgAt10)}</span>
        </div>
        <div className="kpi">
          <span className="kpi__label">Popularity baseline</span>
          <span className="kpi__value">{ndcg(model.popularityNdcgAt10)}</span>
          {vsPopularity && <span className="kpi__note">learned {vsPopularity}</span>}
        </div>
        <div className="kpi">
          <span className="kpi__label">Rules baseline</span>
          <span className="kpi__value">{ndcg(model.rulesNdcgAt10)}</span>
          {vsRules && <span className="kpi__note">learned {vsRules}</span>}
        </div>
      </div>
      <p className="muted small">NDCG@10 on the exploration traffic of the hold-out window.</p>
    </div>
  );
}
