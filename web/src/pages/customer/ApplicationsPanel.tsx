import { useCallback, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { CustomerKind, LoanApplicationFieldsFragment } from '../../gql/graphql';
import { ApplicationForm } from '../../components/ApplicationForm';
import { DecisionView } from '../../components/DecisionView';
import { ErrorBox } from '../../components/ErrorBox';
import { Loading } from '../../components/Loading';
import { ApplicationHistory } from './ApplicationHistory';
import { CUSTOMER_APPLICATIONS } from './applicationsQuery';
import { CreditLimitCard } from './CreditLimitCard';
import { LiveScoreCard, type KnownScore } from './LiveScoreCard';
import { useLiveApplications } from './useLiveApplications';

const HISTORY_SIZE = 10;

interface Props {
  customerId: string;
  customerKind: CustomerKind;
}

/** Apply for credit, see the explained decision, and look back at earlier applications. */
export function ApplicationsPanel({ customerId, customerKind }: Props) {
  const variables = { id: customerId, first: HISTORY_SIZE };
  const { data, loading, error, refetch } = useQuery(CUSTOMER_APPLICATIONS, { variables });
  const reload = useCallback(() => refetch(), [refetch]);
  // New decisions (from anyone, anywhere) appear in the list without a reload.
  useLiveApplications(variables, reload);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // The application just submitted, shown at once while the list refreshes.
  const [submitted, setSubmitted] = useState<LoanApplicationFieldsFragment | null>(null);
  const applications = data?.customer?.applications ?? [];
  const selected =
    (selectedId ? (applications.find((a) => a.id === selectedId) ?? (submitted?.id === selectedId ? submitted : undefined)) : undefined) ??
    applications[0];

  const newestDecided = applications.find((a) => a.decision);
  const known: KnownScore = {
    score: newestDecided?.decision?.score ?? null,
    grade: newestDecided?.decision?.grade ?? null,
    probabilityOfDefault: newestDecided?.decision?.probabilityOfDefault ?? null,
    creditLimit: data?.customer?.creditLimit?.amount ?? null,
    at: newestDecided?.decision?.decidedAt ?? null,
  };

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
          {data?.customer && (
            <LiveScoreCard
              customerId={customerId}
              known={known}
              // A repayment that moved the limit: re-read the limit's history.
              onChange={(cause) => cause === 'CREDIT_LIMIT' && void reload().catch(() => undefined)}
            />
          )}
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
