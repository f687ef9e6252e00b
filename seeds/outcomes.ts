// The credit outcome history the risk model is trained on (credit_outcomes): one or two past
// credits for most customers who ever borrowed, each with the features the model would have seen
// when it was granted and whether it defaulted (90+ days past due within 12 months).
//
// Whether a credit defaulted is drawn from a TRUE probability of default built from the latent
// traits (risk.ts) and the credit itself, plus an unobservable shock:
//
//   logit(PD) = -3.85 + 3.4 stress + 2.6 strategic - 1.4 (buffer - 0.5) + 0.35 latent
//             + 2.5 max(0, DTI - 0.45) + product + 0.6 shock,      shock ~ N(0, 1)
//
// where stress, strategic, buffer and latent are the customer's traits (risk.ts: latent risk is
// standard normal, -0.55 x the bureau score's z-score within the persona + noise; stress is
// logistic(1.8 (latent - the persona's distress threshold)); buffer is logistic(persona habit -
// 0.9 latent + noise); strategic is a 1-4% draw per persona), DTI is the customer's
// true debt payments (EMIs, here and elsewhere, plus this credit's instalment) over their true
// income, product is +0.25 for cards, +0.1 for personal loans, 0 for business loans, -0.7 for
// home loans (secured), and the shock stands for what no data could foresee (a job loss, an
// illness after the grant). A model never sees the traits: it sees what they left in the data,
// the bureau score (correlated with latent risk), late payments and enquiries on file, payday
// loans, bounces, missed bills, falling and thin balances, irregular income and the DTI. With the
// shock and the noise in what the traits leave behind, a good model reaches an AUC of about
// 0.75-0.85, and the overall bad rate is about 8-15% (measured with the WoE scorecard trainer,
// 5-fold CV: 0.77 on the default 2,000-customer seed, 0.80 on 5,000; the true PD itself ranks
// at about 0.86, the ceiling; bad rate 10-12%).
//
// The synthetic history has one year of statements (the ledger year). A past credit's snapshot
// uses that year as the stand-in for the year before the grant: the traits do not change in the
// generator, and the outcome never feeds back into the transactions or the bureau file.
import type { FeatureValues } from '../drizzle/schema.js';
import type { BureauReport } from '../server/src/bureau/report.js';
import { CREDIT_CATEGORIES, REVOLVING_MINIMUM_DUE, monthlyInstalment, type CreditCategory } from '../server/src/domain/credit/credit-terms.js';
import { creditFeatures, type AltDataFeatures } from '../server/src/domain/credit/features.js';
import { DAY_MS, IST_OFFSET_MS, LEDGER_END_MS } from './calendar.js';
import type { CustomerSeed } from './generator.js';
import type { Persona } from './personas.js';
import { clamp, type Random } from './random.js';
import type { RiskTraits } from './risk.js';

export interface OutcomeSeed {
  tenantId: string;
  /** null: a past borrower who is not a customer now (history that tops up a small seed). */
  customerId: number | null;
  productCategory: string;
  amount: number;
  termMonths: number;
  grantedAt: Date;
  features: FeatureValues;
  defaulted: boolean;
  source: 'SEED';
  /** The true probability of default the outcome was drawn from; never stored (the model must not see it). */
  truePd: number;
}

const MONTH_MS = 30.44 * DAY_MS;

export const TRUE_PD = {
  intercept: -3.85,
  stress: 3.4,
  strategic: 2.6,
  buffer: -1.4,
  latent: 0.35,
  dti: 2.5,
  dtiKnee: 0.45,
  shock: 0.6,
  product: { CREDIT_CARD: 0.25, PERSONAL_LOAN: 0.1, BUSINESS_LOAN: 0, MORTGAGE: -0.7 } as Record<CreditCategory, number>,
};

export interface TrueRiskInput {
  traits: RiskTraits;
  category: CreditCategory;
  /** True debt payments a month including the new instalment, over true monthly income. */
  dti: number;
  shock: number;
}

export function truePd(x: TrueRiskInput): number {
  const t = TRUE_PD;
  const z =
    t.intercept +
    t.stress * x.traits.stress +
    (x.traits.strategic ? t.strategic : 0) +
    t.buffer * (x.traits.buffer - 0.5) +
    t.latent * x.traits.latent +
    t.dti * Math.max(0, x.dti - t.dtiKnee) +
    t.product[x.category] +
    t.shock * x.shock;
  return 1 / (1 + Math.exp(-z));
}

export interface OutcomeContext {
  customer: CustomerSeed;
  persona: Persona;
  traits: RiskTraits;
  bureau: BureauReport;
  /** null: no transactions were generated (transactionsPerMonth 0): alt-data features are null. */
  alt: AltDataFeatures | null;
  /** True income and debt payments a month, from the plan of the year. */
  monthlyIncome: number;
  monthlyObligations: number;
}

