// The live half of the client: graphql-ws on the same /graphql URL, authenticated in
// connection_init with the same token as the HTTP link, reconnecting after a drop and whenever
// the signed-in token changes, with its connection state published for the "live" indicators.
import { useSyncExternalStore } from 'react';
import { createClient, type Client, type FormattedExecutionResult, type Sink, type SubscribePayload } from 'graphql-ws';
import { ApolloLink } from '@apollo/client/link';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { endSession, getToken, onTokenChange } from './auth';

/** Close codes the server uses for a refused viewer: retrying with the same token cannot help. */
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_FORBIDDEN = 4403;
/** Our own close codes: a restart for a new token, a connection that stopped answering pings. */
const CLOSE_RESTART = 4205;
const CLOSE_PING_TIMEOUT = 4408;

const KEEP_ALIVE_MS = 10_000;
const PONG_TIMEOUT_MS = 5_000;

export type LiveState =
  /** No socket: no subscription is running. */
  | 'idle'
  | 'connecting'
  | 'live'
  /** The socket dropped (or is being restarted) and subscriptions wait for the next connection. */
  | 'reconnecting'
  /** The server refused the viewer (4401, 4403): no retry. */
  | 'refused';

export interface LiveStatus {
  state: LiveState;
  /** Counts successful connections; a subscription whose data is older than the latest one is stale. */
  connections: number;
  /** Counts connections that replaced a dropped (or restarted) one: events in between were missed. */
  reconnects: number;
  /** Close code of the last refused connection. */
  closeCode?: number;
}

let status: LiveStatus = { state: 'idle', connections: 0, reconnects: 0 };
const statusListeners = new Set<() => void>();

function setStatus(next: Partial<LiveStatus>): void {
  const merged = { ...status, ...next };
  if (
    merged.state === status.state &&
    merged.connections === status.connections &&
    merged.reconnects === status.reconnects &&
    merged.closeCode === status.closeCode
  )
    return;
  status = merged;
  for (const l of [...statusListeners]) l();
}

export function getLiveStatus(): LiveStatus {
  return status;
}

export function subscribeLiveStatus(listener: () => void): () => void {
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
}

/** The WebSocket's state, re-rendering on every change. */
export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(subscribeLiveStatus, getLiveStatus, getLiveStatus);
}

function closeCodeOf(event: unknown): number | undefined {
  return typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number' ? event.code : undefined;
}

/** True for an error of a subscription that the server refused because of the viewer's role or tenant. */
export function isForbiddenError(error: unknown): boolean {
  if (!error) return false;
  // GraphQLWsLink turns a close into Error("Socket closed with event 4403 <reason>").
  if (error instanceof Error && /\b4403\b/.test(error.message)) return true;
  const errors = (error as { errors?: readonly { extensions?: { code?: unknown } }[] }).errors;
  return Array.isArray(errors) && errors.some((e) => e.extensions?.code === 'FORBIDDEN');
}

/** ws:// or wss:// to the same origin's /graphql. */
export function wsUrl(loc: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}/graphql`;
}

/** Backoff between reconnects: quick at first (a restart, a blip), then up to ~15 s, with jitter. */
async function retryWait(retries: number): Promise<void> {
  const base = retries === 0 ? 100 : Math.min(15_000, 500 * 2 ** retries);
  await new Promise((r) => setTimeout(r, base + Math.random() * Math.min(1_000, base)));
}

/**
 * The graphql-ws client. It connects lazily (on the first subscription) and closes when the last
 * one ends; it never gives up on a dropped connection, except when the server refuses the viewer.
 */
function createWsClient(): { client: Client; restart(): void } {
  let socket: WebSocket | null = null;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  let active = 0; // running subscriptions, to tell a lazy close from a drop

  const client = createClient({
    url: wsUrl(),
    // Read at every (re)connection, so a reconnect always carries the current token.
    connectionParams: () => {
      const token = getToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    lazy: true,
    // Keep the socket a moment after the last subscription ends: switching page or window reuses it.
    lazyCloseTimeout: 3_000,
    keepAlive: KEEP_ALIVE_MS,
    retryAttempts: Infinity,
    retryWait,
    // Errors (the server unreachable) and closes are retried; a refused viewer is not.
    shouldRetry: (event) => {
      const code = closeCodeOf(event);
      return code !== CLOSE_UNAUTHORIZED && code !== CLOSE_FORBIDDEN;
    },
    on: {
      connecting: (isRetry) => setStatus({ state: isRetry ? 'reconnecting' : 'connecting' }),
      opened: (s) => {
        socket = s as WebSocket;
      },
      connected: (_socket, _payload, wasRetry) =>
        setStatus({
          state: 'live',
          connections: status.connections + 1,
          reconnects: status.reconnects + (wasRetry ? 1 : 0),
          closeCode: undefined,
        }),
      // A ping without its pong in time: the connection is dead though the socket has not noticed.
      ping: (received) => {
        if (received) return;
        clearTimeout(pongTimer);
        pongTimer = setTimeout(() => {
          if (socket?.readyState === WebSocket.OPEN) socket.close(CLOSE_PING_TIMEOUT, 'Pong timeout');
        }, PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      closed: (event) => {
        socket = null;
        clearTimeout(pongTimer);
        const code = closeCodeOf(event);
        if (code === CLOSE_UNAUTHORIZED || code === CLOSE_FORBIDDEN) setStatus({ state: 'refused', closeCode: code });
        // The server refused the token itself (expired): the session is over, as on HTTP (session.ts).
        if (code === CLOSE_UNAUTHORIZED && getToken()) endSession();
        else if (code === 1000 && active === 0) setStatus({ state: 'idle' });
        else setStatus({ state: 'reconnecting' });
      },
    },
  });

  // Count the running subscriptions around the client's subscribe.
  const subscribe = client.subscribe.bind(client);
  client.subscribe = function tracked<Data, Extensions>(payload: SubscribePayload, sink: Sink<FormattedExecutionResult<Data, Extensions>>) {
    active++;
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        active--;
      }
    };
    const dispose = subscribe<Data, Extensions>(payload, {
      next: (v) => sink.next(v),
      error: (e) => {
        finish();
        sink.error(e);
      },
      complete: () => {
        finish();
        sink.complete();
      },
    });
    return () => {
      finish();
      dispose();
    };
  };

  return {
    client,
    // Reconnect with the current token; the running subscriptions resubscribe on the new socket.
    // With no open socket there is nothing to do: the next connection reads the token afresh.
    restart() {
      if (socket?.readyState === WebSocket.OPEN) socket.close(CLOSE_RESTART, 'Client restart');
    },
  };
}

/** The terminating link for subscriptions; restarts its socket whenever the token changes. */
export function createLiveLink(): ApolloLink {
  const { client, restart } = createWsClient();
  onTokenChange(restart);
  return new GraphQLWsLink(client);
}
