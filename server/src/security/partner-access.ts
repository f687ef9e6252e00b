// What a PARTNER (a white-label partner's staff or API client) may do, enforced on the executable
// schema so that it holds for every resolver, present and future:
// - root fields (Query, Mutation, Subscription) are denied by default: a PARTNER gets FORBIDDEN
//   for any root field not in PARTNER_ROOT_FIELDS, whatever the field's own role check says;
// - customer fields about credit decisions and loans read as empty for a PARTNER (as
//   Customer.recoveryCases does for roles that do not work cases), so a page of customers still
//   renders;
// - a Product a PARTNER receives, on any path, is on its tenant's shelf: off the shelf it is left
//   out of lists, null where nullable, FORBIDDEN otherwise.
// The per-resolver checks stay as they are and apply to every role, PARTNER included.
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, getNamedType, getNullableType, isListType, isNonNullType, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { forbidden } from '../graphql/errors.js';

export const PARTNER_ROLE = 'PARTNER' as const;

/** The root fields a PARTNER may use; every other root field is FORBIDDEN to it. */
export const PARTNER_ROOT_FIELDS: Readonly<Record<'Query' | 'Mutation' | 'Subscription', readonly string[]>> = {
  Query: [
    'viewer',
    'devTenants',
    'node',
    'customers',
    'customer',
    'segments',
    'regions',
    'products',
    'product',
    'searchProducts',
    'recommendationsForProfile',
    'searchPolicies',
  ],
  // A partner front end shows recommendations to customers: it records what they did with them
  // (views, clicks, dismissals) and what they said, and the consents customers give in its app;
  // it makes no decisions and moves no money.
  Mutation: ['devLogin', 'recordInteraction', 'giveFeedback', 'recordConsent'],
  // Live scores carry probabilities of default and credit limits; the rest are staff streams.
  Subscription: [],
};

/** Fields of other types that read as this value for a PARTNER (credit decisions and the loan book). */
export const PARTNER_EMPTY_FIELDS: Readonly<Record<string, Readonly<Record<string, null | readonly never[]>>>> = {
  Customer: { applications: [], creditLimit: null, loans: [], recoveryCases: [] },
};

const isPartner = (ctx: unknown): ctx is GraphQLContext => (ctx as Partial<GraphQLContext> | undefined)?.viewer?.role === PARTNER_ROLE;

type FieldConfig = GraphQLFieldConfig<unknown, unknown>;

/** The schema with the PARTNER rules above wrapped around its resolvers; other roles are untouched. */
export function withPartnerAccess(schema: GraphQLSchema): GraphQLSchema {
  const roots = new Map<string, readonly string[]>();
  for (const [op, type] of [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
    ['Subscription', schema.getSubscriptionType()],
  ] as const) {
    if (type) roots.set(type.name, PARTNER_ROOT_FIELDS[op]);
  }
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (config, fieldName, typeName) => {
      const allowed = roots.get(typeName);
      if (allowed) return allowed.includes(fieldName) ? config : denyRoot(config, typeName, fieldName);
      const empty = PARTNER_EMPTY_FIELDS[typeName];
      if (empty && fieldName in empty) return emptyFor(config, empty[fieldName]);
      if (getNamedType(config.type).name === 'Product') return shelfOnly(config, typeName, fieldName);
      return config;
    },
  });
}

function denyRoot(config: FieldConfig, typeName: string, fieldName: string): FieldConfig {
  const message = `a PARTNER may not use ${typeName}.${fieldName}`;
  const resolve = config.resolve ?? defaultFieldResolver;
  const wrapped: FieldConfig = {
    ...config,
    resolve: (source, args, ctx, info) => {
      if (isPartner(ctx)) throw forbidden(message);
      return resolve(source, args, ctx, info);
    },
  };
  if (config.subscribe) {
    const subscribe = config.subscribe;
    wrapped.subscribe = (source, args, ctx, info) => {
      if (isPartner(ctx)) throw forbidden(message);
      return subscribe(source, args, ctx, info);
    };
  }
  return wrapped;
}

function emptyFor(config: FieldConfig, value: null | readonly never[]): FieldConfig {
  const resolve = config.resolve ?? defaultFieldResolver;
  return {
    ...config,
    resolve: (source, args, ctx, info) => (isPartner(ctx) ? (value === null ? null : []) : resolve(source, args, ctx, info)),
  };
}

function shelfOnly(config: FieldConfig, typeName: string, fieldName: string): FieldConfig {
  const resolve = config.resolve ?? defaultFieldResolver;
  const nullable = !isNonNullType(config.type);
  const list = isListType(getNullableType(config.type));
  return {
    ...config,
    resolve: async (source, args, ctx, info) => {
      const value = await resolve(source, args, ctx, info);
      if (!isPartner(ctx) || value === null || value === undefined) return value;
      const offered = ctx.services.catalog.current.offeredByTenant.get(ctx.viewer.tenantId);
      const onShelf = (p: unknown) => offered?.has((p as { id: string }).id) ?? false;
      if (list) return (value as unknown[]).filter(onShelf);
      if (onShelf(value)) return value;
      if (nullable) return null;
      throw forbidden(`${typeName}.${fieldName}: the product is not on this tenant's shelf`);
    },
  };
}
