import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recoveryKpisByWindow, type RecoveryKpisByWindow } from './recovery-kpis.js';
import { RecoveryTracker } from './recovery-tracker.js';

const silent = { debug() {}, info() {}, warn() {}, error() {} };
const kpis = (open: number): RecoveryKpisByWindow => recoveryKpisByWindow([], new Map([['REMINDER', open]]));

function tracker(opts: { fail?: () => boolean; readMs?: number } = {}) {
  const reads: { tenantId: string; at: number }[] = [];
  const published: { tenantId: string; open: number }[] = [];
  let open = 0;
  const t = new RecoveryTracker({
    read: async (tenantId) => {
      reads.push({ tenantId, at: Date.now() });
      if (opts.readMs) await new Promise((r) => setTimeout(r, opts.readMs));
      if (opts.fail?.()) throw new Error('database is down');
      return kpis(++open);
    },
    publish: (tenantId, k) => published.push({ tenantId, open: k.LAST_HOUR.openCases }),
    log: silent,
    minIntervalMs: 2_000,
  });
  return { t, reads, published };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2025, 5, 1, 12));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('RecoveryTracker', () => {
  it('reads at once after a quiet spell, then at most once per interval however many changes arrive', async () => {
    const { t, reads, published } = tracker();
    t.invalidate('t1');
    await vi.advanceTimersByTimeAsync(0);
    expect(reads).toHaveLength(1);
    for (let i = 0; i < 50; i++) {
      t.invalidate('t1');
      await vi.advanceTimersByTimeAsync(20);
    }
    // 1 s after the first read: the burst waits for the interval, as one read.
    expect(reads).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(reads).toHaveLength(2);
    expect(reads[1].at - reads[0].at).toBeGreaterThanOrEqual(2_000);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reads).toHaveLength(2);
    expect(published).toEqual([
      { tenantId: 't1', open: 1 },
      { tenantId: 't1', open: 2 },
    ]);
    await t.close();
  });

  it('keeps tenants apart', async () => {
    const { t, reads } = tracker();
    t.invalidate('t1');
    t.invalidate('t2');
    t.invalidate('t1');
    await vi.advanceTimersByTimeAsync(0);
    expect(reads.map((r) => r.tenantId).sort()).toEqual(['t1', 't2']);
    await t.close();
  });

  it('reads again after a read during which a change arrived', async () => {
    const { t, reads } = tracker({ readMs: 500 });
    t.invalidate('t1');
    await vi.advanceTimersByTimeAsync(100);
    t.invalidate('t1'); // while the first read runs: it may have missed this change
    await vi.advanceTimersByTimeAsync(400);
    expect(reads).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(reads).toHaveLength(2);
    await t.close();
  });

  it('refresh reads now, skipping the wait, and remembers when', async () => {
    const { t, reads, published } = tracker();
    expect(t.readAt('t1')).toBeNull();
    await t.refresh('t1');
    t.invalidate('t1'); // scheduled 2 s on
    await t.refresh('t1'); // but a refresh does not wait
    expect(reads).toHaveLength(2);
    expect(t.readAt('t1')).toBe(Date.now());
    await vi.advanceTimersByTimeAsync(5_000);
    expect(reads).toHaveLength(2);
    expect(published.map((p) => p.open)).toEqual([1, 2]);
    await t.close();
  });

  it('retries a failed read with backoff, and publishes nothing until one succeeds', async () => {
    let failing = true;
    const { t, reads, published } = tracker({ fail: () => failing });
    await t.refresh('t1');
    expect(reads).toHaveLength(1);
    expect(published).toEqual([]);
    await vi.advanceTimersByTimeAsync(4_000); // 2 s x 2^1
    expect(reads).toHaveLength(2);
    failing = false;
    await vi.advanceTimersByTimeAsync(8_000); // 2 s x 2^2
    expect(reads).toHaveLength(3);
    expect(published).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reads).toHaveLength(3);
    await t.close();
  });

  it('does nothing once closed', async () => {
    const { t, reads } = tracker();
    t.invalidate('t1');
    await t.close();
    t.invalidate('t1');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reads).toHaveLength(0);
  });
});
