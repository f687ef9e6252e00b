// The schema SOFA turns into REST routes: a few Query fields of the graph, with their own
// resolvers, plus two REST-only fields that delegate to the graph's resolvers (so ranking, input
// checks and tenant scoping stay in one place). Types outside what these fields reach are left
// out, which keeps the OpenAPI document to the REST face.
import {
  GraphQLError,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLID,
  GraphQLObjectType,
  GraphQLSchema,
  assertInputObjectType,
  assertObjectType,
  type GraphQLFieldConfig,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLFieldResolver,
} from 'graphql';

/**
 * Graph reads that SOFA exposes as they are. SOFA selects every field of the result to its depth
 * limit, so a customer-centred read (Query.customer, customers) would compute recommendations,
 * credit, recovery and insight fields on every call; customers are reached through the explicit
 * recommend route instead. Mutations stay GraphQL-only: the decisions and money moves take
 * idempotency keys and answer typed result unions that a generated POST would flatten, and no
 * REST client has asked for writes. Subscriptions have no REST form here (SOFA's webhooks are off).
 */
export const EXPOSED_QUERY_FIELDS = ['product', 'products', 'regions', 'segments', 'viewer'] as const;

/** REST-only field behind GET /recommend/{customerId}: Customer.recommendations of Query.customer. */
export const CUSTOMER_RECOMMENDATIONS = 'customerRecommendations';
/** REST-only field behind POST /recommend: Query.recommendationsForProfile with the profile as the body. */
export const PROSPECT_RECOMMENDATIONS = 'prospectRecommendations';

export function restSchema(graph: GraphQLSchema): GraphQLSchema {
  const query = graph.getQueryType();
  if (!query) throw new Error('the graph has no Query type');
  const graphFields = query.toConfig().fields;
  // recommendationsForProfile is reached through PROSPECT_RECOMMENDATIONS rather than as itself.
  const fields: Record<string, GraphQLFieldConfig<unknown, unknown>> = {};
  for (const name of EXPOSED_QUERY_FIELDS) {
    if (!graphFields[name]) throw new Error(`Query.${name} is not in the graph; update EXPOSED_QUERY_FIELDS`);
    fields[name] = graphFields[name];
  }
  const recommendation = withoutArgumentFields(assertObjectType(graph.getType('Recommendation')));
  const recommendations = new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(recommendation)));
  const k = { type: GraphQLInt, defaultValue: 5, description: 'How many products, 1-50.' };
  fields[CUSTOMER_RECOMMENDATIONS] = {
    type: recommendations,
    description: "A customer's top-k products, ranked as Customer.recommendations ranks them.",
    args: { customerId: { type: new GraphQLNonNull(GraphQLID), description: 'The graph id of a customer of your tenant.' }, k },
    resolve: customerRecommendations(graph),
  };
  fields[PROSPECT_RECOMMENDATIONS] = prospectRecommendations(graph, graphFields.recommendationsForProfile, recommendations, k);
  return new GraphQLSchema({ query: new GraphQLObjectType({ name: 'Query', fields }) });
}

function customerRecommendations(graph: GraphQLSchema): GraphQLFieldResolver<unknown, unknown> {
  const customer = resolverOf(graph.getQueryType()!.getFields().customer.resolve, 'Query.customer');
  const recommendations = resolverOf(assertObjectType(graph.getType('Customer')).getFields().recommendations.resolve, 'Customer.recommendations');
  return async (root, args, ctx, info) => {
    // Loaders are scoped to the viewer's tenant, so another tenant's customer is not found either.
    const row = await customer(root, { id: args.customerId }, ctx, info);
    if (!row) throw new GraphQLError(`customerId: no customer "${String(args.customerId)}"`, { extensions: { code: 'NOT_FOUND', field: 'customerId' } });
    return recommendations(row, { k: args.k }, ctx, info);
  };
}

/** The profile's fields are the arguments, so that the request body is a ProfileInput (plus an optional k). */
function prospectRecommendations(
  graph: GraphQLSchema,
  forProfile: GraphQLFieldConfig<unknown, unknown>,
  type: GraphQLNonNull<GraphQLList<GraphQLNonNull<GraphQLObjectType>>>,
  k: GraphQLFieldConfigArgumentMap[string],
): GraphQLFieldConfig<unknown, unknown> {
  const profileFields = assertInputObjectType(graph.getType('ProfileInput')).getFields();
  if ('k' in profileFields) throw new Error('ProfileInput has a field k, which the REST body uses for the count');
  const args: GraphQLFieldConfigArgumentMap = { k };
  for (const [name, f] of Object.entries(profileFields)) args[name] = { type: f.type, description: f.description, defaultValue: f.defaultValue };
  const resolve = resolverOf(forProfile.resolve, 'Query.recommendationsForProfile');
  return {
    type,
    description: forProfile.description,
    args,
    resolve: (root, { k: count, ...profile }, ctx, info) => resolve(root, { profile, k: count }, ctx, info),
  };
}

/**
 * SOFA selects every field, and a nested field's arguments become odd query parameters
 * (customerRecommendations_policyCitations_first); Recommendation.policyCitations is also a policy
 * search per product. REST's Recommendation is the ranking without such fields.
 */
function withoutArgumentFields(type: GraphQLObjectType): GraphQLObjectType {
  const config = type.toConfig();
  const fields = Object.fromEntries(Object.entries(config.fields).filter(([, f]) => Object.keys(f.args ?? {}).length === 0));
  return new GraphQLObjectType({ ...config, fields });
}

function resolverOf(resolve: GraphQLFieldResolver<any, any> | undefined, name: string): GraphQLFieldResolver<any, any> {
  if (!resolve) throw new Error(`${name} has no resolver`);
  return resolve;
}
