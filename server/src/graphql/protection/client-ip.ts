// The client address the per-IP rate limit counts. Behind a reverse proxy (ops/deploy's nginx, a
// cloud load balancer) every request's socket is the proxy's, so one busy client would rate-limit
// everyone; X-Forwarded-For says who the client is, but only a proxy we trust may say it, or any
// client could claim any address. proxy-addr (express's own, maintained with it) walks the header
// from the nearest hop back and stops at the first address not trusted.
import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

export type ClientIpOf = (req: IncomingMessage) => string;

/**
 * From TRUSTED_PROXIES: comma-separated addresses or CIDR ranges, or proxy-addr's names
 * (loopback, linklocal, uniquelocal). Empty: trust no proxy, count the socket's address.
 * Throws on an entry proxy-addr cannot read, naming it (config validation reports it at start).
 */
export function clientIpOf(trustedProxies: string): ClientIpOf {
  const entries = parseTrustedProxies(trustedProxies);
  if (entries.length === 0) return (req) => req.socket.remoteAddress ?? 'unknown';
  const trust = proxyaddr.compile(entries);
  return (req) => (req.socket.remoteAddress ? proxyaddr(req as Parameters<typeof proxyaddr>[0], trust) : 'unknown');
}

export function parseTrustedProxies(value: string): string[] {
  const entries = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of entries) {
    try {
      proxyaddr.compile(entry);
    } catch {
      throw new Error(`"${entry}" is not an IP address, a CIDR range or one of loopback, linklocal, uniquelocal`);
    }
  }
  return entries;
}
