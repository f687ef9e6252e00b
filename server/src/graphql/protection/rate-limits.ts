// Requests per window per viewer (tenant and user) and per client IP, counted in Redis when
// REDIS_URL is set (replicas share the counts) with an in-memory limiter as insurance, so that a
// Redis outage degrades to per-replica counting instead of refusing or stalling traffic.
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../../config/index.js';
import type { Logger } from '../../logger.js';

export type RateLimitKind = 'viewer' | 'ip';

export interface RateLimitRefusal {
  limit: RateLimitKind;
  max: number;
  windowSeconds: number;
  retryAfterSeconds: number;
}

const SETTING: Record<RateLimitKind, string> = { viewer: 'RATE_LIMIT_PER_VIEWER', ip: 'RATE_LIMIT_PER_IP' };

type RateLimitConfig = Pick<Config, 'RATE_LIMIT_PER_VIEWER' | 'RATE_LIMIT_PER_IP' | 'RATE_LIMIT_WINDOW_SECONDS' | 'RATE_LIMIT_KEY_PREFIX' | 'REDIS_URL'>;

export class RateLimits {
  private constructor(
    private readonly limiters: Record<RateLimitKind, { limiter: RateLimiterAbstract; max: number } | null>,
    private readonly windowSeconds: number,
    private readonly log: Logger,
    private readonly redis: Redis | null,
  ) {}

  static create(config: RateLimitConfig, log: Logger): RateLimits {
    const duration = config.RATE_LIMIT_WINDOW_SECONDS;
    const anyOn = config.RATE_LIMIT_PER_VIEWER > 0 || config.RATE_LIMIT_PER_IP > 0;
    // enableOfflineQueue off: while Redis is away a call fails at once and the insurance limiter answers.
    const redis = anyOn && config.REDIS_URL ? new Redis(config.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null;
    redis?.on('error', (e) => log.warn('rate limiter: Redis error; counting in memory until it is back', e));
    const make = (kind: RateLimitKind, points: number) => {
      if (points <= 0) return null;
      const keyPrefix = `${config.RATE_LIMIT_KEY_PREFIX}:${kind}`;
      const memory = new RateLimiterMemory({ keyPrefix, points, duration });
      const limiter = redis ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, insuranceLimiter: memory }) : memory;
      return { limiter, max: points };
    };
    return new RateLimits({ viewer: make('viewer', config.RATE_LIMIT_PER_VIEWER), ip: make('ip', config.RATE_LIMIT_PER_IP) }, duration, log, redis);
  }

  get enabled(): boolean {
    return this.limiters.viewer !== null || this.limiters.ip !== null;
  }

  /** Counts one request against each key given; the first limit it goes over, or null. */
  async consume(keys: Partial<Record<RateLimitKind, string>>): Promise<RateLimitRefusal | null> {
    for (const kind of ['ip', 'viewer'] as const) {
      const entry = this.limiters[kind];
      const key = keys[kind];
      if (!entry || !key) continue;
      try {
        await entry.limiter.consume(key);
      } catch (e) {
        if (e instanceof RateLimiterRes) {
          return { limit: kind, max: entry.max, windowSeconds: this.windowSeconds, retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
        }
        this.log.warn(`rate limiter (${kind}) failed; the request is let through`, e); // fail open: limits protect, they must not take the service down
      }
    }
    return null;
  }

  async close(): Promise<void> {
    if (this.redis) await this.redis.quit().catch(() => this.redis?.disconnect());
  }
}

export function rateLimitMessage(r: RateLimitRefusal): string {
  const who = r.limit === 'viewer' ? 'this viewer' : 'this IP address';
  return `rate limit exceeded: more than ${r.max} requests in ${r.windowSeconds} s for ${who} (${SETTING[r.limit]}=${r.max}); retry in ${r.retryAfterSeconds} s`;
}

/** The error of a refused subscribe message (HTTP answers 429 itself, see http-guard.ts). */
export function rateLimitedError(r: RateLimitRefusal): GraphQLError {
  return new GraphQLError(rateLimitMessage(r), {
    extensions: {
      code: 'RATE_LIMITED',
      limit: r.limit,
      max: r.max,
      windowSeconds: r.windowSeconds,
      retryAfterSeconds: r.retryAfterSeconds,
    },
  });
}
