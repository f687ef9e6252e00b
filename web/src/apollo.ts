// The Apollo client: HTTP to the same-origin /graphql, with the stored token as a Bearer header;
// subscriptions over graphql-ws on the same URL (see live.ts), with the same token.
// Queries are retried a few times while the server is starting (503) or briefly unreachable.
// Operations go as trusted-document hashes (web/src/gql/persisted-documents.json, which codegen
// writes and the server loads); a server that does not know a hash is sent the text once.
// A refused token (401) ends the session: back to the sign-in page (session.ts).
import { OperationTypeNode, print, type DocumentNode } from 'graphql';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { ApolloLink } from '@apollo/client/link';
import { SetContextLink } from '@apollo/client/link/context';
import { RetryLink } from '@apollo/client/link/retry';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { getToken } from './auth';
import { createLiveLink } from './live';
import { createSessionLink } from './session';

const authLink = new SetContextLink((prevContext) => {
  const token = getToken();
  return token ? { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } } : {};
});

const retryLink = new RetryLink({
  delay: { initial: 500, max: 4000, jitter: true },
  attempts: {
    max: 6,
    retryIf: (error, operation) => {
      const isQuery = operation.query.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'query');
      if (!isQuery) return false;
      if (ServerError.is(error)) return error.statusCode === 503;
      return error instanceof TypeError; // fetch failed: network down or server restarting
    },
  },
});

const httpLink = new HttpLink({ uri: '/graphql' });

/** The hash codegen gave the document ("sha256:<hex>" in __meta__), else the sha256 of its text. */
async function documentHash(document: DocumentNode): Promise<string> {
  const given = (document as DocumentNode & { __meta__?: { hash?: string } }).__meta__?.hash;
  if (given) return given.replace(/^sha256:/, '');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(print(document)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const persistedQueryLink = new PersistedQueryLink({ generateHash: documentHash });

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
      createLiveLink(),
      authLink.concat(createSessionLink()).concat(retryLink).concat(persistedQueryLink).concat(httpLink),
    ),
    cache: new InMemoryCache(),
  });
}
