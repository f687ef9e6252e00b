// Four applicants the credit-decision integration tests submit applications for, each a complete
// customer (customers row, holdings, twelve months of transactions with balances, bureau file),
// deterministic, dated in the twelve complete months before `asOf` (default: the seed's "now"):
//
// 1. newToCreditGigWorker: 22, no bureau file, a delivery rider paid weekly by UPI for a year,
//    modest income, bills paid on time, a small but growing balance.
// 2. seasonalFarmer: crop sales in October-November and March-April, a Kisan credit card repaid
//    after each harvest, bills paid, a modest bureau file.
// 3. strategicDefaulter: a high salary and a high balance, yet EMIs bounce; the bureau has a
//    written-off account and a wilful-default flag.
// 4. distressedBorrower: income cut and late, spending not, payday-style loans, EMIs bouncing on
//    an empty account, missed bills, a falling balance and EMIs taking over half of income.
import { noHitReport, type BureauReport } from '../../server/src/bureau/report.js';
import type { Database } from '../../server/src/db/index.js';
import type { TransactionChannel } from '../../server/src/domain/reference.js';
import { openBulkWriter } from '../bulk-insert.js';
import { subjectRef } from '../bureau.js';
import { DAY_MS, IST_OFFSET_MS, istTime } from '../calendar.js';
import { SEED_AS_OF, type CustomerSeed, type HoldingSeed, type TransactionSeed } from '../generator.js';
import { Random } from '../random.js';
import { computeSpendProfile } from '../spend-profile.js';
import { BUREAU_RECORDS, CUSTOMERS, HOLDINGS, TRANSACTIONS } from '../tables.js';

export interface ScenarioCustomer {
  /** id and tenantId are placeholders (0, 'demo'): insertScenarioCustomer sets them. */
  customer: CustomerSeed;
  holdings: HoldingSeed[];
  /** In time order, with running balances. */
  transactions: TransactionSeed[];
  bureau: BureauReport;
}

export interface ScenarioOptions {
  /** The decision date: transactions fill the twelve complete months before its month. Default: SEED_AS_OF. */
  asOf?: Date;
}

export type CreditScenario = 'NEW_TO_CREDIT_GIG' | 'SEASONAL_FARMER' | 'STRATEGIC_DEFAULTER' | 'DISTRESSED';

// ---------------------------------------------------------------- building blocks

interface WindowMonth {
  year: number;
  /** 1-12 */
  month: number;
  days: number;
}

/** The twelve complete IST months before the month of asOf, oldest first. */
function windowMonths(asOf: Date): WindowMonth[] {
  const d = new Date(asOf.getTime() + IST_OFFSET_MS);
  const current = d.getUTCFullYear() * 12 + d.getUTCMonth();
  return Array.from({ length: 12 }, (_, i) => {
    const n = current - 12 + i;
    const year = Math.floor(n / 12);
    const month = (n % 12) + 1;
    return { year, month, days: new Date(Date.UTC(year, month, 0)).getUTCDate() };
  });
}

interface Flow {
  /** Window month 0 (oldest) .. 11. */
  m: number;
  day: number;
  amount: number;
  category: string;
  channel: TransactionChannel;
  description: string;
  hour?: number;
}

class Statement {
  readonly flows: Flow[] = [];
  readonly months: WindowMonth[];
  constructor(
    readonly rng: Random,
    asOf: Date,
  ) {
    this.months = windowMonths(asOf);
  }

  add(m: number, day: number, amount: number, category: string, channel: TransactionChannel, description: string, hour?: number): void {
    this.flows.push({ m, day: Math.min(day, this.months[m].days), amount: Math.round(amount), category, channel, description, hour });
  }

  /** Calendar month (1-12) of window month m. */
  calendar(m: number): number {
    return this.months[m].month;
  }

  /** Mondays of window month m. */
  mondays(m: number): number[] {
    const { year, month, days } = this.months[m];
    const out: number[] = [];
    for (let day = 1; day <= days; day++) if (new Date(Date.UTC(year, month - 1, day)).getUTCDay() === 1) out.push(day);
    return out;
  }

  /** Everyday spending spread over the month (groceries, fuel...): `count` payments adding up to about `total`. */
  spread(m: number, total: number, count: number, category: string, channels: TransactionChannel[], descriptions: string[]): void {
    for (let i = 0; i < count; i++) {
      const day = 1 + Math.floor(((i + this.rng.next()) * this.months[m].days) / count);
      this.add(m, day, -(total / count) * this.rng.range(0.7, 1.3), category, this.rng.pick(channels), this.rng.pick(descriptions));
    }
  }

