// Bureau replies cached by subject: in process (bounded LRU with TTL) for a single replica, or in
// Redis so that N replicas share one copy and a subject's report is bought once per TTL.
//
// A cache is an optimisation, never a dependency: the Redis cache answers "miss" whenever Redis is
// slow, down or returns something unreadable, and never makes a credit decision wait for it. That
// is why the ioredis client runs with no offline queue (commands fail at once while disconnected,
// instead of piling up), no per-request retries and a short command timeout.
import { Redis, type RedisOptions } from 'ioredis';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../logger.js';
import { bureauReportSchema, type BureauReport } from './report.js';

export interface ReplyCache {
  get(key: string): Promise<BureauReport | undefined>;
  set(key: string, value: BureauReport, ttlSeconds: number): Promise<void>;
}

export interface ManagedReplyCache extends ReplyCache {
  readonly kind: 'memory' | 'redis';
  close(): Promise<void>;
}

export const REDIS_KEY_PREFIX = 'creditgraph:bureau:';

/** ioredis options that keep a dead Redis from holding up a caller. */
export const FAIL_FAST_REDIS_OPTIONS = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  commandTimeout: 50,
  connectTimeout: 1_000,
} as const satisfies RedisOptions;

export class MemoryReplyCache implements ManagedReplyCache {
  readonly kind = 'memory' as const;
  private readonly lru: LRUCache<string, BureauReport>;

  constructor(opts: { maxEntries?: number } = {}) {
    // ttlAutopurge off: expired entries are dropped lazily on read and by LRU eviction, so no
    // timer per entry. The TTL is given on every set().
    this.lru = new LRUCache({ max: opts.maxEntries ?? 10_000, ttl: 3_600_000, ttlAutopurge: false });
  }

  async get(key: string): Promise<BureauReport | undefined> {
    return this.lru.get(key);
  }

  async set(key: string, value: BureauReport, ttlSeconds: number): Promise<void> {
    if (!(ttlSeconds > 0)) return;
    // Frozen: every later reader gets this same object, so none of them may change it.
    this.lru.set(key, Object.freeze({ ...value }), { ttl: ttlSeconds * 1000 });
  }

  get size(): number {
    return this.lru.size;
  }

  async close(): Promise<void> {
    this.lru.clear();
  }
}

/** Logs at most one line per interval and level, with the count of lines it held back. */
function throttledLogger(logger: Logger | undefined, intervalMs: number) {
  const state = { debug: { last: 0, suppressed: 0 }, warn: { last: 0, suppressed: 0 } };
  return (level: 'debug' | 'warn', msg: string) => {
    if (!logger) return;
    const s = state[level];
    const now = Date.now();
    if (now - s.last < intervalMs) {
      s.suppressed += 1;
      return;
    }
    s.last = now;
    const tail = s.suppressed ? ` (${s.suppressed} similar messages suppressed)` : '';
    s.suppressed = 0;
    logger[level](`${msg}${tail}`);
  };
}

export interface RedisReplyCacheOptions {
  keyPrefix?: string;
  logger?: Logger;
  /** Close the client in close(); true when this module created it. */
  ownsClient?: boolean;
  logIntervalMs?: number;
}

export class RedisReplyCache implements ManagedReplyCache {
  readonly kind = 'redis' as const;
  private readonly prefix: string;
  private readonly log: ReturnType<typeof throttledLogger>;
  private readonly onError = (err: Error) => this.log('warn', `bureau reply cache: redis ${err.message}`);

  constructor(
    readonly client: Redis,
    private readonly opts: RedisReplyCacheOptions = {},
  ) {
    this.prefix = opts.keyPrefix ?? REDIS_KEY_PREFIX;
    this.log = throttledLogger(opts.logger, opts.logIntervalMs ?? 30_000);
    const o = client.options;
    if (o.enableOfflineQueue !== false || o.maxRetriesPerRequest !== 0 || !o.commandTimeout) {
      opts.logger?.warn(
        'bureau reply cache: the Redis client should use enableOfflineQueue: false, maxRetriesPerRequest: 0 and a ' +
          'short commandTimeout, or a Redis outage will delay credit decisions',
      );
    }
    // Without a listener, ioredis reports connection errors as unhandled "error" events.
    client.on('error', this.onError);
  }

  async get(key: string): Promise<BureauReport | undefined> {
    let text: string | null;
    try {
      text = await this.client.get(this.prefix + key);
    } catch (err) {
      this.log('debug', `bureau reply cache: get failed, treated as a miss: ${(err as Error).message}`);
      return undefined;
    }
    if (text === null) return undefined;
    try {
      const parsed = bureauReportSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // fall through
    }
    this.log('warn', `bureau reply cache: unreadable entry under ${this.prefix}${key}, treated as a miss`);
    return undefined;
  }

  async set(key: string, value: BureauReport, ttlSeconds: number): Promise<void> {
    const ttl = Math.ceil(ttlSeconds);
    if (!(ttl > 0)) return;
    try {
      await this.client.set(this.prefix + key, JSON.stringify(value), 'EX', ttl);
    } catch (err) {
      this.log('debug', `bureau reply cache: set failed, reply not cached: ${(err as Error).message}`);
    }
  }

  async close(): Promise<void> {
    if (!this.opts.ownsClient) {
      this.client.off('error', this.onError);
      return;
    }
    // quit() waits for a reply that a dead server never sends; disconnect() does not. Keep the
    // error listener: a socket error may still arrive while it tears down.
    if (this.client.status === 'ready') {
      await Promise.race([this.client.quit().catch(() => undefined), new Promise((r) => setTimeout(r, 200))]);
    }
    this.client.disconnect();
  }
}

export interface ReplyCacheOptions {
  /** redis:// or rediss:// URL; when absent the cache is in process. */
  redisUrl?: string;
  /** An existing ioredis client to use instead of redisUrl (not closed by close()). */
  redis?: Redis;
  keyPrefix?: string;
  /** In-process cache bound. */
  maxEntries?: number;
  /** Redis command timeout (ms). */
  commandTimeoutMs?: number;
  logger?: Logger;
}

export function createReplyCache(opts: ReplyCacheOptions = {}): ManagedReplyCache {
  if (opts.redis) return new RedisReplyCache(opts.redis, { keyPrefix: opts.keyPrefix, logger: opts.logger });
  if (opts.redisUrl) {
    const client = new Redis(opts.redisUrl, {
      ...FAIL_FAST_REDIS_OPTIONS,
      commandTimeout: opts.commandTimeoutMs ?? FAIL_FAST_REDIS_OPTIONS.commandTimeout,
      // Keep reconnecting in the background, never faster than every 2 s.
      retryStrategy: (times) => Math.min(100 * 2 ** times, 2_000),
    });
    return new RedisReplyCache(client, { keyPrefix: opts.keyPrefix, logger: opts.logger, ownsClient: true });
  }
  return new MemoryReplyCache({ maxEntries: opts.maxEntries });
}
