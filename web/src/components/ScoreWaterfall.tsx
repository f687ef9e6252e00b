// How the score came about: from the best attainable score (every feature at its best bin), one
// step down per feature that lost points, largest first, to the actual score.
//
// Hand-rolled with positioned CSS boxes rather than a chart library: a waterfall is a handful of
// offset rectangles on one axis, a library would add far more code to the bundle than this file,
// and plain elements take the tenant's theme variables and stay readable to screen readers (each
// step is a list item whose text says the feature and its points; the bars are decoration).
import type { DecisionFieldsFragment } from '../gql/graphql';
import { formatPoints } from '../format';

type Contribution = DecisionFieldsFragment['contributions'][number];

export interface WaterfallStep {
  kind: 'best' | 'loss' | 'gain' | 'score';
  label: string;
  /** The applicant's value, for feature steps. */
  value?: string | null;
  bin?: string;
  /** The bar runs from `from` to `to` (totals run from the axis start). */
  from: number;
  to: number;
  /** Points lost (negative) or gained; the total for `best` and `score`. */
  delta: number;
}

// Below a twentieth of a point a step would show as "0": it is left out (the sum stays exact).
const NEGLIGIBLE = 0.05;

export function waterfallSteps(contributions: readonly Contribution[]): WaterfallStep[] {
  const best = contributions.reduce((s, c) => s + c.maxPoints, 0);
  const score = contributions.reduce((s, c) => s + c.points, 0);
  const changes = contributions
    .map((c) => ({ c, delta: c.points - c.maxPoints }))
    .filter(({ delta }) => Math.abs(delta) >= NEGLIGIBLE)
    // Losses first, largest first; a feature above its best bin (a missing value scored neutral) gains last.
    .sort((a, b) => ((a.delta < 0) === (b.delta < 0) ? Math.abs(b.delta) - Math.abs(a.delta) : a.delta < 0 ? -1 : 1));
  const steps: WaterfallStep[] = [{ kind: 'best', label: 'Best attainable', from: best, to: best, delta: best }];
  let running = best;
  for (const { c, delta } of changes) {
    steps.push({ kind: delta < 0 ? 'loss' : 'gain', label: c.label, value: c.value, bin: c.bin, from: running, to: running + delta, delta });
    running += delta;
  }
  steps.push({ kind: 'score', label: 'Score', from: score, to: score, delta: score });
  return steps;
}

/** The visible stretch of the axis: totals are long and the steps short, so it starts below the lowest value. */
function axisOf(steps: readonly WaterfallStep[]): { lo: number; hi: number } {
  const values = steps.flatMap((s) => [s.from, s.to]);
  const hi = Math.max(...values);
  const min = Math.min(...values);
  let lo = min - Math.max((hi - min) * 0.35, 10);
  if (min >= 0) lo = Math.max(0, lo);
  lo = Math.floor(lo / 10) * 10;
  return { lo, hi: hi > lo ? hi : lo + 1 };
}

interface Props {
  contributions: readonly Contribution[];
  /** The decision's score, shown on the last step (the sum of points, rounded). */
  score: number;
}

export function ScoreWaterfall({ contributions, score }: Props) {
  if (contributions.length === 0) return <p className="muted">No scorecard contributions recorded.</p>;
  const steps = waterfallSteps(contributions);
  const { lo, hi } = axisOf(steps);
  const x = (v: number) => ((v - lo) / (hi - lo)) * 100;
  const best = steps[0].delta;

  return (
    <figure className="waterfall" data-testid="score-waterfall">
      <figcaption className="muted small">
        From the best attainable {Math.round(best)} points, each feature that cost points, to the score of {score}.
      </figcaption>
      <ol className="waterfall__rows">
        {steps.map((s, i) => {
          const total = s.kind === 'best' || s.kind === 'score';
          const left = total ? 0 : x(Math.min(s.from, s.to));
          const width = total ? x(s.to) : x(Math.max(s.from, s.to)) - left;
          return (
            <li
              key={`${s.kind}-${s.label}-${i}`}
              className={`waterfall__row waterfall__row--${s.kind}`}
              data-testid="waterfall-step"
              data-kind={s.kind}
              data-points={total ? Math.round(s.delta) : s.delta.toFixed(1)}
            >
              <span className="waterfall__label" title={s.bin ? `Bin ${s.bin}` : undefined}>
                {s.label}
                {!total && <span className="waterfall__value-note">{s.value ?? 'missing'}</span>}
              </span>
              <span className="waterfall__track" aria-hidden="true">
                <span className="waterfall__bar" data-testid="waterfall-bar" style={{ left: `${left}%`, width: `${width}%` }} />
              </span>
              <span className="waterfall__points">
                {s.kind === 'score' ? score : total ? Math.round(s.delta) : formatPoints(s.delta)}
                <span className="visually-hidden"> points</span>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="waterfall__axis" aria-hidden="true">
        <span />
        <span className="waterfall__ticks">
          <span>{lo}</span>
          <span>{Math.round(hi)}</span>
        </span>
        <span />
      </div>
    </figure>
  );
}
