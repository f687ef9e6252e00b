import { Bar } from '../../components/Bar';
import { formatPercent } from '../../format';

interface Props {
  title: string;
  shares: readonly { name: string; share: number }[];
  label(name: string): string;
  testId?: string;
}

/** A small labelled bar chart of shares (0-1), largest first. */
export function ShareBars({ title, shares, label, testId }: Props) {
  const sorted = [...shares].sort((a, b) => b.share - a.share);
  const max = sorted[0]?.share || 1;
  return (
    <div className="shares" data-testid={testId}>
      <h3>{title}</h3>
      {sorted.length === 0 ? (
        <p className="muted">None recorded.</p>
      ) : (
        <ul>
          {sorted.map((s) => (
            <li key={s.name} className="share">
              <span className="share__name">{label(s.name)}</span>
              {/* scaled to the largest share so small differences stay visible */}
              <Bar value={s.share / max} label={label(s.name)} />
              <span className="share__pct">{formatPercent(s.share)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
