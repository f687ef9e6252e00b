// The viewer token from the sign-in page (login), kept in localStorage so a reload stays signed in.
const KEY = 'creditgraph.token';

type Listener = () => void;
const listeners = new Set<Listener>();

// Where the token lives when localStorage is unavailable (private mode): this tab only.
let memoryToken: string | null = null;

export function getToken(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return memoryToken;
  }
}

/** Set when the server refused the stored token, so the sign-in page can say why it is back. */
let sessionEnded = false;

export function setToken(token: string | null): void {
  const before = getToken();
  if (token) sessionEnded = false;
  try {
    if (token) localStorage.setItem(KEY, token);
    else localStorage.removeItem(KEY);
  } catch {
    memoryToken = token;
  }
  if (getToken() !== before) notify();
}

/** The server refused the token (expired, revoked, from another secret): forget it and say so on the sign-in page. */
export function endSession(): void {
  sessionEnded = true;
  setToken(null);
}

export function hasSessionEnded(): boolean {
  return sessionEnded;
}

/**
 * Called whenever the signed-in token changes, here or in another tab of the app (the WebSocket
 * holds the token of its connection_init, so it has to reconnect). Returns the unsubscribe function.
 */
export function onTokenChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const l of [...listeners]) l();
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === KEY || e.key === null) notify();
  });
}
