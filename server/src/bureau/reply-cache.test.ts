import { randomUUID } from 'node:crypto';
import { freePort } from '../../../ops/processes.js';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBureauClient } from './client.js';
import { MemoryRecordSource } from './record-source.js';
import { createReplyCache, FAIL_FAST_REDIS_OPTIONS, MemoryReplyCache, RedisReplyCache } from './reply-cache.js';
import { startBureauSimulator } from './simulator.js';
import { sampleReport } from './test-fixtures.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisReachable(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { ...FAIL_FAST_REDIS_OPTIONS, lazyConnect: true, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('in-process reply cache', () => {
  it('returns what was set until the TTL runs out', async () => {
    const cache = new MemoryReplyCache({ maxEntries: 10 });
    await cache.set('demo:1', sampleReport('demo:1'), 0.05);
    expect(await cache.get('demo:1')).toMatchObject({ subjectRef: 'demo:1', score: 742 });
    await sleep(70);
    expect(await cache.get('demo:1')).toBeUndefined();
  });

  it('is bounded, and hands out frozen copies', async () => {
    const cache = new MemoryReplyCache({ maxEntries: 3 });
    for (let i = 0; i < 5; i++) await cache.set(`demo:${i}`, sampleReport(`demo:${i}`), 60);
    expect(cache.size).toBe(3);
    expect(await cache.get('demo:0')).toBeUndefined();
    const got = await cache.get('demo:4');
    expect(Object.isFrozen(got)).toBe(true);
  });
});

/**
 * Until each client's connection is ready: commands before that are misses (no offline queue), and
 * on a machine the whole suite keeps busy connecting can take longer than any fixed pause.
 */
async function connected(...clients: (Redis | { client?: Redis })[]): Promise<void> {
  for (const c of clients) {
    const redis = c instanceof Redis ? c : c.client!;
    for (let i = 0; i < 300 && redis.status !== 'ready'; i++) await sleep(10);
    expect(redis.status).toBe('ready');
  }
}

const reachable = await redisReachable();
const redisSuite = reachable ? describe : describe.skip;

