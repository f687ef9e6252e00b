// The credit bureau client. A credit decision has a latency budget and a fallback (alternative
// data), so this client's one promise is: fetchReport() never throws and settles within timeoutMs
// (plus a few ms of scheduling), whatever the bureau, the cache or Redis do.
//
// Per call:
//   1. consent: without it, NO_CONSENT (not even a cached report is used);
//   2. reply cache (a hit never touches the bureau nor the rate limit);
//   3. breaker open (or a half-open probe in flight): BREAKER_OPEN at once, no limiter, no request;
//   4. rate limit: RATE_LIMITED at once when over rateLimitPerSecond (fail fast, never queue);
//   5. the bureau through cockatiel: timeout(remaining budget) ⊃ retry ⊃ circuit breaker ⊃
//      [per-attempt timeout] ⊃ fetch, with the timeout's AbortSignal on the fetch so a timed-out
//      request is really aborted (its socket closed), not left running.
// Only successful replies are cached, without waiting for the cache write.
import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  ExponentialBackoff,
  IsolatedCircuitError,
  TaskCancelledError,
  TimeoutStrategy,
  circuitBreaker,
  handleWhen,
  retry,
  timeout,
  wrap,
  type CircuitBreakerPolicy,
  type IPolicy,
} from 'cockatiel';
import { setMaxListeners } from 'node:events';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from '../logger.js';
import { MemoryReplyCache, type ReplyCache } from './reply-cache.js';
import { bureauReportSchema, firstIssue, type BureauReport, type BureauSubject } from './report.js';

export type BureauFailureReason = 'BREAKER_OPEN' | 'TIMEOUT' | 'ERROR' | 'RATE_LIMITED' | 'NO_CONSENT';

export type BureauOutcome =
  | { ok: true; report: BureauReport; cached: boolean; latencyMs: number }
  | { ok: false; reason: BureauFailureReason; latencyMs: number; /** For logs, not for users. */ detail?: string };

export type BreakerStateName = 'CLOSED' | 'OPEN' | 'HALF_OPEN' | 'ISOLATED';

export interface BureauHealth {
  state: BreakerStateName;
  /** fetchReport() calls. */
  calls: number;
  /** Calls that ended TIMEOUT, ERROR or BREAKER_OPEN. */
  failures: number;
  cacheHits: number;
  rateLimited: number;
  /** HTTP requests sent to the bureau (retries included). */
  bureauRequests: number;
  lastFailureAt: string | null;
  lastFailureReason: BureauFailureReason | null;
  /** When the breaker last opened; null while it is closed. */
  openedAt: string | null;
}

export interface BureauClientOptions {
  /** Base URL of the bureau, e.g. http://127.0.0.1:4010. */
  url: string;
  /** Overall budget per call, cache read and retries included (ms). */
  timeoutMs?: number;
  /** Budget of one HTTP attempt (ms); by default only the overall budget applies. */
  attemptTimeoutMs?: number;
  /** Retries after a failed attempt (0: one attempt only). */
  retries?: number;
  /** First retry delay (ms); later ones grow exponentially with jitter. */
  backoffMs?: number;
  breaker?: {
    /** Consecutive failed attempts (timeouts, 5xx, network errors) that open the breaker. */
    consecutiveFailures?: number;
    /** How long the breaker stays open before one probe request is let through (ms). */
    halfOpenAfterMs?: number;
  };
  /** Bureau requests per second, over all replicas when `redis` is given. */
  rateLimitPerSecond?: number;
  /** Shares the rate limit across replicas (RateLimiterRedis, with an in-process fallback). */
  redis?: Redis;
  /** Redis key prefix of the shared rate limit. */
  rateLimitKeyPrefix?: string;
  cache?: ReplyCache;
  cacheTtlSeconds?: number;
  /** Longest wait for the reply cache before it counts as a miss (ms). */
  cacheReadTimeoutMs?: number;
  logger?: Logger;
  /** For tests: a fetch implementation. */
  fetch?: typeof fetch;
}

export interface BureauClient {
  fetchReport(subject: BureauSubject, opts?: { consent?: boolean }): Promise<BureauOutcome>;
  health(): BureauHealth;
  /** Holds the breaker open (an operator taking the bureau out) until dispose(). */
  isolate(): { dispose(): void };
  /** Aborts requests in flight; later calls return ERROR. The cache and Redis client given stay open. */
  close(): Promise<void>;
}

