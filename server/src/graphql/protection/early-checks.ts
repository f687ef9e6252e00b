// Checks that run before Apollo parses anything: variable sizes, the token count and the trusted
// documents switch (a hash becomes its trusted document here). Apollo has no hook that answers a
// request before parsing, so a refused request has its document replaced by a constant one (so
// that nothing of the refused text is parsed or run) and the refusal is raised at
// didResolveOperation, whose errors Apollo answers as a request error (no data).
import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { tokenLimitError } from './query-limits.js';
import type { TrustedDocuments } from './trusted-documents.js';
import { oversizedVariable } from './variable-limits.js';

const REFUSED_PLACEHOLDER = '{ __typename }';

export interface EarlyCheckOptions {
  trusted: TrustedDocuments;
  maxTokens: number;
  maxListLength: number;
}

/** The refusal of a request, or null after rewriting it to run its trusted document. */
export function checkRequest(request: GraphQLRequest, o: EarlyCheckOptions): GraphQLError | null {
  const tooBig = oversizedVariable(request.variables, o.maxListLength);
  if (tooBig) return tooBig;
  if (typeof request.query === 'string') {
    const tooLong = tokenLimitError(request.query, o.maxTokens);
    if (tooLong) return tooLong;
  }
  const { persistedQuery, ...otherExtensions } = (request.extensions ?? {}) as Record<string, unknown>;
  const hash = persistedQuery && typeof persistedQuery === 'object' ? (persistedQuery as { sha256Hash?: unknown }).sha256Hash ?? null : persistedQuery;
  const resolved = o.trusted.resolve(request.query, hash ?? undefined);
  if ('error' in resolved) return resolved.error;
  // Apollo's own persisted queries are off: it must not see the extension it would refuse.
  if (persistedQuery !== undefined) request.extensions = otherExtensions;
  request.query = resolved.query;
  return null;
}

export function earlyChecksPlugin(o: EarlyCheckOptions): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const refusal = checkRequest(request, o);
      if (!refusal) return;
      request.query = REFUSED_PLACEHOLDER;
      request.operationName = undefined;
      request.variables = {};
      request.extensions = {};
      return {
        async didResolveOperation() {
          throw refusal;
        },
      };
    },
  };
}
