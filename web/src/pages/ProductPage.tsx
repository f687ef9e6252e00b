import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { ErrorBox } from '../components/ErrorBox';
import { Link } from '../components/Link';
import { Loading } from '../components/Loading';
import { audienceLabel, formatINR, humanize } from '../format';
import { pricing } from './products/productText';

const PRODUCT_DETAIL = graphql(`
  query ProductDetail($id: ID!) {
    product(id: $id) {
      id
      code
      name
      category
      provider
      description
      aprMin
      aprMax
      interestRate
      annualFee
      fees
      tags
      eligibility {
        minIncome
        minCreditScore
        minAge
        maxAge
        regions
        customerKind
      }
    }
  }
`);

function ageBand(min?: number | null, max?: number | null): string {
  if (min != null && max != null) return `${min}–${max}`;
  if (min != null) return `${min}+`;
  if (max != null) return `up to ${max}`;
  return 'Any';
}

export function ProductPage({ id }: { id: string }) {
  const { data, loading, error } = useQuery(PRODUCT_DETAIL, { variables: { id } });
  const p = data?.product;
  return (
    <section className="page page--narrow">
      <Link to={{ name: 'products' }} className="back">
        ‹ Products
      </Link>
      {loading && !data && <Loading />}
      {error && <ErrorBox error={error} title="Could not load the product" />}
      {data && !p && (
        <div className="panel">
          <h1>Product not found</h1>
        </div>
      )}
      {p && (
        <>
          <div className="page__head">
            <div>
              <h1>{p.name}</h1>
              <div className="tags">
                <span className="tag">{humanize(p.category)}</span>
                <span className="tag">{p.provider}</span>
                <code className="muted small">{p.code}</code>
              </div>
            </div>
          </div>
          <div className="two-col">
            <section className="panel">
              <h2>About</h2>
              <p>{p.description}</p>
              <p className="small">{pricing(p)}</p>
              {p.fees && <p className="small muted">{p.fees}</p>}
              {p.tags.length > 0 && (
                <div className="chips">
                  {p.tags.map((t) => (
                    <span key={t} className="chip chip--static">
                      {t}
                    </span>
                  ))}
                </div>
              )}
            </section>
            <section className="panel">
              <h2>Eligibility</h2>
              <dl className="facts">
                <dt>Offered to</dt>
                <dd>{p.eligibility.customerKind === 'ANY' ? 'Individuals and businesses' : audienceLabel(p.eligibility.customerKind)}</dd>
                <dt>Minimum income</dt>
                <dd>{formatINR(p.eligibility.minIncome)}</dd>
                <dt>Minimum score</dt>
                <dd>{p.eligibility.minCreditScore ?? 'Open to new-to-credit'}</dd>
                <dt>Age</dt>
                <dd>{ageBand(p.eligibility.minAge, p.eligibility.maxAge)}</dd>
                <dt>Regions</dt>
                <dd>{p.eligibility.regions.length ? p.eligibility.regions.join(', ') : 'All regions'}</dd>
              </dl>
            </section>
          </div>
        </>
      )}
    </section>
  );
}
