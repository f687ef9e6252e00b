// Headers every HTTP response carries (what helmet would set for an API and a same-origin SPA):
// no MIME sniffing, no framing (clickjacking), no referrer leaking customer ids in URLs, and an
// isolated browsing context. The web app's pages also carry a Content-Security-Policy.
import type { ServerResponse } from 'node:http';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * For the web app's pages (web/dist): its own scripts, styles and API only; nothing inline but
 * the data: favicon and the style attributes React sets through the CSSOM (which CSP allows);
 * WebSocket subscriptions to the same origin ('self' covers ws: and wss: there). The GraphiQL
 * and Swagger pages are served without it: they are development tools, off in production.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
