import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dashboardStream, MIN_INTERVAL_MS } from './dashboard-stream.js';
import type { KpiFeed } from './kpi-feed.js';
import type { DashboardSnapshot, KpiWindowName } from './types.js';

/** 1 s into a minute: the LAST_HOUR bucket (a minute) does not change for 59 s. */
const T0 = Date.UTC(2025, 5, 1, 12, 0, 1);

/** The part of KpiFeed dashboardStream uses: store.snapshot and onChange. */
function fakeFeed() {
  const listeners = new Map<string, Set<() => void>>();
  let version = 0;
  const snapshotCalls: { tenantId: string; window: KpiWindowName }[] = [];
  const feed = {
    store: {
      snapshot(tenantId: string, window: KpiWindowName): DashboardSnapshot {
        snapshotCalls.push({ tenantId, window });
        return { window, version, asOf: new Date(Date.now()) } as DashboardSnapshot;
      },
    },
    onChange(tenantId: string, listener: () => void) {
      let set = listeners.get(tenantId);
      if (!set) listeners.set(tenantId, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  };
  return {
    feed: feed as unknown as KpiFeed,
    snapshotCalls,
    listenerCount: (tenantId = 't1') => listeners.get(tenantId)?.size ?? 0,
    get version() {
      return version;
    },
    /** A change of the tenant's KPIs, as KpiFeed reports it. */
    change(tenantId = 't1') {
      version++;
      for (const l of [...(listeners.get(tenantId) ?? [])]) l();
    },
  };
}

/** Tracks whether a promise has settled, for checking under fake timers. */
function track<T>(p: Promise<T>) {
  const state: { settled: boolean; value?: T } = { settled: false };
  void p.then((value) => {
    state.settled = true;
    state.value = value;
  });
  return state;
}

/** The first message is sent on a 0 ms timer: pull it with the fake clock running. */
async function pullFirst(stream: AsyncIterableIterator<DashboardSnapshot>) {
  const first = track(stream.next());
  await vi.advanceTimersByTimeAsync(0);
  expect(first.settled).toBe(true);
  return first.value!;
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('dashboardStream', { timeout: 5_000 }, () => {
  it('the first next() resolves at once with the current snapshot of that tenant and window', async () => {
    const f = fakeFeed();
    const stream = dashboardStream(f.feed, 't1', 'LAST_DAY');
    const first = track(stream.next());
    await vi.advanceTimersByTimeAsync(0);
    expect(first.settled).toBe(true);
    expect(first.value).toEqual({ done: false, value: expect.objectContaining({ window: 'LAST_DAY', version: 0 }) });
    expect(f.snapshotCalls).toEqual([{ tenantId: 't1', window: 'LAST_DAY' }]);
    await stream.return!();
  });

  it('after the first message, waits for a change', async () => {
    const f = fakeFeed();
    const stream = dashboardStream(f.feed, 't1', 'LAST_HOUR');
    await pullFirst(stream);
    const second = track(stream.next());
    await vi.advanceTimersByTimeAsync(5_000);
    expect(second.settled).toBe(false);
    f.change('t2'); // another tenant's change is not ours
    await vi.advanceTimersByTimeAsync(1_000);
    expect(second.settled).toBe(false);
    f.change('t1');
    await vi.advanceTimersByTimeAsync(0); // quiet for longer than MIN_INTERVAL_MS: goes out at once
    expect(second.settled).toBe(true);
    expect(second.value!.value!.version).toBe(2);
    await stream.return!();
  });

  it('a burst of 50 changes in 1 s gives at most 5 messages, each the latest state, at least MIN_INTERVAL_MS apart', async () => {
    const f = fakeFeed();
    const stream = dashboardStream(f.feed, 't1', 'LAST_HOUR');
    const received: { version: number; at: number; changesSoFar: number }[] = [];
    const consumer = (async () => {
      for await (const s of stream) received.push({ version: s.version, at: Date.now(), changesSoFar: f.version });
    })();
    for (let i = 0; i < 50; i++) {
      await vi.advanceTimersByTimeAsync(20);
      f.change();
    }
    expect(Date.now() - T0).toBe(1_000);
    expect(received.length).toBeLessThanOrEqual(5);
    expect(received.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < received.length; i++) {
      expect(received[i].at - received[i - 1].at).toBeGreaterThanOrEqual(MIN_INTERVAL_MS);
      expect(received[i].version).toBeGreaterThan(received[i - 1].version);
    }
    // Each message is the state when it was sent, not when its first change happened.
    for (const r of received) expect(r.version).toBe(r.changesSoFar);

    // The last changes are not lost: they go out one interval later.
    await vi.advanceTimersByTimeAsync(MIN_INTERVAL_MS);
    expect(received[received.length - 1].version).toBe(50);
    await stream.return!();
    await consumer;
  });

  it('a consumer that pulls late gets one message with the latest state, not a backlog', async () => {
    const f = fakeFeed();
    const stream = dashboardStream(f.feed, 't1', 'LAST_HOUR');
    await pullFirst(stream);
    for (let i = 0; i < 50; i++) {
      f.change();
      await vi.advanceTimersByTimeAsync(20);
    }
    const next = track(stream.next());
    await vi.advanceTimersByTimeAsync(0);
    expect(next.value!.value!.version).toBe(50);
    const after = track(stream.next());
    await vi.advanceTimersByTimeAsync(2_000);
    expect(after.settled).toBe(false);
    await stream.return!();
  });

  it('sends the state again when the clock enters a new bucket, with no event', async () => {
    vi.setSystemTime(Date.UTC(2025, 5, 1, 12, 0, 58, 500)); // 1.5 s before the next minute
    const f = fakeFeed();
    const stream = dashboardStream(f.feed, 't1', 'LAST_HOUR');
    await pullFirst(stream);
    const next = track(stream.next());
    await vi.advanceTimersByTimeAsync(1_000); // still 12:00:59
    expect(next.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000); // 12:01:00.5: the clock check sees a new minute
    await vi.advanceTimersByTimeAsync(1); // (a 0 ms timer set during a fake tick runs 1 ms later)
    expect(next.settled).toBe(true);
    expect(next.value!.done).toBe(false);
    await stream.return!();
  });

  it('return() unsubscribes, ends a pending next(), ends the stream and leaves no timers', async () => {
    const f = fakeFeed();
    const stream = dashboardStream(f.feed, 't1', 'LAST_HOUR');
    expect(f.listenerCount()).toBe(1);
    await pullFirst(stream);
    const pending = track(stream.next());
    await vi.advanceTimersByTimeAsync(10);
    expect(await stream.return!()).toEqual({ value: undefined, done: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(pending.value).toEqual({ value: undefined, done: true });
    expect(f.listenerCount()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
    // A change after the end neither throws nor reads the store.
    const reads = f.snapshotCalls.length;
    f.change();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(f.snapshotCalls.length).toBe(reads);
  });

  it('return() during the throttle delay cancels the pending delivery', async () => {
    const f = fakeFeed();
    const stream = dashboardStream(f.feed, 't1', 'LAST_HOUR');
    await pullFirst(stream);
    const pending = track(stream.next());
    f.change(); // right after a message: delivery waits for MIN_INTERVAL_MS
    await vi.advanceTimersByTimeAsync(10);
    expect(pending.settled).toBe(false);
    await stream.return!();
    await vi.advanceTimersByTimeAsync(MIN_INTERVAL_MS);
    expect(pending.value).toEqual({ value: undefined, done: true });
    expect(f.snapshotCalls).toHaveLength(1);
  });

  it('throw() unsubscribes and rejects with the error', async () => {
    const f = fakeFeed();
    const stream = dashboardStream(f.feed, 't1', 'LAST_HOUR');
    const boom = new Error('boom');
    await expect(stream.throw!(boom)).rejects.toBe(boom);
    expect(f.listenerCount()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });
});
