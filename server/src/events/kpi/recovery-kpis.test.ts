import { describe, expect, it } from 'vitest';
import { rollRates } from '../../domain/recovery/delinquency.js';
import { DELINQUENCY_BUCKETS, type DelinquencyBucket } from '../../domain/recovery/types.js';
import { KpiStore } from './kpi-store.js';
import {
  bucketRollRates,
  cumulativeWindows,
  emptyRecoveryCounts,
  recoveryKpisByWindow,
  recoveryKpiValues,
  sameRecoveryKpis,
  windowStarts,
  type RecoveryCounts,
} from './recovery-kpis.js';
import { WINDOWS } from './window-ring.js';

const counts = (c: Partial<RecoveryCounts>): RecoveryCounts => ({ ...emptyRecoveryCounts(), ...c });

describe('bucketRollRates', () => {
  it('agrees with the domain roll rates over the same moves, one row per bucket in order', () => {
    const moves: [DelinquencyBucket, DelinquencyBucket, number][] = [
      ['CURRENT', 'DPD_1_30', 7],
      ['DPD_1_30', 'DPD_31_60', 3],
      ['DPD_1_30', 'CURRENT', 5],
      ['DPD_31_60', 'DPD_1_30', 2],
      ['DPD_31_60', 'DPD_61_90', 2],
      ['DPD_61_90', 'CURRENT', 1],
      ['DPD_61_90', 'DPD_90_PLUS', 3],
    ];
    const ours = bucketRollRates(moves.map(([from, to, count]) => ({ from, to, count })));
    const pairs = moves.flatMap(([from, to, n]) => Array.from({ length: n }, () => ({ from, to })));
    const domain = rollRates(pairs);
    expect(ours.map((r) => r.from)).toEqual([...DELINQUENCY_BUCKETS]);
    for (const [i, r] of ours.entries()) {
      const d = domain[i];
      expect(r).toEqual({ from: d.from, count: d.count, rolledForward: d.rolledForward, cured: d.cured, rollForwardRate: d.rollForwardRate, cureRate: d.cureRate });
    }
    expect(ours[1]).toEqual({ from: 'DPD_1_30', count: 8, rolledForward: 3, cured: 5, rollForwardRate: 3 / 8, cureRate: 5 / 8 });
    // A move to a better bucket that is still delinquent counts, as neither.
    expect(ours[2]).toMatchObject({ count: 4, rolledForward: 2, cured: 0, rollForwardRate: 0.5, cureRate: 0 });
    expect(ours[4]).toMatchObject({ count: 0, rollForwardRate: null, cureRate: null });
  });

  it('ignores unknown buckets and a "move" to the same bucket', () => {
    const r = bucketRollRates([
      { from: 'DPD_1_30', to: 'DPD_1_30', count: 4 },
      { from: 'DPD_1_30', to: 'SOMEWHERE', count: 2 },
      { from: 'NOWHERE', to: 'CURRENT', count: 2 },
    ]);
    expect(r.every((x) => x.count === 0)).toBe(true);
  });
});

