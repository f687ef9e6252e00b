// Synthetic collection history: delinquent cases with the state a collector sees, the contact
// attempts made in the 30 days before, and whether a payment followed within 30 days. The
// structure is planted on purpose so that the recovery models have something real to learn:
//   - who answers when and how depends on the segment: salaried customers (young professionals,
//     affluent) in the EVENING on WHATSAPP, farmers in the MORNING by VOICE, small businesses at
//     MIDDAY; attempts are spread evenly over channels and bands so every cell is observed;
//   - a latent willingness drives on-time history, promises kept, answering, and paying;
//   - the chance of a payment rises with free cash flow (after the seasonal swing: a farmer pays
//     after the harvest), on-time share and promises kept, and falls with days past due, broken
//     promises and hardship.
// Case i depends only on (seed, i): a longer history starts with the same cases.
import { localDate } from '../server/src/domain/recovery/calendar.js';
import type { HourBand } from '../server/src/domain/recovery/contact-time.js';
import { HOUR_BANDS } from '../server/src/domain/recovery/contact-time.js';
import { bucketOf } from '../server/src/domain/recovery/delinquency.js';
import { cashFlow, type CaseProfile } from '../server/src/domain/recovery/segmentation.js';
import { CHANNELS, type Channel, type ContactAttempt } from '../server/src/domain/recovery/types.js';
import type { Segment } from '../server/src/domain/reference.js';
import { sigmoid } from '../server/src/ml/scorecard/logistic.js';
import { clamp, Random } from './random.js';

export const RECOVERY_TIME_ZONE = 'Asia/Kolkata';
/** India keeps no daylight saving time: local clock = UTC + 5:30 all year. */
const IST_OFFSET_MS = 330 * 60_000;
const DAY_MS = 86_400_000;
/** Cases are observed from this instant over RECOVERY_HISTORY_MONTHS months, so a time split has a past and a future. */
export const RECOVERY_HISTORY_START = new Date('2024-07-01T00:00:00+05:30');
export const RECOVERY_HISTORY_MONTHS = 18;
/** Contact attempts are made in this many days before the case is observed. */
const CONTACT_WINDOW_DAYS = 30;

export interface RecoveryHistoryCase {
  caseId: string;
  segment: Segment;
  timeZone: string;
  /** When the case state was observed; the 30-day payment window starts here. */
  at: Date;
  profile: CaseProfile;
  /** The attempts of the 30 days before `at`, oldest first; profile.contactAttempts counts them. */
  attempts: ContactAttempt[];
  paidWithin30Days: boolean;
  /** The probability the outcome was drawn with, for checks of calibration. */
  paymentProbability: number;
}

interface SegmentTraits {
  /** Share of delinquent cases. */
  share: number;
  monthlyInflow: { median: number; sigma: number };
  variability: readonly [number, number];
  peakMonths: readonly number[];
  outflowRatio: readonly [number, number];
  /** Chance of answering by channel, and a multiplier by hour band; their product is a cell's reach. */
  channelReach: Readonly<Record<Channel, number>>;
  bandReach: Readonly<Record<HourBand, number>>;
  /** Chance of a declared hardship. */
  hardship: number;
}

