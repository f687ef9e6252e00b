// A demo loan book: loans already paid out to some of the customers, each with its application,
// its credit decision and the repayments made so far, so that a newcomer who starts the product on
// its embedded defaults finds a collectors' queue with variety (the start-up recovery sweep opens
// a case for every active loan that is past due).
//
// Who borrowed: per tenant, about LOAN_BOOK_SHARE (8%) of its customers (at least
// LOAN_BOOK_MIN_PER_TENANT, at most LOAN_BOOK_MAX_PER_TENANT), taken in a seeded pseudo-random
// order among those the lender would have approved: the customer is eligible for a credit product
// the tenant offers, is no wilful defaulter, can afford the instalment (debt payments at most
// AFFORDABLE_DTI of monthly income), and the model's probability of default is within the
// policy's approval cut-off (DEFAULT_CREDIT_POLICY.approveMaxPd). Individuals get a personal
// loan, or a card for about one in three; businesses a business loan (term or overdraft) or a
// business card; farmers the Kisan Credit Card or a dairy/livestock loan where the tenant offers
// them and the farm is in the Kisan regions (else a personal loan or a card). Products with a
// seasonal schedule (crop, tractor, irrigation loans) are left out, so every loan has monthly
// dues, and so are mortgages. Loans were disbursed 3 to 12 months before the reference date (the day
// of seeding, so that days past due mean something when the server starts right after); dues are
// those of a real disbursement (services/disbursements.ts loanTerms): monthly from one month
// after the disbursement, equal instalments for a loan, the minimum due (5% of the limit) for 12
// months for a revolving line.
//
// How each borrower repays is drawn from a TRUE probability of default, the same one the credit
// history is drawn from (outcomes.ts truePd: the latent traits, stress above all, strategic
// unwillingness, the buffer habit, and the product; the debt-to-income term adds nothing as the
// loan is affordable), with r = logit(true PD) - logit(0.03), the risk against a typical approved
// borrower (the book's median true PD is about 2-3%):
//
//   P(stopped paying)                = logistic(-1.35 + 0.9 r + 1.5 strategic)
//   P(4+ instalments | stopped)      = logistic(-0.95 + 0.45 r)
//   P(late but catching up | paying) = logistic(-1.3 + 0.6 r + 1.0 strategic)
//
// which gives, over the book (expected shares on the default 2,000-customer seed, 161 loans;
// 59-63% / 15-16% / 15-16% / 7-8% over seeds 3, 7, 11 and 42):
//   ON_TIME           ~62%  pays each due 0-4 days before its date (1 due in 25 a day to three late);
//   LATE_CATCH_UP     ~15%  pays 40-90% of the dues 3-28 days late, sometimes two at once after
//                           skipping a month, now and then short by a part made up next time;
//                           the newest due is often still unpaid (1-30 days past due, a few 31+);
//   STOPPED_RECENTLY  ~15%  paid (punctually, or late on most dues for the riskier and the
//                           strategic, who then read as unwilling), then stopped 1-3 instalments
//                           ago, a quarter of them with a part payment first: 1-92 days past due;
//   STOPPED_LONG_AGO   ~8%  stopped 4-8 instalments ago: 90+ days past due; instalment loans past
//                           120 days (about half of these) are charged off by the first sweep,
//                           cards and overdrafts at 180.
// On the default seed (2,000 customers) about a quarter of the book is past due on the reference
// date: 42 of 161 loans, 4 of them past charge-off, so the start-up sweep opens 38 cases in every
// bucket and all four ability x willingness segments. Riskier borrowers fall behind more often
// and further (the unit tests check the gradient).
//
// The decision's probability of default is what a model would have said, not the truth: a
// shrunk and noisy logit of it (MODEL_VIEW), within the approval cut-off by construction; its
// score and grade follow from it on the scorecard's scale and the policy's grade bands, and the
// APR from the grade within the product's range, as a real decision prices it.
//
// The book is a snapshot: nothing pays after the seed, so on-time payers fall due (and behind)
// over the following days if the server keeps running without new repayments.
//
// Pure drawing (drawLoanBook, planLoan) is split from writing (writeLoanBook). Every random draw
// comes from the seed (customer i draws from its own stream); only the dates move with the
// reference date.
import { createHash } from 'node:crypto';
import { count } from 'drizzle-orm';
import { creditDecisions, creditLimitChanges, creditLimits, customers, loanApplications, loans } from '../drizzle/schema.js';
import type { Database } from '../server/src/db/index.js';
import { aprFor, creditTerms, monthlyInstalment, REVOLVING_MINIMUM_DUE, round2, roundOfferAmount, type CreditCategory, type CreditTerms } from '../server/src/domain/credit/credit-terms.js';
import { classifyRepayment, type RepaymentStatus } from '../server/src/domain/credit/limit-review.js';
import { DEFAULT_CREDIT_POLICY, gradeFor } from '../server/src/domain/credit/policy.js';
import { failedRules } from '../server/src/domain/recommendation/eligibility.js';
import { addDays, localDate } from '../server/src/domain/recovery/calendar.js';
import { delinquencyOf, type Delinquency } from '../server/src/domain/recovery/delinquency.js';
import type { Due, LoanKind } from '../server/src/domain/recovery/types.js';
import { toGlobalId } from '../server/src/graphql/ids.js';
import { DEFAULT_TRAIN_OPTIONS } from '../server/src/ml/scorecard/scorecard.js';
import { loanTerms } from '../server/src/services/disbursements.js';
import { openBulkWriter, type TableSpec } from './bulk-insert.js';
import { CATALOG, type CatalogEntry } from './catalog.js';
import { DAY_MS, IST_OFFSET_MS } from './calendar.js';
import { generateCustomer, type GeneratedCustomer } from './generator.js';
import { truePd } from './outcomes.js';
import { clamp, hashKey, Random } from './random.js';
import { TENANTS } from './tenants.js';

