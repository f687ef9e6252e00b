// Formatting for Indian users: rupees with lakh/crore digit grouping, dates, labels.

const inr = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', maximumFractionDigits: 0 });
const count = new Intl.NumberFormat('en-IN');
const date = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTime = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' });
const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const formatINR = (n: number): string => inr.format(n);
export const formatCount = (n: number): string => count.format(n);
export const formatPercent = (share: number, digits = 0): string => `${(share * 100).toFixed(digits)}%`;

/** A share that may be missing (nothing to divide by): "—" then. */
export const formatRate = (share: number | null | undefined, digits = 1): string => (share == null ? '—' : formatPercent(share, digits));

/** A plain number with at most `digits` decimals and Indian digit grouping: 1,23,456.7. */
export function formatNumber(n: number, digits = 1): string {
  return n.toLocaleString('en-IN', { maximumFractionDigits: digits });
}

/** A duration in milliseconds: 4.2 ms, 120 ms, 1.25 s; "—" when there is nothing measured. */
export function formatMs(ms: number | null | undefined): string {
  if (ms == null) return '—';
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

export function formatDate(iso: string): string {
  // A bare YYYY-MM-DD is a calendar day: read it as local, not as UTC midnight (a day early in the west).
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const d = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : date.format(d);
}

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

/** Local wall-clock time with seconds, 24-hour: 14:03:22. */
export function formatClock(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : clock.format(d);
}

/** Scorecard points with a real minus sign and at most one decimal: −23, +4.5, 0. */
export function formatPoints(n: number, signed = true): string {
  const r = Math.round(n * 10) / 10;
  const abs = Number.isInteger(r) ? String(Math.abs(r)) : Math.abs(r).toFixed(1);
  if (r === 0) return '0';
  if (r < 0) return `\u2212${abs}`;
  return signed ? `+${abs}` : abs;
}

export const formatMonths = (n: number): string => (n === 1 ? '1 month' : `${n} months`);

export const monthName = (m: number): string => MONTHS[m - 1] ?? String(m);

/** CREDIT_CARD -> "Credit card", YOUNG_PROFESSIONAL -> "Young professional". */
export function humanize(code: string): string {
  const s = code.replace(/_/g, ' ').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Who a product is offered to, as a plural noun. */
export function audienceLabel(kind: string): string {
  if (kind === 'INDIVIDUAL') return 'Individuals';
  if (kind === 'BUSINESS') return 'Businesses';
  return 'Everyone';
}

const ACRONYMS = new Set(['UPI', 'ACH', 'NEFT', 'RTGS', 'IMPS', 'ATM', 'EMI', 'POS']);

/** UPI, NEFT and friends stay upper-case; other words are humanized (CARD -> "Card"). */
export function channelLabel(name: string): string {
  return ACRONYMS.has(name.toUpperCase()) ? name.toUpperCase() : humanize(name);
}

export type ScoreBand = 'poor' | 'fair' | 'good' | 'excellent';

export function scoreBand(score: number): ScoreBand {
  if (score < 580) return 'poor';
  if (score < 670) return 'fair';
  if (score < 740) return 'good';
  return 'excellent';
}

/** Coefficient of variation of monthly inflows, in words. */
export function variabilityLabel(cv: number): string {
  if (cv < 0.15) return 'Stable';
  if (cv < 0.4) return 'Variable';
  return 'Seasonal / irregular';
}