  /** Rows in time order with running balances from the opening balance. */
  rows(opening: number): TransactionSeed[] {
    const rows = this.flows
      .filter((f) => f.amount !== 0)
      .map((f, i) => {
        const { year, month } = this.months[f.m];
        const hour = f.hour ?? 8 + ((i * 7) % 12);
        return {
          i,
          row: {
            customerId: 0,
            occurredAt: new Date(istTime(year, month, f.day, hour, (i * 13) % 60)),
            amount: f.amount,
            category: f.category,
            channel: f.channel,
            description: f.description,
            balanceAfter: null as number | null,
          },
        };
      })
      .sort((a, b) => a.row.occurredAt.getTime() - b.row.occurredAt.getTime() || a.i - b.i)
      .map((x) => x.row);
    let balance = opening;
    for (const r of rows) {
      balance += r.amount;
      r.balanceAfter = balance;
    }
    return rows;
  }
}

function openedAt(asOf: Date, yearsAgo: number): Date {
  const day = Math.floor((asOf.getTime() - yearsAgo * 365.25 * DAY_MS) / DAY_MS) * DAY_MS;
  return new Date(day + 11 * 3600_000 - IST_OFFSET_MS);
}

function bundle(customer: Omit<CustomerSeed, 'id' | 'tenantId' | 'spendProfile'>, holdings: Omit<HoldingSeed, 'customerId'>[], transactions: TransactionSeed[], bureau: Omit<BureauReport, 'subjectRef' | 'reportedAt'>, asOf: Date): ScenarioCustomer {
  return {
    customer: { ...customer, id: 0, tenantId: 'demo', spendProfile: computeSpendProfile(transactions) },
    holdings: holdings.map((h) => ({ ...h, customerId: 0 })),
    transactions,
    bureau: { ...bureau, subjectRef: '', reportedAt: new Date(asOf.getTime() - 60_000).toISOString() },
  };
}

/** No file at the bureau: new to credit. */
const NO_FILE: Omit<BureauReport, 'subjectRef' | 'reportedAt'> = noHitReport('');

const GROCERIES = ['Kirana store', 'Vegetable market', 'Supermarket', 'Milk and dairy'];

// ---------------------------------------------------------------- 1. new to credit, gig income by UPI

export function newToCreditGigWorker(opts: ScenarioOptions = {}): ScenarioCustomer {
  const asOf = opts.asOf ?? SEED_AS_OF;
  const s = new Statement(Random.stream('credit-scenario', 'new-to-credit-gig'), asOf);
  for (let m = 0; m < 12; m++) {
    for (const day of s.mondays(m)) s.add(m, day, 5_100 * s.rng.logNormal(1, 0.12), 'gig_payout', 'UPI', 'Weekly payout - delivery platform', 9);
    s.add(m, 3, -6_000, 'rent', 'UPI', 'House rent');
    s.add(m, 7, -299, 'utilities', 'UPI', 'Mobile recharge');
    s.add(m, 12, -520 * s.rng.range(0.8, 1.3), 'utilities', 'UPI', 'Electricity bill');
    s.spread(m, 5_200, 6, 'groceries', ['UPI'], GROCERIES);
    s.spread(m, 1_800, 4, 'fuel', ['UPI'], ['Petrol pump']);
    s.spread(m, 1_300, 3, 'dining', ['UPI'], ['Street food', 'Food delivery']);
    s.spread(m, 1_400, 2, 'shopping', ['UPI'], ['Online marketplace', 'Clothing store']);
    s.add(m, 10, -1_000, 'investments', 'UPI', 'SIP - Northwind Goal Recurring Deposit');
  }
  return bundle(
    {
      name: 'Rohit Yadav',
      kind: 'INDIVIDUAL',
      segment: 'CREDIT_BUILDER',
      region: 'Uttar Pradesh',
      age: 22,
      yearsInBusiness: null,
      annualIncome: 264_000,
      employment: 'Gig worker, food delivery',
      creditScore: null,
      goals: 'build my credit history and buy a two-wheeler',
      consentMarketing: true,
      consentBureau: true,
      consentRecommendation: true,
    },
    [
      { productId: 'sv-northwind-basic', openedAt: openedAt(asOf, 1.4), balance: 0, status: 'ACTIVE' },
      { productId: 'sv-northwind-goal-rd', openedAt: openedAt(asOf, 1.1), balance: 12_000, status: 'ACTIVE' },
    ],
    s.rows(7_500),
    NO_FILE,
    asOf,
  );
}

// ---------------------------------------------------------------- 2. seasonal harvest income

