import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CustomerFilter } from '../gql/graphql';
import { ErrorBox } from '../components/ErrorBox';
import { Loading } from '../components/Loading';
import { Pager } from '../components/Pager';
import { useCursorPager, useDebounced, useSessionState } from '../hooks';
import { CustomerFilters, EMPTY_FILTER, type CustomerFilterState } from './customers/CustomerFilters';
import { CustomerTable } from './customers/CustomerTable';

const PAGE_SIZE = 20;

export const CUSTOMER_LIST = graphql(`
  query CustomerList($first: Int!, $after: String, $filter: CustomerFilter) {
    customers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          kind
          segment
          segmentLabel
          region
          creditScore
          newToCredit
          annualIncome
        }
      }
    }
  }
`);

function toFilter(f: CustomerFilterState): CustomerFilter | undefined {
  const filter: CustomerFilter = {};
  if (f.search.trim()) filter.search = f.search.trim();
  if (f.segment) filter.segment = f.segment;
  if (f.region) filter.region = f.region;
  if (f.kind) filter.kind = f.kind;
  return Object.keys(filter).length ? filter : undefined;
}

export function CustomersPage() {
  const [form, setForm] = useSessionState<CustomerFilterState>('customers.filter', EMPTY_FILTER);
  const search = useDebounced(form.search, 250);
  const filter = useMemo(() => toFilter({ ...form, search }), [form, search]);
  const pager = useCursorPager('customers.pager', JSON.stringify(filter ?? {}));

  const { data, previousData, loading, error } = useQuery(CUSTOMER_LIST, {
    variables: { first: PAGE_SIZE, after: pager.after, filter },
  });
  const shown = data ?? previousData;
  const conn = shown?.customers;

  return (
    <section className="page">
      <div className="page__head">
        <h1>Customers</h1>
        {conn && (
          <Pager
            testId="customer-pager"
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
      <CustomerFilters value={form} onChange={setForm} />
      {error && <ErrorBox error={error} title="Could not load customers" testId="customers-error" />}
      {!conn && loading && <Loading label="Loading customers…" />}
      {conn && (
        <div className="panel panel--flush">
          <CustomerTable rows={conn.edges.map((e) => e.node)} stale={loading} />
          {conn.edges.length === 0 && !loading && (
            <p className="empty" data-testid="customers-empty">
              No customers match these filters.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
