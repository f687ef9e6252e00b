// Exact nearest-neighbour search over unit vectors, held in memory.
//
// Why brute force: the catalog is hundreds of products (thousands at most). Scoring every row is
// n x d multiply-adds over one contiguous Float32Array: 1,000 x 512 is ~0.5 M flops, well under a
// millisecond, and the answer is exact. An approximate index (HNSW, IVF) would add build time,
// memory, tuning and recall loss to save microseconds; it starts paying off around 10^5-10^6
// vectors. The partial top-k keeps a k-sized min-heap, so a search is O(n*d + n log k).

export interface IndexedVector {
  id: string;
  vector: Float32Array;
}

export interface ScoredId {
  id: string;
  /** Dot product with the query: the cosine similarity, since vectors are L2-normalised. */
  score: number;
}

export class VectorIndex {
  private ids: string[] = [];
  private matrix = new Float32Array(0);

  constructor(readonly dimensions: number) {
    if (!Number.isInteger(dimensions) || dimensions < 0) throw new RangeError(`dimensions must be a non-negative integer, got ${dimensions}`);
  }

  get size(): number {
    return this.ids.length;
  }

  /** Replaces the whole content; readers of a previous search are unaffected. */
  rebuild(items: IndexedVector[]): void {
    const d = this.dimensions;
    const matrix = new Float32Array(items.length * d);
    const seen = new Set<string>();
    items.forEach(({ id, vector }, row) => {
      if (vector.length !== d) throw new RangeError(`vector for "${id}" has ${vector.length} dimensions, the index ${d}`);
      if (seen.has(id)) throw new Error(`duplicate id "${id}" in vector index`);
      seen.add(id);
      matrix.set(vector, row * d);
    });
    this.ids = items.map((i) => i.id);
    this.matrix = matrix;
  }

  /** The k highest-scoring ids (that pass `filter`), best first; fewer if fewer qualify. */
  search(query: Float32Array, k: number, filter?: (id: string) => boolean): ScoredId[] {
    const d = this.dimensions;
    if (query.length !== d) throw new RangeError(`query has ${query.length} dimensions, the index ${d}`);
    const limit = Math.min(Math.floor(k), this.ids.length);
    if (!(limit > 0)) return [];

    const { ids, matrix } = this;
    const top = new MinHeap(limit);
    for (let row = 0, base = 0; row < ids.length; row++, base += d) {
      if (filter && !filter(ids[row]!)) continue;
      let score = 0;
      for (let j = 0; j < d; j++) score += matrix[base + j]! * query[j]!;
      top.offer(score, row);
    }
    return top.drainDescending().map(({ score, row }) => ({ id: ids[row]!, score }));
  }
}

/**
 * Keeps the `capacity` largest scores seen. The root is the weakest kept entry, so a candidate
 * is compared once against it and most candidates are rejected in O(1). Ties prefer the earlier row.
 */
class MinHeap {
  private readonly scores: Float64Array;
  private readonly rows: Int32Array;
  private length = 0;

  constructor(private readonly capacity: number) {
    this.scores = new Float64Array(capacity);
    this.rows = new Int32Array(capacity);
  }

  offer(score: number, row: number): void {
    if (Number.isNaN(score)) return;
    if (this.length < this.capacity) {
      this.scores[this.length] = score;
      this.rows[this.length] = row;
      this.siftUp(this.length++);
    } else if (score > this.scores[0]!) {
      this.scores[0] = score;
      this.rows[0] = row;
      this.siftDown(0);
    }
  }

  drainDescending(): { score: number; row: number }[] {
    const out = new Array<{ score: number; row: number }>(this.length);
    for (let i = this.length - 1; i >= 0; i--) {
      out[i] = { score: this.scores[0]!, row: this.rows[0]! };
      this.length--;
      if (this.length > 0) {
        this.scores[0] = this.scores[this.length]!;
        this.rows[0] = this.rows[this.length]!;
        this.siftDown(0);
      }
    }
    return out;
  }

  /** a ranks below b: lower score, or equal score and later row. */
  private below(a: number, b: number): boolean {
    const sa = this.scores[a]!;
    const sb = this.scores[b]!;
    return sa < sb || (sa === sb && this.rows[a]! > this.rows[b]!);
  }

  private swap(a: number, b: number): void {
    const s = this.scores[a]!;
    this.scores[a] = this.scores[b]!;
    this.scores[b] = s;
    const r = this.rows[a]!;
    this.rows[a] = this.rows[b]!;
    this.rows[b] = r;
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.below(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let weakest = i;
      if (left < this.length && this.below(left, weakest)) weakest = left;
      if (right < this.length && this.below(right, weakest)) weakest = right;
      if (weakest === i) return;
      this.swap(i, weakest);
      i = weakest;
    }
  }
}
