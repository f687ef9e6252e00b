// Contact limits checked before every outreach message. Every rule is evaluated and reported,
// passed or not, because an auditor must see that each one was checked, not only the one that
// stopped a message. Pure: the caller passes the instant, the customer's zone and the history.
import { localTime } from './calendar.js';
import { CHANNELS, type Channel } from './types.js';

export interface ContactLimits {
  /** At most this many attempts (all channels together) in any rolling window. */
  maxAttemptsPerWindow: number;
  /** The length of the rolling window, in days of 24 hours. */
  windowDays: number;
  /** Local hours when no contact is made: from `fromHour`:00 until `untilHour`:00 the next morning. */
  quietHours: { fromHour: number; untilHour: number };
  /** Channels quiet hours apply to; every channel by default (a lender may exempt e.g. email). */
  quietHoursChannels: readonly Channel[];
}

export const DEFAULT_CONTACT_LIMITS: ContactLimits = {
  maxAttemptsPerWindow: 7,
  windowDays: 7,
  quietHours: { fromHour: 19, untilHour: 8 },
  quietHoursChannels: CHANNELS,
};

/** The rules, in the order they are always reported. */
export const CONTACT_RULES = ['ATTEMPT_LIMIT', 'QUIET_HOURS', 'DISPUTE', 'CEASE_REQUEST'] as const;
export type ContactRule = (typeof CONTACT_RULES)[number];

export interface ContactCheck {
  rule: ContactRule;
  passed: boolean;
  detail: string;
}

export interface ContactRequest {
  at: Date;
  timeZone: string;
  channel: Channel;
  /** This case's earlier attempts; attempts after `at` are ignored. */
  attemptsInWindow: readonly Date[];
  dispute: boolean;
  ceaseRequested: boolean;
  limits?: ContactLimits;
}

export interface ContactDecision {
  allowed: boolean;
  checks: ContactCheck[];
  /** The earliest instant every time-based rule passes; null when a dispute or cease request stops contact. */
  nextAllowedAt: Date | null;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export function checkContact(request: ContactRequest): ContactDecision {
  const limits = request.limits ?? DEFAULT_CONTACT_LIMITS;
  const attempts = attemptLimit(request, limits);
  const quiet = quietHours(request, limits);
  const checks: ContactCheck[] = [attempts.check, quiet, disputeCheck(request.dispute), ceaseCheck(request.ceaseRequested)];
  const allowed = checks.every((c) => c.passed);
  return { allowed, checks, nextAllowedAt: nextAllowedAt(request, limits, allowed, attempts.clearsAt) };
}

function nextAllowedAt(request: ContactRequest, limits: ContactLimits, allowed: boolean, attemptsClearAt: Date | null): Date | null {
  if (allowed) return request.at;
  if (request.dispute || request.ceaseRequested || !attemptsClearAt) return null;
  // Once the window has room it only gains room (no new attempts can be made while blocked),
  // so the answer is the first contact hour at or after that moment.
  const from = attemptsClearAt > request.at ? attemptsClearAt : request.at;
  return firstContactInstant(from, request.timeZone, request.channel, limits);
}

/** Attempts made within the rolling window ending at `at` (an attempt exactly one window ago has left it). */
function attemptsInWindow(at: Date, attempts: readonly Date[], windowDays: number): Date[] {
  const start = at.getTime() - windowDays * DAY_MS;
  return attempts.filter((a) => a.getTime() > start && a.getTime() <= at.getTime()).sort((x, y) => x.getTime() - y.getTime());
}

function attemptLimit(request: ContactRequest, limits: ContactLimits): { check: ContactCheck; clearsAt: Date | null } {
  const { maxAttemptsPerWindow: max, windowDays } = limits;
  const recent = attemptsInWindow(request.at, request.attemptsInWindow, windowDays);
  const passed = recent.length < max;
  const detail = `${recent.length} of at most ${max} attempts in the last ${windowDays} days`;
  if (passed) return { check: { rule: 'ATTEMPT_LIMIT', passed, detail }, clearsAt: request.at };
  if (max < 1) return { check: { rule: 'ATTEMPT_LIMIT', passed, detail: `${detail}: no attempts are allowed` }, clearsAt: null };
  // Room for one more appears when all but max-1 of the recent attempts have left the window.
  const clearsAt = new Date(recent[recent.length - max].getTime() + windowDays * DAY_MS);
  return { check: { rule: 'ATTEMPT_LIMIT', passed, detail: `${detail}: the limit is reached until ${clearsAt.toISOString()}` }, clearsAt };
}

function isQuietHour(hour: number, limits: ContactLimits): boolean {
  const { fromHour, untilHour } = limits.quietHours;
  // Quiet hours normally wrap past midnight (19:00-08:00); a same-day span is allowed too.
  return fromHour > untilHour ? hour >= fromHour || hour < untilHour : hour >= fromHour && hour < untilHour;
}

const hhmm = (hour: number, minute = 0): string => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

function quietHours(request: ContactRequest, limits: ContactLimits): ContactCheck {
  const { fromHour, untilHour } = limits.quietHours;
  const span = `${hhmm(fromHour)}-${hhmm(untilHour)} ${request.timeZone}`;
  if (!limits.quietHoursChannels.includes(request.channel)) {
    return { rule: 'QUIET_HOURS', passed: true, detail: `Quiet hours (${span}) do not apply to ${request.channel}` };
  }
  const { hour, minute } = localTime(request.at, request.timeZone);
  const passed = !isQuietHour(hour, limits);
  const where = passed ? 'outside' : 'within';
  return { rule: 'QUIET_HOURS', passed, detail: `${hhmm(hour, minute)} local time is ${where} quiet hours (${span})` };
}

/**
 * The first instant at or after `from` that is outside quiet hours on the customer's clock.
 * The jump is computed in local minutes, then corrected by re-reading the clock, so a change
 * of UTC offset overnight (daylight saving) still lands on the opening hour.
 */
function firstContactInstant(from: Date, timeZone: string, channel: Channel, limits: ContactLimits): Date {
  if (!limits.quietHoursChannels.includes(channel)) return from;
  const { hour, minute } = localTime(from, timeZone);
  if (!isQuietHour(hour, limits)) return from;
  const opening = limits.quietHours.untilHour * 60;
  const minutesToOpen = wrapMinutes(opening - (hour * 60 + minute), 0);
  const minuteStart = Math.floor(from.getTime() / MINUTE_MS) * MINUTE_MS;
  let at = new Date(minuteStart + minutesToOpen * MINUTE_MS);
  for (let attempt = 0; attempt < 3; attempt++) {
    const local = localTime(at, timeZone);
    const off = wrapMinutes(local.hour * 60 + local.minute - opening, -720);
    if (off === 0) break;
    at = new Date(at.getTime() - off * MINUTE_MS);
  }
  return at;
}

/** Minutes folded into the day-long range starting at `low`. */
function wrapMinutes(minutes: number, low: number): number {
  return ((((minutes - low) % 1440) + 1440) % 1440) + low;
}

function disputeCheck(dispute: boolean): ContactCheck {
  return dispute
    ? { rule: 'DISPUTE', passed: false, detail: 'The customer disputes the debt: no collection contact until the dispute is resolved' }
    : { rule: 'DISPUTE', passed: true, detail: 'No open dispute' };
}

function ceaseCheck(ceaseRequested: boolean): ContactCheck {
  return ceaseRequested
    ? { rule: 'CEASE_REQUEST', passed: false, detail: 'The customer asked us to stop contacting them' }
    : { rule: 'CEASE_REQUEST', passed: true, detail: 'No request to stop contact' };
}
