// Deterministic synthetic customers, streamed one at a time. Customer i depends only on the seed
// and i (each customer draws from its own PRNG stream), so the first N customers are the same
// whatever the total, and any range can be generated without generating what comes before it.
import type { customers, SpendProfile } from '../drizzle/schema.js';
import type { BureauReport } from '../server/src/bureau/report.js';
import { transactionFeatures } from '../server/src/domain/credit/features.js';
import { CREDIT_SCORE_MAX, CREDIT_SCORE_MIN, type CustomerKind, type Region, type Segment } from '../server/src/domain/reference.js';
import { assignBalances } from './balances.js';
import { accountNumber, contactDetails, type ContactDetails } from './contact-details.js';
import { bureauReport, isCreditHolding } from './bureau.js';
import { LEDGER_AS_OF_MS } from './calendar.js';
import { generateHoldings, type EligibilityFacts, type HoldingSeed } from './holdings.js';
import { planLedger } from './ledger.js';
import { pastCredits, type OutcomeSeed } from './outcomes.js';
import { ledgerRows, planSpendProfile, type TransactionSeed } from './transactions.js';
import { TRADES, businessName, personName, type Trade } from './names.js';
import { CROPS, PERSONAS, type Occupation, type Persona } from './personas.js';
import { Random, clamp } from './random.js';
import { applyRiskTraits, drawTraits, plannedIncome, plannedObligations, type RiskTraits } from './risk.js';
import { computeSpendProfile } from './spend-profile.js';
import { DEFAULT_TENANT_ID, NORTHWIND_TENANT_ID } from './tenants.js';

export type { HoldingSeed, OutcomeSeed, RiskTraits, TransactionSeed };

/** "Now" for features of the synthetic data: the instant after the ledger year. */
export const SEED_AS_OF = new Date(LEDGER_AS_OF_MS);

export const DEFAULT_TRANSACTIONS_PER_MONTH = 20;
/** Share of customers who bank with the white-label partner rather than the demo bank. */
export const NORTHWIND_SHARE = 0.1;
/** Share of customers who consent to being ranked for recommendations (the few others withheld it). */
export const RECOMMENDATION_CONSENT_SHARE = 0.97;
/**
 * Customers 1 to this (the first page of the customer list) consent to being ranked, so that a
 * walkthrough of the demo, and tests that take the first customers, see recommendations.
 */
export const ALWAYS_CONSENTING = 20;

export type NewCustomer = typeof customers.$inferInsert;

/** A customers row as generated; the need embedding is added when it is written. */
export interface CustomerSeed {
  id: number;
  tenantId: string;
  name: string;
  kind: CustomerKind;
  segment: Segment;
  region: Region;
  age: number | null;
  yearsInBusiness: number | null;
  annualIncome: number;
  employment: string;
  creditScore: number | null;
  goals: string;
  consentMarketing: boolean;
  consentBureau: boolean;
  consentRecommendation: boolean;
  spendProfile: SpendProfile;
  /** Email, phone, date of birth and address: written encrypted (tables.ts); absent in some test fixtures. */
  contact?: ContactDetails;
}

// Compile-time proof that a generated customer is a valid insert into `customers`.
type AssertAssignable<T extends NewCustomer> = T;
export type CustomerInsert = AssertAssignable<CustomerSeed>;

export interface GeneratedCustomer {
  customer: CustomerSeed;
  holdings: HoldingSeed[];
  /** Empty when transactionsPerMonth is 0; otherwise in time order, with running balances. */
  transactions: TransactionSeed[];
  /** The bureau's file (hit false: no file, new to credit). */
  bureau: BureauReport;
  /** Past credits and how they ended (none for customers who never borrowed). */
  outcomes: OutcomeSeed[];
  /** The latent traits behind the data; never stored. */
  traits: RiskTraits;
}

export interface GeneratorOptions {
  seed: number;
  /** How many customers, with ids firstId, firstId + 1, ... */
  customers: number;
  /** Target rows per customer and month (jittered by 0.75-1.5); 0 writes none. Default 20. */
  transactionsPerMonth?: number;
  firstId?: number;
}

export function* generateCustomers(opts: GeneratorOptions): Generator<GeneratedCustomer, void, undefined> {
  const first = opts.firstId ?? 1;
  const perMonth = opts.transactionsPerMonth ?? DEFAULT_TRANSACTIONS_PER_MONTH;
  for (let id = first; id < first + opts.customers; id++) yield generateCustomer(opts.seed, id, perMonth);
}

const PERSONA_SHARES = PERSONAS.map((p) => p.share);

function bureauScore(rng: Random, persona: Persona): number | null {
  if (rng.chance(persona.score.missing)) return null;
  return Math.round(clamp(rng.normal(persona.score.mean, persona.score.sd), CREDIT_SCORE_MIN, CREDIT_SCORE_MAX));
}

function annualIncome(rng: Random, persona: Persona, age: number | null, yearsInBusiness: number | null): number {
  let income = rng.logNormal(persona.income.median, persona.income.sigma);
  // Earnings grow with experience early in a career, and businesses grow with age.
  if (persona.segment === 'YOUNG_PROFESSIONAL' && age != null) income *= 0.75 + (age - 22) * 0.04;
  if (yearsInBusiness != null) income *= clamp(0.6 + yearsInBusiness / 12, 0.6, 1.8);
  const clamped = clamp(income, persona.income.min, persona.income.max);
  return Math.round(clamped / 1000) * 1000;
}