export function seasonalFarmer(opts: ScenarioOptions = {}): ScenarioCustomer {
  const asOf = opts.asOf ?? SEED_AS_OF;
  const s = new Statement(Random.stream('credit-scenario', 'seasonal-farmer'), asOf);
  const sales: Record<number, number> = { 10: 165_000, 11: 95_000, 3: 60_000, 4: 135_000 };
  const inputs: Record<number, number> = { 6: 38_000, 7: 30_000, 10: 26_000, 11: 34_000 };
  for (let m = 0; m < 12; m++) {
    const month = s.calendar(m);
    if (sales[month]) {
      s.add(m, 9, sales[month] * 0.6, 'crop_sale', 'NEFT', 'Procurement payment', 12);
      s.add(m, 21, sales[month] * 0.4, 'crop_sale', 'CASH', 'Crop sale - mandi', 12);
    }
    if (month === 4 || month === 8 || month === 12) s.add(m, 20, 2_000, 'subsidy', 'NEFT', 'Farmer income support (DBT)');
    // The Kisan credit card is repaid after each harvest; crop insurance before each sowing.
    if (month === 11 || month === 4) s.add(m, 25, -56_000, 'emi', 'ACH', 'Repayment - Kisan Credit Card');
    if (month === 7 || month === 11) s.add(m, 15, -1_200, 'insurance_premium', 'ACH', 'Premium - Harbor Crop Shield');
    s.add(m, 8, -420 * s.rng.range(0.8, 1.6), 'utilities', 'UPI', 'Electricity bill');
    s.add(m, 5, -199, 'utilities', 'UPI', 'Mobile recharge');
    s.spread(m, inputs[month] ?? 2_500, inputs[month] ? 4 : 1, 'farm_inputs', ['CASH', 'UPI'], ['Seeds', 'Fertiliser', 'Farm labour', 'Diesel for pump set']);
    s.spread(m, 6_500, 5, 'groceries', ['CASH', 'UPI'], GROCERIES);
    s.spread(m, 2_200, 2, 'fuel', ['CASH', 'UPI'], ['Diesel']);
    s.spread(m, 1_500, 1, 'education', ['UPI'], ['School fees']);
  }
  return bundle(
    {
      name: 'Gurpreet Singh Sandhu',
      kind: 'INDIVIDUAL',
      segment: 'FARMER',
      region: 'Punjab',
      age: 46,
      yearsInBusiness: null,
      annualIncome: 460_000,
      employment: 'Farmer, 7 acres (wheat and paddy)',
      creditScore: 688,
      goals: 'buy a tractor',
      consentMarketing: true,
      consentBureau: true,
      consentRecommendation: true,
    },
    [
      { productId: 'sv-kisan-gramin-savings', openedAt: openedAt(asOf, 11), balance: 0, status: 'ACTIVE' },
      { productId: 'cc-kisan-credit-card', openedAt: openedAt(asOf, 6), balance: 100_000, status: 'ACTIVE' },
      { productId: 'in-harbor-crop-shield', openedAt: openedAt(asOf, 3), balance: 0, status: 'ACTIVE' },
    ],
    s.rows(85_000),
    {
      hit: true,
      score: 688,
      activeAccounts: 1,
      delinquencies24m: 0,
      maxDaysPastDue24m: 0,
      writtenOffAccounts: 0,
      willfulDefaulter: false,
      enquiries6m: 1,
      oldestAccountMonths: 84,
      totalOutstanding: 100_000,
      monthlyObligations: Math.round((2 * 56_000) / 12),
    },
    asOf,
  );
}

// ---------------------------------------------------------------- 3. able to pay, unwilling

/** Window months in which the car-loan EMI bounces. */
export const STRATEGIC_BOUNCE_MONTHS = [3, 7, 10];

