// The credit bureau's file on a synthetic customer (bureau_records), consistent with the customer:
// the score is customers.credit_score (no score: no file, hit false); late payments, write-offs
// and the wilful-default flag follow the latent traits and the score; enquiries follow stress
// (people in trouble shop around for credit); obligations are the EMIs the customer pays; the
// file is as old as the oldest credit. Drawn from the traits only, never from the outcome
// history, so the bureau features of a past credit do not leak its outcome.
import { noHitReport, type BureauReport } from '../server/src/bureau/report.js';
import { DAY_MS, LEDGER_END_MS } from './calendar.js';
import { catalogProduct } from './catalog.js';
import type { HoldingSeed } from './holdings.js';
import { clamp, type Random } from './random.js';
import type { RiskTraits } from './risk.js';

const CREDIT = new Set(['CREDIT_CARD', 'PERSONAL_LOAN', 'BUSINESS_LOAN', 'MORTGAGE']);
const MONTH_MS = 30.44 * DAY_MS;

/** "tenant:customerId", the key of bureau_records. */
export function subjectRef(tenantId: string, customerId: number): string {
  return `${tenantId}:${customerId}`;
}

export interface BureauSubject {
  id: number;
  tenantId: string;
  creditScore: number | null;
  age: number | null;
  yearsInBusiness: number | null;
  annualIncome: number;
}

/** Whether a holding is credit (a loan or a card) rather than a deposit, investment or policy. */
export function isCreditHolding(h: HoldingSeed): boolean {
  const p = catalogProduct(h.productId);
  return CREDIT.has(p.category) && !p.tags.includes('monthly-income'); // a reverse mortgage pays out
}

export const REPORTED_AT = new Date(LEDGER_END_MS).toISOString();

export function bureauReport(rng: Random, c: BureauSubject, traits: RiskTraits, holdings: readonly HoldingSeed[], monthlyObligations: number): BureauReport {
  const ref = subjectRef(c.tenantId, c.id);
  if (c.creditScore == null) return noHitReport(ref, new Date(LEDGER_END_MS));
  const score = c.creditScore;
  const stress = traits.stress;
  const credit = holdings.filter(isCreditHolding);
  const active = credit.filter((h) => h.status === 'ACTIVE');
  // Credit elsewhere: people under stress hold more small loans at other lenders.
  const elsewhere = rng.poisson(0.3 + 2 * stress);
  const monthlyIncome = c.annualIncome / 12;
  const elsewhereOutstanding = elsewhere * monthlyIncome * rng.range(0.3, 1.5);
  const elsewhereEmi = elsewhereOutstanding * 0.06;

  let delinquencies = rng.poisson(0.08 + 3 * stress ** 2 + 1.2 * Math.max(0, (680 - score) / 100));
  if (traits.strategic) delinquencies += rng.poisson(1.2);
  let maxDpd = 0;
  if (delinquencies > 0) {
    const worst = clamp(stress + (traits.strategic ? 0.5 : 0) + rng.normal(0, 0.25), 0, 1);
    maxDpd = worst > 0.8 ? 180 : worst > 0.6 ? 90 : worst > 0.35 ? 60 : 30;
  }
  let writtenOff = 0;
  if (traits.strategic && rng.chance(0.55)) writtenOff = rng.chance(0.2) ? 2 : 1;
  else if (rng.chance(0.3 * Math.max(0, stress - 0.5) + 0.004)) writtenOff = 1;
  if (writtenOff > 0) maxDpd = Math.max(maxDpd, 180);
  if (writtenOff > 0 && delinquencies === 0) delinquencies = 1;
  const wilful = traits.strategic && rng.chance(0.45);

  // The file is as old as the oldest credit, here or (often earlier) elsewhere.
  const heldMonths = credit.reduce((m, h) => Math.max(m, (LEDGER_END_MS - h.openedAt.getTime()) / MONTH_MS), 0);
  const adultMonths = c.age != null ? Math.max(6, (c.age - 20) * 12) : Math.max(6, ((c.yearsInBusiness ?? 1) + 2) * 12);
  const drawn = Math.min(adultMonths, 6 + rng.range(0, 1) * Math.min(adultMonths, 240));
  const oldest = Math.round(Math.max(heldMonths, drawn, 6));

  return {
    subjectRef: ref,
    hit: true,
    score,
    activeAccounts: active.length + elsewhere,
    delinquencies24m: delinquencies,
    maxDaysPastDue24m: maxDpd,
    writtenOffAccounts: writtenOff,
    willfulDefaulter: wilful,
    enquiries6m: rng.poisson(0.4 + 4 * stress + (traits.strategic ? 0.5 : 0)),
    oldestAccountMonths: oldest,
    totalOutstanding: Math.round(active.reduce((a, h) => a + h.balance, 0) + elsewhereOutstanding),
    monthlyObligations: Math.round(monthlyObligations + elsewhereEmi),
    reportedAt: REPORTED_AT,
  };
}
