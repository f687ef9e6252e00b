// Combines several embeddings into one: the normalised sum, i.e. the direction of their mean.
// Used for need profiles, whose facets (profile, goals, spending) are embedded separately.

export function meanDirection(vectors: readonly Float32Array[]): Float32Array {
  if (vectors.length === 0) throw new RangeError('meanDirection needs at least one vector');
  const dims = vectors[0].length;
  const out = new Float32Array(dims);
  for (const v of vectors) {
    if (v.length !== dims) throw new RangeError(`vectors differ in size: ${v.length} and ${dims}`);
    for (let i = 0; i < dims; i++) out[i] += v[i];
  }
  let norm = 0;
  for (let i = 0; i < dims; i++) norm += out[i] * out[i];
  norm = Math.sqrt(norm);
  // Facets pointing in opposite directions cancel out; a zero vector then matches nothing.
  if (norm > 0) for (let i = 0; i < dims; i++) out[i] /= norm;
  return out;
}
