// How a text is cleaned before it is embedded or used as a cache key. Runs of whitespace carry no
// meaning for either model but do change USE-lite's tokens, and collapsing them lets "home  loan "
// and "home loan" share one cache entry.

/**
 * Longest text embedded, in characters; the rest is cut. Sentence encoders read a few hundred
 * tokens at most (MiniLM truncates at 256-512), and the cut bounds the worker time one request
 * can take.
 */
export const MAX_TEXT_CHARS = 8192;

export function normaliseText(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > MAX_TEXT_CHARS ? collapsed.slice(0, MAX_TEXT_CHARS) : collapsed;
}
