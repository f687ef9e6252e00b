// The graph's protection, assembled once per app: query limits and trusted documents for Apollo
// and graphql-ws alike, rate limits in front of /graphql, /rest and WebSocket subscriptions.
import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError, ValidationRule } from 'graphql';
import type { Config } from '../../config/index.js';
import type { Logger } from '../../logger.js';
import { requestIdPlugin } from '../error-masking.js';
import { checkRequest, earlyChecksPlugin } from './early-checks.js';
import { clientIpOf } from './client-ip.js';
import { guardHttp, type ViewerKeyOf } from './http-guard.js';
import { queryLimitProtection, queryLimitsOf, type QueryLimits } from './query-limits.js';
import { RateLimits, rateLimitedError } from './rate-limits.js';
import { TrustedDocuments, trustedDocumentsModeOf } from './trusted-documents.js';

export interface SubscribeRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  extensions?: Record<string, unknown> | null;
}

export interface GraphProtection {
  limits: QueryLimits;
  trusted: TrustedDocuments;
  /** Spread into new ApolloServer({...}): plugins, validation rules, APQ off. */
  apollo: { plugins: ApolloServerPlugin<any>[]; validationRules: ValidationRule[]; persistedQueries: false };
  /** Validation rules beyond graphql's own, for graphql-ws. */
  validationRules: ValidationRule[];
  /** A graphql-ws subscribe message's refusal (rate limit, size, trusted documents), or null. */
  checkSubscribe(payload: SubscribeRequest, viewerKey: string, request: IncomingMessage): Promise<GraphQLError | null>;
  guardHttp: <A extends unknown[]>(handler: Parameters<typeof guardHttp<A>>[0]) => ReturnType<typeof guardHttp<A>>;
  close(): Promise<void>;
}

export function createGraphProtection(config: Config, log: Logger, viewerKeyOf: ViewerKeyOf): GraphProtection {
  const limits = queryLimitsOf(config);
  const queryLimits = queryLimitProtection(limits);
  const trusted = TrustedDocuments.load(trustedDocumentsModeOf(config));
  log.info(`trusted documents: ${trusted.mode}${trusted.mode === 'off' ? '' : ` (${trusted.size} documents)`}`);
  const rateLimits = RateLimits.create(config, log);
  const clientIp = clientIpOf(config.TRUSTED_PROXIES);
  const early = { trusted, maxTokens: limits.maxTokens, maxListLength: config.GRAPHQL_MAX_LIST_LENGTH };
  return {
    limits,
    trusted,
    apollo: { plugins: [earlyChecksPlugin(early), ...queryLimits.plugins, requestIdPlugin()], validationRules: queryLimits.validationRules, persistedQueries: false },
    validationRules: queryLimits.validationRules,
    async checkSubscribe(payload, viewerKey, request) {
      const refusal = await rateLimits.consume({ ip: clientIp(request), viewer: viewerKey });
      if (refusal) return rateLimitedError(refusal);
      // The same checks as HTTP's; a subscription's text is matched by its canonical hash.
      return checkRequest({ query: payload.query, variables: payload.variables ?? undefined, extensions: payload.extensions ?? undefined }, early);
    },
    guardHttp: (handler) => guardHttp(handler, rateLimits, viewerKeyOf, clientIp),
    close: () => rateLimits.close(),
  };
}
