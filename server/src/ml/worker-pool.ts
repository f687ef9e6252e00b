// Runs an embedding model in workers (threads, or child processes where the model's native code
// requires it; see worker-transport.ts) so inference never blocks the event loop.
//
// Batching: embed() only queues its texts and schedules a dispatch with setImmediate, so every call
// made in the same tick lands in one model call; while a worker is busy, new texts keep queueing
// and go out together as soon as it is free (up to maxBatchSize texts per model call). Batching
// matters: USE-lite costs ~25 ms for one sentence alone but a few ms per sentence in a batch.
//
// Failure: a worker that dies rejects the requests it held (they are not retried, so a text that
// crashes the model cannot crash it in a loop) and is replaced at once. A worker that cannot load
// its model, or dies again within the backoff, rejects whatever is waiting and is retried only
// when new work arrives, after the backoff.
import type { Embedder } from './embedder.js';
import { EmbedderError } from './errors.js';
import { normaliseText } from './text.js';
import type { EmbedRequestMessage, WorkerInit, WorkerMessage } from './worker-protocol.js';
import { startEmbedWorker, type EmbedWorkerHandle, type WorkerIsolation } from './worker-transport.js';

/** The worker entry sits beside this module, as plain JavaScript (see embed-worker.mjs). */
export const EMBED_WORKER_URL = new URL('./embed-worker.mjs', import.meta.url);

export interface WorkerPoolOptions {
  init: WorkerInit;
  /** Workers, each with its own copy of the model. Default 1. */
  workers?: number;
  /** Most texts sent to the model in one call. Default 64. */
  maxBatchSize?: number;
  /** Threads (default) or child processes; see worker-transport.ts for when processes are needed. */
  isolation?: WorkerIsolation;
  /** A different worker script speaking the same protocol (tests use a fake model). */
  workerUrl?: URL;
  /** Wait before re-trying a worker whose model failed to load. Default 1 s. */
  restartBackoffMs?: number;
}

export interface WorkerPoolStats {
  /** Model calls made (one per batch). */
  batches: number;
  /** Texts sent to the model. */
  texts: number;
  /** Workers that died unexpectedly and were replaced. */
  crashes: number;
  /** Time the most recent worker took to load and warm up its model. */
  lastLoadMs: number;
}

interface PendingRequest {
  vectors: Float32Array[];
  remaining: number;
  settled: boolean;
  resolve(vectors: Float32Array[]): void;
  reject(error: Error): void;
}

/** A run of consecutive texts of one request, starting at `start` in that request. */
interface Chunk {
  request: PendingRequest;
  start: number;
  texts: string[];
}

interface Batch {
  id: number;
  chunks: Chunk[];
  size: number;
}

type SlotState = 'loading' | 'idle' | 'busy' | 'broken' | 'closed';

interface WorkerSlot {
  worker: EmbedWorkerHandle | null;
  state: SlotState;
  batch: Batch | null;
  /** Last uncaught error the worker reported, to explain its exit. */
  lastError: string | null;
  /** When a broken slot may try loading again. */
  retryAt: number;
  /** When this slot's worker last died; a second death soon after stops the instant restarts. */
  lastCrashAt: number;
}

interface ModelInfo {
  modelId: string;
  dimensions: number;
}

export class WorkerPoolEmbedder implements Embedder {
  private readonly slots: WorkerSlot[] = [];
  private readonly queue: Chunk[] = [];
  private readonly init: WorkerInit;
  private readonly maxBatchSize: number;
  private readonly workerUrl: URL;
  private readonly isolation: WorkerIsolation;
  private readonly restartBackoffMs: number;
  private readonly counters: WorkerPoolStats = { batches: 0, texts: 0, crashes: 0, lastLoadMs: 0 };
  /** Set by the first worker that loads; every later worker must report the same. */
  private info: ModelInfo | null = null;
  private readonly startup: Deferred;
  private startupPending: number;
  private dispatchScheduled = false;
  private nextBatchId = 1;
  private closing: Promise<void> | null = null;

  /** Starts the workers; resolves once every one has loaded its model, rejects if any cannot. */
  static async start(options: WorkerPoolOptions): Promise<WorkerPoolEmbedder> {
    const pool = new WorkerPoolEmbedder(options);
    try {
      await pool.startup.promise;
    } catch (err) {
      await pool.close();
      throw err;
    }
    return pool;
  }

  private constructor(options: WorkerPoolOptions) {
    this.init = options.init;
    this.maxBatchSize = Math.max(1, Math.floor(options.maxBatchSize ?? 64));
    this.workerUrl = options.workerUrl ?? EMBED_WORKER_URL;
    this.isolation = options.isolation ?? 'thread';
    this.restartBackoffMs = options.restartBackoffMs ?? 1000;
    this.startup = deferred();
    const count = Math.max(1, Math.floor(options.workers ?? 1));
    this.startupPending = count;
    for (let i = 0; i < count; i++) {
      const slot: WorkerSlot = { worker: null, state: 'loading', batch: null, lastError: null, retryAt: 0, lastCrashAt: 0 };
      this.slots.push(slot);
      this.spawnInto(slot);
    }
  }

