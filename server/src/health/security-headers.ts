// Headers every HTTP response carries (what helmet would set for an API and a same-origin SPA):
// no MIME sniffing, no framing (clickjacking), no referrer leaking customer ids in URLs, and an
// isolated browsing context. A Content-Security-Policy is left to the deployment's edge, where the
// web app's origin is known.
import type { ServerResponse } from 'node:http';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
