// SOFA turns a query parameter into a number with GraphQL's Int/Float, whose error ("Int cannot
// represent non-integer value") does not say which parameter was wrong. Numbers in the query
// string are checked first, by name, so that the 400 names the parameter.
import { GraphQLFloat, GraphQLInt, getNamedType, type GraphQLSchema } from 'graphql';

export type ParamCheck = (search: URLSearchParams) => { field: string; message: string } | null;

export function numericParamCheck(schema: GraphQLSchema): ParamCheck {
  const kinds = new Map<string, 'Int' | 'Float' | null>();
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    for (const arg of field.args) {
      const named = getNamedType(arg.type);
      const kind = named === GraphQLInt ? 'Int' : named === GraphQLFloat ? 'Float' : null;
      // A name that is a number in one route and not in another is left to SOFA.
      kinds.set(arg.name, kinds.has(arg.name) && kinds.get(arg.name) !== kind ? null : kind);
    }
  }
  return (search) => {
    for (const [name, value] of search) {
      const kind = kinds.get(name);
      if (kind === 'Int' && !(/^-?\d{1,10}$/.test(value) && Math.abs(Number(value)) <= 2 ** 31 - 1)) return { field: name, message: `${name}: must be an integer, not "${value}"` };
      if (kind === 'Float' && (value.trim() === '' || !Number.isFinite(Number(value)))) return { field: name, message: `${name}: must be a number, not "${value}"` };
    }
    return null;
  };
}
