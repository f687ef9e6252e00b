import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CustomerKind, LoanApplicationFieldsFragment } from '../../gql/graphql';
import { ApplicationForm } from '../../components/ApplicationForm';
import { DecisionView } from '../../components/DecisionView';
import { ErrorBox } from '../../components/ErrorBox';
import { Loading } from '../../components/Loading';
import { ApplicationHistory } from './ApplicationHistory';
import { CreditLimitCard } from './CreditLimitCard';

const HISTORY_SIZE = 10;

export const CUSTOMER_APPLICATIONS = graphql(`
  query CustomerApplications($id: ID!, $first: Int!) {
    customer(id: $id) {
      id
      applications(first: $first) {
        ...LoanApplicationFields
      }
      creditLimit {
        amount
        updatedAt
        changes {
          previousLimit
          newLimit
          rule
          reason
          changedAt
        }
      }
    }
  }
`);

interface Props {
  customerId: string;
  customerKind: CustomerKind;
}

/** Apply for credit, see the explained decision, and look back at earlier applications. */
export function ApplicationsPanel({ customerId, customerKind }: Props) {
  const { data, loading, error, refetch } = useQuery(CUSTOMER_APPLICATIONS, {
    variables: { id: customerId, first: HISTORY_SIZE },
  });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // The application just submitted, shown at once while the list refreshes.
  const [submitted, setSubmitted] = useState<LoanApplicationFieldsFragment | null>(null);
  const applications = data?.customer?.applications ?? [];
  const selected =
    (selectedId ? (applications.find((a) => a.id === selectedId) ?? (submitted?.id === selectedId ? submitted : undefined)) : undefined) ??
    applications[0];

  function onSubmitted(application: LoanApplicationFieldsFragment) {
    setSubmitted(application);
    setSelectedId(application.id);
    refetch().catch(() => undefined); // a failed refresh shows in `error`
  }

  return (
    <section className="applications" aria-labelledby="applications-h" data-testid="applications">
      <h2 id="applications-h" className="section-title">
        Loan applications
      </h2>
      <div className="application-grid">
        <div className="application-grid__side">
          <ApplicationForm customerId={customerId} customerKind={customerKind} onSubmitted={onSubmitted} />
          <section className="panel panel--flush" aria-labelledby="history-h" data-testid="application-history">
            <h2 id="history-h" className="panel__title">
              Previous applications {data?.customer && <span className="count">{applications.length}</span>}
            </h2>
            {error && (
              <div className="panel__body">
                <ErrorBox error={error} title="Could not load the applications" testId="applications-error" />
              </div>
            )}
            {loading && !data && <Loading label="Loading applications…" />}
            {data?.customer && (
              <ApplicationHistory applications={applications} selectedId={selected?.id} onSelect={setSelectedId} stale={loading} />
            )}
          </section>
          {data?.customer?.creditLimit && <CreditLimitCard limit={data.customer.creditLimit} />}
        </div>
        <div className="application-grid__main">
          {selected ? (
            <DecisionView application={selected} />
          ) : (
            <section className="panel decision decision--empty" data-testid="decision-empty">
              <h2>Decision</h2>
              <p className="empty">Submit an application to see its decision, its reasons and what would change it.</p>
            </section>
          )}
        </div>
      </div>
    </section>
  );
}
