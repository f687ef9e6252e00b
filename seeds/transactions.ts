// From a customer's monthly plan (ledger.ts) to transaction rows: each planned total becomes
// a few payments on plausible days, through the channels people use for it (UPI for groceries,
// ACH for EMIs, cash at the mandi), adding up to the plan exactly.
import type { SpendProfile } from '../drizzle/schema.js';
import type { TransactionChannel } from '../server/src/domain/reference.js';
import { LEDGER_MONTHS, istTime } from './calendar.js';
import type { Ledger, Payer, PlanLine } from './ledger.js';
import type { Random } from './random.js';
import { summariseFlows, type Flow } from './spend-profile.js';

export interface TransactionSeed {
  customerId: number;
  occurredAt: Date;
  /** INR; positive: inflow, negative: outflow. */
  amount: number;
  category: string;
  channel: TransactionChannel;
  description: string;
  /** Account balance after the row; rows of a customer are in time order (balances.ts). Null when not computed. */
  balanceAfter: number | null;
}

/** Channels of one category with cumulative weights, for a cheap weighted draw per row. */
interface ChannelWeights {
  channels: TransactionChannel[];
  weights: number[];
  cumulative: number[];
  total: number;
}

function drawChannel(rng: Random, w: ChannelWeights): TransactionChannel {
  const r = rng.next() * w.total;
  for (let i = 0; i < w.cumulative.length; i++) if (r < w.cumulative[i]) return w.channels[i];
  return w.channels[w.channels.length - 1];
}

const BASE_CHANNELS: Record<string, Partial<Record<TransactionChannel, number>>> = {
  salary: { NEFT: 0.7, ACH: 0.3 },
  bonus: { NEFT: 1 },
  pension: { NEFT: 0.6, ACH: 0.4 },
  interest: { NEFT: 1 },
  gig_payout: { UPI: 0.6, NEFT: 0.4 },
  professional_fees: { NEFT: 0.5, UPI: 0.4, CASH: 0.1 },
  business_income: { UPI: 0.5, NEFT: 0.25, CASH: 0.2, CARD: 0.05 },
  crop_sale: { NEFT: 0.5, CASH: 0.4, UPI: 0.1 },
  dairy_income: { UPI: 0.4, NEFT: 0.3, CASH: 0.3 },
  subsidy: { NEFT: 1 },
  groceries: { UPI: 0.6, CARD: 0.2, CASH: 0.2 },
  rent: { NEFT: 0.5, UPI: 0.45, CASH: 0.05 },
  dining: { UPI: 0.45, CARD: 0.5, CASH: 0.05 },
  travel: { CARD: 0.7, UPI: 0.25, NEFT: 0.05 },
  fuel: { UPI: 0.5, CARD: 0.35, CASH: 0.15 },
  utilities: { ACH: 0.4, UPI: 0.55, CARD: 0.05 },
  shopping: { CARD: 0.5, UPI: 0.45, CASH: 0.05 },
  education: { NEFT: 0.6, UPI: 0.3, CARD: 0.1 },
  healthcare: { UPI: 0.5, CASH: 0.3, CARD: 0.2 },
  emi: { ACH: 1 },
  insurance_premium: { ACH: 0.7, UPI: 0.2, CARD: 0.1 },
  investments: { ACH: 0.8, UPI: 0.2 },
  farm_inputs: { CASH: 0.5, UPI: 0.4, NEFT: 0.1 },
  inventory: { NEFT: 0.5, UPI: 0.35, CASH: 0.15 },
  payroll: { NEFT: 0.7, CASH: 0.3 },
  entertainment: { UPI: 0.5, CARD: 0.5 },
  payday_loan: { UPI: 1 }, // instant-loan apps disburse to a UPI id
  bounce_charge: { ACH: 1 },
};

