import { formatCount } from '../format';

interface Props {
  page: number;
  pageSize: number;
  shown: number;
  totalCount: number;
  hasNextPage: boolean;
  loading?: boolean;
  onPrevious(): void;
  onNext(): void;
  testId?: string;
}

/** "1–20 of 1,834" with Previous / Next. */
export function Pager({ page, pageSize, shown, totalCount, hasNextPage, loading, onPrevious, onNext, testId }: Props) {
  const from = shown === 0 ? 0 : page * pageSize + 1;
  const to = page * pageSize + shown;
  return (
    <div className="pager" data-testid={testId}>
      <span className="pager__range" data-testid={testId ? `${testId}-range` : undefined}>
        {shown === 0 ? `0 of ${formatCount(totalCount)}` : `${formatCount(from)}–${formatCount(to)} of ${formatCount(totalCount)}`}
      </span>
      <button type="button" className="btn btn--ghost" onClick={onPrevious} disabled={page === 0 || loading}>
        ‹ Previous
      </button>
      <button type="button" className="btn btn--ghost" onClick={onNext} disabled={!hasNextPage || loading}>
        Next ›
      </button>
    </div>
  );
}