export function strategicDefaulter(opts: ScenarioOptions = {}): ScenarioCustomer {
  const asOf = opts.asOf ?? SEED_AS_OF;
  const s = new Statement(Random.stream('credit-scenario', 'strategic-defaulter'), asOf);
  for (let m = 0; m < 12; m++) {
    s.add(m, 1, 212_000, 'salary', 'NEFT', 'Salary credit', 9);
    if (STRATEGIC_BOUNCE_MONTHS.includes(m)) s.add(m, 6, -590, 'bounce_charge', 'ACH', 'NACH return charges', 20);
    else s.add(m, 5, -32_000, 'emi', 'ACH', 'EMI - Meridian New Car Loan');
    s.add(m, 15, -3_100, 'insurance_premium', 'ACH', 'Premium - Harbor Family Floater Health Plan');
    s.add(m, 9, -3_800 * s.rng.range(0.8, 1.4), 'utilities', 'ACH', 'Electricity bill');
    s.add(m, 11, -1_299, 'utilities', 'UPI', 'Broadband bill');
    s.spread(m, 16_000, 6, 'groceries', ['UPI', 'CARD'], ['Supermarket', 'Online grocery order']);
    s.spread(m, 14_000, 5, 'dining', ['CARD', 'UPI'], ['Restaurant', 'Food delivery']);
    s.spread(m, 30_000, 4, 'shopping', ['CARD', 'UPI'], ['Online marketplace', 'Electronics store']);
    s.spread(m, 22_000, 2, 'travel', ['CARD'], ['Flight booking', 'Hotel stay']);
    s.spread(m, 6_000, 3, 'fuel', ['CARD', 'UPI'], ['Petrol pump']);
    s.add(m, 10, -40_000, 'investments', 'ACH', 'SIP - Lotus Flexicap SIP');
  }
  return bundle(
    {
      name: 'Vikram Malhotra',
      kind: 'INDIVIDUAL',
      segment: 'AFFLUENT',
      region: 'Delhi',
      age: 41,
      yearsInBusiness: null,
      annualIncome: 3_600_000,
      employment: 'Senior executive, banking',
      creditScore: 592,
      goals: 'upgrade to a bigger home',
      consentMarketing: true,
      consentBureau: true,
      consentRecommendation: true,
    },
    [
      { productId: 'sv-aurora-premier-savings', openedAt: openedAt(asOf, 9), balance: 900_000, status: 'ACTIVE' },
      { productId: 'pl-meridian-car-loan', openedAt: openedAt(asOf, 2.5), balance: 1_100_000, status: 'ACTIVE' },
      { productId: 'in-harbor-family-health', openedAt: openedAt(asOf, 4), balance: 0, status: 'ACTIVE' },
    ],
    s.rows(820_000),
    {
      hit: true,
      score: 592,
      activeAccounts: 2,
      delinquencies24m: 4,
      maxDaysPastDue24m: 180,
      writtenOffAccounts: 1,
      willfulDefaulter: true,
      enquiries6m: 1,
      oldestAccountMonths: 150,
      totalOutstanding: 1_480_000,
      monthlyObligations: 32_000,
    },
    asOf,
  );
}

// ---------------------------------------------------------------- 4. financial distress

/** Window months of the distress: the last five. */
export const DISTRESS_MONTHS = [7, 8, 9, 10, 11];

/**
 * Month by month, the balance the distressed borrower ends with: about half a month of spending
 * until the pay cut, then falling. The month's everyday spending after payday is what is left
 * once fixed payments are made, so the statement adds up to these and never goes negative; EMIs
 * bounce exactly in the months the account is short on their date.
 */
const DISTRESS_MONTH_ENDS = [19_000, 18_500, 20_000, 19_500, 21_000, 22_000, 25_000, 18_000, 21_000, 18_000, 14_000, 4_000];

