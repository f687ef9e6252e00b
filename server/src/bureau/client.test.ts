import { freePort } from '../../../ops/processes.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBureauClient, type BureauClient, type BureauClientOptions } from './client.js';
import { MemoryRecordSource } from './record-source.js';
import { createReplyCache, MemoryReplyCache } from './reply-cache.js';
import { startBureauSimulator, type BureauSimulator } from './simulator.js';
import { sampleReport } from './test-fixtures.js';

const source = new MemoryRecordSource(Array.from({ length: 50 }, (_, i) => sampleReport(`demo:${i}`, { score: 600 + i })));
let sim: BureauSimulator;
const clients: BureauClient[] = [];

function client(opts: Partial<BureauClientOptions> = {}): BureauClient {
  const c = createBureauClient({ url: sim.url, timeoutMs: 300, cache: new MemoryReplyCache(), ...opts });
  clients.push(c);
  return c;
}

/**
 * Timer and scheduling jitter on a shared 2-core machine running the whole suite in parallel.
 * Each bound stays below what a real bug would cost (a second attempt's full budget, or waiting
 * for the slow or hung bureau), so the assertions still fail on the bugs they are about.
 */
const SLACK_MS = 40;
/** "At once": no request and no wait, only a little of this process's own work. */
const FAST_MS = 25;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  sim = await startBureauSimulator({ source, latencyMs: 10 });
});
afterAll(() => sim.close());
afterEach(async () => {
  sim.setBehaviour({ latencyMs: 10, latencyJitterMs: 0, failureRate: 0, failureMode: 'error' });
  sim.resetStats();
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

describe('bureau client', () => {
  it('fetches a report, then serves the second call from the cache without touching the bureau', async () => {
    const c = client();
    const first = await c.fetchReport({ subjectRef: 'demo:3', name: 'Ravi' });
    expect(first).toMatchObject({ ok: true, cached: false, report: { subjectRef: 'demo:3', score: 603, hit: true } });
    expect(sim.stats().reportRequests).toBe(1);

    await sleep(5); // the cache write is not awaited by fetchReport
    const second = await c.fetchReport({ subjectRef: 'demo:3', name: 'Ravi' });
    expect(second).toMatchObject({ ok: true, cached: true, report: { score: 603 } });
    expect(sim.stats().reportRequests).toBe(1);
    expect(c.health()).toMatchObject({ state: 'CLOSED', calls: 2, cacheHits: 1, failures: 0, bureauRequests: 1 });
  });

  it('returns a no-hit report for a subject the bureau has no file on (new to credit)', async () => {
    const outcome = await client().fetchReport({ subjectRef: 'ntc:ab12' });
    expect(outcome).toMatchObject({ ok: true, report: { hit: false, score: null } });
  });

  it('does not ask the bureau (nor use the cache) without consent', async () => {
    const c = client();
    await c.fetchReport({ subjectRef: 'demo:4' });
    const outcome = await c.fetchReport({ subjectRef: 'demo:4' }, { consent: false });
    expect(outcome).toMatchObject({ ok: false, reason: 'NO_CONSENT' });
    expect(sim.stats().reportRequests).toBe(1);
  });

  it('with the bureau failing: ok:false within budget, breaker opens after N failures, then fails fast, then recovers', async () => {
    sim.setBehaviour({ failureRate: 1, failureMode: 'error', latencyMs: 5 });
    const c = client({ timeoutMs: 300, retries: 0, breaker: { consecutiveFailures: 3, halfOpenAfterMs: 300 } });

    for (let i = 0; i < 3; i++) {
      const outcome = await c.fetchReport({ subjectRef: `demo:${i}` });
      expect(outcome).toMatchObject({ ok: false, reason: 'ERROR' });
      expect(outcome.latencyMs).toBeLessThan(300 + SLACK_MS);
    }
    expect(c.health().state).toBe('OPEN');
    expect(c.health().openedAt).not.toBeNull();
    const requestsWhenOpened = sim.stats().reportRequests;
    expect(requestsWhenOpened).toBe(3);

    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const outcome = await c.fetchReport({ subjectRef: `demo:${10 + i}` });
      expect(performance.now() - t0).toBeLessThan(FAST_MS);
      expect(outcome).toMatchObject({ ok: false, reason: 'BREAKER_OPEN' });
    }
    expect(sim.stats().reportRequests).toBe(requestsWhenOpened);
    expect(c.health()).toMatchObject({ state: 'OPEN', failures: 8, lastFailureReason: 'BREAKER_OPEN' });

    sim.setBehaviour({ failureRate: 0 });
    await sleep(320);
    const probe = await c.fetchReport({ subjectRef: 'demo:20' });
    expect(probe).toMatchObject({ ok: true, cached: false, report: { score: 620 } });
    expect(c.health()).toMatchObject({ state: 'CLOSED', openedAt: null });
    expect(await c.fetchReport({ subjectRef: 'demo:21' })).toMatchObject({ ok: true });
  });

  it('reopens when the half-open probe fails', async () => {
    sim.setBehaviour({ failureRate: 1, latencyMs: 0 });
    const c = client({ timeoutMs: 300, retries: 0, breaker: { consecutiveFailures: 2, halfOpenAfterMs: 100 } });
    await c.fetchReport({ subjectRef: 'demo:1' });
    await c.fetchReport({ subjectRef: 'demo:2' });
    expect(c.health().state).toBe('OPEN');
    await sleep(120);
    expect(await c.fetchReport({ subjectRef: 'demo:3' })).toMatchObject({ ok: false, reason: 'ERROR' });
    expect(c.health().state).toBe('OPEN');
    expect(sim.stats().reportRequests).toBe(3);
  });

  it('retries a failed attempt within the budget', async () => {
    // Deterministic: the first request fails, the second succeeds.
    let n = 0;
    const flaky = await startBureauSimulator({ source, latencyMs: 0, failureRate: 0.5, random: () => (n++ === 0 ? 0 : 0.99) });
    try {
      const c = client({ url: flaky.url, retries: 1, backoffMs: 1 });
      const outcome = await c.fetchReport({ subjectRef: 'demo:5' });
      expect(outcome).toMatchObject({ ok: true, report: { score: 605 } });
      expect(flaky.stats()).toMatchObject({ reportRequests: 2, failures: 1, served: 1 });
      expect(c.health().bureauRequests).toBe(2);
    } finally {
      await flaky.close();
    }
  });

  it('returns TIMEOUT within budget when the bureau never answers, and aborts the request', async () => {
    sim.setBehaviour({ failureRate: 1, failureMode: 'timeout' });
    const c = client({ timeoutMs: 60, retries: 1, breaker: { consecutiveFailures: 100 } });
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const outcome = await c.fetchReport({ subjectRef: `demo:${i}` });
      const took = performance.now() - t0;
      expect(outcome).toMatchObject({ ok: false, reason: 'TIMEOUT' });
      expect(took).toBeLessThan(60 + SLACK_MS);
      expect(took).toBeGreaterThanOrEqual(55);
    }
    await sleep(20);
    // Aborted fetches close their sockets: the simulator sees the client hang up.
    expect(sim.stats()).toMatchObject({ heldOpen: 3, holding: 0 });
  });

  it('returns TIMEOUT within budget when the bureau is merely slow; a per-attempt timeout lets the retry win', async () => {
    sim.setBehaviour({ latencyMs: 500 });
    const c = client({ timeoutMs: 80 });
    const outcome = await c.fetchReport({ subjectRef: 'demo:1' });
    expect(outcome).toMatchObject({ ok: false, reason: 'TIMEOUT' });
    expect(outcome.latencyMs).toBeLessThan(80 + SLACK_MS);

    let n = 0;
    const once = await startBureauSimulator({ source, latencyMs: 0, failureRate: 0.5, failureMode: 'timeout', random: () => (n++ === 0 ? 0 : 0.99) });
    try {
      // Without the per-attempt timeout, the hung first attempt alone would take all 600 ms.
      const c2 = client({ url: once.url, timeoutMs: 600, attemptTimeoutMs: 100, retries: 1, backoffMs: 1 });
      expect(await c2.fetchReport({ subjectRef: 'demo:2' })).toMatchObject({ ok: true, report: { score: 602 } });
      expect(once.stats().reportRequests).toBe(2);
    } finally {
      await once.close();
    }
  });

  it('fails fast with RATE_LIMITED above the rate, without queueing; cache hits are not limited', async () => {
    sim.setBehaviour({ latencyMs: 0 });
    const c = client({ rateLimitPerSecond: 3 });
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await c.fetchReport({ subjectRef: `demo:${i}` }));
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.reason))).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED', 'RATE_LIMITED']);
    expect(outcomes[4].latencyMs).toBeLessThan(FAST_MS);
    expect(sim.stats().reportRequests).toBe(3);
    await sleep(5);
    expect(await c.fetchReport({ subjectRef: 'demo:0' })).toMatchObject({ ok: true, cached: true });
    expect(c.health()).toMatchObject({ rateLimited: 2, failures: 0 });
  });

  it('returns ERROR (never throws) when nothing listens at the URL', async () => {
    const c = client({ url: `http://127.0.0.1:${await freePort()}`, timeoutMs: 100 });
    const outcome = await c.fetchReport({ subjectRef: 'demo:1' });
    expect(outcome).toMatchObject({ ok: false, reason: 'ERROR' });
    expect(outcome.latencyMs).toBeLessThan(100 + SLACK_MS);
  });

  it('treats a malformed reply as ERROR', async () => {
    const c = client({
      retries: 0,
      fetch: async () => new Response(JSON.stringify({ report: { subjectRef: 'demo:1', score: 'high' } }), { status: 200 }),
    });
    const outcome = await c.fetchReport({ subjectRef: 'demo:1' });
    expect(outcome).toMatchObject({ ok: false, reason: 'ERROR' });
    expect(outcome.ok ? '' : outcome.detail).toMatch(/not a report/);
  });

  it('an isolated breaker refuses calls until released', async () => {
    const c = client();
    const handle = c.isolate();
    expect(c.health().state).toBe('ISOLATED');
    expect(await c.fetchReport({ subjectRef: 'demo:1' })).toMatchObject({ ok: false, reason: 'BREAKER_OPEN' });
    handle.dispose();
    expect(await c.fetchReport({ subjectRef: 'demo:1' })).toMatchObject({ ok: true });
  });

  it('stays within budget with a Redis cache whose server is down', async () => {
    const cache = createReplyCache({ redisUrl: `redis://127.0.0.1:${await freePort()}` });
    try {
      const c = client({ cache, timeoutMs: 300 });
      const outcome = await c.fetchReport({ subjectRef: 'demo:6' });
      expect(outcome).toMatchObject({ ok: true, cached: false, report: { score: 606 } });
      expect(outcome.latencyMs).toBeLessThan(300 + SLACK_MS); // a Redis connect timeout alone is 1,000 ms
    } finally {
      await cache.close();
    }
  });
});
