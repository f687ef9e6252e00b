// One dashboard as a stream: the current state at once, then the latest state after changes, at
// most one message per MIN_INTERVAL_MS (the first change after a quiet spell goes out at once).
// Time moving on is a change too: buckets leave the window even when nothing happens.
import type { KpiFeed } from './kpi-feed.js';
import type { DashboardSnapshot, KpiWindowName } from './types.js';
import { WINDOWS } from './window-ring.js';

export const MIN_INTERVAL_MS = 250;
const CLOCK_CHECK_MS = 1_000;

export function dashboardStream(feed: KpiFeed, tenantId: string, window: KpiWindowName): AsyncIterableIterator<DashboardSnapshot> {
  const bucketMs = WINDOWS[window].bucketMs;
  let lastSentAt = 0;
  let lastBucket = Math.floor(Date.now() / bucketMs);
  let dirty = true; // the first pull is the snapshot
  let timer: NodeJS.Timeout | null = null;
  let waiting: ((r: IteratorResult<DashboardSnapshot>) => void) | null = null;
  let done = false;

  const deliver = () => {
    timer = null;
    if (!waiting || !dirty || done) return;
    dirty = false;
    lastSentAt = Date.now();
    const resolve = waiting;
    waiting = null;
    resolve({ value: feed.store.snapshot(tenantId, window), done: false });
  };
  const schedule = () => {
    if (!waiting || !dirty || timer || done) return;
    const wait = Math.max(0, lastSentAt + MIN_INTERVAL_MS - Date.now());
    timer = setTimeout(deliver, wait);
  };
  const changed = () => {
    dirty = true;
    schedule();
  };
  const unsubscribe = feed.onChange(tenantId, changed);
  const clock = setInterval(() => {
    const bucket = Math.floor(Date.now() / bucketMs);
    if (bucket !== lastBucket) {
      lastBucket = bucket;
      changed();
    }
  }, CLOCK_CHECK_MS);
  clock.unref();

  const finish = (): Promise<IteratorResult<DashboardSnapshot>> => {
    done = true;
    unsubscribe();
    clearInterval(clock);
    if (timer) clearTimeout(timer);
    waiting?.({ value: undefined, done: true });
    waiting = null;
    return Promise.resolve({ value: undefined, done: true });
  };

  return {
    next() {
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => {
        waiting = resolve;
        schedule();
      });
    },
    return: finish,
    throw: (e?: unknown) => {
      void finish();
      return Promise.reject(e);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
