import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ScoreChangeCause } from '../../gql/graphql';
import { LiveIndicator } from '../../components/LiveIndicator';
import { formatClock, formatDate, formatDateTime, formatINR, formatPercent } from '../../format';

export const CUSTOMER_SCORE_UPDATED = graphql(`
  subscription CustomerScoreUpdated($customerId: ID!) {
    customerScoreUpdated(customerId: $customerId) {
      customer {
        id
      }
      score
      grade
      probabilityOfDefault
      creditLimit
      cause
      changedAt
      latestApplication {
        id
      }
    }
  }
`);

/** What the page knew before any live update: the newest decision and the limit in force. */
export interface KnownScore {
  score: number | null;
  grade: string | null;
  probabilityOfDefault: number | null;
  creditLimit: number | null;
  /** When the newest decision was made; null before any. */
  at: string | null;
}

const CAUSES: Record<ScoreChangeCause, string> = {
  DECISION: 'new decision',
  CREDIT_LIMIT: 'credit limit changed',
};

interface Props {
  customerId: string;
  known: KnownScore;
  /** Called after each live change, with its cause (the page re-reads what depends on it). */
  onChange?(cause: ScoreChangeCause): void;
}

/** The customer's credit standing now, updated as decisions and limit changes happen. */
export function LiveScoreCard({ customerId, known, onChange }: Props) {
  const { data, error } = useSubscription(CUSTOMER_SCORE_UPDATED, {
    variables: { customerId },
    fetchPolicy: 'no-cache',
    onData: ({ data: result }) => {
      const cause = result.data?.customerScoreUpdated.cause;
      if (cause) onChange?.(cause);
    },
  });
  const update = data?.customerScoreUpdated;
  const s: KnownScore = update
    ? { score: update.score ?? null, grade: update.grade ?? null, probabilityOfDefault: update.probabilityOfDefault ?? null, creditLimit: update.creditLimit ?? null, at: update.changedAt }
    : known;

  return (
    <section
      className="panel live-score"
      aria-labelledby="live-score-h"
      data-testid="live-score"
      data-score={s.score ?? ''}
      data-grade={s.grade ?? ''}
      data-source={update ? 'live' : 'loaded'}
      data-application-id={update?.latestApplication?.id ?? ''}
    >
      <div className="panel__head">
        <h2 id="live-score-h">Live score</h2>
        <LiveIndicator testId="live-score-indicator" />
      </div>
      <div className="kpis">
        <div className="kpi">
          <span className="kpi__label">Score</span>
          <span className="kpi__value" data-testid="live-score-score">
            {s.score ?? '—'} {s.grade && <span className="kpi__note">grade {s.grade}</span>}
          </span>
        </div>
        <div className="kpi">
          <span className="kpi__label">Probability of default</span>
          <span className="kpi__value" data-testid="live-score-pd">
            {s.probabilityOfDefault != null ? formatPercent(s.probabilityOfDefault, 1) : '—'}
          </span>
        </div>
        <div className="kpi">
          <span className="kpi__label">Credit limit</span>
          <span className="kpi__value" data-testid="live-score-limit">
            {s.creditLimit != null ? formatINR(s.creditLimit) : '—'}
          </span>
        </div>
      </div>
      <p className="footnote" data-testid="live-score-note">
        {update ? (
          <>
            Updated {formatClock(update.changedAt)}: {CAUSES[update.cause]}
          </>
        ) : s.at ? (
          <span title={formatDateTime(s.at)}>From the latest decision, {formatDate(s.at)}</span>
        ) : (
          'No decision yet'
        )}
      </p>
      {error && (
        <p className="footnote text-warn" role="alert" data-testid="live-score-error">
          Live updates unavailable: {error.message}
        </p>
      )}
    </section>
  );
}