  get modelId(): string {
    return this.loadedInfo().modelId;
  }

  get dimensions(): number {
    return this.loadedInfo().dimensions;
  }

  get stats(): Readonly<WorkerPoolStats> {
    return { ...this.counters };
  }

  embed(texts: string[]): Promise<Float32Array[]> {
    if (this.closing) return Promise.reject(new EmbedderError('EMBEDDER_CLOSED', 'The embedder is closed.'));
    if (texts.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      const request: PendingRequest = { vectors: new Array(texts.length), remaining: texts.length, settled: false, resolve, reject };
      const normalised = texts.map(normaliseText);
      for (let start = 0; start < normalised.length; start += this.maxBatchSize) {
        this.queue.push({ request, start, texts: normalised.slice(start, start + this.maxBatchSize) });
      }
      this.scheduleDispatch();
    });
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      const closed = new EmbedderError('EMBEDDER_CLOSED', 'The embedder was closed before this request finished.');
      this.rejectQueued(closed);
      for (const slot of this.slots) {
        if (slot.batch) this.rejectBatch(slot.batch, closed);
        slot.batch = null;
        slot.state = 'closed';
      }
      await Promise.all(this.slots.map((s) => s.worker?.terminate()));
    })();
    return this.closing;
  }

  private loadedInfo(): ModelInfo {
    if (!this.info) throw new Error('WorkerPoolEmbedder used before its model loaded; create it with WorkerPoolEmbedder.start()');
    return this.info;
  }

  // --- dispatch ---------------------------------------------------------------------------------

  private scheduleDispatch(): void {
    if (this.dispatchScheduled) return;
    this.dispatchScheduled = true;
    // setImmediate (not a microtask) so that all calls made in this tick join the same batch.
    setImmediate(() => {
      this.dispatchScheduled = false;
      this.dispatch();
    });
  }

  private dispatch(): void {
    if (this.closing) return;
    // Share the queue evenly between idle workers, so one large request uses all of them.
    const idle = this.slots.filter((s) => s.state === 'idle');
    const queued = this.queue.reduce((n, c) => n + (c.request.settled ? 0 : c.texts.length), 0);
    const share = Math.min(this.maxBatchSize, Math.ceil(queued / Math.max(1, idle.length)));
    for (const slot of idle) {
      const batch = this.takeBatch(share);
      if (!batch) return;
      this.send(slot, batch);
    }
    if (!this.hasQueuedWork()) return;
    const now = Date.now();
    for (const slot of this.slots) if (slot.state === 'broken' && slot.retryAt <= now) this.spawnInto(slot);
    if (!this.hasLiveWorker()) {
      const waitMs = Math.max(0, Math.min(...this.slots.map((s) => s.retryAt)) - now);
      const cause = this.slots.find((s) => s.lastError)?.lastError ?? 'unknown error';
      this.rejectQueued(
        new EmbedderError('MODEL_LOAD_FAILED', `The embedding model is unavailable (${cause}); next load attempt in ${waitMs} ms.`),
      );
    }
  }

  /** Takes up to `limit` queued texts, splitting a chunk that straddles the limit. */
  private takeBatch(limit: number): Batch | null {
    const batch: Batch = { id: this.nextBatchId++, chunks: [], size: 0 };
    while (this.queue.length > 0 && batch.size < limit) {
      const chunk = this.queue[0]!;
      if (chunk.request.settled) {
        this.queue.shift(); // its request already failed elsewhere
        continue;
      }
      const room = limit - batch.size;
      if (chunk.texts.length <= room) {
        this.queue.shift();
        batch.chunks.push(chunk);
        batch.size += chunk.texts.length;
      } else {
        batch.chunks.push({ request: chunk.request, start: chunk.start, texts: chunk.texts.slice(0, room) });
        this.queue[0] = { request: chunk.request, start: chunk.start + room, texts: chunk.texts.slice(room) };
        batch.size += room;
      }
    }
    return batch.size > 0 ? batch : null;
  }

  private send(slot: WorkerSlot, batch: Batch): void {
    const worker = slot.worker!;
    slot.state = 'busy';
    slot.batch = batch;
    worker.ref(); // keep the process alive while a request is in flight
    const message: EmbedRequestMessage = { type: 'embed', id: batch.id, texts: batch.chunks.flatMap((c) => c.texts) };
    worker.send(message);
    this.counters.batches += 1;
    this.counters.texts += batch.size;
  }

  private deliver(batch: Batch, vectors: Float32Array[]): void {
    if (vectors.length !== batch.size || vectors.some((v) => v.length !== this.dimensions)) {
      this.rejectBatch(batch, new EmbedderError('EMBED_FAILED', `The worker returned malformed vectors for ${batch.size} texts.`));
      return;
    }
    let offset = 0;
    for (const chunk of batch.chunks) {
      const { request } = chunk;
      for (let i = 0; i < chunk.texts.length; i++) request.vectors[chunk.start + i] = vectors[offset + i]!;
      offset += chunk.texts.length;
      if (request.settled) continue;
      request.remaining -= chunk.texts.length;
      if (request.remaining === 0) {
        request.settled = true;
        request.resolve(request.vectors);
      }
    }
  }

  // --- worker lifecycle -------------------------------------------------------------------------

  private spawnInto(slot: WorkerSlot): void {
    const worker = startEmbedWorker(this.workerUrl, this.init, this.isolation);
    slot.worker = worker;
    slot.state = 'loading';
    slot.batch = null;
    slot.lastError = null;
    // Events of a worker the slot has already replaced or given up on are ignored.
    worker.onMessage((msg) => {
      if (slot.worker === worker && !this.closing) this.onMessage(slot, worker, msg);
    });
    worker.onError((err) => {
      if (slot.worker === worker) slot.lastError = err.message;
    });
    worker.onExit((reason) => {
      if (slot.worker === worker && !this.closing) this.onExit(slot, reason);
    });
  }

  private onMessage(slot: WorkerSlot, worker: EmbedWorkerHandle, msg: WorkerMessage): void {
    switch (msg.type) {
      case 'ready': {
        this.info ??= { modelId: msg.modelId, dimensions: msg.dimensions };
        if (msg.modelId !== this.info.modelId || msg.dimensions !== this.info.dimensions) {
          this.markBroken(slot, `worker loaded ${msg.modelId} (${msg.dimensions} dims), expected ${this.info.modelId} (${this.info.dimensions})`);
          return;
        }
        this.counters.lastLoadMs = msg.loadMs;
        if (this.startupPending > 0 && --this.startupPending === 0) this.startup.resolve();
        this.becomeIdle(slot, worker);
        return;
      }
      case 'load-failed':
        this.markBroken(slot, msg.message);
        return;
      case 'embedded':
      case 'embed-failed': {
        const batch = slot.batch;
        if (!batch || batch.id !== msg.id) return;
        slot.batch = null;
        if (msg.type === 'embedded') this.deliver(batch, msg.vectors);
        else this.rejectBatch(batch, new EmbedderError('EMBED_FAILED', `Embedding failed: ${msg.message}`));
        this.becomeIdle(slot, worker);
        return;
      }
    }
  }

  private onExit(slot: WorkerSlot, exitReason: string): void {
    const reason = slot.lastError ?? exitReason;
    if (slot.state === 'loading') {
      this.markBroken(slot, `the worker stopped while loading the model (${reason})`);
      return;
    }
    this.counters.crashes += 1;
    if (slot.batch) {
      const n = slot.batch.size;
      this.rejectBatch(
        slot.batch,
        new EmbedderError(
          'WORKER_CRASHED',
          `The embedding worker stopped unexpectedly (${reason}) while embedding ${n} text${n === 1 ? '' : 's'}; it is being restarted.`,
        ),
      );
    }
    const now = Date.now();
    const crashLooping = now - slot.lastCrashAt < this.restartBackoffMs;
    slot.lastCrashAt = now;
    if (crashLooping) this.markBroken(slot, `the worker keeps stopping (${reason})`);
    else this.spawnInto(slot);
  }

  private becomeIdle(slot: WorkerSlot, worker: EmbedWorkerHandle): void {
    slot.state = 'idle';
    worker.unref(); // an idle worker must not keep a script from exiting
    if (this.hasQueuedWork()) this.dispatch();
  }

  private markBroken(slot: WorkerSlot, message: string): void {
    const worker = slot.worker;
    slot.worker = null; // detaches its listeners (they check slot.worker) before it exits
    slot.state = 'broken';
    slot.lastError = message;
    slot.retryAt = Date.now() + this.restartBackoffMs;
    void worker?.terminate();
    const error = new EmbedderError('MODEL_LOAD_FAILED', `Could not load the embedding model: ${message}`);
    if (this.startupPending > 0) this.startup.reject(error);
    if (!this.hasLiveWorker()) this.rejectQueued(error);
  }

  // --- helpers ----------------------------------------------------------------------------------

  private hasLiveWorker(): boolean {
    return this.slots.some((s) => s.state === 'loading' || s.state === 'idle' || s.state === 'busy');
  }

  private hasQueuedWork(): boolean {
    return this.queue.some((c) => !c.request.settled);
  }

  private rejectBatch(batch: Batch, error: Error): void {
    for (const { request } of batch.chunks) settleWithError(request, error);
  }

  private rejectQueued(error: Error): void {
    for (const chunk of this.queue.splice(0)) settleWithError(chunk.request, error);
  }
}

function settleWithError(request: PendingRequest, error: Error): void {
  if (request.settled) return;
  request.settled = true;
  request.reject(error);
}

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(error: Error): void;
}

/** Promise.withResolvers arrived in Node 22; the server runs on 20. */
function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => {}); // observed by start(); never an unhandled rejection
  return { promise, resolve, reject };
}
