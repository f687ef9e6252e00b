// Variables are checked before the document is: graphql-js coerces every element of a list
// variable (a million-element list is a million coercions and a million-element array in the
// resolver) long before any resolver could refuse it. The schema's list inputs (feedback tags and
// interests, experiment arms, grade bands, existing products) are short; the body cap (1 MB)
// bounds strings.
import { GraphQLError } from 'graphql';

/** JSON nesting deeper than any input type of the schema (input objects nest a few levels). */
export const MAX_VARIABLE_NESTING = 32;

export function oversizedVariable(variables: unknown, maxListLength: number): GraphQLError | null {
  if (!variables || typeof variables !== 'object') return null;
  const stack: { value: unknown; path: string; depth: number }[] = Object.entries(variables).map(([k, v]) => ({ value: v, path: `$${k}`, depth: 1 }));
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (depth > MAX_VARIABLE_NESTING) return refuse(`variable ${path} is nested deeper than ${MAX_VARIABLE_NESTING} levels`, path);
    if (Array.isArray(value)) {
      if (value.length > maxListLength) {
        return refuse(`variable ${path} is a list of ${value.length} items; the limit is ${maxListLength} (GRAPHQL_MAX_LIST_LENGTH)`, path, { limit: 'maxListLength', max: maxListLength, found: value.length });
      }
      value.forEach((v, i) => stack.push({ value: v, path: `${path}[${i}]`, depth: depth + 1 }));
    } else {
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: `${path}.${k}`, depth: depth + 1 });
    }
  }
  return null;
}

function refuse(message: string, path: string, more: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: path.slice(1), ...more, http: { status: 400 } } });
}
