import { scoreBand } from '../format';

interface Props {
  score: number | null | undefined;
  large?: boolean;
}

/** A bureau score coloured by band, or a "New to credit" badge when there is none. */
export function CreditScore({ score, large }: Props) {
  if (score == null) {
    return (
      <span className="badge badge--ntc" data-testid="new-to-credit">
        New to credit
      </span>
    );
  }
  const band = scoreBand(score);
  return (
    <span className={`score score--${band}${large ? ' score--large' : ''}`} title={`Bureau score, ${band}`}>
      {score}
      {large && <span className="score__band">{band}</span>}
    </span>
  );
}