export const BUREAU_CLIENT_DEFAULTS = {
  timeoutMs: 60,
  retries: 1,
  backoffMs: 5,
  consecutiveFailures: 5,
  halfOpenAfterMs: 2_000,
  rateLimitPerSecond: 200,
  cacheTtlSeconds: 3_600,
  cacheReadTimeoutMs: 15,
} as const;

/** A non-2xx reply. 4xx (other than 429) are our fault: not retried, not counted by the breaker. */
export class BureauHttpError extends Error {
  constructor(readonly status: number) {
    super(`bureau replied HTTP ${status}`);
  }
  get transient(): boolean {
    return this.status >= 500 || this.status === 429 || this.status === 408;
  }
}

/** A 200 whose body is not a report for the subject asked about. */
export class BureauReplyError extends Error {}

/** The attempt's own time ran out and its request was aborted. */
class AttemptTimeoutError extends Error {}

/** The call was given up before or during an attempt for reasons that say nothing about the bureau. */
class AttemptAbandonedError extends Error {}

const STATE_NAMES: Record<CircuitState, BreakerStateName> = {
  [CircuitState.Closed]: 'CLOSED',
  [CircuitState.Open]: 'OPEN',
  [CircuitState.HalfOpen]: 'HALF_OPEN',
  [CircuitState.Isolated]: 'ISOLATED',
};

/** Errors that say the bureau is unwell: they are retried and they count towards opening. */
function isBureauFault(err: Error): boolean {
  if (err instanceof AttemptAbandonedError) return false;
  if (err instanceof BureauHttpError) return err.transient;
  return true;
}

function reasonOf(err: unknown): BureauFailureReason {
  if (err instanceof BrokenCircuitError || err instanceof IsolatedCircuitError) return 'BREAKER_OPEN';
  if (err instanceof TaskCancelledError || err instanceof AttemptTimeoutError) return 'TIMEOUT';
  return 'ERROR';
}

/** Resolves to the promise's value, or to `fallback` once ms have passed; never rejects. */
function within<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), Math.max(0, ms));
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}

const TIMED_OUT = Symbol('timed out');