// ---------------------------------------------------------------- parameters

/** Share of a tenant's customers with a loan in the book. */
export const LOAN_BOOK_SHARE = 0.08;
export const LOAN_BOOK_MIN_PER_TENANT = 3;
export const LOAN_BOOK_MAX_PER_TENANT = 300;
/** Candidates considered at most (the first ones in the seeded order): enough to fill every quota. */
const CANDIDATE_POOL = 40_000;

export const LOAN_BOOK_MODEL_VERSION = 'seed-loan-book';
/** The initial policy version every tenant gets at seed time (index.ts writeInitialPolicies). */
export const LOAN_BOOK_POLICY_VERSION = 1;
export const SEED_ACTOR = 'seed';
/** What the decision's fraud assessment says: no screening was run for a seeded loan. */
export const NOT_SCREENED = 'Not screened: a demo loan written by the seed';

/** Debt payments, the new instalment included, over monthly income: under the policy's 0.5. */
export const AFFORDABLE_DTI = 0.45;
const POLICY = DEFAULT_CREDIT_POLICY;

export const REPAYMENT_BEHAVIOURS = ['ON_TIME', 'LATE_CATCH_UP', 'STOPPED_RECENTLY', 'STOPPED_LONG_AGO'] as const;
export type RepaymentBehaviour = (typeof REPAYMENT_BEHAVIOURS)[number];

/** The behaviour model of the header; r = logit(true PD) - logit(REFERENCE_PD). */
export const BEHAVIOUR_MODEL = {
  referencePd: 0.03,
  stop: { intercept: -1.35, risk: 0.9, strategic: 1.5 },
  longAgo: { intercept: -0.95, risk: 0.45 },
  late: { intercept: -1.3, risk: 0.6, strategic: 1.0 },
} as const;

/** What the model sees of the truth: logit(PD) = logit(base) + shrink (logit(true) - logit(base)) + N(0, noise). */
export const MODEL_VIEW = { basePd: 0.05, shrink: 0.6, noise: 0.45 } as const;

// ---------------------------------------------------------------- plans

export interface PlannedRepayment {
  /** The due's number in the schedule (1 = the first); the idempotency key ends with it. */
  n: number;
  dueDate: string;
  amountDue: number;
  amount: number;
  paidAt: Date;
  status: RepaymentStatus;
  daysLate: number;
  shortfall: number;
}

export interface PlannedLoan {
  tenantId: string;
  customerId: number;
  /** The drawn behaviour and its drivers; never stored. */
  behaviour: RepaymentBehaviour;
  /** Instalments missed at the end (0 for those still paying). */
  missed: number;
  truePd: number;
  strategic: boolean;
  product: { id: string; category: CreditCategory };
  application: {
    idempotencyKey: string;
    requestHash: string;
    amount: number;
    termMonths: number;
    purpose: string;
    consent: { creditAssessment: boolean; bureauCheck: boolean };
    submittedAt: Date;
  };
  decision: {
    probabilityOfDefault: number;
    score: number;
    grade: string;
    approvedAmount: number;
    creditLimit: number | null;
    monthlyInstalment: number;
    aprPercent: number;
    repaymentSchedule: Due[];
    decidedAt: Date;
  };
  loan: {
    kind: LoanKind;
    principal: number;
    aprPercent: number;
    termMonths: number;
    monthlyInstalment: number;
    dues: Due[];
    disbursedAt: Date;
    /** As of the reference date, as the recovery sweep computes it. */
    delinquency: Delinquency;
  };
  repayments: PlannedRepayment[];
}

