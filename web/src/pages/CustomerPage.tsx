import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { ErrorBox } from '../components/ErrorBox';
import { Link } from '../components/Link';
import { Loading } from '../components/Loading';
import { humanize } from '../format';
import { useViewer } from '../components/useViewer';
import { canSeeApplications } from '../roles';
import { ApplicationsPanel } from './customer/ApplicationsPanel';
import { ConsentsCard } from './customer/ConsentsCard';
import { HoldingsCard } from './customer/HoldingsCard';
import { InsightsCard } from './customer/InsightsCard';
import { PolicySearchCard } from './customer/PolicySearchCard';
import { ProductGaps } from './customer/ProductGaps';
import { ProfileCard } from './customer/ProfileCard';
import { RecommendationsPanel } from './customer/RecommendationsPanel';
import { SpendingCard } from './customer/SpendingCard';
import { WhatIfCard } from './customer/WhatIfCard';

export const CUSTOMER_DETAIL = graphql(`
  query CustomerDetail($id: ID!) {
    customer(id: $id) {
      id
      name
      kind
      segment
      segmentLabel
      region
      creditScore
      newToCredit
      age
      yearsInBusiness
      annualIncome
      employment
      goals
      spendingProfile {
        monthlyInflow
        monthlyOutflow
        incomeVariability
        peakIncomeMonths
        topCategories {
          name
          share
        }
        channels {
          name
          share
        }
      }
      holdings {
        id
        openedAt
        balance
        status
        product {
          id
          name
          category
          provider
        }
      }
      productGaps {
        id
        name
        category
        provider
      }
    }
  }
`);

export function CustomerPage({ id }: { id: string }) {
  // errorPolicy all: when one part (say the spending profile) fails, show the rest and the error.
  const { data, loading, error } = useQuery(CUSTOMER_DETAIL, { variables: { id }, errorPolicy: 'all' });
  const c = data?.customer;
  const role = useViewer().data?.viewer.role;
  // Product gaps refused for lack of the customer's consent are shown in their card, not as a failure.
  const failed = error && !(c && CombinedGraphQLErrors.is(error) && error.errors.every((e) => e.extensions?.code === 'CONSENT_REQUIRED'));

  return (
    <section className="page">
      <Link to={{ name: 'customers' }} className="back">
        ‹ Customers
      </Link>
      {loading && !data && <Loading label="Loading customer…" />}
      {failed && <ErrorBox error={error} title="Could not load the customer" testId="customer-error" />}
      {data && !c && !error && (
        <div className="panel" data-testid="customer-not-found">
          <h1>Customer not found</h1>
          <p className="muted">The id is unknown, or the customer belongs to another tenant.</p>
        </div>
      )}
      {c && (
        <>
          <div className="page__head">
            <div>
              <h1 data-testid="customer-heading">{c.name}</h1>
              <div className="tags">
                <span className={`kind kind--${c.kind.toLowerCase()}`}>{humanize(c.kind)}</span>
                <span className="tag">{c.segmentLabel}</span>
                <span className="tag">{c.region}</span>
                {c.newToCredit && <span className="badge badge--ntc">New to credit</span>}
              </div>
            </div>
          </div>
          <div className="customer-grid">
            <div className="customer-grid__side">
              <ProfileCard customer={c} />
              <ConsentsCard customerId={c.id} />
              <SpendingCard profile={c.spendingProfile} />
              <HoldingsCard holdings={c.holdings} />
              <ProductGaps products={c.productGaps} />
              <PolicySearchCard />
            </div>
            <div className="customer-grid__main">
              <InsightsCard customerId={c.id} />
              <RecommendationsPanel customerId={c.id} />
            </div>
          </div>
          {/* keyed by customer: the form starts again from the record of the customer shown */}
          <WhatIfCard key={`whatif-${c.id}`} customerId={c.id} customer={c} />
          {/* keyed by customer: a draft or a selected decision never carries over to the next customer */}
          {canSeeApplications(role) && <ApplicationsPanel key={c.id} customerId={c.id} customerKind={c.kind} />}
        </>
      )}
    </section>
  );
}

