// When and how to contact a customer: the channel and hour band with the best chance of reaching
// them. Each channel x band cell's reach rate is a Beta posterior whose prior is the population's
// rate for that cell, worth a few pseudo-attempts: with no history of their own a customer gets the
// population's best cell, and their own answers take over as they accumulate.
import { localTime, DEFAULT_TIME_ZONE } from './calendar.js';
import { CHANNELS, type Channel, type ContactAttempt } from './types.js';
import { formatPercent } from '../recommendation/format.js';

/** Hour bands within the allowed contact hours, local time; `to` is exclusive. */
export const HOUR_BANDS = {
  MORNING: { from: 8, to: 11 },
  MIDDAY: { from: 11, to: 14 },
  AFTERNOON: { from: 14, to: 17 },
  EVENING: { from: 17, to: 19 },
} as const;
export type HourBand = keyof typeof HOUR_BANDS;
export const BAND_ORDER = Object.keys(HOUR_BANDS) as HourBand[];

/** How many pseudo-attempts the population's rate is worth against the customer's own attempts. */
export const DEFAULT_PRIOR_STRENGTH = 4;

export interface CellRate {
  channel: Channel;
  band: HourBand;
  attempts: number;
  reached: number;
  reachRate: number;
}

/** Reach rates per channel x band over a population of attempts. */
export interface ContactPrior {
  cells: CellRate[];
  /** Reach rate over all attempts in allowed hours; stands in for cells never tried. */
  overallReachRate: number;
  attempts: number;
}

export interface BestContactTime {
  channel: Channel;
  band: HourBand;
  /** Posterior mean reach rate of the chosen cell. */
  reachRate: number;
  /** The customer's own attempts in the chosen cell (0: the choice is the population's). */
  basedOnAttempts: number;
  reason: string;
}

export interface BestContactOptions {
  priorStrength: number;
  /** Channels that may be used (consent, a number or address on file); all by default. */
  channels: readonly Channel[];
}

/** The band an instant falls in on the customer's clock; null outside allowed hours. */
export function hourBandOf(at: Date, timeZone = DEFAULT_TIME_ZONE): HourBand | null {
  const { hour } = localTime(at, timeZone);
  return BAND_ORDER.find((band) => hour >= HOUR_BANDS[band].from && hour < HOUR_BANDS[band].to) ?? null;
}

const cellKey = (channel: Channel, band: HourBand): string => `${channel}/${band}`;

/** Attempts and answers per cell; attempts outside allowed hours are left out. */
function tally(attempts: readonly ContactAttempt[], timeZone: string): Map<string, { attempts: number; reached: number }> {
  const counts = new Map<string, { attempts: number; reached: number }>();
  for (const a of attempts) {
    const band = hourBandOf(a.at, timeZone);
    if (!band) continue;
    const key = cellKey(a.channel, band);
    const c = counts.get(key) ?? { attempts: 0, reached: 0 };
    c.attempts++;
    if (a.reached) c.reached++;
    counts.set(key, c);
  }
  return counts;
}

/**
 * The population prior: reach rates per channel x band over everyone's attempts. Which population
 * is the caller's choice; a customer segment's attempts (farmers, salaried) give a sharper prior
 * than everyone's when the segment has enough of them.
 */
export function learnContactPrior(attempts: readonly ContactAttempt[], timeZone = DEFAULT_TIME_ZONE): ContactPrior {
  const counts = tally(attempts, timeZone);
  let total = 0;
  let reached = 0;
  for (const c of counts.values()) {
    total += c.attempts;
    reached += c.reached;
  }
  // Half a success in one attempt keeps an empty population at an even 50%.
  const overallReachRate = (reached + 0.5) / (total + 1);
  const cells: CellRate[] = [];
  for (const channel of CHANNELS) {
    for (const band of BAND_ORDER) {
      const c = counts.get(cellKey(channel, band)) ?? { attempts: 0, reached: 0 };
      // One pseudo-attempt at the overall rate: a cell tried twice does not claim 0% or 100%.
      const reachRate = (c.reached + overallReachRate) / (c.attempts + 1);
      cells.push({ channel, band, attempts: c.attempts, reached: c.reached, reachRate });
    }
  }
  return { cells, overallReachRate, attempts: total };
}

const bandHours = (band: HourBand): string => `${String(HOUR_BANDS[band].from).padStart(2, '0')}:00-${String(HOUR_BANDS[band].to).padStart(2, '0')}:00`;
const cellWords = (channel: Channel, band: HourBand): string => `${channel} in the ${band} (${bandHours(band)})`;

function explain(best: CellRate & { posterior: number }, prior: CellRate, ownAttempts: number): string {
  if (best.attempts === 0) {
    const history = ownAttempts === 0 ? 'No contact history of this customer yet' : `None of this customer's ${ownAttempts} attempts were on ${best.channel} in the ${best.band}`;
    return `${history}: ${cellWords(best.channel, best.band)} reaches ${formatPercent(prior.reachRate)} of the population, the best there`;
  }
  return (
    `${best.reached} of ${best.attempts} ${best.channel} attempts in the ${best.band} (${bandHours(best.band)}) reached this customer: ` +
    `estimated reach ${formatPercent(best.posterior)}, against ${formatPercent(prior.reachRate)} for the population`
  );
}

/**
 * The channel and band most likely to reach this customer. Ties go to the cell with the better
 * population rate, then to the earlier channel and band.
 */
export function bestContactTime(
  customerAttempts: readonly ContactAttempt[],
  prior: ContactPrior,
  timeZone = DEFAULT_TIME_ZONE,
  options: Partial<BestContactOptions> = {},
): BestContactTime {
  const opts: BestContactOptions = { priorStrength: DEFAULT_PRIOR_STRENGTH, channels: CHANNELS, ...options };
  if (opts.channels.length === 0) throw new Error('bestContactTime needs at least one allowed channel');
  if (!(opts.priorStrength >= 0)) throw new RangeError(`priorStrength must be 0 or more, got ${opts.priorStrength}`);
  const own = tally(customerAttempts, timeZone);
  let ownAttempts = 0;
  for (const c of own.values()) ownAttempts += c.attempts;

  let best: { cell: CellRate & { posterior: number }; prior: CellRate } | null = null;
  for (const p of prior.cells) {
    if (!opts.channels.includes(p.channel)) continue;
    const c = own.get(cellKey(p.channel, p.band)) ?? { attempts: 0, reached: 0 };
    const alpha = opts.priorStrength * p.reachRate + c.reached;
    const beta = opts.priorStrength * (1 - p.reachRate) + (c.attempts - c.reached);
    // With no prior weight and no attempts there is nothing but the population rate to go on.
    const posterior = alpha + beta > 0 ? alpha / (alpha + beta) : p.reachRate;
    const better = !best || posterior > best.cell.posterior || (posterior === best.cell.posterior && p.reachRate > best.prior.reachRate);
    if (better) best = { cell: { channel: p.channel, band: p.band, attempts: c.attempts, reached: c.reached, reachRate: posterior, posterior }, prior: p };
  }
  if (!best) throw new Error('bestContactTime: the prior has no cell for the allowed channels');
  return {
    channel: best.cell.channel,
    band: best.cell.band,
    reachRate: best.cell.posterior,
    basedOnAttempts: best.cell.attempts,
    reason: explain(best.cell, best.prior, ownAttempts),
  };
}
