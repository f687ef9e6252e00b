// An LRU cache in front of any Embedder. Free text typed by users repeats ("home loan", "travel
// card"), and an embedding is a pure function of (model, text), so a hit skips the worker round
// trip entirely. Concurrent requests for the same uncached text share one model call.
import { LRUCache } from 'lru-cache';
import type { Embedder } from './embedder.js';
import { normaliseText } from './text.js';

export interface CachedEmbedderOptions {
  /** Vectors kept; 5,000 x 512 floats is about 10 MB. */
  maxEntries?: number;
}

export interface EmbeddingCacheStats {
  hits: number;
  misses: number;
  size: number;
}

export class CachedEmbedder implements Embedder {
  private readonly cache: LRUCache<string, Float32Array>;
  private readonly inFlight = new Map<string, Promise<Float32Array>>();
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly inner: Embedder,
    options: CachedEmbedderOptions = {},
  ) {
    this.cache = new LRUCache({ max: options.maxEntries ?? 5000 });
  }

  get modelId(): string {
    return this.inner.modelId;
  }

  get dimensions(): number {
    return this.inner.dimensions;
  }

  get stats(): EmbeddingCacheStats {
    return { hits: this.hits, misses: this.misses, size: this.cache.size };
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    const normalised = texts.map(normaliseText);
    const keys = normalised.map((t) => this.key(t));
    const found: (Float32Array | Promise<Float32Array>)[] = new Array(texts.length);
    const toEmbed = new Map<string, string>(); // key -> text, each once

    keys.forEach((key, i) => {
      const cached = this.cache.get(key);
      if (cached) {
        this.hits += 1;
        found[i] = cached;
        return;
      }
      this.misses += 1;
      if (!this.inFlight.has(key)) toEmbed.set(key, normalised[i]!);
    });

    if (toEmbed.size > 0) this.startEmbedding(toEmbed);
    keys.forEach((key, i) => (found[i] ??= this.inFlight.get(key)!));
    // Copies, so a caller that scales or edits its vector cannot corrupt the cached one.
    return (await Promise.all(found)).map((v) => v.slice());
  }

  async close(): Promise<void> {
    this.cache.clear();
    await this.inner.close();
  }

  private key(text: string): string {
    return `${this.inner.modelId}\u0000${text}`;
  }

  private startEmbedding(toEmbed: Map<string, string>): void {
    const keys = [...toEmbed.keys()];
    const call = this.inner.embed([...toEmbed.values()]);
    keys.forEach((key, i) => {
      const vector = call.then((vectors) => {
        const v = vectors[i]!;
        this.cache.set(key, v);
        return v;
      });
      vector.then(
        () => this.inFlight.delete(key),
        () => this.inFlight.delete(key),
      );
      this.inFlight.set(key, vector);
    });
  }
}
