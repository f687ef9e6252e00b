import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ConsentPurpose } from '../../gql/graphql';
import { ErrorBox } from '../../components/ErrorBox';
import { useViewer } from '../../components/useViewer';
import { describeError } from '../../errors';
import { formatDateTime } from '../../format';
import { useIdempotentAttempts } from '../../idempotency';
import { canRecordConsent } from '../../roles';

export const CUSTOMER_CONSENTS = graphql(`
  query CustomerConsents($id: ID!) {
    customer(id: $id) {
      id
      consents {
        purpose
        granted
        recordedAt
        source
      }
    }
  }
`);

const RECORD_CONSENT = graphql(`
  mutation RecordConsent($input: RecordConsentInput!, $eventId: String!) {
    recordConsent(input: $input, eventId: $eventId) {
      purpose
      granted
    }
  }
`);

const LABELS: Record<ConsentPurpose, string> = {
  RECOMMENDATION: 'Product recommendations',
  CREDIT_CHECK: 'Credit checks',
  MARKETING_CONTACT: 'Marketing contact',
};

/** The customer's consent per purpose; a relationship manager or admin records a change the customer asks for. */
export function ConsentsCard({ customerId }: { customerId: string }) {
  const { data, error } = useQuery(CUSTOMER_CONSENTS, { variables: { id: customerId } });
  const role = useViewer().data?.viewer.role;
  const mayRecord = canRecordConsent(role);
  const attempts = useIdempotentAttempts();
  const [message, setMessage] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RECORD_CONSENT, {
    // What the customer may be shown changes with their consent.
    refetchQueries: ['CustomerConsents', 'CustomerRecommendations', 'CustomerInsights', 'CustomerDetail'],
    awaitRefetchQueries: true,
  });

  async function toggle(purpose: ConsentPurpose, granted: boolean) {
    if (loading) return;
    setMessage(null);
    const input = { customerId, purpose, granted, source: 'BRANCH' };
    try {
      await record({ variables: { input, eventId: attempts.keyFor(input) } });
      attempts.settle();
    } catch (err) {
      setMessage(describeError(err).message);
    }
  }

  const consents = data?.customer?.consents ?? [];
  return (
    <section className="panel" aria-labelledby="consents-h" data-testid="consents">
      <h2 id="consents-h">Consents</h2>
      {error && <ErrorBox error={error} title="Could not load the consents" testId="consents-error" />}
      <dl className="facts">
        {consents.map((c) => (
          <div key={c.purpose} className="consent" data-testid={`consent-${c.purpose}`}>
            <dt>{LABELS[c.purpose]}</dt>
            <dd>
              <span className={`badge ${c.granted ? 'badge--person' : 'badge--flag'}`} data-testid="consent-state">
                {c.granted ? 'Given' : 'Withheld'}
              </span>{' '}
              <span className="muted">{c.recordedAt ? `${formatDateTime(c.recordedAt)}${c.source ? `, ${c.source.toLowerCase()}` : ''}` : 'on record'}</span>
              {mayRecord && (
                <button
                  type="button"
                  className="btn btn--ghost btn--sm"
                  disabled={loading}
                  onClick={() => void toggle(c.purpose, !c.granted)}
                  data-testid="consent-toggle"
                >
                  {c.granted ? 'Withdraw' : 'Grant'}
                </button>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {message && (
        <span className="form__error" role="alert" data-testid="consent-error">
          {message}
        </span>
      )}
    </section>
  );
}
