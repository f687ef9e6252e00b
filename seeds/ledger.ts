// Twelve months of money in and out for one customer. First a plan: the total per month and
// category (salary, crop sales, rent, EMIs, groceries...), shaped by the persona, the holdings
// and the seasons. Then, if rows are wanted, each planned total is split into transactions that
// add up to it exactly, so the stored spend profile and the rows always agree on amounts.
import type { TransactionChannel } from '../server/src/domain/reference.js';
import { LEDGER_MONTHS, istTime, type LedgerMonth } from './calendar.js';
import { catalogProduct, type CatalogEntry } from './catalog.js';
import type { HoldingSeed } from './holdings.js';
import type { Trade } from './names.js';
import type { IncomePattern, Persona } from './personas.js';
import type { Random } from './random.js';
import { summariseFlows, type Flow } from './spend-profile.js';
import type { SpendProfile } from '../drizzle/schema.js';

export interface TransactionSeed {
  customerId: number;
  occurredAt: Date;
  /** INR; positive: inflow, negative: outflow. */
  amount: number;
  category: string;
  channel: TransactionChannel;
  description: string;
}

export interface LedgerCustomer {
  persona: Persona;
  pattern: IncomePattern;
  annualIncome: number;
  region: string;
  age: number | null;
  /** Only for businesses. */
  trade: Trade | null;
  holdings: readonly HoldingSeed[];
}

/** One planned total: a category's money in one month. */
interface PlanLine {
  /** Index into LEDGER_MONTHS. */
  slot: number;
  category: string;
  /** Whole rupees; positive: inflow. */
  amount: number;
  /** Fixed-date payments (salary, EMI, rent) are one row on a known day; others spread over the month. */
  day: number | null;
  /** How many rows a fixed line becomes (weekly payouts are 4-5). */
  rows: number;
  label: string | null;
}

