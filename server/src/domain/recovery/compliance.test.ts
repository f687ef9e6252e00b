import { describe, expect, it } from 'vitest';
import { CONTACT_RULES, DEFAULT_CONTACT_LIMITS, checkContact, type ContactRequest } from './compliance.js';

const IST = 'Asia/Kolkata';

/** An instant given as India local time (UTC+5:30, no daylight saving). */
const ist = (local: string): Date => new Date(`${local}+05:30`);

function request(overrides: Partial<ContactRequest> = {}): ContactRequest {
  return { at: ist('2026-04-10T12:00:00'), timeZone: IST, channel: 'SMS', attemptsInWindow: [], dispute: false, ceaseRequested: false, ...overrides };
}

/** One attempt a day at 10:00 local, on the given days of April 2026. */
const dailyAttempts = (days: number[]): Date[] => days.map((d) => ist(`2026-04-${String(d).padStart(2, '0')}T10:00:00`));

describe('checkContact', () => {
  it('allows contact at midday with room in the window, reporting every rule in a fixed order', () => {
    const decision = checkContact(request({ attemptsInWindow: dailyAttempts([8, 9, 10]) }));
    expect(decision.allowed).toBe(true);
    expect(decision.checks.map((c) => c.rule)).toEqual([...CONTACT_RULES]);
    expect(decision.checks.every((c) => c.passed)).toBe(true);
    expect(decision.checks[0].detail).toBe('3 of at most 7 attempts in the last 7 days');
    expect(decision.nextAllowedAt).toEqual(ist('2026-04-10T12:00:00'));
  });

  it('blocks the 8th attempt in 7 days until the oldest one leaves the window', () => {
    const decision = checkContact(request({ attemptsInWindow: dailyAttempts([4, 5, 6, 7, 8, 9, 10]) }));
    expect(decision.allowed).toBe(false);
    expect(decision.checks.map((c) => [c.rule, c.passed])).toEqual([
      ['ATTEMPT_LIMIT', false],
      ['QUIET_HOURS', true],
      ['DISPUTE', true],
      ['CEASE_REQUEST', true],
    ]);
    expect(decision.nextAllowedAt).toEqual(ist('2026-04-11T10:00:00'));
    // At that instant the rule indeed passes again.
    expect(checkContact(request({ at: decision.nextAllowedAt!, attemptsInWindow: dailyAttempts([4, 5, 6, 7, 8, 9, 10]) })).allowed).toBe(true);
  });

  it('over the limit (limits lowered, or attempts logged late), waits until enough attempts have left the window', () => {
    // 9 attempts: the three oldest must leave before there is room for one more.
    const attempts = [...dailyAttempts([4, 5, 6, 7, 8, 9, 10]), ist('2026-04-05T15:00:00'), ist('2026-04-06T16:00:00')];
    const decision = checkContact(request({ attemptsInWindow: attempts }));
    expect(decision.allowed).toBe(false);
    expect(decision.checks[0].detail).toMatch(/^9 of at most 7/);
    expect(decision.nextAllowedAt).toEqual(ist('2026-04-12T15:00:00'));
  });

  it('counts a rolling window: an attempt exactly 7 days old has left it, later ones are ignored', () => {
    const weekOld = ist('2026-04-03T12:00:00');
    const later = ist('2026-04-10T15:00:00');
    const decision = checkContact(request({ attemptsInWindow: [weekOld, ...dailyAttempts([5, 6, 7, 8, 9, 10]), later] }));
    expect(decision.allowed).toBe(true);
    expect(decision.checks[0].detail).toMatch(/^6 of at most 7/);
    const oneMinuteYounger = new Date(weekOld.getTime() + 60_000);
    expect(checkContact(request({ attemptsInWindow: [oneMinuteYounger, ...dailyAttempts([5, 6, 7, 8, 9, 10])] })).allowed).toBe(false);
  });

  it('keeps quiet hours: no contact before 08:00 or from 19:00 local time', () => {
    expect(checkContact(request({ at: ist('2026-04-10T08:00:00') })).allowed).toBe(true);
    expect(checkContact(request({ at: ist('2026-04-10T18:59:59') })).allowed).toBe(true);
    const evening = checkContact(request({ at: ist('2026-04-10T19:00:00') }));
    expect(evening.allowed).toBe(false);
    expect(evening.checks[1]).toEqual({ rule: 'QUIET_HOURS', passed: false, detail: '19:00 local time is within quiet hours (19:00-08:00 Asia/Kolkata)' });
    expect(evening.nextAllowedAt).toEqual(ist('2026-04-11T08:00:00'));
    expect(checkContact(request({ at: ist('2026-04-10T07:59:30') })).nextAllowedAt).toEqual(ist('2026-04-10T08:00:00'));
    expect(checkContact(request({ at: ist('2026-04-10T00:10:00') })).nextAllowedAt).toEqual(ist('2026-04-10T08:00:00'));
  });

  it('reads quiet hours on the customer clock, across a daylight-saving change', () => {
    // London moves from GMT to BST at 01:00 UTC on 29 March 2026: 08:00 local is then 07:00 UTC.
    const decision = checkContact(request({ at: new Date('2026-03-28T20:30:00Z'), timeZone: 'Europe/London' }));
    expect(decision.allowed).toBe(false);
    expect(decision.nextAllowedAt).toEqual(new Date('2026-03-29T07:00:00Z'));
  });

  it('when the window clears during quiet hours, waits for the next morning', () => {
    // The oldest attempt, at 20:30, leaves the window at 20:30 a week later: quiet hours then.
    const attempts = [ist('2026-04-03T20:30:00'), ...dailyAttempts([5, 6, 7, 8, 9, 10])];
    const decision = checkContact(request({ at: ist('2026-04-10T12:00:00'), attemptsInWindow: attempts }));
    expect(decision.allowed).toBe(false);
    expect(decision.nextAllowedAt).toEqual(ist('2026-04-11T08:00:00'));
  });

  it('stops contact for good on a dispute or a cease request, still reporting every rule', () => {
    const disputed = checkContact(request({ dispute: true }));
    expect(disputed.allowed).toBe(false);
    expect(disputed.nextAllowedAt).toBeNull();
    expect(disputed.checks.map((c) => c.passed)).toEqual([true, true, false, true]);

    const ceased = checkContact(request({ ceaseRequested: true, at: ist('2026-04-10T22:00:00') }));
    expect(ceased.allowed).toBe(false);
    expect(ceased.nextAllowedAt).toBeNull();
    expect(ceased.checks.map((c) => c.passed)).toEqual([true, false, true, false]);
  });

  it('applies limits passed by the caller, including channels exempt from quiet hours', () => {
    const limits = { ...DEFAULT_CONTACT_LIMITS, maxAttemptsPerWindow: 2, windowDays: 3, quietHoursChannels: ['SMS', 'WHATSAPP', 'VOICE'] as const };
    const lateEmail = checkContact(request({ channel: 'EMAIL', at: ist('2026-04-10T22:00:00'), limits }));
    expect(lateEmail.allowed).toBe(true);
    expect(lateEmail.checks[1].detail).toMatch(/do not apply to EMAIL/);
    const third = checkContact(request({ attemptsInWindow: dailyAttempts([9, 10]), limits }));
    expect(third.allowed).toBe(false);
    expect(third.nextAllowedAt).toEqual(ist('2026-04-12T10:00:00'));
  });

  it('never allows contact when the limit is zero attempts', () => {
    const limits = { ...DEFAULT_CONTACT_LIMITS, maxAttemptsPerWindow: 0 };
    const decision = checkContact(request({ limits }));
    expect(decision.allowed).toBe(false);
    expect(decision.nextAllowedAt).toBeNull();
  });
});
