import { describe, expect, it } from 'vitest';
import { RecentIds } from './recent-ids.js';

const GEN = 1_000;

function clocked(start = 1_000_000) {
  const clock = { now: start };
  const ids = new RecentIds(GEN, () => clock.now);
  return { clock, ids };
}

describe('RecentIds', () => {
  it('says true the first time a key is seen and false after', () => {
    const { ids } = clocked();
    expect(ids.firstTime('a')).toBe(true);
    expect(ids.firstTime('a')).toBe(false);
    expect(ids.firstTime('b')).toBe(true);
    expect(ids.firstTime('a')).toBe(false);
    expect(ids.size).toBe(2);
  });

  it('a remembered key is not new', () => {
    const { ids } = clocked();
    ids.remember('x');
    expect(ids.firstTime('x')).toBe(false);
    expect(ids.firstTime('y')).toBe(true);
  });

  it('keeps a key through one rotation: it moves to the previous generation', () => {
    const { clock, ids } = clocked();
    ids.firstTime('a');
    clock.now += GEN; // one generation later: rotates, 'a' is now in the previous generation
    expect(ids.firstTime('b')).toBe(true);
    expect(ids.size).toBe(2);
    expect(ids.firstTime('a')).toBe(false);
  });

  it('forgets a key after two rotations', () => {
    const { clock, ids } = clocked();
    ids.firstTime('a');
    clock.now += GEN;
    ids.firstTime('b'); // rotation 1: previous = {a}
    clock.now += GEN;
    ids.firstTime('c'); // rotation 2: previous = {b}, 'a' is gone
    expect(ids.size).toBe(2);
    expect(ids.firstTime('a')).toBe(true);
    expect(ids.firstTime('b')).toBe(false);
    expect(ids.firstTime('c')).toBe(false);
  });

  it('rotates a generation after the previous rotation, not before', () => {
    const { clock, ids } = clocked();
    const t0 = clock.now;
    ids.firstTime('a');
    clock.now = t0 + GEN - 1; // not yet a generation: no rotation
    expect(ids.firstTime('b')).toBe(true);
    clock.now = t0 + GEN + 500; // rotation: previous = {a, b}
    expect(ids.firstTime('a')).toBe(false);
    clock.now = t0 + 2 * GEN + 499; // GEN − 1 after that rotation: none yet, both still known
    expect(ids.firstTime('a')).toBe(false);
    expect(ids.firstTime('b')).toBe(false);
    clock.now = t0 + 2 * GEN + 500; // a generation after the last rotation: {a, b} is dropped
    expect(ids.firstTime('a')).toBe(true);
    expect(ids.firstTime('b')).toBe(true);
  });

  it('after a quiet spell of two generations forgets both generations at once', () => {
    const { clock, ids } = clocked();
    ids.firstTime('a');
    clock.now += 2 * GEN;
    expect(ids.firstTime('a')).toBe(true);
    expect(ids.size).toBe(1);
  });

  it('remembers every key for at least one generation, whatever the timing of the calls', () => {
    const { clock, ids } = clocked();
    // Keys added at many points in a generation, checked just under a generation later.
    for (let offset = 0; offset < 3 * GEN; offset += 97) {
      const key = `k${offset}`;
      clock.now = 1_000_000 + offset;
      ids.remember(key);
      const t = clock.now;
      clock.now = t + GEN - 1;
      expect(ids.firstTime(key), `key added at +${offset}`).toBe(false);
      clock.now = t;
    }
  });

  it('memory stays bounded under a steady stream of distinct keys', () => {
    const { clock, ids } = clocked();
    const perMs = 5;
    let maxSize = 0;
    let n = 0;
    let repeats = 0;
    for (let ms = 0; ms < 20 * GEN; ms++) {
      clock.now += 1;
      for (let i = 0; i < perMs; i++) if (!ids.firstTime(`id-${n++}`)) repeats++;
      maxSize = Math.max(maxSize, ids.size);
    }
    // At most two generations' worth of keys, never the 100,000 seen in total.
    expect(n).toBe(20 * GEN * perMs);
    expect(repeats).toBe(0);
    expect(maxSize).toBeLessThanOrEqual(2 * GEN * perMs + perMs);
    expect(maxSize).toBeGreaterThan(GEN * perMs); // and it does keep more than one generation
  });
});