export interface Ledger {
  lines: PlanLine[];
  channelWeights: Map<string, ChannelWeights>;
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

// ---------------------------------------------------------------- channels and wording

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

function channelWeightsFor(category: string, c: LedgerCustomer, hasCard: boolean): ChannelWeights {
  const base = BASE_CHANNELS[category] ?? { UPI: 1 };
  const out: ChannelWeights = { channels: [], weights: [], cumulative: [], total: 0 };
  for (const [channel, w] of Object.entries(base) as [TransactionChannel, number][]) {
    let weight = w;
    // Without a credit card, CARD means a debit card, which people use far less.
    if (channel === 'CARD' && !hasCard) weight *= 0.35;
    if (channel === 'CASH' && c.persona.segment === 'FARMER') weight *= 2;
    if (channel === 'CASH' && c.persona.segment === 'AFFLUENT') weight *= 0.3;
    if (channel === 'CARD' && c.persona.segment === 'AFFLUENT') weight *= 1.5;
    out.total += weight;
    out.channels.push(channel);
    out.weights.push(weight);
    out.cumulative.push(out.total);
  }
  return out;
}

// ---------------------------------------------------------------- seasons

const FESTIVE: Record<number, number> = { 10: 1.35, 11: 1.25, 12: 1.05, 1: 0.95, 2: 0.9, 3: 1.1, 4: 0.85, 5: 0.85, 6: 0.85, 7: 0.9, 8: 0.95, 9: 1.05 };

/** Monthly shape of discretionary categories (calendar month -> factor); missing: flat. */
const SEASONS: Record<string, Record<number, number>> = {
  shopping: { 10: 1.8, 11: 1.5, 12: 1.1 },
  travel: { 5: 1.6, 6: 1.3, 12: 1.5, 10: 1.2 },
  education: { 6: 3, 7: 1.5, 1: 1.5 },
  farm_inputs: { 6: 2.6, 7: 2.2, 10: 1.6, 11: 2.2 }, // kharif and rabi sowing
  utilities: { 4: 1.3, 5: 1.4, 6: 1.3 }, // summer electricity
  dining: { 10: 1.2, 12: 1.3 },
  entertainment: { 10: 1.2, 12: 1.3 },
  groceries: { 10: 1.15 },
  fuel: {},
  healthcare: {},
  inventory: FESTIVE,
};
const OFF_SEASON: Record<string, number> = { farm_inputs: 0.45, education: 0.5, shopping: 0.85, travel: 0.8 };

/** Spreads an annual total over the twelve months with the category's season and some noise. */
function spreadOverYear(rng: Random, category: string, annual: number): number[] {
  const season = SEASONS[category] ?? {};
  const offSeason = OFF_SEASON[category] ?? 1;
  const raw = LEDGER_MONTHS.map((m) => (season[m.month] ?? offSeason) * rng.logNormal(1, 0.12));
  if (category === 'healthcare' && rng.chance(0.25)) raw[rng.int(0, 11)] *= 4; // an illness or a procedure
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((r) => (annual * r) / sum);
}

// ---------------------------------------------------------------- the plan

function roundedLine(slot: number, category: string, amount: number, day: number | null, rows = 1, label: string | null = null): PlanLine | null {
  const rupees = Math.round(amount);
  return rupees === 0 ? null : { slot, category, amount: rupees, day, rows, label };
}

function inflowLines(rng: Random, c: LedgerCustomer): PlanLine[] {
  const lines: (PlanLine | null)[] = [];
  const monthly = c.annualIncome / 12;
  switch (c.pattern) {
    case 'SALARY': {
      const takeHome = monthly * rng.range(0.74, 0.9);
      const raise = rng.range(0.03, 0.12); // April appraisal
      const bonusChance = c.persona.segment === 'AFFLUENT' ? 0.7 : c.persona.segment === 'YOUNG_PROFESSIONAL' ? 0.45 : 0.2;
      LEDGER_MONTHS.forEach((m, slot) => {
        const beforeApril = m.year === LEDGER_MONTHS[0].year || m.month < 4;
        lines.push(roundedLine(slot, 'salary', beforeApril ? takeHome / (1 + raise) : takeHome, 1));
        if (m.month === 3 && rng.chance(bonusChance)) lines.push(roundedLine(slot, 'bonus', takeHome * rng.range(0.3, 1.5), 25));
      });
      break;
    }
    case 'PENSION': {
      const pension = monthly * rng.range(0.6, 0.85);
      const interest = (c.annualIncome - pension * 12) / 12;
      const quarterly = rng.chance(0.3);
      LEDGER_MONTHS.forEach((m, slot) => {
        lines.push(roundedLine(slot, 'pension', pension, 1));
        if (!quarterly) lines.push(roundedLine(slot, 'interest', interest, 28));
        else if (m.month % 3 === 0) lines.push(roundedLine(slot, 'interest', interest * 3, 28));
      });
      break;
    }
    case 'GIG': {
      const category = c.persona.segment === 'CREDIT_BUILDER' ? 'gig_payout' : 'professional_fees';
      const weekly = category === 'gig_payout';
      LEDGER_MONTHS.forEach((m, slot) => {
        const festive = m.month === 10 || m.month === 11 ? 1.15 : 1;
        const amount = monthly * festive * rng.logNormal(1, 0.18);
        lines.push(roundedLine(slot, category, amount, null, weekly ? weeksStartingIn(m) : 0));
      });
      break;
    }
    case 'BUSINESS': {
      const noise = c.persona.kind === 'BUSINESS' ? 0.22 : 0.1;
      const raw = LEDGER_MONTHS.map((m) => FESTIVE[m.month] * rng.logNormal(1, noise));
      const sum = raw.reduce((a, b) => a + b, 0);
      raw.forEach((r, slot) => lines.push(roundedLine(slot, 'business_income', (c.annualIncome * r) / sum, null, 0)));
      break;
    }
    case 'HARVEST': {
      const subsidy = 6_000; // three instalments of ₹2,000 a year
      const holdsDairy = c.holdings.some((h) => catalogProduct(h.productId).tags.includes('dairy'));
      const dairyShare = holdsDairy || rng.chance(0.25) ? rng.range(0.15, 0.35) : 0;
      const plantation = c.region === 'Kerala'; // rubber and coconut sell all year round
      const crops = Math.max(0, c.annualIncome - subsidy) * (1 - dairyShare);
      const steady = plantation ? crops * 0.5 : 0;
      const kharif = (crops - steady) * rng.range(0.35, 0.65);
      const rabi = crops - steady - kharif;
      const octShare = rng.range(0.4, 0.75);
      const aprShare = rng.range(0.5, 0.8);
      LEDGER_MONTHS.forEach((m, slot) => {
        let sale = steady / 12;
        if (m.month === 10) sale += kharif * octShare;
        if (m.month === 11) sale += kharif * (1 - octShare);
        if (m.month === 3) sale += rabi * (1 - aprShare);
        if (m.month === 4) sale += rabi * aprShare;
        lines.push(roundedLine(slot, 'crop_sale', sale, null, 0));
        if (dairyShare > 0) lines.push(roundedLine(slot, 'dairy_income', (c.annualIncome * dairyShare) / 12, 10));
        if (m.month === 4 || m.month === 8 || m.month === 12) lines.push(roundedLine(slot, 'subsidy', subsidy / 3, 20));
      });
      break;
    }
  }
  return lines.filter((l): l is PlanLine => l !== null);
}

function weeksStartingIn(m: LedgerMonth): number {
  // Payouts every Monday: 4 or 5 a month.
  const firstDow = new Date(Date.UTC(m.year, m.month - 1, 1)).getUTCDay();
  const firstMonday = 1 + ((8 - firstDow) % 7);
  return Math.floor((m.days - firstMonday) / 7) + 1;
}

/** Monthly repayment of a loan as a share of its outstanding balance. */
function repaymentShare(p: CatalogEntry): number {
  if (p.category === 'MORTGAGE') return 0.0095;
  if (p.tags.includes('overdraft') || p.tags.includes('working-capital')) return 0.013; // interest only
  if (p.category === 'BUSINESS_LOAN') return 0.035;
  return 0.04;
}

function commitmentLines(rng: Random, c: LedgerCustomer, monthlyInflow: number): PlanLine[] {
  const lines: (PlanLine | null)[] = [];
  const active = c.holdings.filter((h) => h.status === 'ACTIVE');
  const holdsHomeLoan = active.some((h) => {
    const p = catalogProduct(h.productId);
    return p.category === 'MORTGAGE' && !p.tags.includes('monthly-income');
  });

  for (const h of active) {
    const p = catalogProduct(h.productId);
    const openedMonth = new Date(h.openedAt.getTime() + 330 * 60_000).getUTCMonth() + 1;
    const isLoan =
      (p.category === 'PERSONAL_LOAN' ||
        p.category === 'BUSINESS_LOAN' ||
        p.category === 'MORTGAGE' ||
        (p.category === 'CREDIT_CARD' && p.tags.includes('seasonal-repayment'))) && // the Kisan card is a crop loan
      !p.tags.includes('monthly-income'); // a reverse mortgage pays out, it is not repaid
    if (isLoan && h.balance > 0) {
      if (p.tags.includes('seasonal-repayment')) {
        // Repaid from the harvest: half after the kharif sale, half after the rabi sale.
        const yearly = h.balance * rng.range(0.5, 1.05);
        LEDGER_MONTHS.forEach((m, slot) => {
          if (m.month === 11 || m.month === 4) lines.push(roundedLine(slot, 'emi', yearly / 2, 12, 1, `Repayment - ${p.name}`));
        });
      } else {
        const emi = h.balance * repaymentShare(p);
        LEDGER_MONTHS.forEach((_, slot) => lines.push(roundedLine(slot, 'emi', emi, 5, 1, `EMI - ${p.name}`)));
      }
    }
    if (p.category === 'INSURANCE') {
      const premium = p.annualFee;
      if (p.tags.includes('crop')) {
        LEDGER_MONTHS.forEach((m, slot) => {
          if (m.month === 7 || m.month === 11) lines.push(roundedLine(slot, 'insurance_premium', premium / 2, 15, 1, `Premium - ${p.name}`));
        });
      } else if (rng.chance(0.35)) {
        LEDGER_MONTHS.forEach((_, slot) => lines.push(roundedLine(slot, 'insurance_premium', premium / 12, 15, 1, `Premium - ${p.name}`)));
      } else {
        const slot = LEDGER_MONTHS.findIndex((m) => m.month === openedMonth);
        lines.push(roundedLine(slot, 'insurance_premium', premium, 15, 1, `Premium - ${p.name}`));
      }
    }
    const monthlyContribution = p.tags.includes('sip') || p.tags.includes('recurring-deposit') || p.tags.includes('pension');
    if (monthlyContribution) {
      const share = c.persona.segment === 'AFFLUENT' ? rng.range(0.05, 0.2) : rng.range(0.03, 0.1);
      const sip = Math.max(p.tags.includes('small-ticket') ? 100 : 500, Math.round((monthlyInflow * share) / 100) * 100);
      LEDGER_MONTHS.forEach((_, slot) => lines.push(roundedLine(slot, 'investments', sip, 10, 1, `SIP - ${p.name}`)));
    } else if (p.category === 'INVESTMENT' && rng.chance(0.4)) {
      const slot = rng.int(0, 11);
      lines.push(roundedLine(slot, 'investments', monthlyInflow * rng.range(0.5, 2), 10, 1, `Investment - ${p.name}`));
    }
  }

  const business = c.persona.kind === 'BUSINESS';
  if (!holdsHomeLoan && rng.chance(c.persona.rents)) {
    const rent = business ? monthlyInflow * rng.range(0.03, 0.07) : monthlyInflow * rng.range(0.18, 0.32);
    const day = rng.int(1, 5);
    LEDGER_MONTHS.forEach((_, slot) => lines.push(roundedLine(slot, 'rent', rent, day, 1, business ? 'Shop rent' : 'House rent')));
  }
  if (business && c.trade) {
    const payroll = monthlyInflow * c.trade.payrollShare * rng.range(0.8, 1.2);
    LEDGER_MONTHS.forEach((m, slot) => {
      // A Diwali bonus for staff in October.
      lines.push(roundedLine(slot, 'payroll', m.month === 10 ? payroll * 1.5 : payroll, null, rng.int(1, 3)));
    });
  }
  return lines.filter((l): l is PlanLine => l !== null);
}

function discretionaryLines(rng: Random, c: LedgerCustomer, budget: number, inflowByMonth: number[]): PlanLine[] {
  // Each person has one thing they spend on more than their peers (eating out, travel, their
  // car...); otherwise the persona's weights hold with modest noise. A clear favourite, rather
  // than heavy noise everywhere, keeps "spends mostly on" meaningful and its variety bounded.
  const categories = Object.keys(c.persona.spend);
  const favourite = rng.weighted(
    categories,
    categories.map((k) => c.persona.spend[k]),
  );
  const weights: Record<string, number> = {};
  for (const category of categories) {
    weights[category] = c.persona.spend[category] * rng.logNormal(1, 0.12) * (category === favourite ? 1.8 : 1);
  }
  const hasDependants = c.age != null && c.age >= 30 && c.age <= 58 && rng.chance(0.65);
  if (!hasDependants && weights.education) weights.education *= c.persona.segment === 'CREDIT_BUILDER' ? 0.5 : 0.1;
  if (c.trade) weights.inventory = c.trade.inventoryShare * 100 * rng.range(0.9, 1.1);
  const total = Object.values(weights).reduce((a, b) => a + b, 0);

  const lines: (PlanLine | null)[] = [];
  for (const [category, w] of Object.entries(weights)) {
    const annual = (budget * w) / total;
    let monthly: number[];
    if (category === 'inventory') {
      // Stock is bought ahead of sales: follow next month's receipts.
      const ahead = inflowByMonth.map((_, i) => inflowByMonth[Math.min(11, i + 1)] * rng.logNormal(1, 0.08));
      const sum = ahead.reduce((a, b) => a + b, 0);
      monthly = ahead.map((x) => (annual * x) / sum);
    } else {
      monthly = spreadOverYear(rng, category, annual);
    }
    monthly.forEach((amount, slot) => lines.push(roundedLine(slot, category, -amount, null, 0)));
  }
  return lines.filter((l): l is PlanLine => l !== null);
}

/** The month-by-category plan of a customer's year. */
export function planLedger(rng: Random, c: LedgerCustomer): Ledger {
  const inflows = inflowLines(rng, c);
  const inflowByMonth = new Array<number>(12).fill(0);
  for (const l of inflows) inflowByMonth[l.slot] += l.amount;
  const annualInflow = inflowByMonth.reduce((a, b) => a + b, 0);

  const target = annualInflow * rng.range(c.persona.outflowRatio[0], c.persona.outflowRatio[1]);
  const commitments = commitmentLines(rng, c, annualInflow / 12).map((l) => ({ ...l, amount: -l.amount }));
  const committed = -commitments.reduce((a, l) => a + l.amount, 0);
  // People in debt still buy groceries: discretionary spending never drops below 15% of the target.
  const budget = Math.max(target - committed, target * 0.15);
  const discretionary = discretionaryLines(rng, c, budget, inflowByMonth);

  const hasCard = c.holdings.some((h) => h.status === 'ACTIVE' && catalogProduct(h.productId).category === 'CREDIT_CARD');
  const lines = [...inflows, ...commitments, ...discretionary];
  const channelWeights = new Map<string, ChannelWeights>();
  for (const l of lines) {
    if (!channelWeights.has(l.category)) channelWeights.set(l.category, channelWeightsFor(l.category, c, hasCard));
  }
  return { lines, channelWeights };
}

// ---------------------------------------------------------------- from plan to rows

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
  const counts = new Map<string, number>();
  const bySlot = groupBySlot(ledger.lines);
  for (const lines of bySlot) {
    const rows = rowsPerLine(lines, AVERAGE_TARGET);
    lines.forEach((l, i) => {
      const w = ledger.channelWeights.get(l.category)!;
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
  const out: TransactionSeed[] = [];
  const bySlot = groupBySlot(ledger.lines);
  bySlot.forEach((lines, slot) => {
    const month = LEDGER_MONTHS[slot];
    const rows = rowsPerLine(lines, Math.round(perMonth * rng.range(0.75, 1.5)));
    lines.forEach((line, i) => {
      const weights = ledger.channelWeights.get(line.category)!;
      const descriptions = DESCRIPTIONS[line.category] ?? [line.category];
      for (const amount of splitAmount(rng, line.amount, rows[i])) {
        const day = line.day ?? rng.int(1, month.days);
        out.push({
          customerId,
          occurredAt: new Date(istTime(month.year, month.month, Math.min(day, month.days), rng.int(7, 21), rng.int(0, 59))),
          amount,
          category: line.category,
          channel: drawChannel(rng, weights),
          description: line.label ?? rng.pick(descriptions),
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