export interface LoanBookOptions {
  seed: number;
  /** Customers seeded: ids 1..customers. */
  customers: number;
  /** Customers per tenant (the quotas follow them); tenants not listed get no loans. */
  tenantCustomers: Readonly<Record<string, number>>;
  /** The reference date: "today" of the book. */
  asOf: Date;
}

/** Loans a tenant with `customers` customers gets. */
export function loanBookQuota(customers: number): number {
  if (customers <= 0) return 0;
  return Math.min(customers, LOAN_BOOK_MAX_PER_TENANT, Math.max(LOAN_BOOK_MIN_PER_TENANT, Math.ceil(customers * LOAN_BOOK_SHARE)));
}

/**
 * The seeded order customers are considered in: ids by a hash of (seed, id), restricted to a pool
 * of about CANDIDATE_POOL ids so that a ten-million-customer seed does not sort them all.
 */
export function candidateOrder(seed: number, customers: number): number[] {
  const threshold = Math.min(1, CANDIDATE_POOL / Math.max(1, customers)) * 0x1_0000_0000;
  const picked: { id: number; u: number }[] = [];
  for (let id = 1; id <= customers; id++) {
    const u = hashKey(seed, 'loan-book-order', id);
    if (u < threshold) picked.push({ id, u });
  }
  picked.sort((a, b) => a.u - b.u || a.id - b.id);
  return picked.map((p) => p.id);
}

/** The whole book: customers taken in the seeded order until every tenant's quota is met. Pure. */
export function drawLoanBook(opts: LoanBookOptions): PlannedLoan[] {
  const quota = new Map(Object.entries(opts.tenantCustomers).map(([t, n]) => [t, loanBookQuota(n)]));
  let wanted = 0;
  for (const q of quota.values()) wanted += q;
  const out: PlannedLoan[] = [];
  for (const id of candidateOrder(opts.seed, opts.customers)) {
    if (wanted === 0) break;
    // Transactions are not needed: the customer, the traits and the bureau file draw from streams
    // of their own, and are the same whatever the row density.
    const generated = generateCustomer(opts.seed, id, 0);
    const left = quota.get(generated.customer.tenantId) ?? 0;
    if (left === 0) continue;
    const plan = planLoan(opts.seed, generated, opts.asOf);
    if (!plan) continue;
    out.push(plan);
    quota.set(generated.customer.tenantId, left - 1);
    wanted--;
  }
  return out.sort((a, b) => a.customerId - b.customerId);
}

// ---------------------------------------------------------------- one borrower

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));

/** Probabilities of each behaviour for a borrower of this true PD. */
export function behaviourProbabilities(pd: number, strategic: boolean): Record<RepaymentBehaviour, number> {
  const m = BEHAVIOUR_MODEL;
  const r = logit(clamp(pd, 1e-6, 1 - 1e-6)) - logit(m.referencePd);
  const s = strategic ? 1 : 0;
  const stop = logistic(m.stop.intercept + m.stop.risk * r + m.stop.strategic * s);
  const longAgo = logistic(m.longAgo.intercept + m.longAgo.risk * r);
  const late = logistic(m.late.intercept + m.late.risk * r + m.late.strategic * s);
  return {
    ON_TIME: (1 - stop) * (1 - late),
    LATE_CATCH_UP: (1 - stop) * late,
    STOPPED_RECENTLY: stop * (1 - longAgo),
    STOPPED_LONG_AGO: stop * longAgo,
  };
}

/** Scorecard points of a probability of default (600 at 50:1 odds of good, 20 points to double them). */
export function scoreOf(pd: number): number {
  const { pdo, baseScore, baseOdds } = DEFAULT_TRAIN_OPTIONS;
  const factor = pdo / Math.LN2;
  const offset = baseScore - factor * Math.log(baseOdds);
  return Math.round(offset + factor * Math.log((1 - pd) / pd));
}

/** Grade multipliers of a revolving limit, as decision.ts applies them (A gets the full share, E none; not exported there). */
const GRADE_LIMIT_FACTOR = [1, 0.75, 0.5, 0.3, 0];

interface Offer {
  product: CatalogEntry;
  terms: CreditTerms;
}

const PRODUCTS_BY_ID = new Map(CATALOG.map((p) => [p.id, p]));

