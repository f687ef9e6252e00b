import { describe, expect, it } from 'vitest';
import { evaluatePromises, promiseStats, validatePromise } from './promises.js';
import type { Payment, PromiseToPay } from './types.js';

/** An instant on the Indian clock, e.g. ist('2026-03-10T23:30'). */
const ist = (local: string) => new Date(`${local}:00+05:30`);
const pay = (local: string, amount: number): Payment => ({ paidAt: ist(local), amount });
const promise = (id: string, amount: number, dueDate: string, madeAt = '2026-03-01T10:00'): PromiseToPay => ({ id, amount, dueDate, madeAt: ist(madeAt) });

const five = promise('p1', 5_000, '2026-03-10');
const one = (payments: Payment[], asOf: string, options = {}) => evaluatePromises([five], payments, ist(asOf), options)[0];

describe('evaluatePromises', () => {
  it('keeps a promise paid in full by its due date, in one payment or several', () => {
    expect(one([pay('2026-03-08T12:00', 5_000)], '2026-03-09T09:00')).toEqual({
      id: 'p1',
      status: 'KEPT',
      paidTowards: 5_000,
      shortfall: 0,
      settledOn: '2026-03-08',
      reason: 'Paid ₹5,000 of ₹5,000 by 2026-03-08, promised by 2026-03-10',
    });
    expect(one([pay('2026-03-03T12:00', 2_000), pay('2026-03-10T09:00', 3_000)], '2026-03-20T09:00')).toMatchObject({ status: 'KEPT', paidTowards: 5_000, settledOn: '2026-03-10' });
  });

  it('is pending until the end of the due date, then broken', () => {
    const partial = [pay('2026-03-04T12:00', 2_000)];
    expect(one(partial, '2026-03-10T23:59')).toMatchObject({ status: 'PENDING', paidTowards: 2_000, shortfall: 3_000, settledOn: null, reason: '₹3,000 of ₹5,000 still to pay by 2026-03-10' });
    expect(one(partial, '2026-03-11T00:01')).toEqual({
      id: 'p1',
      status: 'BROKEN',
      paidTowards: 2_000,
      shortfall: 3_000,
      settledOn: null,
      reason: 'Paid ₹2,000 of ₹5,000 by 2026-03-10: ₹3,000 short',
    });
    expect(one([], '2026-03-11T00:01')).toMatchObject({ status: 'BROKEN', paidTowards: 0, shortfall: 5_000 });
  });

  it('reads the deadline on the local calendar: 23:30 IST keeps it, 00:30 IST the next day does not', () => {
    expect(one([pay('2026-03-10T23:30', 5_000)], '2026-03-12T09:00')).toMatchObject({ status: 'KEPT', settledOn: '2026-03-10' });
    const nextDay = pay('2026-03-11T00:30', 5_000);
    expect(nextDay.paidAt.toISOString()).toBe('2026-03-10T19:00:00.000Z');
    expect(one([nextDay], '2026-03-12T09:00')).toMatchObject({ status: 'BROKEN', paidTowards: 0 });
    expect(one([nextDay], '2026-03-12T09:00', { timeZone: 'UTC' })).toMatchObject({ status: 'KEPT', settledOn: '2026-03-10' });
  });

  it('extends the deadline by the grace days', () => {
    const late = [pay('2026-03-12T10:00', 5_000)];
    expect(one(late, '2026-03-12T09:00', { graceDays: 2 })).toMatchObject({ status: 'PENDING', reason: '₹5,000 of ₹5,000 still to pay by 2026-03-10 (with grace, 2026-03-12)' });
    expect(one(late, '2026-03-13T09:00', { graceDays: 2 })).toMatchObject({ status: 'KEPT', settledOn: '2026-03-12' });
    expect(one(late, '2026-03-13T09:00', { graceDays: 1 })).toMatchObject({ status: 'BROKEN', paidTowards: 0 });
  });

  it('forgives less than the tolerance, ₹1 unless told otherwise', () => {
    const nearly = [pay('2026-03-08T12:00', 4_999.5)];
    expect(one(nearly, '2026-03-11T09:00')).toMatchObject({ status: 'KEPT', paidTowards: 4_999.5, shortfall: 0 });
    expect(one(nearly, '2026-03-11T09:00', { tolerance: 0 })).toMatchObject({ status: 'BROKEN', shortfall: 0.5 });
    expect(one([pay('2026-03-08T12:00', 4_990)], '2026-03-11T09:00', { tolerance: 20 })).toMatchObject({ status: 'KEPT' });
  });

  it('ignores payments made before the promise was given or after asOf', () => {
    expect(one([pay('2026-03-01T09:59', 5_000)], '2026-03-11T09:00')).toMatchObject({ status: 'BROKEN', paidTowards: 0 });
    expect(one([pay('2026-03-09T12:00', 5_000)], '2026-03-09T11:00')).toMatchObject({ status: 'PENDING', paidTowards: 0 });
  });

  describe('overlapping promises', () => {
    // Both windows cover 2-10 March; given in the opposite order to their due dates.
    const later = promise('later', 5_000, '2026-03-15', '2026-03-02T10:00');
    const sooner = promise('sooner', 5_000, '2026-03-10', '2026-03-01T10:00');
    const evaluate = (payments: Payment[]) => evaluatePromises([later, sooner], payments, ist('2026-03-20T09:00'));

    it('counts a payment once, towards the promise due earliest, and answers in the order given', () => {
      const out = evaluate([pay('2026-03-05T12:00', 5_000)]);
      expect(out.map((e) => [e.id, e.status, e.paidTowards])).toEqual([
        ['later', 'BROKEN', 0],
        ['sooner', 'KEPT', 5_000],
      ]);
    });

    it('passes only what is left over after the earlier promise on to the next', () => {
      expect(evaluate([pay('2026-03-05T12:00', 8_000)]).map((e) => [e.id, e.status, e.paidTowards, e.shortfall])).toEqual([
        ['later', 'BROKEN', 3_000, 2_000],
        ['sooner', 'KEPT', 5_000, 0],
      ]);
      expect(evaluate([pay('2026-03-05T12:00', 10_000)]).map((e) => e.status)).toEqual(['KEPT', 'KEPT']);
    });

    it('gives a payment to a later promise once the earlier one is met or its window has closed', () => {
      const out = evaluate([pay('2026-03-05T12:00', 5_000), pay('2026-03-12T12:00', 5_000)]);
      expect(out.map((e) => [e.id, e.status, e.settledOn])).toEqual([
        ['later', 'KEPT', '2026-03-12'],
        ['sooner', 'KEPT', '2026-03-05'],
      ]);
    });
  });
});

