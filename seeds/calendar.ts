// The fixed calendar of the synthetic data. Everything is dated relative to LEDGER_END, never
// to the clock, so that a seed produces the same rows today and next year.

/** India Standard Time is UTC+05:30; customers live by it. */
export const IST_OFFSET_MS = 330 * 60_000;

/** The last day of the twelve-month transaction history (inclusive). */
export const LEDGER_END = '2026-10-31';

export interface LedgerMonth {
  year: number;
  /** 1-12 */
  month: number;
  days: number;
}

function monthsEndingAt(isoDay: string, count: number): LedgerMonth[] {
  const [y, m] = isoDay.split('-').map(Number);
  const out: LedgerMonth[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = y * 12 + (m - 1) - i;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    out.push({ year, month, days: new Date(Date.UTC(year, month, 0)).getUTCDate() });
  }
  return out;
}

/** November 2025 to October 2026, oldest first. */
export const LEDGER_MONTHS: readonly LedgerMonth[] = monthsEndingAt(LEDGER_END, 12);

/** Epoch ms of a local (IST) wall-clock time. */
export function istTime(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) - IST_OFFSET_MS;
}

/** The end of LEDGER_END in IST, as epoch ms: nothing is dated after it. */
export const LEDGER_END_MS = (() => {
  const [y, m, d] = LEDGER_END.split('-').map(Number);
  return istTime(y, m, d, 23, 59);
})();

/**
 * "Now" for the synthetic data: the first instant after LEDGER_END (IST). Features computed as of
 * this instant see exactly the twelve ledger months.
 */
export const LEDGER_AS_OF_MS = (() => {
  const [y, m] = LEDGER_END.split('-').map(Number);
  return m === 12 ? istTime(y + 1, 1, 1) : istTime(y, m + 1, 1);
})();

/** Calendar month (1-12) of an instant, in IST. */
export function istMonth(epochMs: number): number {
  return new Date(epochMs + IST_OFFSET_MS).getUTCMonth() + 1;
}

export const DAY_MS = 86_400_000;
export const YEAR_MS = 365.25 * DAY_MS;
