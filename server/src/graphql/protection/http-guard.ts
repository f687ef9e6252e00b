// In front of /graphql and /rest: the request's id (in scope for every error of the request, see
// error-masking.ts) and the rate limits, counted before the body is read.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { withRequestId } from '../error-masking.js';
import { REQUEST_ID_HEADER, requestIdFor } from '../../observability/request-id.js';
import type { ClientIpOf } from './client-ip.js';
import { rateLimitMessage, type RateLimits } from './rate-limits.js';

export type ViewerKeyOf = (authorization: string | undefined) => Promise<string | null>;

export function guardHttp<A extends unknown[]>(
  handler: (req: IncomingMessage, res: ServerResponse, ...rest: A) => Promise<void>,
  rateLimits: RateLimits,
  viewerKeyOf: ViewerKeyOf,
  clientIp: ClientIpOf,
): (req: IncomingMessage, res: ServerResponse, ...rest: A) => Promise<void> {
  return (req, res, ...rest) => {
    const requestId = requestIdFor(req, res);
    req.headers[REQUEST_ID_HEADER] = requestId; // so that later requestIdFor calls (context, SOFA) keep this id
    return withRequestId(requestId, async () => {
      if (rateLimits.enabled) {
        const refusal = await rateLimits.consume({ ip: clientIp(req), viewer: (await viewerKeyOf(req.headers.authorization)) ?? undefined });
        if (refusal) {
          req.resume(); // drain the unread body so that the connection can be reused
          res.statusCode = 429;
          res.setHeader('retry-after', String(refusal.retryAfterSeconds));
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.end(JSON.stringify({ errors: [{ message: rateLimitMessage(refusal), extensions: { code: 'RATE_LIMITED', limit: refusal.limit, max: refusal.max, windowSeconds: refusal.windowSeconds, retryAfterSeconds: refusal.retryAfterSeconds, requestId } }] }));
          return;
        }
      }
      await handler(req, res, ...rest);
    });
  };
}
