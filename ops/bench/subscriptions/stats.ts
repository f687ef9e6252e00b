// Percentiles of a sample.

export interface Summary {
  n: number;
  p50: number;
  p99: number;
  max: number;
}

/** NaN values (what never happened) are left out. */
export function summarize(values: ArrayLike<number>): Summary {
  const sorted = Float64Array.from(values)
    .filter((v) => !Number.isNaN(v))
    .sort();
  const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : NaN);
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted.length ? sorted[sorted.length - 1] : NaN };
}

/** Each column of rows x columns values laid out row after row, summarised. */
export function summarizeColumns(values: Float64Array, columns: number): Summary[] {
  return Array.from({ length: columns }, (_, c) => {
    const column = new Float64Array(values.length / columns);
    for (let r = 0; r < column.length; r++) column[r] = values[r * columns + c];
    return summarize(column);
  });
}
