import { useEffect, useRef } from 'react';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useLiveStatus } from '../../live';
import { CASE_UPDATED, RECOVERY_CASE } from './caseQuery';

/**
 * Keeps an open case page current: every change of the case (another collector, the sweep, a
 * repayment) arrives as the whole case and is written over the cached one, which the page reads.
 * After a reconnect the case is read again: changes made while the socket was down are not replayed.
 * `ready`: subscribe only once the case is known to exist (the server refuses unknown ids).
 */
export function useLiveCase(caseId: string, ready: boolean): { error: Error | undefined } {
  const client = useApolloClient();
  const { error } = useSubscription(CASE_UPDATED, { variables: { caseId }, skip: !ready });

  const { reconnects } = useLiveStatus();
  const seen = useRef(reconnects);
  useEffect(() => {
    if (reconnects === seen.current) return;
    seen.current = reconnects;
    client.query({ query: RECOVERY_CASE, variables: { id: caseId }, fetchPolicy: 'network-only' }).catch(() => undefined);
  }, [reconnects, client, caseId]);

  return { error };
}
