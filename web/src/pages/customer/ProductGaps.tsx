import type { CustomerDetailQuery } from '../../gql/graphql';
import { Link } from '../../components/Link';
import { humanize } from '../../format';

type Product = NonNullable<NonNullable<CustomerDetailQuery['customer']>['productGaps']>[number];

/** products is null when the server refused them: the customer has not consented to RECOMMENDATION. */
export function ProductGaps({ products }: { products: readonly Product[] | null }) {
  return (
    <section className="panel" aria-labelledby="gaps-h" data-testid="product-gaps">
      <h2 id="gaps-h">Product gaps</h2>
      <p className="muted small">Held by peers in the same segment, not by this customer.</p>
      {products === null ? (
        <p className="muted" data-testid="product-gaps-consent">
          No consent for recommendations.
        </p>
      ) : products.length === 0 ? (
        <p className="muted">None: this customer holds what peers typically hold.</p>
      ) : (
        <div className="chips">
          {products.map((p) => (
            <Link key={p.id} to={{ name: 'product', id: p.id }} className="chip" title={`${p.provider} · ${humanize(p.category)}`}>
              {p.name}
            </Link>
          ))}
        </div>
      )}
    </section>
  );
}