/** The tenant's credit products a book loan may be for: monthly dues only, no mortgages. */
const BOOK_PRODUCTS: ReadonlyMap<string, Offer[]> = new Map(
  TENANTS.map((t) => [
    t.id,
    t.productIds.flatMap((id) => {
      const product = PRODUCTS_BY_ID.get(id);
      const terms = product ? creditTerms(product) : null;
      if (!product || !terms || product.category === 'MORTGAGE') return [];
      if (terms.seasonal && !terms.revolving) return []; // harvest-month schedules
      return [{ product, terms }];
    }),
  ]),
);

/** How likely the customer is to have taken the product; 0 for products that do not fit them. */
function productWeight(g: GeneratedCustomer, o: Offer): number {
  const { category, tags, customerKind } = o.product;
  const farm = tags.includes('agriculture') || tags.includes('dairy');
  if (g.customer.segment === 'FARMER') {
    if (farm) return 4;
    if (category === 'BUSINESS_LOAN') return 0;
    return category === 'CREDIT_CARD' ? 0.3 : 0.6;
  }
  if (farm) return 0; // crop and dairy credit is for farmers
  if (g.customer.kind === 'BUSINESS') {
    if (category === 'BUSINESS_LOAN') return o.terms.revolving ? 1.5 : 3;
    return category === 'CREDIT_CARD' && customerKind === 'BUSINESS' ? 1 : 0;
  }
  if (category === 'BUSINESS_LOAN') return 0;
  return category === 'PERSONAL_LOAN' ? 2 : 1;
}

function chooseProduct(rng: Random, g: GeneratedCustomer): Offer | null {
  const c = g.customer;
  const subject = { kind: c.kind, age: c.age, annualIncome: c.annualIncome, creditScore: c.creditScore, region: c.region, held: new Set<string>() };
  const offers = (BOOK_PRODUCTS.get(c.tenantId) ?? []).filter((o) => failedRules(subject, o.product) === 0 && productWeight(g, o) > 0);
  if (offers.length === 0) return null;
  return rng.weighted(
    offers,
    offers.map((o) => productWeight(g, o)),
  );
}

const PURPOSE_BY_TAG: readonly [string, string][] = [
  ['dairy', 'buying dairy cattle'],
  ['crop', 'seeds, fertiliser and labour for the season'],
  ['two-wheeler', 'a two-wheeler for the commute'],
  ['car', 'a family car'],
  ['education', 'tuition fees'],
  ['health', 'medical treatment'],
  ['wedding', 'a family wedding'],
  ['gold', 'short-term cash against gold'],
  ['credit-builder', 'building a credit record'],
  ['equipment', 'new machinery'],
  ['vehicle', 'a delivery vehicle'],
  ['expansion', 'expanding the business'],
  ['liquidity', 'short-term liquidity against investments'],
  ['overdraft', 'working capital'],
  ['working-capital', 'working capital'],
  ['micro-enterprise', 'stock for the shop'],
  ['small-ticket', 'household expenses'],
];

function purposeOf(rng: Random, o: Offer): string {
  const found = PURPOSE_BY_TAG.find(([tag]) => o.product.tags.includes(tag));
  if (o.product.category === 'CREDIT_CARD' && found?.[0] !== 'crop') return o.product.customerKind === 'BUSINESS' ? 'business expenses' : 'credit card';
  if (found) return found[1];
  return o.product.category === 'BUSINESS_LOAN' ? 'working capital' : rng.pick(['home renovation', 'consolidating card debt', 'travel', 'personal expenses']);
}

const roundTo = (x: number, step: number) => Math.round(x / step) * step;

/**
 * One borrower's loan, or null when the lender would not have granted one (no eligible product,
 * a wilful defaulter, a probability of default above the cut-off, unaffordable, or a card limit
 * the grade does not allow). Pure.
 */
