import { describe, expect, it } from 'vitest';
import { CachedEmbedder } from './cached-embedder.js';
import type { Embedder } from './embedder.js';

/** Counts what reaches the "model"; vector[0] encodes the text length so results are checkable. */
class CountingEmbedder implements Embedder {
  readonly modelId = 'counting';
  readonly dimensions = 2;
  calls: string[][] = [];
  closed = false;
  failNext = false;

  async embed(texts: string[]): Promise<Float32Array[]> {
    this.calls.push(texts);
    await new Promise((r) => setTimeout(r, 5));
    if (this.failNext) {
      this.failNext = false;
      throw new Error('model down');
    }
    return texts.map((t) => Float32Array.of(t.length, 1));
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

describe('CachedEmbedder', () => {
  it('embeds each distinct text once and answers repeats from the cache', async () => {
    const inner = new CountingEmbedder();
    const cached = new CachedEmbedder(inner);
    const first = await cached.embed(['home loan', 'car loan', 'home  loan ']);
    expect(inner.calls).toEqual([['home loan', 'car loan']]);
    expect(first.map((v) => v[0])).toEqual([9, 8, 9]);
    const second = await cached.embed(['car loan', 'gold loan']);
    expect(inner.calls[1]).toEqual(['gold loan']);
    expect(second.map((v) => v[0])).toEqual([8, 9]);
    expect(cached.stats).toMatchObject({ hits: 1, size: 3 });
  });

  it('shares one model call between concurrent requests for the same text', async () => {
    const inner = new CountingEmbedder();
    const cached = new CachedEmbedder(inner);
    await Promise.all([cached.embed(['travel card']), cached.embed(['travel card']), cached.embed(['travel card', 'x'])]);
    expect(inner.calls.flat().filter((t) => t === 'travel card')).toHaveLength(1);
  });

  it('hands out copies, so callers cannot corrupt the cache', async () => {
    const cached = new CachedEmbedder(new CountingEmbedder());
    const [a] = await cached.embed(['savings']);
    a!.fill(0);
    const [b] = await cached.embed(['savings']);
    expect(Array.from(b!)).toEqual([7, 1]);
  });

  it('evicts the least recently used entry', async () => {
    const inner = new CountingEmbedder();
    const cached = new CachedEmbedder(inner, { maxEntries: 2 });
    await cached.embed(['a']);
    await cached.embed(['b']);
    await cached.embed(['a']);
    await cached.embed(['c']); // evicts "b"
    await cached.embed(['a', 'b']);
    expect(inner.calls).toEqual([['a'], ['b'], ['c'], ['b']]);
  });

  it('does not cache failures', async () => {
    const inner = new CountingEmbedder();
    const cached = new CachedEmbedder(inner);
    inner.failNext = true;
    await expect(cached.embed(['flaky'])).rejects.toThrow('model down');
    expect((await cached.embed(['flaky']))[0]![0]).toBe(5);
  });

  it('passes model identity through and closes the inner embedder', async () => {
    const inner = new CountingEmbedder();
    const cached = new CachedEmbedder(inner);
    expect([cached.modelId, cached.dimensions]).toEqual(['counting', 2]);
    await cached.close();
    expect(inner.closed).toBe(true);
  });
});
