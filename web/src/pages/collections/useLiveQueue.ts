import { useEffect, useRef } from 'react';
import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useLiveStatus } from '../../live';

export const QUEUE_CASE_UPDATED = graphql(`
  subscription RecoveryQueueCaseUpdated {
    recoveryCaseUpdated {
      ...QueueRow
    }
  }
`);

/** Changes often come in bursts (a sweep touches many cases): at most one re-read per this. */
const REFETCH_EVERY_MS = 500;

/**
 * Keeps the queue live: each changed case of the tenant is written to the cache at once (its row
 * updates in place), and the page is read again shortly after, since a change can move a case
 * up or down, into or out of the filter, or open a new one. Also re-read after a reconnect:
 * changes made while the socket was down are not replayed.
 */
export function useLiveQueue(refetch: () => Promise<unknown>): { error: Error | undefined } {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(refetch);
  useEffect(() => {
    latest.current = refetch;
  }, [refetch]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const { error } = useSubscription(QUEUE_CASE_UPDATED, {
    onData: () => {
      if (timer.current !== undefined) return;
      timer.current = setTimeout(() => {
        timer.current = undefined;
        latest.current().catch(() => undefined); // a failed refresh shows in the query's error
      }, REFETCH_EVERY_MS);
    },
  });

  const { reconnects } = useLiveStatus();
  const seen = useRef(reconnects);
  useEffect(() => {
    if (reconnects === seen.current) return;
    seen.current = reconnects;
    refetch().catch(() => undefined);
  }, [reconnects, refetch]);

  return { error };
}
