import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { ErrorBox } from '../components/ErrorBox';
import { LiveIndicator } from '../components/LiveIndicator';
import { Loading } from '../components/Loading';
import { Pager } from '../components/Pager';
import { useViewer } from '../components/useViewer';
import { useCursorPager, useSessionState } from '../hooks';
import { isForbiddenError } from '../live';
import { canWorkCases } from '../roles';
import { NotPermitted } from './collections/NotPermitted';
import { EMPTY_QUEUE_FILTER, QueueFilters, toCaseFilter, type QueueFilterState } from './collections/QueueFilters';
import { QueueTable } from './collections/QueueTable';
import { useLiveQueue } from './collections/useLiveQueue';

const PAGE_SIZE = 20;

export const RECOVERY_QUEUE = graphql(`
  query RecoveryQueue($first: Int!, $after: String, $filter: RecoveryCaseFilter) {
    recoveryCases(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...QueueRow
        }
      }
    }
  }
`);

/** The collectors' queue of recovery cases; other roles get a clear message instead. */
export function CollectionsPage() {
  const viewer = useViewer();
  const role = viewer.data?.viewer.role;
  if (!viewer.data) return <Loading label="Loading…" />;
  if (!canWorkCases(role)) return <NotPermitted role={role} title="Collections" />;
  return <CaseQueue />;
}

function CaseQueue() {
  const [form, setForm] = useSessionState<QueueFilterState>('collections.filter', EMPTY_QUEUE_FILTER);
  const filter = useMemo(() => toCaseFilter(form), [form]);
  const pager = useCursorPager('collections.pager', JSON.stringify(filter));

  const { data, previousData, loading, error, refetch } = useQuery(RECOVERY_QUEUE, {
    variables: { first: PAGE_SIZE, after: pager.after, filter },
    notifyOnNetworkStatusChange: false,
  });
  const live = useLiveQueue(refetch);
  const shown = data ?? previousData;
  const conn = shown?.recoveryCases;

  if (isForbiddenError(error) || isForbiddenError(live.error)) return <NotPermitted role={undefined} title="Collections" />;

  return (
    <section className="page" data-testid="collections">
      <div className="page__head">
        <div>
          <h1>Collections</h1>
          <p className="muted">Recovery cases, highest priority first</p>
        </div>
        <div className="dashboard__controls">
          <LiveIndicator testId="queue-live" />
          {conn && (
            <Pager
              testId="case-pager"
              page={pager.page}
              pageSize={PAGE_SIZE}
              shown={conn.edges.length}
              totalCount={conn.totalCount}
              hasNextPage={conn.pageInfo.hasNextPage}
              loading={loading}
              onPrevious={pager.previous}
              onNext={() => conn.pageInfo.endCursor && pager.next(conn.pageInfo.endCursor)}
            />
          )}
        </div>
      </div>
      <QueueFilters value={form} onChange={setForm} />
      {error && <ErrorBox error={error} title="Could not load the case queue" testId="queue-error" />}
      {live.error && !error && (
        <p className="footnote text-warn" role="alert" data-testid="queue-live-error">
          Live updates unavailable: {live.error.message}
        </p>
      )}
      {!conn && loading && <Loading label="Loading cases…" />}
      {conn && (
        <div className="panel panel--flush">
          <QueueTable rows={conn.edges.map((e) => e.node)} offset={pager.page * PAGE_SIZE} stale={loading && !data} />
          {conn.edges.length === 0 && !loading && (
            <p className="empty" data-testid="queue-empty">
              No cases match these filters.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
