// Query limits (graphql-armor): depth, cost, aliases, directives and tokens, set from the real
// operations (the web app's, the simulator's, the tests'; query-limits.test.ts keeps them inside)
// with room to grow. A refused document is a request error naming the limit, its value and what
// was found; nothing of it runs. The same rules guard HTTP and graphql-ws.
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Lexer, Source, TokenKind, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../../config/index.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** Hide "Did you mean …" (the schema's field names) from error messages: production. */
  blockFieldSuggestion: boolean;
}

export function queryLimitsOf(config: Pick<Config, 'NODE_ENV' | 'GRAPHQL_MAX_DEPTH' | 'GRAPHQL_MAX_COST' | 'GRAPHQL_MAX_ALIASES' | 'GRAPHQL_MAX_DIRECTIVES' | 'GRAPHQL_MAX_TOKENS'>): QueryLimits {
  return {
    maxDepth: config.GRAPHQL_MAX_DEPTH,
    maxCost: config.GRAPHQL_MAX_COST,
    maxAliases: config.GRAPHQL_MAX_ALIASES,
    maxDirectives: config.GRAPHQL_MAX_DIRECTIVES,
    maxTokens: config.GRAPHQL_MAX_TOKENS,
    blockFieldSuggestion: config.NODE_ENV === 'production',
  };
}

/** armor's message ("Syntax Error: Query depth limit of 14 exceeded, found 15.") made plain and tagged. */
function limitError(setting: string, limit: string, max: number, err: GraphQLError): GraphQLError {
  const found = /found (\d+(?:\.\d+)?)/.exec(err.message);
  const foundValue = found ? Math.ceil(Number(found[1])) : undefined;
  const what = err.message.replace(/^Syntax Error:\s*/, '').replace(/found \d+(?:\.\d+)?\.?$/, '').replace(/[,.\s]+$/, '');
  return new GraphQLError(`${what}${foundValue !== undefined ? `, found ${foundValue}` : ''} (${setting})`, {
    nodes: err.nodes,
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, max, ...(foundValue !== undefined ? { found: foundValue } : {}) },
  });
}

const reportAs =
  (setting: string, limit: string, max: number) =>
  (ctx: ValidationContext | null, err: GraphQLError): void =>
    ctx?.reportError(limitError(setting, limit, max, err));

export interface QueryLimitProtection {
  limits: QueryLimits;
  /** Validation rules beyond graphql's own: for Apollo's validationRules and graphql-ws's validate(). */
  validationRules: ValidationRule[];
  /** Apollo plugins (the field-suggestion mask in production). */
  plugins: ApolloServerPlugin[];
}

export function queryLimitProtection(limits: QueryLimits): QueryLimitProtection {
  const armor = new ApolloArmor({
    // Tokens are counted before parsing (tokenLimitError): armor's parsingDidStart hook throws
    // outside Apollo's error handling, which answers 500.
    maxTokens: { enabled: false },
    maxDepth: { n: limits.maxDepth, propagateOnRejection: false, onReject: [reportAs('GRAPHQL_MAX_DEPTH', 'maxDepth', limits.maxDepth)] },
    costLimit: { maxCost: limits.maxCost, propagateOnRejection: false, onReject: [reportAs('GRAPHQL_MAX_COST', 'maxCost', limits.maxCost)] },
    maxAliases: { n: limits.maxAliases, propagateOnRejection: false, onReject: [reportAs('GRAPHQL_MAX_ALIASES', 'maxAliases', limits.maxAliases)] },
    maxDirectives: { n: limits.maxDirectives, propagateOnRejection: false, onReject: [reportAs('GRAPHQL_MAX_DIRECTIVES', 'maxDirectives', limits.maxDirectives)] },
    blockFieldSuggestion: { enabled: limits.blockFieldSuggestion },
  });
  const { plugins, validationRules } = armor.protect();
  return { limits, validationRules, plugins };
}

/** A document of more than `max` lexical tokens, counted without parsing (and stopping at max + 1). */
export function tokenLimitError(source: string, max: number): GraphQLError | null {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++count > max) {
        return new GraphQLError(`Token limit of ${max} exceeded, found more than ${max} tokens (GRAPHQL_MAX_TOKENS)`, {
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxTokens', max, found: count, http: { status: 400 } },
        });
      }
    }
  } catch {
    return null; // a lexical error: the parser reports it
  }
  return null;
}