export function planLoan(seed: number, g: GeneratedCustomer, asOf: Date): PlannedLoan | null {
  const c = g.customer;
  if (g.bureau.willfulDefaulter && POLICY.declineWilfulDefaulters) return null;
  const rng = Random.stream(seed, 'loan-book', c.id);
  const offer = chooseProduct(rng, g);
  if (!offer) return null;
  const { product, terms } = offer;
  const category = product.category as CreditCategory;

  // The truth, and what the model made of it. The loan is affordable (DTI <= AFFORDABLE_DTI, under
  // outcomes.ts's 0.45 knee), so the debt-to-income term adds nothing.
  const pdTrue = truePd({ traits: g.traits, category, dti: 0, shock: 0 });
  const m = MODEL_VIEW;
  const pdModel = logistic(logit(m.basePd) + m.shrink * (logit(pdTrue) - logit(m.basePd)) + rng.normal(0, m.noise));
  if (pdModel > POLICY.approveMaxPd) return null;
  const score = scoreOf(pdModel);
  const grade = gradeFor(POLICY, score);
  const gradeIndex = Math.max(0, POLICY.gradeBands.findIndex((b) => b.grade === grade));
  const apr = aprFor(product, gradeIndex / Math.max(1, POLICY.gradeBands.length - 1));

  // How they repay, and so how long ago the loan must have been paid out to show it.
  const probabilities = behaviourProbabilities(pdTrue, g.traits.strategic);
  const behaviour = rng.weighted(REPAYMENT_BEHAVIOURS, REPAYMENT_BEHAVIOURS.map((b) => probabilities[b]));
  let missed = 0;
  if (behaviour === 'STOPPED_RECENTLY') missed = rng.weighted([1, 2, 3], [0.45, 0.33, 0.22]);
  if (behaviour === 'STOPPED_LONG_AGO') missed = rng.weighted([4, 5, 6, 7, 8], [0.5, 0.22, 0.14, 0.08, 0.06]);
  // Disbursed 3 to 12 months ago (a revolving line at most 11, so that some of its 12 dues are
  // still ahead); one who stopped paid at least one instalment first.
  const maxMonths = terms.revolving ? 11 : 12;
  const minMonths = Math.min(maxMonths - 0.5, Math.max(3, missed + 1.1));
  const monthsAgo = rng.range(minMonths, maxMonths);
  const disbursedAt = officeHour(rng, asOf.getTime() - monthsAgo * 30.44 * DAY_MS);
  const submittedAt = officeHour(rng, disbursedAt.getTime() - rng.int(1, 6) * DAY_MS);

  // Amount and term, within the product's bounds, affordable, and under the no-bureau cap for a thin file.
  const monthlyIncome = c.annualIncome / 12;
  const room = AFFORDABLE_DTI * monthlyIncome - g.bureau.monthlyObligations;
  const thin = c.creditScore == null;
  let amount: number;
  let termMonths: number;
  let creditLimit: number | null = null;
  if (terms.revolving) {
    termMonths = 12;
    const asked = roundTo(c.annualIncome * (c.kind === 'BUSINESS' ? rng.range(0.04, 0.12) : rng.range(0.08, 0.3)), 5_000);
    let cap = roundOfferAmount(c.annualIncome * POLICY.cardLimitIncomeShare * GRADE_LIMIT_FACTOR[Math.min(gradeIndex, GRADE_LIMIT_FACTOR.length - 1)]);
    if (thin) cap = Math.min(cap, POLICY.noBureauMaxAmount);
    const affordable = Math.floor(room / REVOLVING_MINIMUM_DUE / 1_000) * 1_000;
    amount = Math.min(Math.max(asked, terms.minAmount), terms.maxAmount, cap, affordable);
    if (!(amount >= terms.minAmount)) return null;
    creditLimit = amount;
  } else {
    const monthsPast = Math.ceil(monthsAgo);
    const choices = (c.kind === 'BUSINESS' || category === 'BUSINESS_LOAN' ? [12, 24, 36, 48, 60] : [12, 18, 24, 36, 48, 60]).filter(
      (t) => t >= terms.minTermMonths && t <= terms.maxTermMonths && t >= monthsPast + 3,
    );
    if (choices.length === 0) return null;
    termMonths = rng.pick(choices);
    const share = category === 'BUSINESS_LOAN' ? (c.kind === 'BUSINESS' ? rng.range(0.03, 0.2) : rng.range(0.2, 0.7)) : rng.range(0.08, 0.5);
    const asked = roundTo(c.annualIncome * share, 5_000);
    const perRupee = monthlyInstalment(1, termMonths, apr);
    const affordable = Math.floor(room / perRupee / 5_000) * 5_000;
    amount = Math.min(Math.max(asked, terms.minAmount), terms.maxAmount, affordable, thin ? POLICY.noBureauMaxAmount : Infinity);
    if (!(amount >= terms.minAmount)) return null;
  }

  const kind: LoanKind = terms.revolving ? 'REVOLVING' : 'INSTALLMENT';
  const loan = loanTerms({ kind, customerId: c.id, productId: product.id, principal: amount, aprPercent: apr, termMonths, seasonal: false, incomeMonths: [] }, disbursedAt);
  const consent = { creditAssessment: true, bureauCheck: c.consentBureau };
  const purpose = purposeOf(rng, offer);
  const repayments = drawRepayments(rng, { behaviour, missed, dues: loan.dues, asOf, submittedAt, strategic: g.traits.strategic, pd: pdTrue });
  const delinquency = delinquencyOf({ kind, dues: loan.dues, payments: repayments.map((r) => ({ paidAt: r.paidAt, amount: r.amount })), asOf });

  return {
    tenantId: c.tenantId,
    customerId: c.id,
    behaviour,
    missed,
    truePd: pdTrue,
    strategic: g.traits.strategic,
    product: { id: product.id, category },
    application: {
      idempotencyKey: `seed-loan-${c.id}`,
      requestHash: sha256(JSON.stringify({ customer: c.id, product: product.id, amount, termMonths, purpose, consent })),
      amount,
      termMonths,
      purpose,
      consent,
      submittedAt,
    },
    decision: {
      probabilityOfDefault: Math.round(pdModel * 10_000) / 10_000,
      score,
      grade,
      approvedAmount: amount,
      creditLimit,
      monthlyInstalment: loan.monthlyInstalment,
      aprPercent: apr,
      // A card's decision has no schedule (its dues follow what is drawn); a loan's is its dues.
      repaymentSchedule: terms.revolving ? [] : loan.dues,
      decidedAt: submittedAt,
    },
    loan: { kind, principal: amount, aprPercent: apr, termMonths: loan.termMonths, monthlyInstalment: loan.monthlyInstalment, dues: loan.dues, disbursedAt, delinquency },
    repayments,
  };
}

