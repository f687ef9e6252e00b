// Figures of an experiment: rates with their intervals, differences in percentage points, p-values.
import type { ArmRateFieldsFragment } from '../../gql/graphql';
import { formatRate } from '../../format';

/** 12.5% (9.1–16.8%); "—" when nothing was counted yet. */
export function formatRateWithInterval(rate: ArmRateFieldsFragment): string {
  if (rate.value == null) return '—';
  const value = formatRate(rate.value, 1);
  if (!rate.interval) return value;
  return `${value} (${formatRate(rate.interval.low, 1)}–${formatRate(rate.interval.high, 1)})`;
}

/** A difference of two shares in percentage points, signed with a real minus sign: +3.2 pp, −0.8 pp. */
export function formatPoints(share: number, unit = true): string {
  const pp = share * 100;
  const abs = Math.abs(pp).toFixed(1);
  const sign = Number(abs) === 0 ? '' : pp < 0 ? '\u2212' : '+';
  return `${sign}${abs}${unit ? ' pp' : ''}`;
}

/** "+3.2 pp (−1.0 to +7.4)"; "—" when there is not enough data to compare. */
export function formatDifference(difference: number | null, ciLow: number | null, ciHigh: number | null): string {
  if (difference == null) return '—';
  const ci = ciLow != null && ciHigh != null ? ` (${formatPoints(ciLow, false)} to ${formatPoints(ciHigh, false)})` : '';
  return `${formatPoints(difference)}${ci}`;
}

export function formatPValue(p: number | null): string {
  if (p == null) return '—';
  return p < 0.001 ? '< 0.001' : p.toFixed(3);
}

/** CTR -> "CTR", CONVERSION -> "Conversion". */
export function metricLabel(metric: string): string {
  if (metric.toUpperCase() === 'CTR') return 'CTR';
  return metric.charAt(0).toUpperCase() + metric.slice(1).toLowerCase();
}
