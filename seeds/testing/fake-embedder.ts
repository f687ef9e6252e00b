// A deterministic stand-in for the sentence model in tests: each word is hashed into one of 32
// dimensions (bag of words), and the vector is L2-normalised like a real embedder's.
import type { Embedder } from '../../server/src/ml/embedder.js';
import { hashKey } from '../random.js';

export class FakeEmbedder implements Embedder {
  readonly modelId = 'fake-words-32';
  readonly dimensions = 32;
  /** Texts embedded so far, to check that callers deduplicate. */
  calls: string[][] = [];

  async embed(texts: string[]): Promise<Float32Array[]> {
    this.calls.push(texts);
    return texts.map((text) => {
      const v = new Float32Array(this.dimensions);
      for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) v[hashKey(word) % this.dimensions] += 1;
      const norm = Math.hypot(...v) || 1;
      return v.map((x) => x / norm);
    });
  }

  async close(): Promise<void> {}
}
