// Turns EmbedderOptions into the BackendSpec a worker loads, failing early and plainly when the
// chosen model could not load: a transformers.js model needs a local copy unless downloads are
// explicitly allowed (the build and CI machines have no route to the Hugging Face hub).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { EmbedderOptions } from './embedder.js';
import { EmbedderError } from './errors.js';
import type { BackendSpec } from './worker-protocol.js';
import type { WorkerIsolation } from './worker-transport.js';

export const USE_LITE_MODEL = 'use-lite';

/** Files transformers.js reads for a feature-extraction model with dtype fp32. */
export const TRANSFORMERS_MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx'];

export function resolveBackend(opts: EmbedderOptions, env: NodeJS.ProcessEnv = process.env): BackendSpec {
  const model = opts.model?.trim() || USE_LITE_MODEL;
  if (model === USE_LITE_MODEL) return { kind: 'use-lite' };

  const workers = Math.max(1, opts.workers ?? 1);
  const intraOpThreads = Math.max(1, Math.floor(availableParallelism() / workers));

  if (opts.modelDir) {
    const localModelPath = path.resolve(opts.modelDir);
    const folder = path.join(localModelPath, model);
    const missing = TRANSFORMERS_MODEL_FILES.filter((f) => !existsSync(path.join(folder, f)));
    if (missing.length > 0) {
      throw new EmbedderError(
        'EMBEDDER_CONFIG',
        `Embedding model "${model}" is incomplete in EMBEDDING_MODEL_DIR: ${folder} lacks ${missing.join(', ')}. ` +
          `Put the model's files there, or use EMBEDDING_MODEL=${USE_LITE_MODEL}.`,
      );
    }
    return { kind: 'transformers', model, localModelPath, allowRemoteModels: false, intraOpThreads };
  }

  if (env.EMBEDDING_ALLOW_DOWNLOAD === '1') {
    return { kind: 'transformers', model, localModelPath: null, allowRemoteModels: true, intraOpThreads };
  }
  throw new EmbedderError(
    'EMBEDDER_CONFIG',
    `Embedding model "${model}" is not available locally: set EMBEDDING_MODEL_DIR to a folder holding ` +
      `${model}/{${TRANSFORMERS_MODEL_FILES.join(',')}}, or set EMBEDDING_ALLOW_DOWNLOAD=1 to fetch it from ` +
      `the Hugging Face hub, or use EMBEDDING_MODEL=${USE_LITE_MODEL} (shipped in npm).`,
  );
}

/** onnxruntime-node cannot share a process between worker threads; see worker-transport.ts. */
export function isolationFor(backend: BackendSpec): WorkerIsolation {
  return backend.kind === 'transformers' ? 'process' : 'thread';
}
