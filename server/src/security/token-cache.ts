// Verified tokens, remembered until shortly before they expire, so that a busy client does not
// pay an HMAC verification on every request. Keyed by the whole token: a changed byte misses.
import { LRUCache } from 'lru-cache';
import type { TokenService, Viewer } from './viewer.js';

export class VerifiedTokenCache {
  private readonly cache = new LRUCache<string, Viewer>({ max: 10_000, ttl: 60_000 });

  constructor(private readonly tokens: TokenService) {}

  async verify(token: string): Promise<Viewer> {
    const hit = this.cache.get(token);
    if (hit) return hit;
    const { viewer, expiresAt } = await this.tokens.verifyWithExpiry(token);
    const ttl = Math.min(60_000, expiresAt * 1000 - Date.now());
    if (ttl > 0) this.cache.set(token, viewer, { ttl });
    return viewer;
  }
}
