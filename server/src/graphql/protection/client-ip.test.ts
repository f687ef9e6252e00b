import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config/index.js';
import { clientIpOf, parseTrustedProxies } from './client-ip.js';

const request = (remoteAddress: string | undefined, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor }, connection: { remoteAddress } }) as unknown as IncomingMessage;

describe('the client address the per-IP rate limit counts', () => {
  it('is the socket address when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    const ip = clientIpOf('');
    expect(ip(request('10.1.2.3', '203.0.113.9'))).toBe('10.1.2.3');
    expect(ip(request(undefined))).toBe('unknown');
  });

  it('is the nearest address a trusted proxy forwarded for, never one the client wrote before it', () => {
    const ip = clientIpOf('10.0.0.0/8, loopback');
    // nginx (10.0.0.5) forwarded for 198.51.100.7; the client had written 203.0.113.9 itself.
    expect(ip(request('10.0.0.5', '203.0.113.9, 198.51.100.7'))).toBe('198.51.100.7');
    // Two trusted hops (a load balancer, then nginx): the client is the first untrusted address.
    expect(ip(request('127.0.0.1', '198.51.100.7, 10.0.0.9'))).toBe('198.51.100.7');
    // A request straight from an untrusted address: its header is ignored.
    expect(ip(request('192.0.2.44', '198.51.100.7'))).toBe('192.0.2.44');
    // A trusted proxy that sent no header: the proxy itself.
    expect(ip(request('10.0.0.5'))).toBe('10.0.0.5');
  });

  it('refuses a setting it cannot read, naming the entry', () => {
    expect(() => parseTrustedProxies('10.0.0.0/8, nginx.internal')).toThrow('"nginx.internal" is not an IP address, a CIDR range or one of loopback, linklocal, uniquelocal');
    expect(() => loadConfig({ NODE_ENV: 'test', TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'test', TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow('TRUSTED_PROXIES: "10.0.0.0/33" is not an IP address');
    expect(loadConfig({ NODE_ENV: 'test', TRUSTED_PROXIES: 'loopback, 10.0.0.0/8' }).TRUSTED_PROXIES).toBe('loopback, 10.0.0.0/8');
  });
});
