// Ends the session when the server refuses the token it was sent (expired, revoked, signed with
// another secret): the app then shows the sign-in page saying so, instead of a page of errors.
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { endSession, getToken } from './auth';

/** A 401, or a GraphQL error coded UNAUTHENTICATED (the server answers a bad token with both). */
export function isUnauthenticated(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 401;
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  return false;
}

/**
 * Place after the link that adds the Authorization header. Only a refused token ends the session:
 * a request sent without one (a wrong password on the sign-in page) is the form's business.
 */
export function createSessionLink(): ErrorLink {
  return new ErrorLink(({ error, operation }) => {
    const sent = (operation.getContext().headers as Record<string, string> | undefined)?.authorization;
    // A newer sign-in may have replaced the token while this request was out: keep that one.
    if (sent && sent === `Bearer ${getToken()}` && isUnauthenticated(error)) endSession();
  });
}
