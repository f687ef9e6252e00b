// The Apollo client: HTTP to the same-origin /graphql, with the stored token as a Bearer header;
// subscriptions over graphql-ws on the same URL (see live.ts), with the same token.
// Queries are retried a few times while the server is starting (503) or briefly unreachable.
import { OperationTypeNode } from 'graphql';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { ApolloLink } from '@apollo/client/link';
import { SetContextLink } from '@apollo/client/link/context';
import { RetryLink } from '@apollo/client/link/retry';
import { getToken } from './auth';
import { createLiveLink } from './live';

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

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
      createLiveLink(),
      authLink.concat(retryLink).concat(httpLink),
    ),
    cache: new InMemoryCache(),
  });
}
