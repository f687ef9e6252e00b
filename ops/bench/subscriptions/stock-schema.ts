// creditgraph's own SDL (schema/*.graphql) as an executable schema whose `dashboard` subscription
// yields whatever state it is given: what the stock and floor baselines execute.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { ROOT } from '../../processes.js';

const schemaDir = path.join(ROOT, 'schema');

export function dashboardSchema(subscribe: () => AsyncIterable<unknown>): GraphQLSchema {
  const typeDefs = readdirSync(schemaDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(schemaDir, f), 'utf8'));
  return makeExecutableSchema({
    typeDefs,
    resolvers: { Subscription: { dashboard: { subscribe, resolve: (state: unknown) => state } } },
    resolverValidationOptions: { requireResolversForResolveType: 'ignore' },
  });
}