const DESCRIPTIONS: Record<string, readonly string[]> = {
  salary: ['Salary credit'],
  bonus: ['Annual performance bonus'],
  pension: ['Pension credit'],
  interest: ['Interest on deposits'],
  gig_payout: ['Weekly payout - delivery platform', 'Ride earnings payout', 'Weekly earnings settlement'],
  professional_fees: ['Professional fees received', 'Client payment', 'Consultation fees'],
  business_income: ['UPI collections settlement', 'Customer payment', 'Cash sales deposit', 'Invoice settlement', 'Card sales settlement'],
  crop_sale: ['Crop sale - mandi', 'Procurement payment', 'Produce sale to trader'],
  dairy_income: ['Milk cooperative payment'],
  subsidy: ['Farmer income support (DBT)'],
  groceries: ['Kirana store', 'Supermarket', 'Online grocery order', 'Vegetable market', 'Milk and dairy'],
  rent: ['Rent'],
  dining: ['Restaurant', 'Food delivery', 'Cafe', 'Street food'],
  travel: ['Flight booking', 'Train tickets', 'Hotel stay', 'Cab ride', 'Bus tickets'],
  fuel: ['Petrol pump', 'Diesel', 'CNG station'],
  utilities: ['Electricity bill', 'Mobile recharge', 'Broadband bill', 'Water bill', 'Cooking gas cylinder'],
  shopping: ['Online marketplace', 'Clothing store', 'Electronics store', 'Home goods'],
  education: ['School fees', 'College fees', 'Coaching classes', 'Books and stationery'],
  healthcare: ['Pharmacy', 'Doctor consultation', 'Diagnostic lab', 'Hospital bill'],
  emi: ['Loan EMI'],
  insurance_premium: ['Insurance premium'],
  investments: ['SIP instalment'],
  farm_inputs: ['Seeds', 'Fertiliser', 'Pesticide', 'Farm labour', 'Tractor hire', 'Diesel for pump set'],
  inventory: ['Supplier payment', 'Wholesale purchase', 'Stock purchase'],
  payroll: ['Staff salaries', 'Wages'],
  entertainment: ['Movie tickets', 'Streaming subscription', 'Concert tickets', 'Gaming'],
  payday_loan: ['Instant loan credit'],
  bounce_charge: ['NACH return charges'],
};

/** How often a category is paid within a month, relative to the others. */
const FREQUENCY: Record<string, number> = {
  groceries: 6,
  dining: 4,
  shopping: 3,
  fuel: 3,
  entertainment: 2,
  utilities: 2.5,
  healthcare: 1.2,
  travel: 1.2,
  education: 1,
  farm_inputs: 3,
  inventory: 4,
  business_income: 5,
  professional_fees: 3,
  crop_sale: 1.5,
};

function channelWeightsFor(category: string, payer: Payer): ChannelWeights {
  const base = BASE_CHANNELS[category] ?? { UPI: 1 };
  const out: ChannelWeights = { channels: [], weights: [], cumulative: [], total: 0 };
  for (const [channel, w] of Object.entries(base) as [TransactionChannel, number][]) {
    let weight = w;
    // Without a credit card, CARD means a debit card, which people use far less.
    if (channel === 'CARD' && !payer.hasCard) weight *= 0.35;
    if (channel === 'CASH' && payer.segment === 'FARMER') weight *= 2;
    if (channel === 'CASH' && payer.segment === 'AFFLUENT') weight *= 0.3;
    if (channel === 'CARD' && payer.segment === 'AFFLUENT') weight *= 1.5;
    out.total += weight;
    out.channels.push(channel);
    out.weights.push(weight);
    out.cumulative.push(out.total);
  }
  return out;
}

/** Channel weights per category for one payer, built on first use. */
function channelTable(payer: Payer): { get(category: string): ChannelWeights } {
  const table = new Map<string, ChannelWeights>();
  return {
    get(category) {
      let w = table.get(category);
      if (!w) table.set(category, (w = channelWeightsFor(category, payer)));
      return w;
    },
  };
}

