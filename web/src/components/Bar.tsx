// A thin horizontal bar for a 0-1 share (category mix, reason weight, confidence).
interface Props {
  value: number;
  tone?: 'primary' | 'accent' | 'muted';
  label?: string;
  size?: 'sm' | 'md';
}

export function Bar({ value, tone = 'accent', label, size = 'sm' }: Props) {
  const pct = Math.max(0, Math.min(1, value)) * 100;
  return (
    <span
      className={`bar bar--${tone} bar--${size}`}
      role="meter"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(pct)}
      aria-label={label}
    >
      <span className="bar__fill" style={{ width: `${pct}%` }} />
    </span>
  );
}
