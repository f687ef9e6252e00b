import type { KpiWindow } from '../../gql/graphql';

export const WINDOWS: { value: KpiWindow; label: string }[] = [
  { value: 'LAST_HOUR', label: 'Last hour' },
  { value: 'LAST_DAY', label: 'Last day' },
  { value: 'LAST_WEEK', label: 'Last week' },
];

interface Props {
  value: KpiWindow;
  onChange(next: KpiWindow): void;
}

/** The span the dashboard covers, as a segmented control. */
export function WindowSelect({ value, onChange }: Props) {
  return (
    <div className="segmented" role="radiogroup" aria-label="Window" data-testid="window-select">
      {WINDOWS.map((w) => (
        <label key={w.value} className={value === w.value ? 'segmented__item segmented__item--on' : 'segmented__item'}>
          <input type="radio" name="kpi-window" value={w.value} checked={value === w.value} onChange={() => onChange(w.value)} />
          {w.label}
        </label>
      ))}
    </div>
  );
}
