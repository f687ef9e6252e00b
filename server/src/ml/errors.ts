// One error type for everything the embedder can fail at; `code` tells callers (resolvers, the
// start-up path) what happened without matching on messages.

export type EmbedderErrorCode =
  /** The options name a model that cannot be used as configured (missing files, downloads off). */
  | 'EMBEDDER_CONFIG'
  /** A worker could not load the model. */
  | 'MODEL_LOAD_FAILED'
  /** The worker died while holding the request; it is restarted, the request is not retried. */
  | 'WORKER_CRASHED'
  /** The model threw on this batch. */
  | 'EMBED_FAILED'
  | 'EMBEDDER_CLOSED';

export class EmbedderError extends Error {
  override readonly name = 'EmbedderError';
  constructor(
    readonly code: EmbedderErrorCode,
    message: string,
  ) {
    super(message);
  }
}
