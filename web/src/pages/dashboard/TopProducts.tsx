import { graphql } from '../../gql';
import type { TopProductRowFragment } from '../../gql/graphql';
import { Link } from '../../components/Link';
import { formatCount, formatRate } from '../../format';

export const TOP_PRODUCT_ROW = graphql(`
  fragment TopProductRow on ProductKpis {
    product {
      id
      name
      provider
    }
    kpis {
      recommendations
      applications
      approvals
      approvalRate
    }
  }
`);

/** The most successful products of the window: most approvals, then most applications (up to 5). */
export function TopProducts({ products }: { products: readonly TopProductRowFragment[] }) {
  return (
    <section className="panel panel--flush" aria-labelledby="top-products-h" data-testid="top-products">
      <h2 id="top-products-h" className="panel__title">
        Top products
      </h2>
      {products.length === 0 ? (
        <p className="empty">No applications in this window.</p>
      ) : (
        <div className="table-scroll">
          <table className="table table--compact">
            <thead>
              <tr>
                <th>Product</th>
                <th className="num">Recommended</th>
                <th className="num">Applications</th>
                <th className="num">Approvals</th>
                <th className="num">Approval rate</th>
              </tr>
            </thead>
            <tbody>
              {products.map((p) => (
                <tr key={p.product.id} data-testid="top-product-row" data-id={p.product.id}>
                  <td>
                    <Link to={{ name: 'product', id: p.product.id }}>{p.product.name}</Link>
                    <div className="muted small">{p.product.provider}</div>
                  </td>
                  <td className="num">{formatCount(p.kpis.recommendations)}</td>
                  <td className="num">{formatCount(p.kpis.applications)}</td>
                  <td className="num">{formatCount(p.kpis.approvals)}</td>
                  <td className="num">{formatRate(p.kpis.approvalRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
