// A sentence-embedding model run by transformers.js (onnxruntime-node): mean pooling over the
// last hidden state, L2-normalised, as sentence-transformers models such as all-MiniLM-L6-v2 expect.

/**
 * @param {{ model: string, localModelPath: string | null, allowRemoteModels: boolean, intraOpThreads: number }} spec
 * @returns {Promise<{ modelId: string, embed(texts: string[]): Promise<Float32Array[]> }>}
 */
export async function loadTransformers(spec) {
  const { pipeline, env } = await import('@huggingface/transformers');
  env.allowRemoteModels = spec.allowRemoteModels;
  if (spec.localModelPath) {
    env.allowLocalModels = true;
    env.localModelPath = spec.localModelPath.endsWith('/') ? spec.localModelPath : `${spec.localModelPath}/`;
  }
  const extractor = await pipeline('feature-extraction', spec.model, {
    dtype: 'fp32',
    local_files_only: !spec.allowRemoteModels,
    session_options: { intraOpNumThreads: spec.intraOpThreads, interOpNumThreads: 1 },
  });
  return {
    modelId: spec.model,
    async embed(texts) {
      const output = await extractor(texts, { pooling: 'mean', normalize: true });
      const [rows, dimensions] = output.dims;
      if (rows !== texts.length) throw new Error(`${spec.model} returned ${rows} vectors for ${texts.length} texts`);
      const data = /** @type {Float32Array} */ (output.data);
      // slice() copies each row into its own buffer so rows can be transferred independently.
      const vectors = Array.from({ length: rows }, (_, i) => data.slice(i * dimensions, (i + 1) * dimensions));
      output.dispose?.();
      return vectors;
    },
  };
}
