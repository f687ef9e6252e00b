// The viewer token from devLogin, kept in localStorage so a reload keeps the chosen role and tenant.
const KEY = 'creditgraph.token';

type Listener = () => void;
const listeners = new Set<Listener>();

export function getToken(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  const before = getToken();
  try {
    if (token) localStorage.setItem(KEY, token);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage can be unavailable (private mode); the session then acts as the demo viewer.
  }
  if (getToken() !== before) notify();
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
