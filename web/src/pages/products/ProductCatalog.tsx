import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ProductCategory } from '../../gql/graphql';
import { ErrorBox } from '../../components/ErrorBox';
import { Link } from '../../components/Link';
import { Loading } from '../../components/Loading';
import { Pager } from '../../components/Pager';
import { audienceLabel, humanize } from '../../format';
import { useCursorPager, useSessionState } from '../../hooks';
import { pricing } from './productText';

const PAGE_SIZE = 15;

const CATEGORIES: ProductCategory[] = [
  'CREDIT_CARD',
  'PERSONAL_LOAN',
  'BUSINESS_LOAN',
  'MORTGAGE',
  'INSURANCE',
  'SAVINGS',
  'INVESTMENT',
];

const PRODUCT_CATALOG = graphql(`
  query ProductCatalog($first: Int!, $after: String, $filter: ProductFilter) {
    products(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          code
          name
          category
          provider
          aprMin
          aprMax
          interestRate
          annualFee
          eligibility {
            customerKind
          }
        }
      }
    }
  }
`);

export function ProductCatalog() {
  const [category, setCategory] = useSessionState<'' | ProductCategory>('products.category', '');
  const pager = useCursorPager('products.pager', category);
  const { data, previousData, loading, error } = useQuery(PRODUCT_CATALOG, {
    variables: { first: PAGE_SIZE, after: pager.after, filter: category ? { category } : undefined },
  });
  const conn = (data ?? previousData)?.products;

  return (
    <section className="panel panel--flush" aria-labelledby="catalog-h">
      <div className="panel__head panel__head--padded">
        <h2 id="catalog-h">Catalog</h2>
        <select
          aria-label="Category"
          data-testid="category-filter"
          value={category}
          onChange={(e) => setCategory(e.target.value as '' | ProductCategory)}
        >
          <option value="">All categories</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {humanize(c)}
            </option>
          ))}
        </select>
        {conn && (
          <Pager
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
      {error && <ErrorBox error={error} title="Could not load products" />}
      {!conn && loading && <Loading />}
      {conn && (
        <table className={loading ? 'table table--stale' : 'table'} data-testid="product-table">
          <thead>
            <tr>
              <th>Product</th>
              <th>Category</th>
              <th>Provider</th>
              <th>For</th>
              <th>Pricing</th>
            </tr>
          </thead>
          <tbody>
            {conn.edges.map(({ node: p }) => (
              <tr key={p.id} data-testid="product-row">
                <td>
                  <Link to={{ name: 'product', id: p.id }} className="strong">
                    {p.name}
                  </Link>
                </td>
                <td>{humanize(p.category)}</td>
                <td>{p.provider}</td>
                <td>{audienceLabel(p.eligibility.customerKind)}</td>
                <td className="small">{pricing(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
