import { describe, expect, it } from 'vitest';
import { hourBandOf, type HourBand } from '../server/src/domain/recovery/contact-time.js';
import { bucketOf } from '../server/src/domain/recovery/delinquency.js';
import type { Channel } from '../server/src/domain/recovery/types.js';
import type { Segment } from '../server/src/domain/reference.js';
import { generateRecoveryHistory, RECOVERY_HISTORY_START, type RecoveryHistoryCase } from './recovery-history.js';

const history = generateRecoveryHistory(5, 3000);
const DAY = 86_400_000;

function reachRate(cases: RecoveryHistoryCase[], segment: Segment, channel: Channel | null, band: HourBand | null): number {
  let tried = 0;
  let reached = 0;
  for (const c of cases) {
    if (c.segment !== segment) continue;
    for (const a of c.attempts) {
      if ((channel && a.channel !== channel) || (band && hourBandOf(a.at, c.timeZone) !== band)) continue;
      tried++;
      if (a.reached) reached++;
    }
  }
  return reached / tried;
}

function paidShare(cases: RecoveryHistoryCase[]): number {
  return cases.filter((c) => c.paidWithin30Days).length / cases.length;
}

describe('synthetic recovery history', () => {
  it('is the same for the same seed, different for another, and a longer history extends a shorter one', () => {
    expect(generateRecoveryHistory(5, 200)).toEqual(history.slice(0, 200));
    expect(generateRecoveryHistory(6, 200)).not.toEqual(history.slice(0, 200));
  });

  it('spreads cases over 18 months', () => {
    const times = history.map((c) => c.at.getTime());
    const first = Math.min(...times);
    const last = Math.max(...times);
    expect(first).toBeGreaterThanOrEqual(RECOVERY_HISTORY_START.getTime());
    expect((last - first) / DAY).toBeGreaterThan(520);
    expect((last - first) / DAY).toBeLessThan(560);
  });

  it('keeps each case consistent with its attempts and its days past due', () => {
    // Collected and compared once: an expect per attempt would be tens of thousands of calls.
    const problems: string[] = [];
    for (const c of history) {
      const p = c.profile;
      if (p.contactAttempts !== c.attempts.length) problems.push(`${c.caseId}: ${p.contactAttempts} attempts counted, ${c.attempts.length} listed`);
      if (p.contactsReached !== c.attempts.filter((a) => a.reached).length) problems.push(`${c.caseId}: reached count`);
      if (p.bucket !== bucketOf(p.daysPastDue)) problems.push(`${c.caseId}: bucket ${p.bucket} at ${p.daysPastDue} days`);
      for (const a of c.attempts) {
        const before = c.at.getTime() - a.at.getTime();
        if (before <= 0 || before > 31 * DAY) problems.push(`${c.caseId}: attempt at ${a.at.toISOString()} outside the 30 days before ${c.at.toISOString()}`);
        if (hourBandOf(a.at, c.timeZone) === null) problems.push(`${c.caseId}: attempt at ${a.at.toISOString()} outside allowed hours`);
        if (a.paidOrPromised && !a.reached) problems.push(`${c.caseId}: a promise without reaching the customer`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('plants who answers when: salaried in the evening on WhatsApp, farmers in the morning by voice, shops at midday', () => {
    expect(reachRate(history, 'YOUNG_PROFESSIONAL', 'WHATSAPP', 'EVENING')).toBeGreaterThan(reachRate(history, 'YOUNG_PROFESSIONAL', 'VOICE', 'MORNING') + 0.3);
    expect(reachRate(history, 'FARMER', 'VOICE', 'MORNING')).toBeGreaterThan(reachRate(history, 'FARMER', 'WHATSAPP', 'EVENING') + 0.3);
    const shopBands = (['MORNING', 'MIDDAY', 'AFTERNOON', 'EVENING'] as const).map((band) => reachRate(history, 'SMALL_BUSINESS', null, band));
    expect(Math.max(...shopBands)).toBe(shopBands[1]);
  });

  it('plants what makes a payment likely', () => {
    const withHistory = history.filter((c) => c.profile.onTimeShare !== null);
    expect(paidShare(withHistory.filter((c) => c.profile.onTimeShare! >= 0.9))).toBeGreaterThan(paidShare(withHistory.filter((c) => c.profile.onTimeShare! < 0.6)) + 0.2);
    expect(paidShare(history.filter((c) => c.profile.daysPastDue <= 30))).toBeGreaterThan(paidShare(history.filter((c) => c.profile.daysPastDue > 90)) + 0.2);
    expect(paidShare(history.filter((c) => c.profile.promisesBroken >= 2))).toBeLessThan(paidShare(history.filter((c) => c.profile.promisesBroken === 0)));
    // Farmers pay after the harvest sale rather than in the lean months.
    const farmers = history.filter((c) => c.segment === 'FARMER');
    expect(paidShare(farmers.filter((c) => [10, 11, 3, 4].includes(c.profile.asOfMonth)))).toBeGreaterThan(paidShare(farmers.filter((c) => [6, 7, 8].includes(c.profile.asOfMonth))));
  });
});