/** The local (IST) day of an instant, at a time between 10:00 and 18:00 IST. */
function officeHour(rng: Random, ms: number): Date {
  const day = Math.floor((ms + IST_OFFSET_MS) / DAY_MS) * DAY_MS;
  return new Date(day + rng.int(10 * 60, 18 * 60) * 60_000 - IST_OFFSET_MS);
}

/** A local date at a time between 09:00 and 21:00 IST (the same calendar day in UTC). */
function paidOn(rng: Random, date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - IST_OFFSET_MS + rng.int(9 * 60, 21 * 60) * 60_000);
}

interface RepaymentDraw {
  behaviour: RepaymentBehaviour;
  missed: number;
  dues: readonly Due[];
  asOf: Date;
  submittedAt: Date;
  strategic: boolean;
  pd: number;
}

/**
 * The repayments received by asOf. Each due gets at most one payment row (a catch-up after a
 * skipped month is two rows on one day); payments planned after asOf have not happened yet.
 */
export function drawRepayments(rng: Random, d: RepaymentDraw): PlannedRepayment[] {
  const today = localDate(d.asOf);
  const past = d.dues.filter((x) => x.dueDate < today).length;
  // Dues from this index on are never paid (the borrower stopped).
  const stopAt = d.missed > 0 ? Math.max(0, past - d.missed) : Infinity;
  // The habit before stopping: punctual, or sloppy for the riskier and the strategic.
  const r = logit(clamp(d.pd, 1e-6, 1 - 1e-6)) - logit(BEHAVIOUR_MODEL.referencePd);
  const lateShare =
    d.behaviour === 'ON_TIME'
      ? 0.04
      : d.behaviour === 'LATE_CATCH_UP'
        ? rng.range(0.4, 0.9)
        : rng.chance(logistic(-0.6 + 0.5 * r + (d.strategic ? 2 : 0)))
          ? rng.range(0.5, 0.9)
          : 0.08;
  const late = () => (d.behaviour === 'ON_TIME' ? rng.int(1, 3) : Math.min(28, 3 + Math.round(-8 * Math.log(1 - rng.next()))));

  const out: PlannedRepayment[] = [];
  let carry = 0; // a shortfall made up with the next payment
  let skipped: number | null = null; // a due left for the next month's payment
  for (let i = 0; i < d.dues.length; i++) {
    const due = d.dues[i];
    if (due.dueDate > addDays(today, 5)) break;
    if (i >= stopAt) {
      // The first missed due sometimes gets a part payment before the borrower goes quiet.
      if (i === stopAt && rng.chance(0.3)) {
        const paidAt = paidOn(rng, addDays(due.dueDate, rng.int(4, 20)));
        if (paidAt <= d.asOf) out.push(payment(i + 1, due, round2((due.amount + carry) * rng.range(0.2, 0.7)), paidAt));
      }
      break;
    }
    const payDate = rng.chance(lateShare) ? addDays(due.dueDate, late()) : addDays(due.dueDate, -rng.int(0, 4));
    // A late payer sometimes skips a month and pays both dues with the next one.
    if (d.behaviour === 'LATE_CATCH_UP' && skipped === null && i + 1 < d.dues.length && rng.chance(0.12)) {
      skipped = i;
      continue;
    }
    const owed = due.amount + carry;
    carry = 0;
    let amount = owed;
    if (d.behaviour === 'LATE_CATCH_UP' && rng.chance(0.08)) {
      amount = round2(owed * rng.range(0.5, 0.9));
      carry = round2(owed - amount);
    }
    const paidAt = paidOn(rng, payDate);
    if (paidAt > d.asOf || paidAt < d.submittedAt) {
      if (paidAt > d.asOf) break; // not paid yet: nothing later either
      continue;
    }
    if (skipped !== null) {
      out.push(payment(skipped + 1, d.dues[skipped], d.dues[skipped].amount, paidAt));
      skipped = null;
    }
    out.push(payment(i + 1, due, round2(amount), paidAt));
  }
  return out;
}