/** Rows per line for one month: fixed lines keep their count, the rest share what is left of the target. */
function rowsPerLine(lines: readonly PlanLine[], target: number): number[] {
  let fixed = 0;
  let weight = 0;
  for (const l of lines) {
    if (l.rows > 0) fixed += l.rows;
    else weight += FREQUENCY[l.category] ?? 1;
  }
  const spare = Math.max(0, target - fixed);
  return lines.map((l) => (l.rows > 0 ? l.rows : Math.max(1, Math.round((spare * (FREQUENCY[l.category] ?? 1)) / weight))));
}

const AVERAGE_TARGET = 22; // the mean of the default 20 a month, jittered by 0.75-1.5

/** Expected share of transactions per channel, for profiles of customers whose rows are not written. */
export function expectedChannelCounts(ledger: Ledger): Map<string, number> {
  const channels = channelTable(ledger.payer);
  const counts = new Map<string, number>();
  const bySlot = groupBySlot(ledger.lines);
  for (const lines of bySlot) {
    const rows = rowsPerLine(lines, AVERAGE_TARGET);
    lines.forEach((l, i) => {
      const w = channels.get(l.category);
      w.channels.forEach((channel, j) => counts.set(channel, (counts.get(channel) ?? 0) + (rows[i] * w.weights[j]) / w.total));
    });
  }
  return counts;
}

function groupBySlot(lines: readonly PlanLine[]): PlanLine[][] {
  const out: PlanLine[][] = LEDGER_MONTHS.map(() => []);
  for (const l of lines) out[l.slot].push(l);
  return out;
}

/** Splits a whole-rupee total into n whole-rupee parts of varied size that add up to it exactly. */
function splitAmount(rng: Random, total: number, n: number): number[] {
  const sign = Math.sign(total);
  const abs = Math.abs(total);
  const parts = Math.max(1, Math.min(n, abs));
  if (parts === 1) return [total];
  const weights = Array.from({ length: parts }, () => 0.2 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(1, Math.floor((abs * w) / sum)));
  const rest = abs - out.reduce((a, b) => a + b, 0);
  out[out.length - 1] += rest;
  if (out[out.length - 1] < 1) return [total]; // cannot happen with parts <= abs, kept as a guard
  return out.map((x) => sign * x);
}

export function ledgerRows(rng: Random, customerId: number, ledger: Ledger, perMonth: number): TransactionSeed[] {
  if (perMonth <= 0) return [];
  const channels = channelTable(ledger.payer);
  const out: TransactionSeed[] = [];
  const bySlot = groupBySlot(ledger.lines);
  bySlot.forEach((lines, slot) => {
    const month = LEDGER_MONTHS[slot];
    const rows = rowsPerLine(lines, Math.round(perMonth * rng.range(0.75, 1.5)));
    lines.forEach((line, i) => {
      const weights = channels.get(line.category);
      const descriptions = DESCRIPTIONS[line.category] ?? [line.category];
      for (const amount of splitAmount(rng, line.amount, rows[i])) {
        const day = line.day ?? rng.int(Math.min(line.fromDay ?? 1, month.days), month.days);
        out.push({
          customerId,
          occurredAt: new Date(istTime(month.year, month.month, Math.min(day, month.days), rng.int(7, 21), rng.int(0, 59))),
          amount,
          category: line.category,
          channel: drawChannel(rng, weights),
          description: line.label ?? rng.pick(descriptions),
          balanceAfter: null,
        });
      }
    });
  });
  return out;
}

/** The profile from the plan: the same amounts as the rows would give, channels by expectation. */
export function planSpendProfile(ledger: Ledger): SpendProfile {
  const flows: Flow[] = ledger.lines.map((l) => ({ month: LEDGER_MONTHS[l.slot].month, amount: l.amount, category: l.category }));
  return summariseFlows(flows, expectedChannelCounts(ledger));
}
