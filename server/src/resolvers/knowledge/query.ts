import type { QueryResolvers } from '../../graphql/generated/resolvers-types.js';
import { badUserInput } from '../../graphql/errors.js';

export const MAX_QUESTION_CHARS = 500;
const MAX_PASSAGES = 20;

// Any signed-in role may read the policies: the context already holds a verified viewer.
export const searchPolicies: QueryResolvers['searchPolicies'] = (_p, { question, first }, ctx) => {
  const text = question.trim();
  if (!text) throw badUserInput('question', 'must not be empty');
  if (text.length > MAX_QUESTION_CHARS) throw badUserInput('question', `must be at most ${MAX_QUESTION_CHARS} characters, got ${text.length}`);
  const n = first ?? 5;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PASSAGES) throw badUserInput('first', `must be between 1 and ${MAX_PASSAGES}, got ${n}`);
  return ctx.services.knowledge.search(text, n);
};