function payment(n: number, due: Due, amount: number, paidAt: Date): PlannedRepayment {
  const classified = classifyRepayment({ amount, amountDue: due.amount, dueDate: due.dueDate, paidAt });
  return { n, dueDate: due.dueDate, amountDue: due.amount, amount, paidAt, ...classified };
}

function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

// ---------------------------------------------------------------- writing

export interface LoanBookSummary {
  loans: number;
  repayments: number;
  /** Loans past due on the reference date, and those past the charge-off threshold among them. */
  pastDue: number;
  chargeOffDue: number;
  byBehaviour: Record<RepaymentBehaviour, number>;
  ms: number;
}

interface RepaymentRow extends PlannedRepayment {
  tenantId: string;
  applicationId: number;
  customerId: number;
  loanId: number;
  revolving: boolean;
}

const REPAYMENTS: TableSpec<RepaymentRow> = {
  table: 'repayments',
  columns: [
    { name: 'tenant_id', type: 'text', value: (r) => r.tenantId },
    { name: 'idempotency_key', type: 'text', value: (r) => `seed-repay-${r.loanId}-${r.n}` },
    { name: 'request_hash', type: 'text', value: (r) => repaymentHash(r) },
    { name: 'application_id', type: 'int4', value: (r) => r.applicationId },
    { name: 'customer_id', type: 'int4', value: (r) => r.customerId },
    { name: 'revolving', type: 'bool', value: (r) => r.revolving },
    { name: 'amount', type: 'float8', value: (r) => r.amount },
    { name: 'amount_due', type: 'float8', value: (r) => r.amountDue },
    { name: 'due_date', type: 'text', value: (r) => r.dueDate },
    { name: 'paid_at', type: 'timestamptz', value: (r) => r.paidAt },
    { name: 'status', type: 'text', value: (r) => r.status },
    { name: 'days_late', type: 'int4', value: (r) => r.daysLate },
    { name: 'shortfall', type: 'float8', value: (r) => r.shortfall },
    { name: 'recorded_by', type: 'text', value: () => SEED_ACTOR },
    { name: 'recorded_at', type: 'timestamptz', value: (r) => r.paidAt },
  ],
};

/** The hash the repayment service stores for the same request (services/repayments.ts). */
function repaymentHash(r: RepaymentRow): string {
  return sha256([toGlobalId('LoanApplication', r.applicationId), r.amount, r.amountDue, r.dueDate, r.paidAt.toISOString(), ''].join('|'));
}

const CHUNK = 500;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Writes the book into a seeded database (customers, catalog and initial policies in place):
 * applications, decisions, loans, revolving limits, then the repayments in bulk.
 */
