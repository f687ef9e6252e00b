// GET /metrics in Prometheus' text format. With METRICS_TOKEN set, only a scraper that presents it
// (Authorization: Bearer <token>) is answered, so production can expose the port to Prometheus alone.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppMetrics } from './metrics.js';

export const METRICS_PATH = '/metrics';

export function metricsHandler(metrics: AppMetrics, token: string | undefined, onError: (e: unknown) => void) {
  const expected = token ? digest(token) : null;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    res.setHeader('cache-control', 'no-store');
    if (expected && !presents(req.headers.authorization, expected)) {
      res.statusCode = 401;
      res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('a bearer token is required for /metrics\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.statusCode = 405;
      res.setHeader('allow', 'GET, HEAD');
      res.end();
      return;
    }
    try {
      const { contentType, body } = await metrics.scrape();
      res.setHeader('content-type', contentType);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      onError(e);
      res.statusCode = 500;
      res.setHeader('content-type', 'text/plain; charset=utf-8');
      res.end('metrics could not be collected\n');
    }
  };
}

/** Compares digests, so neither the token's content nor its length leaks through timing. */
function presents(authorization: string | undefined, expected: Buffer): boolean {
  const m = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
  return m !== null && timingSafeEqual(digest(m[1]), expected);
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}
