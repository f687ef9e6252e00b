interface Props {
  label?: string;
  testId?: string;
}

export function Loading({ label = 'Loading…', testId }: Props) {
  return (
    <div className="loading" role="status" aria-live="polite" data-testid={testId}>
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}
