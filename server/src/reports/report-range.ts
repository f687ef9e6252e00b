// A report's date range from its query string: `from` and `to` are whole days (YYYY-MM-DD, both
// included) in the lender's calendar (`tz`, Asia/Kolkata unless given), at most MAX_RANGE_DAYS
// days. Pure: the handler turns a rejection into a 400 naming the parameter.
import { addDays, DEFAULT_TIME_ZONE, daysBetween, isDate } from '../domain/recovery/calendar.js';

export const MAX_RANGE_DAYS = 366;

export interface ReportDates {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, included. */
  to: string;
  timeZone: string;
  /** The instant `from` begins in the time zone. */
  start: Date;
  /** The instant the day after `to` begins: the range is [start, end). */
  end: Date;
}

export interface ParameterError {
  parameter: string;
  message: string;
}

export function parseReportDates(params: URLSearchParams): ReportDates | ParameterError {
  const tz = params.get('tz') ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(tz)) return { parameter: 'tz', message: `tz: "${tz}" is not an IANA time zone such as Asia/Kolkata` };
  const dates: Record<'from' | 'to', string> = { from: '', to: '' };
  for (const name of ['from', 'to'] as const) {
    const values = params.getAll(name);
    if (values.length === 0 || values[0].trim() === '') return { parameter: name, message: `${name}: required, a date YYYY-MM-DD` };
    if (values.length > 1) return { parameter: name, message: `${name}: given ${values.length} times; give it once` };
    const v = values[0].trim();
    if (!isDate(v)) return { parameter: name, message: `${name}: "${v.slice(0, 40)}" is not a date YYYY-MM-DD` };
    dates[name] = v;
  }
  const days = daysBetween(dates.from, dates.to) + 1;
  if (days < 1) return { parameter: 'to', message: `to: ${dates.to} is before from (${dates.from})` };
  if (days > MAX_RANGE_DAYS) return { parameter: 'to', message: `to: the range from ${dates.from} to ${dates.to} is ${days} days; at most ${MAX_RANGE_DAYS}` };
  return { from: dates.from, to: dates.to, timeZone: tz, start: startOfDay(dates.from, tz), end: startOfDay(addDays(dates.to, 1), tz) };
}

function isTimeZone(tz: string): boolean {
  if (tz.length === 0 || tz.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** How far the zone's clock is ahead of UTC at `ms` (ms). */
function offsetAt(ms: number, timeZone: string): number {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant a local day begins (its first moment, even on a day a clock change skips midnight). */
export function startOfDay(date: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  let guess = midnightUtc - offsetAt(midnightUtc, timeZone);
  // Once more with the offset in force at the guess (the offset may differ across a clock change).
  guess = midnightUtc - offsetAt(guess, timeZone);
  // A zone that skips midnight (a spring-forward at 00:00) lands the guess on the day before: the
  // day starts at the change, which is midnight at the offset in force before it.
  if (localDateOf(guess, timeZone) < date) guess = midnightUtc - offsetAt(guess, timeZone);
  return new Date(guess);
}

function localDateOf(ms: number, timeZone: string): string {
  const off = offsetAt(ms, timeZone);
  return new Date(ms + off).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD HH:MM" on the zone's clock. */
export function localDateTime(ms: number, timeZone: string): string {
  return new Date(ms + offsetAt(ms, timeZone)).toISOString().slice(0, 16).replace('T', ' ');
}
