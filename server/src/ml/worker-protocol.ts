// Messages between the pool (main thread) and embed-worker.mjs. The worker is plain JavaScript so
// that it runs under tsx and vitest alike without a TypeScript loader; these types are the
// contract it implements, so change both sides together.

/** Which model a worker loads; decided once on the main thread by resolveBackend(). */
export type BackendSpec =
  | { kind: 'use-lite' }
  | {
      kind: 'transformers';
      /** Hugging Face model id, also the folder name under localModelPath. */
      model: string;
      /** transformers.js `env.localModelPath`; null to use the library default. */
      localModelPath: string | null;
      allowRemoteModels: boolean;
      /** onnxruntime intra-op threads for this worker, so N workers do not oversubscribe the CPUs. */
      intraOpThreads: number;
    };

/** Sent as `workerData`. */
export interface WorkerInit {
  backend: BackendSpec;
}

export interface EmbedRequestMessage {
  type: 'embed';
  id: number;
  /** Already normalised (see text.ts); blank texts come back as zero vectors. */
  texts: string[];
}

export type WorkerMessage =
  /** The model is loaded and warmed up; `dimensions` was read off a probe embedding. */
  | { type: 'ready'; modelId: string; dimensions: number; loadMs: number }
  /** The worker exits after sending this. */
  | { type: 'load-failed'; message: string }
  /** One vector per text, in order; each has its own transferred ArrayBuffer. */
  | { type: 'embedded'; id: number; vectors: Float32Array[] }
  | { type: 'embed-failed'; id: number; message: string };
