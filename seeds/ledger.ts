// Twelve months of money in and out for one customer, as a plan: the total per month and
// category (salary, crop sales, rent, EMIs, groceries...), shaped by the persona, the holdings
// and the seasons. transactions.ts splits each planned total into rows that add up to it
// exactly, so the stored spend profile and the rows always agree on amounts.
import type { Segment } from '../server/src/domain/reference.js';
import { LEDGER_MONTHS, istMonth, type LedgerMonth } from './calendar.js';
import { catalogProduct, type CatalogEntry } from './catalog.js';
import type { HoldingSeed } from './holdings.js';
import type { Trade } from './names.js';
import type { IncomePattern, Persona } from './personas.js';
import type { Random } from './random.js';

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
export interface PlanLine {
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
  /** Lines spread over the month (day null) start on this day (default 1): income arriving late. */
  fromDay?: number;
}

export interface Ledger {
  lines: PlanLine[];
  /** What decides how the customer pays (transactions.ts turns it into channel weights). */
  payer: Payer;
}

export interface Payer {
  segment: Segment;
  /** Holds an active credit card: CARD payments are then common, otherwise rare (debit card). */
  hasCard: boolean;
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
    const openedMonth = istMonth(h.openedAt.getTime());
    const isLoan =
      (p.category === 'PERSONAL_LOAN' ||
        p.category === 'BUSINESS_LOAN' ||
        p.category === 'MORTGAGE' ||
        (p.category === 'CREDIT_CARD' && p.tags.includes('seasonal-repayment'))) && // the Kisan card is a crop loan
      !p.tags.includes('monthly-income'); // a reverse mortgage pays out, it is not repaid
    if (isLoan && h.balance > 0) {
      if (p.tags.includes('seasonal-repayment')) {
        // Repaid from the harvest, half after the kharif sale and half after the rabi sale:
        // crop credit in full with interest, term loans (tractor, house) a year's instalments.
        const cropCredit = p.tags.includes('crop') || p.tags.includes('gold') || p.tags.includes('post-harvest');
        const yearly = cropCredit ? h.balance * rng.range(0.9, 1.09) : h.balance * repaymentShare(p) * 12;
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
  return { lines: [...inflows, ...commitments, ...discretionary], payer: { segment: c.persona.segment, hasCard } };
}
