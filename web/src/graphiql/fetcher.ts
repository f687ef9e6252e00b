// The IDE's fetcher: HTTP to /graphql and graphql-ws on the same path, both as the web app's
// viewer. The token is read at each request, so signing in elsewhere in the app takes effect
// without reloading the IDE; an Authorization header typed in the IDE's Headers tab wins.
import { createGraphiQLFetcher, type CreateFetcherOptions, type Fetcher } from '@graphiql/toolkit';
import { getToken } from '../auth';

/** The graphql-ws URL for /graphql on the page's own host: ws:// for http pages, wss:// for https. */
export function subscriptionUrlFor(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

function bearer(): string | null {
  const token = getToken();
  return token ? `Bearer ${token}` : null;
}

/** fetch with the stored token added as Authorization, unless the request already has one. */
const fetchWithToken: typeof fetch = (input, init) => {
  const auth = bearer();
  if (!auth) return fetch(input, init);
  const headers = new Headers(init?.headers);
  if (!headers.has('authorization')) headers.set('authorization', auth);
  return fetch(input, { ...init, headers });
};

export function createFetcher(location: Pick<Location, 'protocol' | 'host'>): Fetcher {
  const options: CreateFetcherOptions = {
    url: '/graphql',
    subscriptionUrl: subscriptionUrlFor(location),
    fetch: fetchWithToken,
    // The toolkit reads this for every subscription and spreads the Headers tab over it; the
    // server accepts "Authorization" (or "authorization") in the connection params.
    get wsConnectionParams() {
      const auth = bearer();
      return auth ? { Authorization: auth } : {};
    },
  };
  return createGraphiQLFetcher(options);
}
