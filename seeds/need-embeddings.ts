// Need-profile embeddings for seeded customers. The model is by far the slowest step of seeding,
// and customers share need facets (profile, goals, spending), so each distinct facet is embedded
// once per run (while it stays in a bounded LRU) and the facets of a batch go to the model together.
import type { Embedder } from '../server/src/ml/embedder.js';
import { meanDirection } from '../server/src/ml/mean-direction.js';

export interface NeedEmbeddingStats {
  texts: number;
  embedded: number;
}

export class NeedEmbeddings {
  private readonly cache = new Map<string, Float32Array>();
  readonly stats: NeedEmbeddingStats = { texts: 0, embedded: 0 };

  constructor(
    private readonly embedder: Embedder,
    /** Bounded so that memory stays flat at any size: 100k x 512 floats is about 200 MB. */
    private readonly maxEntries = 100_000,
    /** Texts per call to the model. */
    private readonly chunkSize = 256,
  ) {}

  /** One need vector per customer, from that customer's facets (see needProfileFacets). */
  async needVectorsFor(facetLists: readonly string[][]): Promise<Float32Array[]> {
    const vectors = await this.vectorsFor(facetLists.flat());
    let at = 0;
    return facetLists.map((facets) => meanDirection(vectors.slice(at, (at += facets.length))));
  }

  /** One vector per text, in order. */
  async vectorsFor(texts: readonly string[]): Promise<Float32Array[]> {
    this.stats.texts += texts.length;
    // Touch this batch's hits first, so that adding its misses evicts only older entries.
    const missing = new Set<string>();
    for (const t of texts) {
      const vector = this.cache.get(t);
      if (vector) this.touch(t, vector);
      else missing.add(t);
    }
    await this.embedMissing([...missing]);
    return texts.map((t) => this.recall(t));
  }

  private async embedMissing(missing: string[]): Promise<void> {
    for (let i = 0; i < missing.length; i += this.chunkSize) {
      const chunk = missing.slice(i, i + this.chunkSize);
      const vectors = await this.embedder.embed(chunk);
      chunk.forEach((text, j) => this.remember(text, vectors[j]));
      this.stats.embedded += chunk.length;
    }
  }

  private remember(text: string, vector: Float32Array): void {
    this.cache.set(text, vector);
    if (this.cache.size > this.maxEntries) this.cache.delete(this.cache.keys().next().value as string);
  }

  /** Marks as recently used: a Map iterates in insertion order, so the first key is the oldest. */
  private touch(text: string, vector: Float32Array): void {
    this.cache.delete(text);
    this.cache.set(text, vector);
  }

  private recall(text: string): Float32Array {
    const vector = this.cache.get(text);
    if (!vector) throw new Error('need embedding evicted before use: maxEntries must exceed the texts of one batch');
    return vector;
  }
}