redisSuite(reachable ? 'Redis reply cache' : `Redis reply cache (SKIPPED: no Redis answering at ${REDIS_URL})`, () => {
  const prefix = `creditgraph:test:${randomUUID()}:bureau:`;
  let admin: Redis;
  beforeAll(() => {
    admin = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    const keys = await admin.keys(`${prefix}*`);
    if (keys.length) await admin.del(...keys);
    await admin.quit();
  });

  it('round-trips a report with SET key value EX ttl under its prefix', async () => {
    const cache = createReplyCache({ redisUrl: REDIS_URL, keyPrefix: prefix });
    try {
      expect(cache.kind).toBe('redis');
      await connected(cache as RedisReplyCache);
      await cache.set('demo:1', sampleReport('demo:1', { score: 701 }), 120);
      expect(await cache.get('demo:1')).toEqual(sampleReport('demo:1', { score: 701 }));
      const ttl = await admin.ttl(`${prefix}demo:1`);
      expect(ttl).toBeGreaterThan(100);
      expect(ttl).toBeLessThanOrEqual(120);
      expect(await cache.get('demo:unknown')).toBeUndefined();
    } finally {
      await cache.close();
    }
  });

  it('expires entries', async () => {
    const cache = createReplyCache({ redisUrl: REDIS_URL, keyPrefix: prefix });
    try {
      await connected(cache as RedisReplyCache);
      await cache.set('demo:short', sampleReport('demo:short'), 1);
      expect(await cache.get('demo:short')).toBeDefined();
      await sleep(1_100);
      expect(await cache.get('demo:short')).toBeUndefined();
    } finally {
      await cache.close();
    }
  });

  it('treats an unreadable entry as a miss', async () => {
    await admin.set(`${prefix}demo:junk`, '{"not":"a report"', 'EX', 60);
    await admin.set(`${prefix}demo:wrong`, JSON.stringify({ subjectRef: 'demo:wrong' }), 'EX', 60);
    const cache = new RedisReplyCache(admin, { keyPrefix: prefix });
    expect(await cache.get('demo:junk')).toBeUndefined();
    expect(await cache.get('demo:wrong')).toBeUndefined();
    await cache.close(); // does not close a client it was given
    expect(admin.status).toBe('ready');
  });

  it('shares cached replies between two clients (two replicas)', async () => {
    const sim = await startBureauSimulator({ source: new MemoryRecordSource([sampleReport('demo:9')]), latencyMs: 0 });
    const cacheA = createReplyCache({ redisUrl: REDIS_URL, keyPrefix: prefix });
    const cacheB = createReplyCache({ redisUrl: REDIS_URL, keyPrefix: prefix });
    const a = createBureauClient({ url: sim.url, timeoutMs: 300, cache: cacheA });
    const b = createBureauClient({ url: sim.url, timeoutMs: 300, cache: cacheB });
    try {
      await connected(cacheA as RedisReplyCache, cacheB as RedisReplyCache);
      expect(await a.fetchReport({ subjectRef: 'demo:9' })).toMatchObject({ ok: true, cached: false });
      await sleep(20);
      expect(await b.fetchReport({ subjectRef: 'demo:9' })).toMatchObject({ ok: true, cached: true });
      expect(sim.stats().reportRequests).toBe(1);
    } finally {
      await Promise.all([a.close(), b.close(), cacheA.close(), cacheB.close(), sim.close()]);
    }
  });

  it('shares the rate limit between two clients through Redis', async () => {
    const sim = await startBureauSimulator({ source: new MemoryRecordSource(), latencyMs: 0 });
    const redis = new Redis(REDIS_URL, FAIL_FAST_REDIS_OPTIONS);
    const opts = { url: sim.url, timeoutMs: 300, rateLimitPerSecond: 3, redis, rateLimitKeyPrefix: `${prefix}rate` };
    const a = createBureauClient({ ...opts, cache: new MemoryReplyCache() });
    const b = createBureauClient({ ...opts, cache: new MemoryReplyCache() });
    try {
      await connected(redis);
      const results = [];
      for (let i = 0; i < 6; i++) {
        const c = i % 2 ? b : a;
        const o = await c.fetchReport({ subjectRef: `ntc:${i}` });
        results.push(o.ok ? 'ok' : o.reason);
      }
      expect(results.filter((r) => r === 'ok')).toHaveLength(3);
      expect(results.filter((r) => r === 'RATE_LIMITED')).toHaveLength(3);
    } finally {
      await Promise.all([a.close(), b.close(), sim.close()]);
      redis.disconnect();
    }
  });
});

describe('Redis reply cache with Redis down', () => {
  it('get and set resolve quickly as a miss: no throw, no hang', async () => {
    const warnings: string[] = [];
    const logger = { debug: () => {}, info: () => {}, warn: (m: string) => warnings.push(m), error: () => {} };
    const cache = createReplyCache({ redisUrl: `redis://127.0.0.1:${await freePort()}`, logger });
    try {
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        await cache.set(`demo:${i}`, sampleReport(`demo:${i}`), 60);
        expect(await cache.get(`demo:${i}`)).toBeUndefined();
        expect(performance.now() - t0).toBeLessThan(50); // a connect timeout would take seconds
      }
      await sleep(200); // reconnection attempts fail in the background meanwhile
      expect(await cache.get('demo:1')).toBeUndefined();
      // Connection errors are logged, but rate-limited.
      expect(warnings.length).toBeLessThanOrEqual(1);
    } finally {
      const t0 = performance.now();
      await cache.close();
      expect(performance.now() - t0).toBeLessThan(150);
    }
  });

  it('a client handed in without fail-fast options is warned about', () => {
    const warnings: string[] = [];
    const logger = { debug: () => {}, info: () => {}, warn: (m: string) => warnings.push(m), error: () => {} };
    const lazy = new Redis({ lazyConnect: true });
    const cache = createReplyCache({ redis: lazy, logger });
    expect(cache.kind).toBe('redis');
    expect(warnings[0]).toMatch(/enableOfflineQueue/);
    lazy.disconnect();
  });
});
