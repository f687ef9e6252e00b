// Recovery KPIs of the dashboard from grouped counts: roll rates between delinquency buckets, cure
// rate, promise-to-pay kept rate, right-party contact rate and recovery rate over each window, and
// the open cases by stage now. Pure: recovery-snapshot.ts reads the counts with grouped SQL.
import { DELINQUENCY_BUCKETS, STAGES, type DelinquencyBucket } from '../../domain/recovery/types.js';
import type { BucketRollRate, KpiWindowName, RecoveryKpiValues } from './types.js';
import { WINDOWS } from './window-ring.js';

/** The additive counts of one window (or of one slice of it). */
export interface RecoveryCounts {
  /** Bucket changes, grouped by (from, to). */
  transitions: { from: string; to: string; count: number }[];
  casesOpened: number;
  /** Overdue amount of the opened cases when each opened. */
  overdueAtOpening: number;
  /** Repaid on the opened cases' loans from the opening until the case closed (or now). */
  amountRecovered: number;
  casesClosed: number;
  casesCured: number;
  promisesKept: number;
  promisesBroken: number;
  messagesSent: number;
  /** Sent messages that reached the customer. */
  rightPartyContacts: number;
}

export type RecoveryKpisByWindow = Record<KpiWindowName, RecoveryKpiValues>;

/** Narrowest first: each window holds the one before it. */
export const NESTED_WINDOWS: readonly KpiWindowName[] = ['LAST_HOUR', 'LAST_DAY', 'LAST_WEEK'];

export const emptyRecoveryCounts = (): RecoveryCounts => ({
  transitions: [],
  casesOpened: 0,
  overdueAtOpening: 0,
  amountRecovered: 0,
  casesClosed: 0,
  casesCured: 0,
  promisesKept: 0,
  promisesBroken: 0,
  messagesSent: 0,
  rightPartyContacts: 0,
});

/** The start of each window at `nowMs`, as the window rings count it: the start of the oldest bucket. */
export function windowStarts(nowMs: number): Record<KpiWindowName, number> {
  const out = {} as Record<KpiWindowName, number>;
  for (const w of Object.values(WINDOWS)) out[w.name] = (Math.floor(nowMs / w.bucketMs) - w.buckets + 1) * w.bucketMs;
  return out;
}

/**
 * Counts per window from counts per slice: slice 0 is inside LAST_HOUR, slice 1 inside LAST_DAY
 * but not LAST_HOUR, slice 2 the rest of LAST_WEEK. A window adds up its own slice and the narrower ones.
 */
export function cumulativeWindows(slices: readonly RecoveryCounts[]): Record<KpiWindowName, RecoveryCounts> {
  const out = {} as Record<KpiWindowName, RecoveryCounts>;
  NESTED_WINDOWS.forEach((w, level) => {
    const total = emptyRecoveryCounts();
    for (let s = 0; s <= level; s++) if (slices[s]) addRecoveryCounts(total, slices[s]);
    out[w] = total;
  });
  return out;
}

export function addRecoveryCounts(target: RecoveryCounts, source: RecoveryCounts): void {
  for (const t of source.transitions) {
    const same = target.transitions.find((x) => x.from === t.from && x.to === t.to);
    if (same) same.count += t.count;
    else target.transitions.push({ ...t });
  }
  target.casesOpened += source.casesOpened;
  target.overdueAtOpening += source.overdueAtOpening;
  target.amountRecovered += source.amountRecovered;
  target.casesClosed += source.casesClosed;
  target.casesCured += source.casesCured;
  target.promisesKept += source.promisesKept;
  target.promisesBroken += source.promisesBroken;
  target.messagesSent += source.messagesSent;
  target.rightPartyContacts += source.rightPartyContacts;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Roll rates over bucket changes: for each bucket, the changes out of it (`count`), those to a
 * worse bucket and those back to CURRENT, with their shares of `count`. A loan that moves twice
 * counts twice. One entry per bucket, in bucket order, so the rows never move.
 */
export function bucketRollRates(transitions: readonly { from: string; to: string; count: number }[]): BucketRollRate[] {
  const order = (b: string) => (DELINQUENCY_BUCKETS as readonly string[]).indexOf(b);
  return DELINQUENCY_BUCKETS.map((from: DelinquencyBucket) => {
    let count = 0;
    let rolledForward = 0;
    let cured = 0;
    for (const t of transitions) {
      if (t.from !== from || order(t.to) < 0 || t.to === from) continue;
      count += t.count;
      if (order(t.to) > order(from)) rolledForward += t.count;
      else if (t.to === 'CURRENT') cured += t.count;
    }
    return { from, count, rolledForward, cured, rollForwardRate: ratio(rolledForward, count), cureRate: ratio(cured, count) };
  });
}

/** The figures of one window, with the open cases by stage (which are not windowed). */
export function recoveryKpiValues(c: RecoveryCounts, openByStage: ReadonlyMap<string, number>): RecoveryKpiValues {
  const casesByStage = STAGES.map((stage) => ({ stage, count: openByStage.get(stage) ?? 0 }));
  return {
    rollRates: bucketRollRates(c.transitions),
    casesOpened: c.casesOpened,
    casesClosed: c.casesClosed,
    casesCured: c.casesCured,
    cureRate: ratio(c.casesCured, c.casesClosed),
    promisesKept: c.promisesKept,
    promisesBroken: c.promisesBroken,
    promiseKeptRate: ratio(c.promisesKept, c.promisesKept + c.promisesBroken),
    messagesSent: c.messagesSent,
    rightPartyContacts: c.rightPartyContacts,
    rightPartyContactRate: ratio(c.rightPartyContacts, c.messagesSent),
    overdueAtOpening: round2(c.overdueAtOpening),
    amountRecovered: round2(c.amountRecovered),
    recoveryRate: ratio(c.amountRecovered, c.overdueAtOpening),
    // Cases in a stage no longer configured are still open cases.
    openCases: [...openByStage.values()].reduce((s, n) => s + n, 0),
    casesByStage,
  };
}

export function recoveryKpisByWindow(slices: readonly RecoveryCounts[], openByStage: ReadonlyMap<string, number>): RecoveryKpisByWindow {
  const windows = cumulativeWindows(slices);
  const out = {} as RecoveryKpisByWindow;
  for (const w of NESTED_WINDOWS) out[w] = recoveryKpiValues(windows[w], openByStage);
  return out;
}

/** Whether two states show the same figures (a recomputation that changed nothing is not news). */
export function sameRecoveryKpis(a: RecoveryKpisByWindow | undefined, b: RecoveryKpisByWindow): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
