// Running balances, as on a bank statement: rows of one customer in time order, each with the
// balance after it. Nobody spends money they do not have: a purchase that would take the account
// below its floor waits for the next credit of the month (a payout, a salary). What cannot wait
// (EMIs, rent, premiums on their fixed dates) is paid when due, and the opening balance is raised
// if the account would still go below the floor.
import { IST_OFFSET_MS } from './calendar.js';
import type { TransactionSeed } from './transactions.js';

/** Debits on fixed dates (mandates, rent, wages): they are never postponed. */
const FIXED = new Set(['emi', 'insurance_premium', 'investments', 'rent', 'bounce_charge', 'payroll']);

/** IST month number and the end (exclusive, epoch ms) of that month. */
function monthOf(ms: number): { key: number; end: number } {
  const d = new Date(ms + IST_OFFSET_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  return { key: y * 12 + m, end: Date.UTC(y, m + 1, 1) - IST_OFFSET_MS };
}

/**
 * Orders the rows by time and sets balanceAfter, postponing purchases the balance cannot cover
 * to just after the next credit in the same month (or to the month's last evening). Amounts and
 * months never change, so the rows still add up to the plan month by month.
 */
export function assignBalances(rows: TransactionSeed[], opening: number, floor: number): void {
  if (rows.length === 0) return;
  rows.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const ordered: TransactionSeed[] = [];
  let pending: TransactionSeed[] = [];
  let balance = opening;
  let month = monthOf(rows[0].occurredAt.getTime());

  const flush = () => {
    // Still unpaid at the end of the month: paid in its last evening (after 22:00, when no
    // other row is dated), in order.
    let at = month.end - 2 * 3600_000;
    for (const p of pending) {
      p.occurredAt = new Date((at += 30_000));
      ordered.push(p);
      balance += p.amount;
    }
    pending = [];
  };

  for (const r of rows) {
    const ms = r.occurredAt.getTime();
    if (ms >= month.end) {
      flush();
      month = monthOf(ms);
    }
    if (r.amount < 0 && !FIXED.has(r.category) && balance + r.amount < floor) {
      pending.push(r);
      continue;
    }
    ordered.push(r);
    balance += r.amount;
    if (r.amount > 0 && pending.length > 0) {
      // Paid right after the credit, a second apart, as far as it goes.
      let k = 0;
      const keep: TransactionSeed[] = [];
      for (const p of pending) {
        if (balance + p.amount >= floor) {
          p.occurredAt = new Date(ms + ++k * 1000);
          ordered.push(p);
          balance += p.amount;
        } else {
          keep.push(p);
        }
      }
      pending = keep;
    }
  }
  flush();

  // Moved rows keep their month; a stable sort settles rows moved next to others.
  ordered.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  let running = 0;
  let lowest = 0;
  for (const r of ordered) {
    running += r.amount;
    if (running < lowest) lowest = running;
  }
  let b = Math.max(opening, floor - lowest);
  for (let i = 0; i < ordered.length; i++) {
    b += ordered[i].amount;
    ordered[i].balanceAfter = b;
    rows[i] = ordered[i];
  }
}
