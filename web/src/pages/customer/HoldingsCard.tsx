import type { CustomerDetailQuery } from '../../gql/graphql';
import { Link } from '../../components/Link';
import { formatDate, formatINR, humanize } from '../../format';

type Holding = NonNullable<CustomerDetailQuery['customer']>['holdings'][number];

export function HoldingsCard({ holdings }: { holdings: readonly Holding[] }) {
  return (
    <section className="panel panel--flush" aria-labelledby="holdings-h" data-testid="holdings">
      <h2 id="holdings-h" className="panel__title">
        Current holdings <span className="count">{holdings.length}</span>
      </h2>
      {holdings.length === 0 ? (
        <p className="empty">No products held.</p>
      ) : (
        <table className="table table--compact">
          <thead>
            <tr>
              <th>Product</th>
              <th>Opened</th>
              <th className="num">Balance</th>
            </tr>
          </thead>
          <tbody>
            {holdings.map((h) => (
              <tr key={h.id} data-testid="holding-row">
                <td>
                  <Link to={{ name: 'product', id: h.product.id }}>{h.product.name}</Link>
                  <div className="muted small">
                    {humanize(h.product.category)}
                    {h.status && h.status.toUpperCase() !== 'ACTIVE' && <> · {humanize(h.status)}</>}
                  </div>
                </td>
                <td className="nowrap">{formatDate(h.openedAt)}</td>
                <td className="num">{formatINR(h.balance)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