interface PastCredit {
  category: CreditCategory;
  amount: number;
  termMonths: number;
  instalment: number;
}

function chooseCategory(rng: Random, ctx: OutcomeContext): CreditCategory {
  const wants = ctx.persona.wants.filter((w) => (CREDIT_CATEGORIES as readonly string[]).includes(w.category));
  const thin = ctx.customer.creditScore == null;
  const weights = wants.map((w) => (thin && (w.category === 'MORTGAGE' || w.category === 'BUSINESS_LOAN') ? w.probability * 0.2 : w.probability));
  return rng.weighted(wants, weights).category as CreditCategory;
}

function pastCredit(rng: Random, ctx: OutcomeContext): PastCredit {
  const category = chooseCategory(rng, ctx);
  const income = ctx.customer.annualIncome;
  const thin = ctx.customer.creditScore == null;
  const round = (x: number, to: number) => Math.max(to, Math.round(x / to) * to);
  switch (category) {
    case 'CREDIT_CARD': {
      const limit = round(clamp(income * rng.range(0.05, 0.3), 10_000, thin ? 50_000 : 2_000_000), 5_000);
      return { category, amount: limit, termMonths: 12, instalment: limit * REVOLVING_MINIMUM_DUE };
    }
    case 'PERSONAL_LOAN': {
      const amount = round(clamp(income * rng.range(0.08, 0.6), 10_000, thin ? 100_000 : 4_000_000), 5_000);
      const term = rng.pick([12, 18, 24, 36, 48, 60]);
      return { category, amount, termMonths: term, instalment: monthlyInstalment(amount, term, rng.range(11, 24)) };
    }
    case 'BUSINESS_LOAN': {
      const share = ctx.customer.kind === 'BUSINESS' ? rng.range(0.03, 0.25) : rng.range(0.15, 0.7);
      const amount = round(clamp(income * share, 25_000, 50_000_000), 5_000);
      const term = rng.pick([12, 24, 36, 48, 60]);
      return { category, amount, termMonths: term, instalment: monthlyInstalment(amount, term, rng.range(9, 18)) };
    }
    case 'MORTGAGE': {
      const amount = round(clamp(income * rng.range(1.5, 5), 300_000, 100_000_000), 50_000);
      const term = rng.pick([120, 180, 240]);
      return { category, amount, termMonths: term, instalment: monthlyInstalment(amount, term, rng.range(8.4, 10.5)) };
    }
  }
}

/** A day 12-30 months before the end of the ledger, in office hours IST. */
function grantDate(rng: Random): Date {
  const ms = LEDGER_END_MS - rng.range(12, 30) * MONTH_MS;
  const day = Math.floor((ms + IST_OFFSET_MS) / DAY_MS) * DAY_MS;
  return new Date(day + rng.int(10 * 60, 18 * 60) * 60_000 - IST_OFFSET_MS);
}

/** The past credits of one customer; none for those who never borrowed. */
export function pastCredits(rng: Random, ctx: OutcomeContext): OutcomeSeed[] {
  const { customer, traits } = ctx;
  if (!traits.everBorrowed || !rng.chance(ctx.persona.risk.pastCredit)) return [];
  const n = rng.chance(0.45) ? 2 : 1;
  const out: OutcomeSeed[] = [];
  // Without consent the bureau was not used; a report without a file gives nulls as well.
  const bureau = customer.consentBureau ? ctx.bureau : null;
  const profile = { kind: customer.kind, age: customer.age, yearsInBusiness: customer.yearsInBusiness, annualIncome: customer.annualIncome, segment: customer.segment };
  for (let i = 0; i < n; i++) {
    const credit = pastCredit(rng, ctx);
    const grantedAt = grantDate(rng);
    const features = creditFeatures({
      alt: ctx.alt,
      profile,
      application: { amount: credit.amount, termMonths: credit.termMonths, productCategory: credit.category, monthlyInstalment: credit.instalment },
      bureau,
    });
    const dti = ctx.monthlyIncome > 0 ? (ctx.monthlyObligations + credit.instalment) / ctx.monthlyIncome : 5;
    const pd = truePd({ traits, category: credit.category, dti, shock: rng.normal() });
    out.push({
      tenantId: customer.tenantId,
      customerId: customer.id,
      productCategory: credit.category,
      amount: credit.amount,
      termMonths: credit.termMonths,
      grantedAt,
      features,
      defaulted: rng.chance(pd),
      source: 'SEED',
      truePd: pd,
    });
  }
  return out;
}
