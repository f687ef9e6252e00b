import { describe, expect, it } from 'vitest';
import { randomUnitVector, dot, seededRandom } from './testing/vectors.js';
import { VectorIndex } from './vector-index.js';

function randomItems(n: number, d: number, seed: number) {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => ({ id: `p${i}`, vector: randomUnitVector(d, random) }));
}

/** The reference answer: score everything, sort everything. */
function bruteForce(items: { id: string; vector: Float32Array }[], query: Float32Array, k: number, filter?: (id: string) => boolean) {
  return items
    .filter((i) => !filter || filter(i.id))
    .map((i) => ({ id: i.id, score: dot(i.vector, query) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k);
}

describe('VectorIndex', () => {
  it('returns exactly the top k of a full sort, best first', () => {
    const items = randomItems(500, 64, 1);
    const index = new VectorIndex(64);
    index.rebuild(items);
    expect(index.size).toBe(500);
    const random = seededRandom(2);
    for (const k of [1, 5, 10, 50]) {
      const query = randomUnitVector(64, random);
      const got = index.search(query, k);
      const want = bruteForce(items, query, k);
      expect(got.map((r) => r.id)).toEqual(want.map((r) => r.id));
      got.forEach((r, i) => expect(r.score).toBeCloseTo(want[i]!.score, 5));
    }
  });

  it('applies the filter before ranking', () => {
    const items = randomItems(200, 16, 3);
    const index = new VectorIndex(16);
    index.rebuild(items);
    const even = (id: string) => Number(id.slice(1)) % 2 === 0;
    const query = items[7]!.vector; // an odd item: must not appear even though it scores 1
    const got = index.search(query, 10, even);
    expect(got.every((r) => even(r.id))).toBe(true);
    expect(got.map((r) => r.id)).toEqual(bruteForce(items, query, 10, even).map((r) => r.id));
    expect(index.search(query, 1)[0]).toMatchObject({ id: 'p7', score: expect.closeTo(1, 5) });
  });

  it('returns everything that qualifies when k exceeds the size', () => {
    const items = randomItems(6, 8, 4);
    const index = new VectorIndex(8);
    index.rebuild(items);
    const got = index.search(items[0]!.vector, 100);
    expect(got).toHaveLength(6);
    expect(got.map((r) => r.score)).toEqual([...got.map((r) => r.score)].sort((a, b) => b - a));
    expect(index.search(items[0]!.vector, 100, (id) => id === 'p3').map((r) => r.id)).toEqual(['p3']);
    expect(index.search(items[0]!.vector, 0)).toEqual([]);
  });

  it('replaces its content on rebuild and handles an empty catalog', () => {
    const index = new VectorIndex(8);
    index.rebuild(randomItems(10, 8, 5));
    index.rebuild([]);
    expect(index.size).toBe(0);
    expect(index.search(new Float32Array(8), 3)).toEqual([]);
    expect(new VectorIndex(0).search(new Float32Array(0), 3)).toEqual([]);
  });

  it('rejects vectors of the wrong size and duplicate ids', () => {
    const index = new VectorIndex(4);
    expect(() => index.rebuild([{ id: 'a', vector: new Float32Array(3) }])).toThrow(/3 dimensions/);
    const v = new Float32Array(4);
    expect(() => index.rebuild([{ id: 'a', vector: v }, { id: 'a', vector: v }])).toThrow(/duplicate id "a"/);
    expect(() => index.search(new Float32Array(5), 1)).toThrow(/query has 5 dimensions/);
  });

  it('breaks ties by insertion order', () => {
    const index = new VectorIndex(2);
    const v = Float32Array.of(1, 0);
    index.rebuild(['x', 'y', 'z'].map((id) => ({ id, vector: v })));
    expect(index.search(v, 2).map((r) => r.id)).toEqual(['x', 'y']);
  });
});
