// Everything the collectors' queue shows about a case, computed from the loan, the customer and the
// case's history: segment and strategy with reasons, propensity to pay, best contact time, and the
// priority the queue sorts by.
import type { SpendProfile } from '../../../../drizzle/schema.js';
import { monthOf, localDate } from '../../domain/recovery/calendar.js';
import { bestContactTime, type BestContactTime, type ContactPrior } from '../../domain/recovery/contact-time.js';
import type { Delinquency } from '../../domain/recovery/delinquency.js';
import { propensityFeatures, scorePropensity, type PropensityModel, type PropensityScore } from '../../domain/recovery/propensity.js';
import { segmentCase, type CaseProfile, type Segmentation } from '../../domain/recovery/segmentation.js';
import type { ContactAttempt } from '../../domain/recovery/types.js';
import type { CustomerRow } from '../../repositories/customers.js';

export interface CaseHistory {
  /** Share of the loan's repayments made on time; null before the first. */
  onTimeShare: number | null;
  promisesKept: number;
  promisesBroken: number;
  contacts: readonly ContactAttempt[];
  hardship: boolean;
}

export interface CaseAssessment {
  segmentation: Segmentation;
  propensity: PropensityScore;
  propensityModelVersion: string;
  bestContact: BestContactTime;
  priority: number;
}

export interface RecoveryModels {
  propensity: PropensityModel;
  /** The contact prior of customers like this one (their segment). */
  contactPrior: ContactPrior;
}

/** A customer with no statements on file: no inflows, outflows or earning months known. */
export const EMPTY_SPEND: SpendProfile = { categoryShare: {}, channelShare: {}, monthlyInflowMean: 0, inflowVariability: 0, monthlyOutflowMean: 0, peakMonths: [] };

export function caseProfile(customer: CustomerRow, monthlyInstalment: number, d: Delinquency, history: CaseHistory, asOf: Date, timeZone: string): CaseProfile {
  return {
    annualIncome: customer.annualIncome,
    spendProfile: customer.spendProfile ?? EMPTY_SPEND,
    monthlyInstalment,
    overdueAmount: d.overdueAmount,
    daysPastDue: d.daysPastDue,
    bucket: d.bucket,
    onTimeShare: history.onTimeShare,
    promisesKept: history.promisesKept,
    promisesBroken: history.promisesBroken,
    contactAttempts: history.contacts.length,
    contactsReached: history.contacts.filter((c) => c.reached).length,
    hardship: history.hardship,
    asOfMonth: monthOf(localDate(asOf, timeZone)),
  };
}

/**
 * Expected rupees recovered by working the case now: what is overdue times the chance of a
 * payment, weighted up as the case nears charge-off (after which recovery is far costlier).
 */
export function casePriority(overdueAmount: number, propensity: number, daysPastDue: number, chargeOffDays: number): number {
  const urgency = 1 + Math.min(daysPastDue, chargeOffDays) / chargeOffDays;
  return Math.round(overdueAmount * propensity * urgency * 100) / 100;
}

export function assessCase(profile: CaseProfile, history: CaseHistory, models: RecoveryModels, chargeOffDays: number, timeZone: string): CaseAssessment {
  const segmentation = segmentCase(profile);
  const propensity = scorePropensity(models.propensity, propensityFeatures(profile));
  return {
    segmentation,
    propensity,
    propensityModelVersion: models.propensity.version,
    bestContact: bestContactTime(history.contacts, models.contactPrior, timeZone),
    priority: casePriority(profile.overdueAmount, propensity.probability, profile.daysPastDue, chargeOffDays),
  };
}
