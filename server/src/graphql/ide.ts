// The GraphQL IDE at /graphql: a browser opening /graphql gets the self-hosted GraphiQL page from
// the web build (web/dist/graphiql.html, its assets served with the rest of web/dist), which
// works offline. Without that page, Apollo's own landing page answers, as it always did.
import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';

/** Media types a GraphQL client asks for; if one of them ranks above text/html, it is not a page view. */
const GRAPHQL_TYPES = ['application/json', 'application/graphql-response+json', 'multipart/mixed'];

/** q-value the Accept header gives `type` (exact, then type/*, then *\/*), 0 if none. */
function acceptQ(entries: { type: string; q: number }[], type: string): number {
  const major = type.slice(0, type.indexOf('/'));
  for (const candidate of [type, `${major}/*`, '*/*']) {
    const hit = entries.find((e) => e.type === candidate);
    if (hit) return hit.q;
  }
  return 0;
}

/**
 * A browser asking for the IDE: GET, an Accept header with text/html (ranked no lower than any
 * JSON type, so API clients sending "application/json, text/html;q=0.1" still get JSON), and no
 * `query` parameter (GET /graphql?query=… stays a GraphQL request).
 */
export function isIdeRequest(req: Pick<IncomingMessage, 'method' | 'headers'>, search: string): boolean {
  if (req.method !== 'GET') return false;
  const accept = req.headers.accept;
  if (!accept || !accept.toLowerCase().includes('text/html')) return false;
  if (new URLSearchParams(search).has('query')) return false;
  const entries = accept.split(',').map((part) => {
    const [type, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    const value = q ? Number(q.slice(2)) : 1;
    return { type, q: Number.isFinite(value) ? value : 0 };
  });
  const html = acceptQ(entries, 'text/html');
  return html > 0 && GRAPHQL_TYPES.every((t) => acceptQ(entries, t) <= html);
}

/**
 * Reads `file` once and again only when it changes on disk (a rebuilt web/dist gets new asset
 * hashes); null while it does not exist.
 */
export function cachedFile(file: string): () => Buffer | null {
  let cached: { mtimeMs: number; size: number; body: Buffer } | undefined;
  return () => {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile()) {
      cached = undefined;
      return null;
    }
    if (!cached || cached.mtimeMs !== stat.mtimeMs || cached.size !== stat.size) {
      try {
        cached = { mtimeMs: stat.mtimeMs, size: stat.size, body: readFileSync(file) };
      } catch {
        return null; // removed between stat and read (a rebuild in progress)
      }
    }
    return cached.body;
  };
}

/**
 * Returns a handler for the /graphql route that answers IDE requests with `htmlFile` and
 * returns true, or returns false (not an IDE request, or no such file) to let Apollo answer.
 */
export function ideHandler(htmlFile: string): (req: IncomingMessage, res: ServerResponse, search: string) => boolean {
  const html = cachedFile(htmlFile);
  return (req, res, search) => {
    if (!isIdeRequest(req, search)) return false;
    const body = html();
    if (!body) return false;
    res.statusCode = 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-length', body.length);
    res.setHeader('cache-control', 'no-cache'); // it names hashed assets that change with each build
    res.setHeader('vary', 'accept');
    res.end(body);
    return true;
  };
}

/**
 * Apollo's landing page, chosen by the app's NODE_ENV (Apollo's implicit default looks at
 * process.env.NODE_ENV only, which startApp's env overrides do not change). Both load from
 * Apollo's CDN; they answer only when the self-hosted IDE does not.
 */
export function apolloLandingPage(nodeEnv: string) {
  return nodeEnv === 'production' ? ApolloServerPluginLandingPageProductionDefault() : ApolloServerPluginLandingPageLocalDefault();
}
