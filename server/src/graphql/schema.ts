// The executable schema: the SDL files in schema/ plus the resolver map.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from '../resolvers/index.js';
import { withFieldAccess } from '../security/field-access.js';
import { withPartnerAccess } from '../security/partner-access.js';

export const SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema');

export function loadTypeDefs(dir = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'));
}

export function buildSchema(): GraphQLSchema {
  // @auth and @pii from the SDL, then PARTNER access: deny by default on top of the role rules.
  return withPartnerAccess(withFieldAccess(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never })));
}