/** The segment's habits; the peak months of farmers are the kharif (Oct-Nov) and rabi (Mar-Apr) sales. */
export const RECOVERY_SEGMENT_TRAITS: Readonly<Partial<Record<Segment, SegmentTraits>>> = {
  YOUNG_PROFESSIONAL: {
    share: 0.24,
    monthlyInflow: { median: 70_000, sigma: 0.4 },
    variability: [0.03, 0.12],
    peakMonths: [],
    outflowRatio: [0.7, 1.0],
    channelReach: { WHATSAPP: 0.85, SMS: 0.35, EMAIL: 0.35, VOICE: 0.45 },
    bandReach: { MORNING: 0.45, MIDDAY: 0.35, AFTERNOON: 0.3, EVENING: 1 },
    hardship: 0.04,
  },
  AFFLUENT: {
    share: 0.06,
    monthlyInflow: { median: 350_000, sigma: 0.5 },
    variability: [0.05, 0.2],
    peakMonths: [],
    outflowRatio: [0.55, 0.9],
    channelReach: { WHATSAPP: 0.8, SMS: 0.3, EMAIL: 0.5, VOICE: 0.4 },
    bandReach: { MORNING: 0.5, MIDDAY: 0.35, AFTERNOON: 0.35, EVENING: 1 },
    hardship: 0.02,
  },
  RETIREMENT_PLANNER: {
    share: 0.1,
    monthlyInflow: { median: 85_000, sigma: 0.45 },
    variability: [0.03, 0.15],
    peakMonths: [],
    outflowRatio: [0.6, 0.95],
    channelReach: { WHATSAPP: 0.45, SMS: 0.4, EMAIL: 0.2, VOICE: 0.75 },
    bandReach: { MORNING: 0.9, MIDDAY: 0.8, AFTERNOON: 0.85, EVENING: 0.6 },
    hardship: 0.04,
  },
  CREDIT_BUILDER: {
    share: 0.2,
    monthlyInflow: { median: 27_000, sigma: 0.35 },
    variability: [0.15, 0.4],
    peakMonths: [],
    outflowRatio: [0.85, 1.08],
    channelReach: { WHATSAPP: 0.7, SMS: 0.4, EMAIL: 0.1, VOICE: 0.55 },
    bandReach: { MORNING: 0.6, MIDDAY: 0.5, AFTERNOON: 0.5, EVENING: 0.9 },
    hardship: 0.08,
  },
  SMALL_BUSINESS: {
    share: 0.18,
    monthlyInflow: { median: 400_000, sigma: 0.8 },
    variability: [0.2, 0.45],
    peakMonths: [10, 11],
    outflowRatio: [0.82, 1.02],
    channelReach: { WHATSAPP: 0.55, SMS: 0.3, EMAIL: 0.25, VOICE: 0.8 },
    bandReach: { MORNING: 0.55, MIDDAY: 1, AFTERNOON: 0.7, EVENING: 0.45 },
    hardship: 0.06,
  },
  FARMER: {
    share: 0.22,
    monthlyInflow: { median: 30_000, sigma: 0.55 },
    variability: [0.8, 1.4],
    peakMonths: [10, 11, 3, 4],
    outflowRatio: [0.75, 0.98],
    channelReach: { WHATSAPP: 0.25, SMS: 0.35, EMAIL: 0.06, VOICE: 0.85 },
    bandReach: { MORNING: 1, MIDDAY: 0.5, AFTERNOON: 0.6, EVENING: 0.65 },
    hardship: 0.1,
  },
};

const SEGMENT_SHARES = Object.fromEntries(Object.entries(RECOVERY_SEGMENT_TRAITS).map(([segment, traits]) => [segment, traits.share])) as Partial<Record<Segment, number>>;
const BANDS = Object.keys(HOUR_BANDS) as HourBand[];

/** How the outcome depends on the case: log-odds per unit, the planted truth the model should recover. */
export const PAYMENT_LOG_ODDS = {
  intercept: -0.3,
  /** Per unit of sign(c) * log(1 + |c|), c = free cash flow this month / instalment. */
  freeCashFlow: 1.2,
  /** Per unit of on-time share above 0.75. */
  onTimeShare: 3,
  promiseKept: 0.5,
  promiseBroken: -0.6,
  /** Per day past due beyond 45. */
  daysPastDue: -0.018,
  /** Per unit of reach rate above 0.4. */
  reachRate: 1,
  hardship: -0.8,
  /** The part of willingness no feature shows. */
  unobservedWillingness: 0.35,
} as const;

const signedLog1p = (x: number): number => Math.sign(x) * Math.log1p(Math.abs(x));
const roundTo = (x: number, step: number): number => Math.round(x / step) * step;

function binomial(rng: Random, trials: number, p: number): number {
  let k = 0;
  for (let i = 0; i < trials; i++) if (rng.chance(p)) k++;
  return k;
}

function daysPastDue(rng: Random): number {
  const bucket = rng.weighted([0, 1, 2, 3], [0.4, 0.25, 0.15, 0.2]);
  return bucket === 3 ? rng.int(91, 180) : rng.int(bucket * 30 + 1, bucket * 30 + 30);
}

/** An instant at a local hour and minute, `daysBefore` whole days before `at`'s local date. */
function localInstant(at: Date, daysBefore: number, hour: number, minute: number): Date {
  const localMidnight = Math.floor((at.getTime() + IST_OFFSET_MS) / DAY_MS) * DAY_MS;
  return new Date(localMidnight - daysBefore * DAY_MS + (hour * 60 + minute) * 60_000 - IST_OFFSET_MS);
}

function cellReach(traits: SegmentTraits, channel: Channel, band: HourBand, responsiveness: number): number {
  return clamp(traits.channelReach[channel] * traits.bandReach[band] * responsiveness, 0.02, 0.95);
}