describe('promiseStats', () => {
  it('counts by status and the share kept of those decided', () => {
    const statuses = ['KEPT', 'BROKEN', 'KEPT', 'PENDING', 'PENDING'] as const;
    expect(promiseStats(statuses.map((status) => ({ status })))).toEqual({ kept: 2, broken: 1, pending: 2, keptRate: 2 / 3 });
  });

  it('has no kept rate while nothing is decided', () => {
    expect(promiseStats([{ status: 'PENDING' }])).toEqual({ kept: 0, broken: 0, pending: 1, keptRate: null });
    expect(promiseStats([])).toEqual({ kept: 0, broken: 0, pending: 0, keptRate: null });
  });
});

describe('validatePromise', () => {
  const asOf = ist('2026-03-05T12:00');
  const check = (over: Partial<Parameters<typeof validatePromise>[0]>) => validatePromise({ amount: 5_000, dueDate: '2026-03-10', asOf, ...over });

  it('accepts a positive amount due between today and 30 days ahead', () => {
    expect(check({})).toBeNull();
    expect(check({ dueDate: '2026-03-05' })).toBeNull();
    expect(check({ dueDate: '2026-04-04' })).toBeNull();
    expect(check({ outstanding: 5_000 })).toBeNull();
  });

  it('names the amount when it is not positive or exceeds the outstanding balance', () => {
    expect(check({ amount: 0 })).toEqual({ field: 'amount', message: 'must be more than ₹0' });
    expect(check({ amount: -10 })?.field).toBe('amount');
    expect(check({ amount: Number.NaN })?.field).toBe('amount');
    expect(check({ amount: 60_000, outstanding: 50_000 })).toEqual({ field: 'amount', message: '₹60,000 is more than the outstanding balance of ₹50,000' });
  });

  it('names the due date when it is not a date, in the past or too far ahead', () => {
    expect(check({ dueDate: '2026-02-30' })).toEqual({ field: 'dueDate', message: 'must be a date as YYYY-MM-DD, not "2026-02-30"' });
    expect(check({ dueDate: '10/03/2026' })?.field).toBe('dueDate');
    expect(check({ dueDate: '2026-03-04' })).toEqual({ field: 'dueDate', message: '2026-03-04 is in the past (today is 2026-03-05)' });
    expect(check({ dueDate: '2026-04-05' })).toEqual({ field: 'dueDate', message: '2026-04-05 is more than 30 days ahead (at the latest 2026-04-04)' });
    expect(check({ dueDate: '2026-03-20', maxDaysAhead: 7 })?.message).toContain('more than 7 days ahead');
  });

  it('reads today on the local calendar', () => {
    // 01:30 IST on 6 March is still 5 March in UTC.
    const lateNight = new Date('2026-03-05T20:00:00Z');
    expect(validatePromise({ amount: 100, dueDate: '2026-03-05', asOf: lateNight })?.field).toBe('dueDate');
    expect(validatePromise({ amount: 100, dueDate: '2026-03-05', asOf: lateNight, timeZone: 'UTC' })).toBeNull();
  });
});
