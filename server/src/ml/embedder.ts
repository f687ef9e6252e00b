// The one interface every embedding backend implements. Vectors are L2-normalised, so a dot
// product is the cosine similarity.

export interface Embedder {
  /** Names the model and so the vector space; vectors from different ids are never compared. */
  readonly modelId: string;
  readonly dimensions: number;
  /**
   * Embeds texts off the event loop; results keep the order of the input. Whitespace runs are
   * collapsed and very long texts cut (see text.ts); a blank text has no meaning and gets the
   * zero vector, which scores 0 against everything. The arrays returned belong to the caller.
   */
  embed(texts: string[]): Promise<Float32Array[]>;
  close(): Promise<void>;
}

export interface EmbedderOptions {
  /** "use-lite" (default, shipped in npm) or a transformers.js model id such as "Xenova/all-MiniLM-L6-v2". */
  model: string;
  /** Local folder of transformers.js models; no model is ever downloaded unless this is unset and the hub is allowed. */
  modelDir?: string;
  /** Worker threads running inference. */
  workers?: number;
}
