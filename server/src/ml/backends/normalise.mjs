// L2 normalisation shared by the backends, so every vector leaves the worker with unit length.

/** @param {ArrayLike<number>} values @returns {Float32Array} a fresh array (own buffer, transferable) */
export function unitVector(values) {
  const out = Float32Array.from(values);
  let sum = 0;
  for (let i = 0; i < out.length; i++) sum += out[i] * out[i];
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < out.length; i++) out[i] /= norm;
  return out;
}
