import { describe, expect, it } from 'vitest';
import { generateRecoveryHistory } from '../../../../seeds/recovery-history.js';
import { bestContactTime, hourBandOf, learnContactPrior } from './contact-time.js';
import type { Channel, ContactAttempt } from './types.js';

const history = generateRecoveryHistory(11, 3000);
// The prior is the customer's segment: farmers answer at other hours than the salaried majority.
const farmerPrior = learnContactPrior(history.filter((c) => c.segment === 'FARMER').flatMap((c) => c.attempts));
const everyonePrior = learnContactPrior(history.flatMap((c) => c.attempts));

/** `n` attempts at a local (India) hour on consecutive days in March 2026. */
function attempts(n: number, channel: Channel, hour: number, reached: boolean): ContactAttempt[] {
  return Array.from({ length: n }, (_, i) => ({
    at: new Date(`2026-03-${String(i + 1).padStart(2, '0')}T${String(hour).padStart(2, '0')}:15:00+05:30`),
    channel,
    reached,
    paidOrPromised: false,
  }));
}

describe('best contact time', () => {
  it('reads hour bands on the local clock and leaves out attempts outside allowed hours', () => {
    expect(hourBandOf(new Date('2026-03-02T02:30:00Z'))).toBe('MORNING'); // 08:00 in India
    expect(hourBandOf(new Date('2026-03-02T02:29:00Z'))).toBeNull(); // 07:59
    expect(hourBandOf(new Date('2026-03-02T12:00:00Z'))).toBe('EVENING'); // 17:30
    expect(hourBandOf(new Date('2026-03-02T13:30:00Z'))).toBeNull(); // 19:00
    expect(hourBandOf(new Date('2026-03-02T12:00:00Z'), 'UTC')).toBe('MIDDAY');
    expect(learnContactPrior(attempts(5, 'SMS', 21, true)).attempts).toBe(0);
  });

  it('gives a farmer with no history the farmers’ best: a morning voice call', () => {
    const best = bestContactTime([], farmerPrior);
    expect(best).toMatchObject({ channel: 'VOICE', band: 'MORNING', basedOnAttempts: 0 });
    expect(best.reason).toMatch(/^No contact history of this customer yet: VOICE in the MORNING \(08:00-11:00\) reaches \d+% of the population/);
    // Everyone's prior is dominated by the salaried: it would not send a farmer a morning call.
    expect(bestContactTime([], everyonePrior).band).not.toBe('MORNING');
  });

  it('switches to the customer’s own best cell once their history is long enough', () => {
    const own = [...attempts(12, 'SMS', 18, true), ...attempts(6, 'VOICE', 9, false)];
    const best = bestContactTime(own, farmerPrior);
    expect(best).toMatchObject({ channel: 'SMS', band: 'EVENING', basedOnAttempts: 12 });
    expect(best.reachRate).toBeGreaterThan(0.75);
    expect(best.reason).toMatch(/^12 of 12 SMS attempts in the EVENING \(17:00-19:00\) reached this customer: estimated reach \d+%, against \d+% for the population$/);
  });

  it('keeps the population’s choice while a customer’s history is thin', () => {
    const best = bestContactTime(attempts(1, 'SMS', 18, true), farmerPrior);
    expect(best).toMatchObject({ channel: 'VOICE', band: 'MORNING', basedOnAttempts: 0 });
  });

  it('reads the customer’s hours in their own time zone and keeps to the allowed channels', () => {
    // 18:15 in India is 12:45 UTC: MIDDAY for a customer who lives on UTC.
    const best = bestContactTime(attempts(12, 'SMS', 18, true), farmerPrior, 'UTC');
    expect(best).toMatchObject({ channel: 'SMS', band: 'MIDDAY' });
    expect(bestContactTime([], farmerPrior, undefined, { channels: ['SMS', 'WHATSAPP'] }).channel).not.toBe('VOICE');
    expect(() => bestContactTime([], farmerPrior, undefined, { channels: [] })).toThrow(/at least one/);
  });
});
