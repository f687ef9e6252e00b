// Local dates and hours for recovery: due dates, promises and quiet hours are in the customer's
// own calendar and clock, not the server's. Dates are YYYY-MM-DD strings.

/** Every region served today is in India; a customer's zone is kept per customer all the same. */
export const DEFAULT_TIME_ZONE = 'Asia/Kolkata';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  return f;
}

function parts(at: Date, timeZone: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(at)) out[p.type] = p.value;
  return out;
}

/** The calendar date of an instant in a time zone. */
export function localDate(at: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const p = parts(at, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The hour (0-23) and minute of an instant on the local clock. */
export function localTime(at: Date, timeZone = DEFAULT_TIME_ZONE): { hour: number; minute: number } {
  const p = parts(at, timeZone);
  return { hour: Number(p.hour), minute: Number(p.minute) };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `s` is a real YYYY-MM-DD date. */
export function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function utcDay(s: string): number {
  if (!isDate(s)) throw new Error(`not a YYYY-MM-DD date: ${s}`);
  return Date.parse(`${s}T00:00:00Z`) / 86_400_000;
}

/** `date` plus `days` (negative to go back). */
export function addDays(date: string, days: number): string {
  return new Date((utcDay(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(utcDay(to) - utcDay(from));
}

/** The same day of the month `months` later, clamped to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

/** The month (1-12) of a date. */
export const monthOf = (date: string): number => Number(date.slice(5, 7));