describe('recovery KPI values', () => {
  it('derives the rates from the counts, null when there is nothing to divide by', () => {
    const v = recoveryKpiValues(
      counts({ casesClosed: 4, casesCured: 3, promisesKept: 1, promisesBroken: 3, messagesSent: 10, rightPartyContacts: 4, casesOpened: 2, overdueAtOpening: 2_000, amountRecovered: 2_500.004 }),
      new Map([
        ['REMINDER', 3],
        ['LEGAL', 1],
      ]),
    );
    expect(v).toMatchObject({ cureRate: 0.75, promiseKeptRate: 0.25, rightPartyContactRate: 0.4, recoveryRate: 1.250002, amountRecovered: 2_500, openCases: 4 });
    expect(v.casesByStage).toEqual([
      { stage: 'REMINDER', count: 3 },
      { stage: 'ACTIVE_COLLECTION', count: 0 },
      { stage: 'SENIOR_COLLECTOR', count: 0 },
      { stage: 'FIELD', count: 0 },
      { stage: 'LEGAL', count: 1 },
    ]);
    const none = recoveryKpiValues(emptyRecoveryCounts(), new Map());
    expect(none).toMatchObject({ cureRate: null, promiseKeptRate: null, rightPartyContactRate: null, recoveryRate: null, openCases: 0 });
    expect(none.rollRates).toHaveLength(5);
  });

  it('adds the narrower slices into each window', () => {
    const hour = counts({ casesClosed: 1, transitions: [{ from: 'CURRENT', to: 'DPD_1_30', count: 1 }] });
    const day = counts({ casesClosed: 2, transitions: [{ from: 'CURRENT', to: 'DPD_1_30', count: 2 }] });
    const week = counts({ casesClosed: 4, transitions: [{ from: 'DPD_1_30', to: 'CURRENT', count: 1 }] });
    const w = cumulativeWindows([hour, day, week]);
    expect([w.LAST_HOUR.casesClosed, w.LAST_DAY.casesClosed, w.LAST_WEEK.casesClosed]).toEqual([1, 3, 7]);
    expect(w.LAST_WEEK.transitions).toEqual([
      { from: 'CURRENT', to: 'DPD_1_30', count: 3 },
      { from: 'DPD_1_30', to: 'CURRENT', count: 1 },
    ]);
    // The slices are not changed by adding them up.
    expect(hour.transitions).toEqual([{ from: 'CURRENT', to: 'DPD_1_30', count: 1 }]);
    const byWindow = recoveryKpisByWindow([hour, day, week], new Map([['REMINDER', 2]]));
    expect(byWindow.LAST_DAY.rollRates[0]).toMatchObject({ from: 'CURRENT', count: 3, rolledForward: 3 });
    expect(byWindow.LAST_HOUR.openCases).toBe(2);
  });

  it('starts each window where the window rings do: at the oldest bucket of the window', () => {
    const now = Date.UTC(2025, 5, 1, 12, 34, 56);
    const s = windowStarts(now);
    expect(new Date(s.LAST_HOUR).toISOString()).toBe('2025-06-01T11:35:00.000Z');
    expect(new Date(s.LAST_DAY).toISOString()).toBe('2025-05-31T12:45:00.000Z');
    expect(new Date(s.LAST_WEEK).toISOString()).toBe('2025-05-25T13:00:00.000Z');
    expect(s.LAST_HOUR).toBeGreaterThan(s.LAST_DAY);
    expect(s.LAST_DAY).toBeGreaterThan(s.LAST_WEEK);
    expect(now - s.LAST_WEEK).toBeLessThan(WINDOWS.LAST_WEEK.buckets * WINDOWS.LAST_WEEK.bucketMs);
  });
});

describe('KpiStore recovery figures', () => {
  it('shows each window its own figures, and moves the version only when they change', () => {
    const store = new KpiStore(() => Date.UTC(2025, 5, 1, 12));
    expect(store.snapshot('t1', 'LAST_DAY').recovery).toBeNull();
    const v0 = store.snapshot('t1', 'LAST_DAY').version;
    const k = recoveryKpisByWindow([counts({ casesClosed: 1, casesCured: 1 }), counts({ casesClosed: 1 }), emptyRecoveryCounts()], new Map([['REMINDER', 1]]));
    expect(store.setRecovery('t1', k)).toBe(true);
    const s = store.snapshot('t1', 'LAST_DAY');
    expect(s.version).toBeGreaterThan(v0);
    expect(s.recovery).toMatchObject({ casesClosed: 2, cureRate: 0.5, openCases: 1 });
    expect(store.snapshot('t1', 'LAST_HOUR').recovery).toMatchObject({ casesClosed: 1, cureRate: 1 });
    expect(store.setRecovery('t1', structuredClone(k))).toBe(false);
    expect(store.snapshot('t1', 'LAST_DAY').version).toBe(s.version);
    expect(sameRecoveryKpis(undefined, k)).toBe(false);
    // Another tenant sees none of it.
    expect(store.snapshot('t2', 'LAST_DAY').recovery).toBeNull();
  });

  it('keeps the figures across a rebuild of the counted KPIs, with a higher version', () => {
    const store = new KpiStore(() => Date.UTC(2025, 5, 1, 12));
    store.setRecovery('t1', recoveryKpisByWindow([], new Map([['FIELD', 3]])));
    const before = store.snapshot('t1', 'LAST_WEEK');
    store.replaceWith(new KpiStore(() => Date.UTC(2025, 5, 1, 12)));
    const after = store.snapshot('t1', 'LAST_WEEK');
    expect(after.recovery).toEqual(before.recovery);
    expect(after.version).toBeGreaterThan(before.version);
  });
});
