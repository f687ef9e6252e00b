// Decision latencies as a sparse log-scale histogram: bins 4% wide from 0.1 ms, so p50/p99 of
// any window are within 2% of the exact value, and merging windows is adding counts. The bin
// formula is mirrored in SQL (kpi-rebuild.ts) so a rebuilt histogram equals a live one.

export const LATENCY_BASE_MS = 0.1;
export const LATENCY_GROWTH = 1.04;
export const LATENCY_MAX_BIN = 400; // 0.1 ms * 1.04^400 ≈ 11 minutes: no real decision reaches the last bin

export function latencyBin(ms: number): number {
  if (!(ms > LATENCY_BASE_MS)) return 0;
  return Math.min(LATENCY_MAX_BIN, Math.floor(Math.log(ms / LATENCY_BASE_MS) / Math.log(LATENCY_GROWTH)));
}

/** The middle of a bin (geometric), in ms. */
export function binValue(bin: number): number {
  return LATENCY_BASE_MS * LATENCY_GROWTH ** (bin + 0.5);
}

export type Histogram = Map<number, number>;

export function addToHistogram(h: Histogram, bin: number, count = 1): void {
  h.set(bin, (h.get(bin) ?? 0) + count);
}

export function mergeInto(target: Histogram, source: Histogram): void {
  for (const [bin, n] of source) target.set(bin, (target.get(bin) ?? 0) + n);
}

/** The q-quantile (0..1) of the histogram, or null when it is empty. */
export function quantile(h: Histogram, q: number): number | null {
  let total = 0;
  for (const n of h.values()) total += n;
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  const bins = [...h.keys()].sort((a, b) => a - b);
  let seen = 0;
  for (const bin of bins) {
    seen += h.get(bin)!;
    if (seen >= rank) return binValue(bin);
  }
  return binValue(bins[bins.length - 1]);
}
