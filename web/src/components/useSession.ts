import { useEffect, useState, useSyncExternalStore } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { getToken, onTokenChange } from '../auth';
import { clearSessionState } from '../hooks';

/**
 * The token the app renders for, or null for the sign-in page. When the stored token changes
 * (sign-in, sign-out, an ended session, another tab) the old session's cache and page state are
 * cleared before the new session renders: nothing of one user or tenant shows for the next, and
 * the clearing cannot cancel a query of the new session.
 */
export function useSession(): string | null {
  const client = useApolloClient();
  const token = useSyncExternalStore(onTokenChange, getToken, getToken);
  const [session, setSession] = useState(token);

  useEffect(() => {
    if (token === session) return;
    let current = true;
    void client
      .clearStore()
      .catch(() => undefined) // a query cancelled by the clearing: it belonged to the old session
      .then(() => {
        if (!current) return;
        clearSessionState();
        setSession(token);
      });
    return () => {
      current = false;
    };
  }, [client, token, session]);

  return session;
}
