// Apollo Server on Node's own http module (as its standalone server does), so that /graphql,
// /healthz, the web app and graphql-ws share one port without a web framework in the hot path.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';

const MAX_BODY_BYTES = 1_000_000;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      // Past the cap the rest is read and dropped, so that the client gets its 413 (destroying
      // the request reset the connection before the answer); far past it the connection goes.
      if (size > 10 * MAX_BODY_BYTES) req.destroy();
      else if (size <= MAX_BODY_BYTES) chunks.push(c);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) reject(new HttpError(413, `request body is larger than ${MAX_BODY_BYTES} bytes`));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

function sendError(res: ServerResponse, status: number, message: string, code: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

export function graphqlHttpHandler<C extends BaseContext>(
  server: ApolloServer<C>,
  context: ContextFunction<[{ req: IncomingMessage; res: ServerResponse }], C>,
  onError: (e: unknown) => void,
) {
  return async (req: IncomingMessage, res: ServerResponse, search: string): Promise<void> => {
    try {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      let body: unknown;
      if (req.method === 'POST') {
        const text = await readBody(req);
        const type = headers.get('content-type') ?? '';
        if (type.includes('json')) {
          try {
            body = text.length ? JSON.parse(text) : undefined;
          } catch {
            return sendError(res, 400, 'request body is not valid JSON', 'BAD_REQUEST');
          }
        } else {
          body = text;
        }
      }
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search, body },
        context: () => context({ req, res }),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (e) {
      if (e instanceof HttpError) return sendError(res, e.status, e.message, 'BAD_REQUEST');
      onError(e);
      sendError(res, 500, 'internal error', 'INTERNAL_SERVER_ERROR');
    }
  };
}
