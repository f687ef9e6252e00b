// The transformers.js backend end to end on a model the test writes itself (no download here):
// tokenizer.json -> onnxruntime-node in a worker thread -> mean pooling -> L2 normalisation.
import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveBackend } from './backend-spec.js';
import type { Embedder } from './embedder.js';
import { createEmbedder } from './index.js';
import { writeTinyModel, type TinyModel } from './testing/tiny-model.js';
import { dot, norm } from './testing/vectors.js';

describe('transformers.js backend', () => {
  let dir: string;
  let tiny: TinyModel;
  let embedder: Embedder;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'creditgraph-tiny-model-'));
    tiny = await writeTinyModel(dir);
    embedder = await createEmbedder({ model: tiny.modelId, modelDir: tiny.modelDir, workers: 2 });
  });
  afterAll(async () => {
    await embedder?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reports the model id and the hidden size', () => {
    expect(embedder.modelId).toBe('tiny-bert');
    expect(embedder.dimensions).toBe(tiny.dimensions);
  });

  it('returns unit vectors in input order; texts sharing words are closer than texts sharing none', async () => {
    const [miles, travel, crop, farm] = await embedder.embed([
      'credit card with airline miles',
      'travel rewards card for flyers',
      'crop loan for farmers',
      'Farm TRACTOR loan',
    ]);
    for (const v of [miles, travel, crop, farm]) expect(norm(v!)).toBeCloseTo(1, 5);
    // The tiny model is bag-of-words: cosine is word overlap, so the expectations are exact.
    expect(dot(miles!, travel!)).toBeCloseTo(1 / 5, 5); // "card"
    expect(dot(miles!, crop!)).toBeCloseTo(0, 6); // nothing shared
    expect(dot(crop!, farm!)).toBeCloseTo(1 / Math.sqrt(4 * 3), 5); // "loan", after lower-casing
    expect(dot(miles!, travel!)).toBeGreaterThan(dot(miles!, crop!));
  });

  it('pads a mixed-length batch without changing any text’s vector', async () => {
    const texts = ['loan', 'home mortgage with a low interest rate and annual fee'];
    const [short] = await embedder.embed([texts[0]!]);
    const batch = await embedder.embed([texts[1]!, 'a loan']);
    expect(dot(short!, batch[1]!)).toBeCloseTo(1 / Math.SQRT2, 5); // "a loan" vs "loan"
  });

  it('maps words outside the vocabulary to [UNK] instead of failing', async () => {
    const [v] = await embedder.embed(['zanzibar quokka']);
    expect(norm(v!)).toBeCloseTo(1, 5);
  });

  it('refuses a model without a local copy unless downloads are allowed', () => {
    expect(() => resolveBackend({ model: 'Xenova/all-MiniLM-L6-v2' }, {})).toThrow(/EMBEDDING_MODEL_DIR/);
    expect(resolveBackend({ model: 'Xenova/all-MiniLM-L6-v2' }, { EMBEDDING_ALLOW_DOWNLOAD: '1' })).toMatchObject({
      kind: 'transformers',
      allowRemoteModels: true,
    });
  });

  it('names the missing files of an incomplete model folder', async () => {
    const other = await writeTinyModel(dir, { modelId: 'broken-bert' });
    await unlink(path.join(dir, 'broken-bert', 'onnx', 'model.onnx'));
    await expect(createEmbedder({ model: other.modelId, modelDir: dir })).rejects.toMatchObject({
      code: 'EMBEDDER_CONFIG',
      message: expect.stringMatching(/broken-bert lacks onnx\/model\.onnx/),
    });
  });
});