export function createBureauClient(opts: BureauClientOptions): BureauClient {
  const o = {
    timeoutMs: opts.timeoutMs ?? BUREAU_CLIENT_DEFAULTS.timeoutMs,
    retries: Math.max(0, Math.floor(opts.retries ?? BUREAU_CLIENT_DEFAULTS.retries)),
    backoffMs: Math.max(0, opts.backoffMs ?? BUREAU_CLIENT_DEFAULTS.backoffMs),
    consecutiveFailures: opts.breaker?.consecutiveFailures ?? BUREAU_CLIENT_DEFAULTS.consecutiveFailures,
    halfOpenAfterMs: opts.breaker?.halfOpenAfterMs ?? BUREAU_CLIENT_DEFAULTS.halfOpenAfterMs,
    rateLimitPerSecond: opts.rateLimitPerSecond ?? BUREAU_CLIENT_DEFAULTS.rateLimitPerSecond,
    cacheTtlSeconds: opts.cacheTtlSeconds ?? BUREAU_CLIENT_DEFAULTS.cacheTtlSeconds,
    cacheReadTimeoutMs: opts.cacheReadTimeoutMs ?? BUREAU_CLIENT_DEFAULTS.cacheReadTimeoutMs,
  };
  if (!(o.timeoutMs > 0)) throw new Error('bureau client: timeoutMs must be > 0');
  if (!(o.consecutiveFailures >= 1)) throw new Error('bureau client: breaker.consecutiveFailures must be >= 1');
  if (!(o.rateLimitPerSecond >= 1)) throw new Error('bureau client: rateLimitPerSecond must be >= 1');
  const endpoint = `${opts.url.replace(/\/+$/, '')}/v1/reports`;
  const doFetch = opts.fetch ?? fetch;
  const cache = opts.cache ?? new MemoryReplyCache();
  const logger = opts.logger;

  // Rate limit: one fixed one-second window for the whole client (or, with Redis, the whole
  // fleet). With Redis, an in-process limiter stands in while Redis is unreachable.
  const memoryLimiter = new RateLimiterMemory({ points: o.rateLimitPerSecond, duration: 1 });
  const limiter: RateLimiterAbstract = opts.redis
    ? new RateLimiterRedis({
        storeClient: opts.redis,
        keyPrefix: opts.rateLimitKeyPrefix ?? 'creditgraph:bureau-rate',
        points: o.rateLimitPerSecond,
        duration: 1,
        rejectIfRedisNotReady: true,
        insuranceLimiter: memoryLimiter,
      })
    : memoryLimiter;

  const breaker: CircuitBreakerPolicy = circuitBreaker(handleWhen(isBureauFault), {
    halfOpenAfter: o.halfOpenAfterMs,
    breaker: new ConsecutiveBreaker(o.consecutiveFailures),
  });
  // Never retry into an open breaker nor after the caller's budget is spent.
  const retryPolicy = retry(
    handleWhen((err) => isBureauFault(err) && !(err instanceof BrokenCircuitError) && !(err instanceof IsolatedCircuitError)),
    {
      maxAttempts: o.retries,
      backoff: new ExponentialBackoff({ initialDelay: Math.max(1, o.backoffMs), maxDelay: Math.max(1, o.backoffMs * 16) }),
    },
  );
  const attemptTimeout =
    opts.attemptTimeoutMs && opts.attemptTimeoutMs < o.timeoutMs
      ? timeout(opts.attemptTimeoutMs, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: true })
      : null;

  const stats = {
    calls: 0,
    failures: 0,
    cacheHits: 0,
    rateLimited: 0,
    bureauRequests: 0,
    lastFailureAt: null as string | null,
    lastFailureReason: null as BureauFailureReason | null,
    openedAt: null as number | null,
  };
  const closeController = new AbortController();
  // Every call in flight listens on it (through cockatiel): a hundred concurrent decisions are
  // normal, not a listener leak worth a MaxListenersExceededWarning.
  setMaxListeners(0, closeController.signal);
  const listeners = [
    breaker.onBreak(() => {
      stats.openedAt = Date.now();
      logger?.warn(`bureau breaker opened after ${o.consecutiveFailures} consecutive failures; retry in ${o.halfOpenAfterMs} ms`);
    }),
    breaker.onReset(() => {
      stats.openedAt = null;
      logger?.info('bureau breaker closed: the bureau answers again');
    }),
  ];

  /** One HTTP attempt. `signal` is aborted by whichever timeout fires first, or by close(). */
  async function attempt(subject: BureauSubject, signal: AbortSignal): Promise<BureauReport> {
    // The overall timeout can fire while the retry policy sleeps; its next attempt then starts
    // already aborted. That is not the bureau's fault and must not count against the breaker.
    if (signal.aborted) throw new AttemptAbandonedError('budget spent before the attempt');
    stats.bureauRequests += 1;
    let res: Response;
    try {
      res = await doFetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ subjectRef: subject.subjectRef, name: subject.name, age: subject.age, phone: subject.phone }),
        signal,
      });
    } catch (err) {
      if (closeController.signal.aborted) throw new AttemptAbandonedError('client closed');
      if (signal.aborted) throw new AttemptTimeoutError('bureau request aborted: out of time');
      throw err;
    }
    let body: unknown;
    try {
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        throw new BureauHttpError(res.status);
      }
      body = await res.json();
    } catch (err) {
      if (err instanceof BureauHttpError) throw err;
      if (signal.aborted) throw new AttemptTimeoutError('bureau reply aborted: out of time');
      throw new BureauReplyError(`bureau reply is not JSON: ${(err as Error).message}`);
    }
    const parsed = bureauReportSchema.safeParse((body as { report?: unknown } | null)?.report);
    if (!parsed.success) throw new BureauReplyError(`bureau reply is not a report: ${firstIssue(parsed.error)}`);
    if (parsed.data.subjectRef !== subject.subjectRef) {
      throw new BureauReplyError(`bureau replied for another subject (${parsed.data.subjectRef})`);
    }
    return parsed.data;
  }

  function fail(started: number, reason: BureauFailureReason, detail?: string): BureauOutcome {
    if (reason === 'TIMEOUT' || reason === 'ERROR' || reason === 'BREAKER_OPEN') {
      stats.failures += 1;
      stats.lastFailureAt = new Date().toISOString();
      stats.lastFailureReason = reason;
    }
    if (reason === 'RATE_LIMITED') stats.rateLimited += 1;
    return { ok: false, reason, latencyMs: elapsed(started), detail };
  }

  function breakerRefuses(): boolean {
    const state = breaker.state;
    if (state === CircuitState.Isolated || state === CircuitState.HalfOpen) return true;
    if (state !== CircuitState.Open) return false;
    // Open until halfOpenAfterMs has passed; then the breaker lets the next call through as a probe.
    return stats.openedAt !== null && Date.now() - stats.openedAt < o.halfOpenAfterMs;
  }

  async function fetchReport(subject: BureauSubject, callOpts: { consent?: boolean } = {}): Promise<BureauOutcome> {
    const started = performance.now();
    stats.calls += 1;
    try {
      if (closeController.signal.aborted) return fail(started, 'ERROR', 'client closed');
      if (callOpts.consent === false) return fail(started, 'NO_CONSENT');
      const key = subject.subjectRef;

      const cached = await within(cache.get(key), Math.min(o.cacheReadTimeoutMs, o.timeoutMs), undefined);
      if (cached) {
        stats.cacheHits += 1;
        return { ok: true, report: cached, cached: true, latencyMs: elapsed(started) };
      }

      if (breakerRefuses()) return fail(started, 'BREAKER_OPEN', 'breaker open');

      const limit = await within(
        limiter.consume('all').then(
          () => 'ok' as const,
          (rej: unknown) => (rej instanceof RateLimiterRes ? ('limited' as const) : ('ok' as const)),
        ),
        o.timeoutMs - elapsed(started),
        TIMED_OUT,
      );
      if (limit === 'limited') return fail(started, 'RATE_LIMITED', `over ${o.rateLimitPerSecond} requests/s`);
      if (limit === TIMED_OUT) return fail(started, 'TIMEOUT', 'rate limiter did not answer in time');

      const remaining = o.timeoutMs - elapsed(started);
      if (remaining <= 0) return fail(started, 'TIMEOUT', 'budget spent before the bureau was asked');
      const overall = timeout(remaining, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: true });
      const policy: IPolicy<any> = attemptTimeout
        ? wrap(overall, retryPolicy, breaker, attemptTimeout)
        : wrap(overall, retryPolicy, breaker);

      let lastAttemptError: unknown = null;
      try {
        const report = await policy.execute(async ({ signal }: { signal: AbortSignal }) => {
          try {
            return await attempt(subject, signal);
          } catch (err) {
            lastAttemptError = err;
            throw err;
          }
        }, closeController.signal);
        void cache.set(key, report, o.cacheTtlSeconds).catch(() => undefined);
        return { ok: true, report, cached: false, latencyMs: elapsed(started) };
      } catch (err) {
        // The breaker may have opened on this call's own first failure; that failure is the
        // honest reason for this call.
        const reason =
          reasonOf(err) === 'BREAKER_OPEN' && lastAttemptError ? reasonOf(lastAttemptError) : reasonOf(err);
        const detail = (lastAttemptError as Error | null)?.message ?? (err as Error).message;
        logger?.debug(`bureau: ${subject.subjectRef} ${reason}: ${detail}`);
        return fail(started, reason, detail);
      }
    } catch (err) {
      // Defensive: nothing above should throw, and a decision must never fail because of us.
      logger?.error('bureau client: unexpected error', err);
      return fail(started, 'ERROR', (err as Error).message);
    }
  }

  return {
    fetchReport,
    health: () => ({
      state: STATE_NAMES[breaker.state],
      calls: stats.calls,
      failures: stats.failures,
      cacheHits: stats.cacheHits,
      rateLimited: stats.rateLimited,
      bureauRequests: stats.bureauRequests,
      lastFailureAt: stats.lastFailureAt,
      lastFailureReason: stats.lastFailureReason,
      openedAt: stats.openedAt === null ? null : new Date(stats.openedAt).toISOString(),
    }),
    isolate: () => breaker.isolate(),
    close: async () => {
      closeController.abort();
      for (const l of listeners) l.dispose();
    },
  };
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
