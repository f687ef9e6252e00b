// The viewer token from devLogin, kept in localStorage so a reload keeps the chosen role and tenant.
const KEY = 'creditgraph.token';

export function getToken(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(KEY, token);
    else localStorage.removeItem(KEY);
  } catch {
    // Storage can be unavailable (private mode); the session then acts as the demo viewer.
  }
}