/** Collectors' attempts over the last 30 days, spread evenly over channels and bands. */
function contactAttempts(rng: Random, traits: SegmentTraits, at: Date, dpd: number, responsiveness: number, commitment: number): ContactAttempt[] {
  const count = Math.min(2 + rng.poisson(dpd / 15), 20);
  const attempts: ContactAttempt[] = [];
  for (let i = 0; i < count; i++) {
    const channel = rng.pick(CHANNELS);
    const band = rng.pick(BANDS);
    const hour = rng.int(HOUR_BANDS[band].from, HOUR_BANDS[band].to - 1);
    const when = localInstant(at, rng.int(1, CONTACT_WINDOW_DAYS), hour, rng.int(0, 59));
    const reached = rng.chance(cellReach(traits, channel, band, responsiveness));
    attempts.push({ at: when, channel, reached, paidOrPromised: reached && rng.chance(0.1 + 0.5 * commitment) });
  }
  return attempts.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function generateCase(seed: number, index: number): RecoveryHistoryCase {
  const rng = Random.stream(seed, 'recovery-history', index);
  const segment = rng.weightedKey(SEGMENT_SHARES);
  const traits = RECOVERY_SEGMENT_TRAITS[segment]!;
  const at = new Date(RECOVERY_HISTORY_START.getTime() + Math.floor(rng.range(0, RECOVERY_HISTORY_MONTHS * 30.44)) * DAY_MS + rng.int(9 * 60, 18 * 60) * 60_000);
  const asOfMonth = Number(localDate(at, RECOVERY_TIME_ZONE).slice(5, 7));

  // Willingness is latent: it shows, noisily, in history, promises and answering.
  const willingness = rng.normal();
  const commitment = sigmoid(willingness);
  const responsiveness = Math.exp(0.3 * willingness) * rng.logNormal(1, 0.15);

  const monthlyInflowMean = roundTo(rng.logNormal(traits.monthlyInflow.median, traits.monthlyInflow.sigma), 100);
  const spendProfile = {
    monthlyInflowMean,
    monthlyOutflowMean: roundTo(monthlyInflowMean * rng.range(...traits.outflowRatio), 100),
    inflowVariability: Math.round(rng.range(...traits.variability) * 100) / 100,
    peakMonths: [...traits.peakMonths],
  };
  const monthlyInstalment = roundTo(monthlyInflowMean * rng.range(0.06, 0.3), 10);
  const dpd = daysPastDue(rng);
  const overdueAmount = roundTo(monthlyInstalment * Math.ceil(dpd / 30) * rng.range(1, 1.08), 1);
  const onTimeShare = rng.chance(0.1) ? null : Math.round(clamp(sigmoid(1.4 + 1.1 * willingness + rng.normal(0, 0.6)), 0, 1) * 100) / 100;
  const promises = rng.poisson(0.4 + (dpd / 30) * 0.6);
  const promisesKept = binomial(rng, promises, sigmoid(0.2 + 1.3 * willingness));
  const hardship = rng.chance(traits.hardship);
  const attempts = contactAttempts(rng, traits, at, dpd, responsiveness, commitment);
  const contactsReached = attempts.filter((a) => a.reached).length;

  const profile: CaseProfile = {
    annualIncome: roundTo(monthlyInflowMean * 12 * rng.range(0.9, 1.1), 1000),
    spendProfile,
    monthlyInstalment,
    overdueAmount,
    daysPastDue: dpd,
    bucket: bucketOf(dpd),
    onTimeShare,
    promisesKept,
    promisesBroken: promises - promisesKept,
    contactAttempts: attempts.length,
    contactsReached,
    hardship,
    asOfMonth,
  };
  const paymentProbability = truePaymentProbability(profile, willingness);
  return {
    caseId: `RC-${seed}-${index + 1}`,
    segment,
    timeZone: RECOVERY_TIME_ZONE,
    at,
    profile,
    attempts,
    paidWithin30Days: rng.chance(paymentProbability),
    paymentProbability,
  };
}

/** The planted chance of a payment within 30 days. */
function truePaymentProbability(profile: CaseProfile, willingness: number): number {
  const w = PAYMENT_LOG_ODDS;
  const reachRate = (profile.contactsReached + 1) / (profile.contactAttempts + 2);
  const z =
    w.intercept +
    w.freeCashFlow * signedLog1p(cashFlow(profile).coverage) +
    w.onTimeShare * ((profile.onTimeShare ?? 0.75) - 0.75) +
    w.promiseKept * profile.promisesKept +
    w.promiseBroken * profile.promisesBroken +
    w.daysPastDue * (profile.daysPastDue - 45) +
    w.reachRate * (reachRate - 0.4) +
    (profile.hardship ? w.hardship : 0) +
    w.unobservedWillingness * willingness;
  return sigmoid(z);
}

/** `n` delinquent cases observed over 18 months, in case order (not time order). */
export function generateRecoveryHistory(seed: number, n: number): RecoveryHistoryCase[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number of cases, got ${n}`);
  return Array.from({ length: n }, (_, i) => generateCase(seed, i));
}
