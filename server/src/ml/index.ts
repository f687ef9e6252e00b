// The embedding module's front door: createEmbedder() gives a cached, worker-backed Embedder.
//
//   const embedder = await createEmbedder({ model: config.EMBEDDING_MODEL,
//     modelDir: config.EMBEDDING_MODEL_DIR, workers: config.EMBEDDING_WORKERS });
//   const [vector] = await embedder.embed(['travel card with lounge access']);
//   ...
//   await embedder.close(); // on shutdown
import { isolationFor, resolveBackend } from './backend-spec.js';
import { CachedEmbedder } from './cached-embedder.js';
import type { Embedder, EmbedderOptions } from './embedder.js';
import { WorkerPoolEmbedder } from './worker-pool.js';

export type { Embedder, EmbedderOptions } from './embedder.js';
export { EmbedderError, type EmbedderErrorCode } from './errors.js';
export { USE_LITE_MODEL } from './backend-spec.js';
export { VectorIndex, type IndexedVector, type ScoredId } from './vector-index.js';
export { CachedEmbedder } from './cached-embedder.js';
export { WorkerPoolEmbedder } from './worker-pool.js';

export interface CreateEmbedderExtras {
  /** LRU entries in front of the model (default 5,000). */
  cacheEntries?: number;
  /** Environment read for EMBEDDING_ALLOW_DOWNLOAD (default process.env). */
  env?: NodeJS.ProcessEnv;
}

/**
 * Starts the worker pool and resolves once the model is loaded (so a misconfigured model fails
 * start-up, not the first request). model "use-lite" (or empty) is the default; any other value
 * is a transformers.js model id, read from `modelDir` or, only with EMBEDDING_ALLOW_DOWNLOAD=1,
 * downloaded from the hub. Rejects with an EmbedderError (code EMBEDDER_CONFIG or MODEL_LOAD_FAILED).
 */
export async function createEmbedder(opts: EmbedderOptions, extras: CreateEmbedderExtras = {}): Promise<Embedder> {
  const backend = resolveBackend(opts, extras.env ?? process.env);
  const pool = await WorkerPoolEmbedder.start({ init: { backend }, isolation: isolationFor(backend), workers: opts.workers ?? 1 });
  return new CachedEmbedder(pool, { maxEntries: extras.cacheEntries });
}
