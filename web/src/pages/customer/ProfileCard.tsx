import type { CustomerDetailQuery } from '../../gql/graphql';
import { CreditScore } from '../../components/CreditScore';
import { formatINR, humanize } from '../../format';

type Customer = NonNullable<CustomerDetailQuery['customer']>;

export function ProfileCard({ customer: c }: { customer: Customer }) {
  const business = c.kind === 'BUSINESS';
  return (
    <section className="panel" aria-labelledby="profile-h">
      <h2 id="profile-h">Profile</h2>
      <dl className="facts" data-testid="customer-profile">
        <dt>Kind</dt>
        <dd>{humanize(c.kind)}</dd>
        <dt>Segment</dt>
        <dd>{c.segmentLabel}</dd>
        <dt>Region</dt>
        <dd>{c.region}</dd>
        {business ? (
          <>
            <dt>In business</dt>
            <dd>{c.yearsInBusiness != null ? `${c.yearsInBusiness} years` : '—'}</dd>
          </>
        ) : (
          <>
            <dt>Age</dt>
            <dd>{c.age != null ? `${c.age} years` : '—'}</dd>
          </>
        )}
        <dt>{business ? 'Annual revenue' : 'Annual income'}</dt>
        <dd className="num-inline" data-testid="customer-income">
          {formatINR(c.annualIncome)}
        </dd>
        <dt>Credit score</dt>
        <dd>
          <CreditScore score={c.creditScore} large />
        </dd>
        <dt>Employment</dt>
        <dd>{c.employment || '—'}</dd>
        <dt>Goals</dt>
        <dd className="goals">{c.goals || '—'}</dd>
      </dl>
    </section>
  );
}
