// The tenant's credit products (those with creditTerms) for one kind of customer, grouped by
// category for the application form's product select.
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { CreditProductsQuery, CustomerKind } from '../gql/graphql';
import { humanize } from '../format';

const PAGE_SIZE = 100; // the most Query.products gives at once
const MAX_PAGES = 10;

const CREDIT_PRODUCTS = graphql(`
  query CreditProducts($first: Int!, $after: String, $kind: CustomerKind) {
    products(first: $first, after: $after, filter: { customerKind: $kind }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          category
          provider
          aprMin
          aprMax
          annualFee
          creditTerms {
            minAmount
            maxAmount
            minTermMonths
            maxTermMonths
            revolving
            seasonal
          }
        }
      }
    }
  }
`);

type Node = CreditProductsQuery['products']['edges'][number]['node'];
export type CreditProduct = Node & { creditTerms: NonNullable<Node['creditTerms']> };

export interface CreditProductGroup {
  category: CreditProduct['category'];
  products: CreditProduct[];
}

export function useCreditProducts(kind: CustomerKind) {
  const { data, loading, error, fetchMore } = useQuery(CREDIT_PRODUCTS, {
    variables: { first: PAGE_SIZE, after: null, kind },
  });
  const [moreError, setMoreError] = useState<unknown>(null);
  const conn = data?.products;
  const pages = conn ? Math.ceil(conn.edges.length / PAGE_SIZE) : 0;
  const wantsMore = !!conn?.pageInfo.hasNextPage && !!conn.pageInfo.endCursor && pages < MAX_PAGES && !moreError;

  // The catalog fits in one page today; a larger one is read to the end, page by page.
  useEffect(() => {
    if (!wantsMore) return;
    fetchMore({
      variables: { after: conn!.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => {
        const seen = new Set(prev.products.edges.map((e) => e.node.id));
        return {
          ...fetchMoreResult,
          products: {
            ...fetchMoreResult.products,
            edges: [...prev.products.edges, ...fetchMoreResult.products.edges.filter((e) => !seen.has(e.node.id))],
          },
        };
      },
    }).catch(setMoreError);
  }, [wantsMore, conn, fetchMore]);

  const groups = useMemo(() => {
    const byCategory = new Map<CreditProduct['category'], CreditProduct[]>();
    for (const { node } of conn?.edges ?? []) {
      if (!node.creditTerms) continue;
      const list = byCategory.get(node.category) ?? [];
      list.push(node as CreditProduct);
      byCategory.set(node.category, list);
    }
    return [...byCategory]
      .map(([category, products]): CreditProductGroup => ({
        category,
        products: products.sort((a, b) => a.name.localeCompare(b.name)),
      }))
      .sort((a, b) => humanize(a.category).localeCompare(humanize(b.category)));
  }, [conn]);

  return { groups, loading: loading || wantsMore, error: error ?? moreError };
}
