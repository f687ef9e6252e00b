import { useEffect, useRef } from 'react';
import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { CustomerApplicationsQuery, CustomerApplicationsQueryVariables } from '../../gql/graphql';
import { useLiveStatus } from '../../live';
import { CUSTOMER_APPLICATIONS } from './applicationsQuery';

export const APPLICATION_DECIDED = graphql(`
  subscription CustomerApplicationDecided($customerId: ID!) {
    applicationDecided(customerId: $customerId) {
      ...LoanApplicationFields
    }
  }
`);

/**
 * Keeps the customer's application list live: each new decision goes on top of the cached list
 * at once (from any RM's screen, any replica), and the list is read again after a reconnect,
 * since decisions made while the socket was down are not replayed.
 */
export function useLiveApplications(variables: CustomerApplicationsQueryVariables, refetch: () => Promise<unknown>): void {
  const { id: customerId, first } = variables;
  useSubscription(APPLICATION_DECIDED, {
    variables: { customerId },
    onData: ({ client, data }) => {
      const application = data.data?.applicationDecided;
      if (!application) return;
      client.cache.updateQuery<CustomerApplicationsQuery, CustomerApplicationsQueryVariables>(
        { query: CUSTOMER_APPLICATIONS, variables: { id: customerId, first } },
        (cached) =>
          cached?.customer
            ? {
                ...cached,
                customer: {
                  ...cached.customer,
                  applications: [application, ...cached.customer.applications.filter((a) => a.id !== application.id)].slice(0, first),
                },
              }
            : cached,
      );
      // An approved card sets a credit limit: its history comes with the list.
      if (application.decision?.creditLimit != null) refetch().catch(() => undefined);
    },
  });

  const { reconnects } = useLiveStatus();
  const seen = useRef(reconnects);
  useEffect(() => {
    if (reconnects === seen.current) return;
    seen.current = reconnects;
    refetch().catch(() => undefined); // a failed refresh shows in the query's error
  }, [reconnects, refetch]);
}