function occupationFor(rng: Random, persona: Persona, age: number | null): Occupation {
  let options = persona.occupations;
  if (persona.segment === 'RETIREMENT_PLANNER' && age != null) {
    // Pensions start at 60; some keep a trade going at any age.
    options = options.filter((o) => o.pattern === 'GIG' || (age >= 60) === (o.pattern === 'PENSION'));
  }
  return rng.weighted(
    options,
    options.map((o) => o.weight),
  );
}

/** One goal, sometimes two, in the persona's order so that "a and b" and "b and a" are one text. */
function goalsFor(rng: Random, persona: Persona): string {
  const picked = rng.sample(persona.goals, rng.chance(0.7) ? 1 : 2);
  return picked.sort((a, b) => persona.goals.indexOf(a) - persona.goals.indexOf(b)).join(' and ');
}

export function generateCustomer(seed: number, id: number, transactionsPerMonth = DEFAULT_TRANSACTIONS_PER_MONTH): GeneratedCustomer {
  const rng = Random.stream(seed, 'customer', id);
  const tenantId = rng.chance(NORTHWIND_SHARE) ? NORTHWIND_TENANT_ID : DEFAULT_TENANT_ID;
  const persona = rng.weighted(PERSONAS, PERSONA_SHARES);
  const region = rng.weightedKey(persona.regions) as Region;
  const business = persona.kind === 'BUSINESS';

  let age: number | null = null;
  let yearsInBusiness: number | null = null;
  let trade: Trade | null = null;
  let name: string;
  if (business) {
    yearsInBusiness = Math.round(clamp(rng.logNormal(7, 0.75), persona.yearsInBusinessRange![0], persona.yearsInBusinessRange![1]));
    trade = rng.pick(TRADES);
    name = businessName(rng, region, trade);
  } else {
    age = rng.int(persona.ageRange![0], persona.ageRange![1]);
    name = personName(rng, region);
  }
  const income = annualIncome(rng, persona, age, yearsInBusiness);
  const occupation = occupationFor(rng, persona, age);
  let employment = occupation.label;
  if (trade) employment = trade.label;
  if (persona.segment === 'FARMER') {
    const acres = Math.round(clamp(income / rng.range(45_000, 80_000), 1, 60));
    employment = `Farmer, ${acres} ${acres === 1 ? 'acre' : 'acres'} (${rng.pick(CROPS[region])})`;
  }
  const creditScore = bureauScore(rng, persona);
  const facts: EligibilityFacts = { kind: persona.kind, segment: persona.segment, region, age, yearsInBusiness, annualIncome: income, creditScore };
  const goals = goalsFor(rng, persona);
  const consentMarketing = rng.chance(persona.consentMarketing);
  const consentBureau = creditScore == null ? rng.chance(0.85) : rng.chance(0.97);
  // From a stream of its own, so that every other draw above and below stays as it was.
  const consentRecommendation = id <= ALWAYS_CONSENTING || Random.stream(seed, 'consent', id).chance(RECOMMENDATION_CONSENT_SHARE);

  const holdings = generateHoldings(rng, id, persona, tenantId, facts);
  const baseLedger = planLedger(rng, { persona, pattern: occupation.pattern, annualIncome: income, region, age, trade, holdings });
  // Latent credit traits, what they do to the year (risk.ts), the bureau file and the balances
  // draw from their own stream, after everything above: who the customer is, what they hold and
  // the plan of their year are drawn exactly as before; the traits change what happens in it.
  const riskRng = Random.stream(seed, 'risk', id);
  const traits = drawTraits(riskRng, persona, creditScore, holdings.some(isCreditHolding));
  const plan = applyRiskTraits(riskRng, baseLedger, traits);
  const ledger = plan.ledger;
  // Rows draw from their own stream, so the customer is the same whatever the row density.
  const transactions = ledgerRows(Random.stream(seed, 'transactions', id), id, ledger, transactionsPerMonth);
  assignBalances(transactions, plan.openingBalance, plan.floor);
  const spendProfile = transactions.length > 0 ? computeSpendProfile(transactions) : planSpendProfile(ledger);
  const bureau = bureauReport(riskRng, { id, tenantId, creditScore, age, yearsInBusiness, annualIncome: income }, traits, holdings, plannedObligations(baseLedger));

  const customer: CustomerSeed = {
    id,
    tenantId,
    name,
    kind: persona.kind,
    segment: persona.segment,
    region,
    age,
    yearsInBusiness,
    annualIncome: income,
    employment,
    creditScore,
    goals,
    consentMarketing,
    consentBureau,
    consentRecommendation,
    spendProfile,
  };
  customer.contact = contactDetails(seed, customer, SEED_AS_OF);
  for (const h of holdings) h.accountNumber = accountNumber(seed, id, h.productId);
  const outcomes = pastCredits(Random.stream(seed, 'outcomes', id), {
    customer,
    persona,
    traits,
    bureau,
    alt: transactions.length > 0 ? transactionFeatures(transactions, SEED_AS_OF) : null,
    monthlyIncome: plannedIncome(baseLedger),
    monthlyObligations: Math.max(plannedObligations(baseLedger), bureau.monthlyObligations),
  });
  return { customer, holdings, transactions, bureau, outcomes, traits };
}
