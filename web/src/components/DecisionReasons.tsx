import type { DecisionFieldsFragment, ReasonSource } from '../gql/graphql';
import { formatPoints } from '../format';
import { Bar } from './Bar';

type Reason = DecisionFieldsFragment['reasons'][number];

const SOURCE_LABEL: Record<ReasonSource, string> = { SCORE: 'Scorecard', POLICY: 'Policy', FRAUD: 'Fraud check' };

/** Strongest first: policy and fraud reasons (in the server's order) before scorecard ones, most points lost first. */
export function strongestFirst(reasons: readonly Reason[]): Reason[] {
  const rank = (r: Reason) => (r.source === 'SCORE' ? 1 : 0);
  return [...reasons].sort((a, b) => rank(a) - rank(b) || (rank(a) === 1 ? a.contribution - b.contribution : 0));
}

export function DecisionReasons({ reasons }: { reasons: readonly Reason[] }) {
  if (reasons.length === 0) return <p className="muted">No adverse reasons: nothing held the decision back.</p>;
  const sorted = strongestFirst(reasons);
  const worst = Math.max(1, ...sorted.map((r) => -r.contribution));
  return (
    <ol className="decision-reasons" aria-label="Reasons, strongest first">
      {sorted.map((r) => (
        <li key={r.code + r.feature} className="decision-reason" data-testid="decision-reason" data-code={r.code} data-source={r.source}>
          <div className="decision-reason__body">
            <span className="decision-reason__text">{r.text}</span>
            <span className="decision-reason__meta">
              <span className={`tag tag--${r.source.toLowerCase()}`}>{SOURCE_LABEL[r.source]}</span>
              <code>{r.code}</code>
              {r.value != null && <span>value {r.value}</span>}
            </span>
          </div>
          {r.source === 'SCORE' ? (
            <span className="decision-reason__points" title={`${formatPoints(r.contribution)} points against the best attainable`}>
              <Bar value={-r.contribution / worst} tone="muted" label={`Points lost to ${r.feature}`} />
              <span className="num-inline" data-testid="reason-points">
                {formatPoints(r.contribution)} pts
              </span>
            </span>
          ) : (
            <span className="decision-reason__points decision-reason__points--rule">rule</span>
          )}
        </li>
      ))}
    </ol>
  );
}