export function distressedBorrower(opts: ScenarioOptions = {}): ScenarioCustomer {
  const asOf = opts.asOf ?? SEED_AS_OF;
  const s = new Statement(Random.stream('credit-scenario', 'distressed-borrower'), asOf);
  const opening = 18_000;
  const apps: Record<number, string> = { 8: 'RupeeRush', 9: 'PaisaPronto', 10: 'TurantCash' };
  let balance = opening;
  for (let m = 0; m < 12; m++) {
    const distress = DISTRESS_MONTHS.includes(m);
    const before = s.flows.length;
    // Hours cut and pay late from month 7.
    if (distress) s.add(m, 12, 24_000, 'salary', 'NEFT', 'Salary credit', 11);
    else s.add(m, 1, 36_000, 'salary', 'NEFT', 'Salary credit', 9);
    s.add(m, 2, -9_000, 'rent', 'UPI', 'House rent');
    s.add(m, 3, -500, 'groceries', 'UPI', 'Milk and dairy');
    s.add(m, 9, -500, 'groceries', 'UPI', 'Kirana store');
    // EMIs, a personal loan here and one at another lender, bounce when the account is short.
    if (m === 8 || m === 10 || m === 11) s.add(m, 6, -472, 'bounce_charge', 'ACH', 'NACH return charges', 20);
    else s.add(m, 5, -8_500, 'emi', 'ACH', 'EMI - Meridian Instant Personal Loan');
    if (m === 9 || m === 11) s.add(m, 8, -590, 'bounce_charge', 'ACH', 'NACH return charges', 20);
    else s.add(m, 7, -5_500, 'emi', 'ACH', 'EMI - Sahyog Finance personal loan');
    // Bills go unpaid in months 9 and 11 (the prepaid mobile plan lapses too).
    if (!(m === 9 || m === 11)) {
      s.add(m, 4, -399, 'utilities', 'UPI', 'Mobile recharge');
      s.add(m, 16, -850, 'utilities', 'UPI', 'Electricity bill');
    }
    // Instant loans to get through the month, repaid a month later with fees.
    if (apps[m]) s.add(m, 14, 10_000, 'payday_loan', 'UPI', `Instant loan credit - ${apps[m]}`, 13);
    if (apps[m - 1]) s.add(m, 13, -12_200, 'emi', 'ACH', `Instant loan repayment - ${apps[m - 1]}`, 10);
    // Everyday spending after payday: what is left.
    const net = s.flows.slice(before).reduce((a, f) => a + f.amount, 0);
    const left = balance + net - DISTRESS_MONTH_ENDS[m];
    const shares: [string, number, string][] = [
      ['groceries', 0.5, 'Supermarket'],
      ['dining', 0.15, 'Food delivery'],
      ['fuel', 0.15, 'Petrol pump'],
      ['shopping', 0.2, 'Online marketplace'],
    ];
    let spent = 0;
    shares.forEach(([category, share, description], i) => {
      const amount = i === shares.length - 1 ? left - spent : Math.round(left * share);
      spent += amount;
      const first = Math.round(amount * 0.45);
      s.add(m, 15 + i, -first, category, 'UPI', description, 18);
      s.add(m, 22 + 2 * i, -(amount - first), category, 'UPI', description, 19);
    });
    balance = DISTRESS_MONTH_ENDS[m];
  }
  return bundle(
    {
      name: 'Sneha Patil',
      kind: 'INDIVIDUAL',
      segment: 'YOUNG_PROFESSIONAL',
      region: 'Maharashtra',
      age: 29,
      yearsInBusiness: null,
      annualIncome: 480_000,
      employment: 'Salaried, BPO',
      creditScore: 611,
      goals: 'pay off my education loan',
      consentMarketing: true,
      consentBureau: true,
      consentRecommendation: true,
    },
    [
      { productId: 'sv-aurora-salary-plus', openedAt: openedAt(asOf, 4), balance: 0, status: 'ACTIVE' },
      { productId: 'pl-meridian-instant', openedAt: openedAt(asOf, 1.5), balance: 210_000, status: 'ACTIVE' },
      { productId: 'cc-meridian-shopping-cashback', openedAt: openedAt(asOf, 2), balance: 48_000, status: 'ACTIVE' },
    ],
    s.rows(opening),
    {
      hit: true,
      score: 611,
      activeAccounts: 4,
      delinquencies24m: 3,
      maxDaysPastDue24m: 60,
      writtenOffAccounts: 0,
      willfulDefaulter: false,
      enquiries6m: 6,
      oldestAccountMonths: 40,
      totalOutstanding: 395_000,
      // Both EMIs and the card's minimum due.
      monthlyObligations: 8_500 + 5_500 + 2_400,
    },
    asOf,
  );
}

export const CREDIT_SCENARIOS: Readonly<Record<CreditScenario, (opts?: ScenarioOptions) => ScenarioCustomer>> = {
  NEW_TO_CREDIT_GIG: newToCreditGigWorker,
  SEASONAL_FARMER: seasonalFarmer,
  STRATEGIC_DEFAULTER: strategicDefaulter,
  DISTRESSED: distressedBorrower,
};

/**
 * Writes a scenario customer (customers row, holdings, transactions, bureau file under
 * "tenant:id") through the seed's bulk writer. The catalog must be seeded (holdings reference
 * products). The customer has no need embedding (no need match in recommendations).
 */
export async function insertScenarioCustomer(db: Database, tenantId: string, id: number, scenario: ScenarioCustomer): Promise<void> {
  const writer = await openBulkWriter(db);
  try {
    await writer.insert(CUSTOMERS, [{ ...scenario.customer, id, tenantId, needEmbedding: null, needModel: null }]);
    await writer.insert(
      HOLDINGS,
      scenario.holdings.map((h) => ({ ...h, customerId: id })),
    );
    await writer.insert(
      TRANSACTIONS,
      scenario.transactions.map((t) => ({ ...t, customerId: id })),
    );
    await writer.insert(BUREAU_RECORDS, [{ ...scenario.bureau, subjectRef: subjectRef(tenantId, id) }]);
  } finally {
    await writer.close();
  }
}
