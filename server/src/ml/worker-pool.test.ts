// The pool's batching, ordering and failure handling, driven by a fake model worker.
import { afterEach, describe, expect, it } from 'vitest';
import { EmbedderError } from './errors.js';
import { dot } from './testing/vectors.js';
import type { WorkerInit } from './worker-protocol.js';
import { WorkerPoolEmbedder, type WorkerPoolOptions } from './worker-pool.js';
import type { WorkerIsolation } from './worker-transport.js';

const FAKE_WORKER = new URL('./testing/fake-embed-worker.mjs', import.meta.url);

interface FakeSpec {
  dimensions?: number;
  delayMs?: number;
  failLoad?: boolean;
}

const pools: WorkerPoolEmbedder[] = [];
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

const fakeInit = (spec: FakeSpec) => ({ backend: { kind: 'fake', ...spec } }) as unknown as WorkerInit;

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: unknown) => (e instanceof EmbedderError ? e.code : `not an EmbedderError: ${String(e)}`),
  );

describe.each<WorkerIsolation>(['thread', 'process'])('WorkerPoolEmbedder with %s workers', (isolation) => {
  async function startFake(spec: FakeSpec = {}, options: Partial<WorkerPoolOptions> = {}): Promise<WorkerPoolEmbedder> {
    const pool = await WorkerPoolEmbedder.start({ init: fakeInit(spec), workerUrl: FAKE_WORKER, isolation, ...options });
    pools.push(pool);
    return pool;
  }

  it('reports the model the worker loaded', async () => {
    const pool = await startFake({ dimensions: 12 });
    expect(pool.modelId).toBe('fake-model');
    expect(pool.dimensions).toBe(12);
  });

  it('coalesces calls made in the same tick into one model call, answering each in order', async () => {
    const pool = await startFake();
    const texts = Array.from({ length: 20 }, (_, i) => `text number ${i}`);
    const results = await Promise.all(texts.map((t) => pool.embed([t])));
    expect(pool.stats.batches).toBe(1);
    expect(pool.stats.texts).toBe(20);
    const together = await pool.embed(texts);
    results.forEach(([v], i) => expect(Array.from(v!)).toEqual(Array.from(together[i]!)));
  });

  it('queues work that arrives while the worker is busy and sends it as one batch', async () => {
    const pool = await startFake({ delayMs: 200 });
    const first = pool.embed(['first']);
    const later: Promise<Float32Array[]>[] = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 5)); // separate ticks, all while the worker is busy
      later.push(pool.embed([`later ${i}`]));
    }
    await Promise.all([first, ...later]);
    expect(pool.stats.batches).toBe(2);
  });

  it('splits large requests at maxBatchSize and reassembles them in order', async () => {
    const pool = await startFake({}, { maxBatchSize: 7 });
    const texts = Array.from({ length: 30 }, (_, i) => `row ${i}`);
    const [all, single] = await Promise.all([pool.embed(texts), pool.embed(['row 29'])]);
    expect(pool.stats.batches).toBe(5); // 31 texts / 7
    expect(all).toHaveLength(30);
    expect(dot(all[29]!, single[0]!)).toBeCloseTo(1, 6);
    expect(dot(all[3]!, all[4]!)).toBeLessThan(0.9999);
  });

  it('splits one request between idle workers', async () => {
    const pool = await startFake({ delayMs: 300 }, { workers: 2 });
    const started = performance.now();
    const vectors = await pool.embed(Array.from({ length: 10 }, (_, i) => `t${i}`));
    expect(vectors).toHaveLength(10);
    expect(pool.stats.batches).toBe(2);
    expect(performance.now() - started).toBeLessThan(450); // in turn, two 300 ms batches take 600
  });

  it('spreads batches over several workers', async () => {
    const pool = await startFake({ delayMs: 300 }, { workers: 3, maxBatchSize: 4 });
    const texts = Array.from({ length: 12 }, (_, i) => `t${i}`);
    const started = performance.now();
    await pool.embed(texts);
    expect(pool.stats.batches).toBe(3);
    expect(performance.now() - started).toBeLessThan(600); // in turn, three 300 ms batches take 900
  });

  it('normalises whitespace and maps blank text to a zero vector', async () => {
    const pool = await startFake();
    const [spaced, plain, blank] = await pool.embed(['  home \n loan ', 'home loan', ' \t ']);
    expect(Array.from(spaced!)).toEqual(Array.from(plain!));
    expect(Array.from(blank!).every((x) => x === 0)).toBe(true);
    expect(await pool.embed([])).toEqual([]);
  });

  it('rejects the requests a crashed worker held, restarts it and keeps serving', async () => {
    const pool = await startFake();
    const crashed = pool.embed(['__crash__']);
    const sameBatch = codeOf(pool.embed(['innocent bystander']));
    // A thread reports the uncaught error itself; a process only its exit code.
    const reason = isolation === 'thread' ? 'fake model segfault' : 'exit code 1';
    await expect(crashed).rejects.toThrow(`stopped unexpectedly (${reason})`);
    expect(await sameBatch).toBe('WORKER_CRASHED');
    const [v] = await pool.embed(['after the restart']);
    expect(v).toHaveLength(8);
    expect(pool.stats.crashes).toBe(1);
  });

  it('stops restarting a worker that keeps dying until the backoff has passed', async () => {
    const pool = await startFake({}, { restartBackoffMs: 400 });
    expect(await codeOf(pool.embed(['__crash__']))).toBe('WORKER_CRASHED');
    expect(await codeOf(pool.embed(['__crash__']))).toBe('WORKER_CRASHED'); // restarted, died again
    expect(await codeOf(pool.embed(['meanwhile']))).toBe('MODEL_LOAD_FAILED');
    await new Promise((r) => setTimeout(r, 450));
    expect(await pool.embed(['after the backoff'])).toHaveLength(1);
  });

  it('fails only the batch the model rejects', async () => {
    const pool = await startFake();
    await expect(pool.embed(['__fail__'])).rejects.toMatchObject({ code: 'EMBED_FAILED' });
    expect(await pool.embed(['fine'])).toHaveLength(1);
  });

  it('fails start-up with the reason when the model cannot load', async () => {
    const start = WorkerPoolEmbedder.start({ init: fakeInit({ failLoad: true }), workerUrl: FAKE_WORKER, isolation });
    await expect(start).rejects.toMatchObject({ code: 'MODEL_LOAD_FAILED', message: expect.stringMatching(/fake model file is corrupt/) });
  });

  it('rejects pending and later requests once closed', async () => {
    const pool = await startFake({ delayMs: 100 });
    const pending = codeOf(pool.embed(['slow']));
    await new Promise((r) => setTimeout(r, 10));
    await pool.close();
    expect(await pending).toBe('EMBEDDER_CLOSED');
    expect(await codeOf(pool.embed(['after close']))).toBe('EMBEDDER_CLOSED');
    await pool.close(); // idempotent
  });
});

describe('embed-worker.mjs', () => {
  it('reports a backend it does not know as a load failure', async () => {
    const init = { backend: { kind: 'no-such-backend' } } as unknown as WorkerInit;
    await expect(WorkerPoolEmbedder.start({ init })).rejects.toMatchObject({
      code: 'MODEL_LOAD_FAILED',
      message: expect.stringMatching(/unknown embedding backend/),
    });
  });
});
