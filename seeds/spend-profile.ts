// The twelve-month summary stored on each customer row (customers.spend_profile), computed from
// transactions, or from the monthly plan they are drawn from when no rows are written.
import type { SpendProfile } from '../drizzle/schema.js';
import { istMonth } from './calendar.js';

/** One flow: a transaction, or a month's planned total of one category. */
export interface Flow {
  /** Calendar month, 1-12. */
  month: number;
  /** Positive: inflow; negative: outflow. */
  amount: number;
  category: string;
}

/** Inflows at least this much above the monthly mean count as peak months. */
const PEAK_FACTOR = 1.25;
const MAX_PEAK_MONTHS = 4;

const round = (x: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

function shares(totals: Map<string, number>): Record<string, number> {
  let sum = 0;
  for (const v of totals.values()) sum += v;
  const out: Record<string, number> = {};
  if (sum <= 0) return out;
  for (const [k, v] of [...totals.entries()].sort((a, b) => b[1] - a[1])) {
    if (v > 0) out[k] = round(v / sum, 4);
  }
  return out;
}

/**
 * Builds the profile from flows over twelve months and from channel weights (a count of
 * transactions per channel, or an expected count when there are no rows).
 */
export function summariseFlows(flows: Iterable<Flow>, channelCounts: Map<string, number>): SpendProfile {
  const inflow = new Array<number>(13).fill(0);
  const outflow = new Array<number>(13).fill(0);
  const byCategory = new Map<string, number>();
  for (const f of flows) {
    if (f.amount >= 0) {
      inflow[f.month] += f.amount;
    } else {
      outflow[f.month] -= f.amount;
      byCategory.set(f.category, (byCategory.get(f.category) ?? 0) - f.amount);
    }
  }
  const months = inflow.slice(1);
  const mean = months.reduce((a, b) => a + b, 0) / 12;
  const variance = months.reduce((a, b) => a + (b - mean) ** 2, 0) / 12;
  const peakMonths = months
    .map((value, i) => ({ month: i + 1, value }))
    .filter((m) => mean > 0 && m.value >= PEAK_FACTOR * mean)
    .sort((a, b) => b.value - a.value || a.month - b.month)
    .slice(0, MAX_PEAK_MONTHS)
    .map((m) => m.month);
  return {
    categoryShare: shares(byCategory),
    channelShare: shares(channelCounts),
    monthlyInflowMean: round(mean, 2),
    inflowVariability: mean > 0 ? round(Math.sqrt(variance) / mean, 4) : 0,
    monthlyOutflowMean: round(outflow.slice(1).reduce((a, b) => a + b, 0) / 12, 2),
    peakMonths,
  };
}

export interface TransactionLike {
  occurredAt: Date;
  amount: number;
  category: string;
  channel: string;
}

/** The profile of twelve months of transactions (months are taken in IST). */
export function computeSpendProfile(transactions: readonly TransactionLike[]): SpendProfile {
  const channels = new Map<string, number>();
  for (const t of transactions) channels.set(t.channel, (channels.get(t.channel) ?? 0) + 1);
  return summariseFlows(
    transactions.map((t) => ({ month: istMonth(t.occurredAt.getTime()), amount: t.amount, category: t.category })),
    channels,
  );
}
