interface Props {
  value: number;
  onChange(k: number): void;
  max?: number;
}

/** How many recommendations to ask for. */
export function KSelect({ value, onChange, max = 20 }: Props) {
  return (
    <label className="inline-field">
      <span>Show top</span>
      <select data-testid="k-select" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {Array.from({ length: max }, (_, i) => i + 1).map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
    </label>
  );
}