export async function writeLoanBook(database: Database, opts: { seed: number; customers: number; asOf: Date }): Promise<LoanBookSummary> {
  const started = performance.now();
  const { db } = database;
  const perTenant = await db.select({ tenantId: customers.tenantId, n: count() }).from(customers).groupBy(customers.tenantId);
  const plans = drawLoanBook({ ...opts, tenantCustomers: Object.fromEntries(perTenant.map((r) => [r.tenantId, Number(r.n)])) });

  const applicationIds = new Map<string, number>(); // tenant:key -> id
  for (const batch of chunks(plans)) {
    const rows = await db
      .insert(loanApplications)
      .values(
        batch.map((p) => ({
          tenantId: p.tenantId,
          idempotencyKey: p.application.idempotencyKey,
          requestHash: p.application.requestHash,
          customerId: p.customerId,
          applicant: null,
          productId: p.product.id,
          amount: p.application.amount,
          termMonths: p.application.termMonths,
          purpose: p.application.purpose,
          consent: p.application.consent,
          status: 'DISBURSED',
          submittedBy: SEED_ACTOR,
          submittedAt: p.application.submittedAt,
        })),
      )
      .returning({ id: loanApplications.id, tenantId: loanApplications.tenantId, key: loanApplications.idempotencyKey });
    for (const r of rows) applicationIds.set(`${r.tenantId}:${r.key}`, r.id);
  }
  const applicationOf = (p: PlannedLoan) => applicationIds.get(`${p.tenantId}:${p.application.idempotencyKey}`)!;

  for (const batch of chunks(plans)) {
    await db.insert(creditDecisions).values(
      batch.map((p) => ({
        applicationId: applicationOf(p),
        tenantId: p.tenantId,
        outcome: 'APPROVE',
        probabilityOfDefault: p.decision.probabilityOfDefault,
        score: p.decision.score,
        grade: p.decision.grade,
        reasons: [],
        contributions: [],
        counterfactuals: [],
        counterOffer: null,
        repaymentSchedule: p.decision.repaymentSchedule,
        approvedAmount: p.decision.approvedAmount,
        creditLimit: p.decision.creditLimit,
        monthlyInstalment: p.decision.monthlyInstalment,
        aprPercent: p.decision.aprPercent,
        fraudFlags: [],
        // The graph's FraudAssessment has a non-null anomaly score: an empty object would fail the query.
        fraud: { anomalyScore: 0, flags: [], explanations: [NOT_SCREENED], ring: null },
        bureauUsed: false,
        bureau: {},
        features: {},
        inputs: { seeded: true },
        modelVersion: LOAN_BOOK_MODEL_VERSION,
        policyVersion: LOAN_BOOK_POLICY_VERSION,
        latencyMs: 0,
        decidedAt: p.decision.decidedAt,
      })),
    );
  }

  const loanIds = new Map<number, number>(); // application id -> loan id
  for (const batch of chunks(plans)) {
    const rows = await db
      .insert(loans)
      .values(
        batch.map((p) => ({
          tenantId: p.tenantId,
          applicationId: applicationOf(p),
          customerId: p.customerId,
          productId: p.product.id,
          kind: p.loan.kind,
          principal: p.loan.principal,
          aprPercent: p.loan.aprPercent,
          termMonths: p.loan.termMonths,
          monthlyInstalment: p.loan.monthlyInstalment,
          dues: p.loan.dues,
          status: 'ACTIVE',
          daysPastDue: p.loan.delinquency.daysPastDue,
          bucket: p.loan.delinquency.bucket,
          overdueAmount: p.loan.delinquency.overdueAmount,
          totalPaid: p.loan.delinquency.totalPaid,
          delinquencyAsOf: opts.asOf,
          disbursedAt: p.loan.disbursedAt,
          createdAt: p.loan.disbursedAt,
        })),
      )
      .returning({ id: loans.id, applicationId: loans.applicationId });
    for (const r of rows) loanIds.set(r.applicationId, r.id);
  }

  // A revolving approval sets the customer's limit, as the decision service does.
  const lines = plans.filter((p) => p.decision.creditLimit != null);
  for (const batch of chunks(lines)) {
    await db.insert(creditLimits).values(batch.map((p) => ({ customerId: p.customerId, tenantId: p.tenantId, creditLimit: p.decision.creditLimit!, updatedAt: p.decision.decidedAt })));
    await db.insert(creditLimitChanges).values(
      batch.map((p) => ({
        tenantId: p.tenantId,
        customerId: p.customerId,
        previousLimit: null,
        newLimit: p.decision.creditLimit!,
        rule: 'INITIAL_LIMIT',
        reason: `Card approved at grade ${p.decision.grade}: limit from income and grade`,
        eventRef: `application:${applicationOf(p)}`,
        changedAt: p.decision.decidedAt,
      })),
    );
  }

  const repaymentRows: RepaymentRow[] = plans.flatMap((p) => {
    const applicationId = applicationOf(p);
    const loanId = loanIds.get(applicationId)!;
    return p.repayments.map((r) => ({ ...r, tenantId: p.tenantId, applicationId, customerId: p.customerId, loanId, revolving: p.loan.kind === 'REVOLVING' }));
  });
  const writer = await openBulkWriter(database);
  try {
    await writer.insert(REPAYMENTS, repaymentRows);
  } finally {
    await writer.close();
  }

  const byBehaviour = Object.fromEntries(REPAYMENT_BEHAVIOURS.map((b) => [b, 0])) as Record<RepaymentBehaviour, number>;
  for (const p of plans) byBehaviour[p.behaviour]++;
  return {
    loans: plans.length,
    repayments: repaymentRows.length,
    pastDue: plans.filter((p) => p.loan.delinquency.daysPastDue > 0).length,
    chargeOffDue: plans.filter((p) => p.loan.delinquency.chargeOffDue).length,
    byBehaviour,
    ms: Math.round(performance.now() - started),
  };
}
