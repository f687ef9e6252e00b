import { describe, expect, it } from 'vitest';
import { monthlySchedule } from '../credit/credit-terms.js';
import { allocatePayments, bucketOf, delinquencyOf, duesFromSchedule, rollRates } from './delinquency.js';
import type { DelinquencyBucket, Due, LoanKind, Payment } from './types.js';

/** An instant on the Indian clock, e.g. ist('2026-03-05T23:00'). */
const ist = (local: string) => new Date(`${local}:00+05:30`);
const pay = (local: string, amount: number): Payment => ({ paidAt: ist(local), amount });

// ₹1,20,000 over 12 months at 0%: ₹10,000 due on the 5th from February 2026.
const dues: Due[] = duesFromSchedule(monthlySchedule(120_000, 12, 0, new Date('2026-01-15T00:00:00Z')));
const loan = (payments: Payment[], asOf: string, kind: LoanKind = 'INSTALLMENT') => delinquencyOf({ kind, dues, payments, asOf: ist(asOf), timeZone: 'Asia/Kolkata' });

describe('duesFromSchedule', () => {
  it('maps a credit schedule to dues', () => {
    expect(dues).toHaveLength(12);
    expect(dues.slice(0, 3)).toEqual([
      { dueDate: '2026-02-05', amount: 10_000 },
      { dueDate: '2026-03-05', amount: 10_000 },
      { dueDate: '2026-04-05', amount: 10_000 },
    ]);
  });
});

describe('allocatePayments', () => {
  it('pays the oldest due first and records the local date each due was settled', () => {
    const out = allocatePayments(dues.slice(0, 3), [pay('2026-03-20T11:00', 15_000), pay('2026-02-04T11:00', 2_000)]);
    expect(out).toEqual([
      { dueDate: '2026-02-05', amount: 10_000, paid: 10_000, remaining: 0, paidOn: '2026-03-20' },
      { dueDate: '2026-03-05', amount: 10_000, paid: 7_000, remaining: 3_000, paidOn: null },
      { dueDate: '2026-04-05', amount: 10_000, paid: 0, remaining: 10_000, paidOn: null },
    ]);
  });

  it('counts a due with less than ₹1 left as paid and moves on to the next', () => {
    const out = allocatePayments(dues.slice(0, 2), [pay('2026-02-05T10:00', 9_999.5), pay('2026-03-05T10:00', 10_000)]);
    expect(out[0]).toMatchObject({ paid: 9_999.5, remaining: 0, paidOn: '2026-02-05' });
    expect(out[1]).toMatchObject({ paid: 10_000, remaining: 0, paidOn: '2026-03-05' });
  });

  it('returns dues in the order given but fills them by due date', () => {
    const out = allocatePayments([{ dueDate: '2026-03-05', amount: 100 }, { dueDate: '2026-02-05', amount: 100 }], [pay('2026-03-01T10:00', 150)]);
    expect(out.map((d) => [d.dueDate, d.remaining])).toEqual([
      ['2026-03-05', 50],
      ['2026-02-05', 0],
    ]);
  });
});

describe('delinquencyOf', () => {
  const onTime = [pay('2026-02-05T10:00', 10_000), pay('2026-03-05T10:00', 10_000), pay('2026-04-05T10:00', 10_000)];

  it('keeps a loan paid on time CURRENT', () => {
    expect(loan(onTime, '2026-04-20T12:00')).toEqual({
      daysPastDue: 0,
      bucket: 'CURRENT',
      overdueAmount: 0,
      oldestUnpaidDueDate: null,
      totalPaid: 30_000,
      chargeOffDue: false,
      chargeOffDate: null,
    });
  });

  it('counts 45 days past a missed instalment, with every unpaid instalment since in arrears', () => {
    const r = loan([pay('2026-02-05T10:00', 10_000)], '2026-04-19T12:00');
    expect(r).toMatchObject({ daysPastDue: 45, bucket: 'DPD_31_60', overdueAmount: 20_000, oldestUnpaidDueDate: '2026-03-05', totalPaid: 10_000 });
    expect(r.chargeOffDate).toBe('2026-07-03');
  });

  it('applies a later payment to the arrears first, so DPD runs from the next unpaid due', () => {
    const r = loan([pay('2026-02-05T10:00', 10_000), pay('2026-04-05T10:00', 10_000)], '2026-04-19T12:00');
    expect(r).toMatchObject({ daysPastDue: 14, bucket: 'DPD_1_30', overdueAmount: 10_000, oldestUnpaidDueDate: '2026-04-05' });
  });

  it('leaves the oldest due unpaid after a partial payment', () => {
    const r = loan([pay('2026-02-05T10:00', 10_000), pay('2026-03-05T10:00', 6_000)], '2026-03-20T12:00');
    expect(r).toMatchObject({ daysPastDue: 15, bucket: 'DPD_1_30', overdueAmount: 4_000, oldestUnpaidDueDate: '2026-03-05', totalPaid: 16_000 });
  });

  it('cures when all arrears are paid', () => {
    const late = [pay('2026-02-05T10:00', 10_000), pay('2026-04-25T10:00', 20_000)];
    expect(loan(late, '2026-04-24T12:00')).toMatchObject({ daysPastDue: 50, overdueAmount: 20_000 });
    expect(loan(late, '2026-04-25T12:00')).toMatchObject({ daysPastDue: 0, bucket: 'CURRENT', overdueAmount: 0, oldestUnpaidDueDate: null, totalPaid: 30_000 });
  });

  it('does not count a due falling today as past due, though it is owed', () => {
    const r = loan([pay('2026-02-05T10:00', 10_000)], '2026-03-05T18:00');
    expect(r).toMatchObject({ daysPastDue: 0, bucket: 'CURRENT', overdueAmount: 10_000, oldestUnpaidDueDate: '2026-03-05', chargeOffDue: false });
    expect(loan([pay('2026-02-05T10:00', 10_000)], '2026-03-06T00:00')).toMatchObject({ daysPastDue: 1, bucket: 'DPD_1_30' });
  });

  it('ignores payments made after asOf', () => {
    expect(loan(onTime, '2026-03-20T12:00')).toMatchObject({ daysPastDue: 0, totalPaid: 20_000 });
    expect(loan([pay('2026-02-05T10:00', 10_000), pay('2026-03-21T10:00', 10_000)], '2026-03-20T12:00')).toMatchObject({ daysPastDue: 15, totalPaid: 10_000 });
  });

  describe('charge-off', () => {
    const single: Due[] = [{ dueDate: '2026-01-05', amount: 5_000 }];
    const of = (kind: LoanKind, asOf: string) => delinquencyOf({ kind, dues: single, payments: [], asOf: ist(asOf) });

    it('is due at 120 days past due for an instalment loan', () => {
      expect(of('INSTALLMENT', '2026-05-04T12:00')).toMatchObject({ daysPastDue: 119, bucket: 'DPD_90_PLUS', chargeOffDue: false, chargeOffDate: '2026-05-05' });
      expect(of('INSTALLMENT', '2026-05-05T12:00')).toMatchObject({ daysPastDue: 120, chargeOffDue: true, chargeOffDate: '2026-05-05' });
    });

    it('is due at 180 days past due for a revolving line', () => {
      expect(of('REVOLVING', '2026-05-05T12:00')).toMatchObject({ daysPastDue: 120, chargeOffDue: false, chargeOffDate: '2026-07-04' });
      expect(of('REVOLVING', '2026-07-03T12:00')).toMatchObject({ daysPastDue: 179, chargeOffDue: false });
      expect(of('REVOLVING', '2026-07-04T12:00')).toMatchObject({ daysPastDue: 180, chargeOffDue: true });
    });
  });

  describe('the Indian day boundary', () => {
    const one: Due[] = [{ dueDate: '2026-03-05', amount: 10_000 }];

    it('counts a payment at 23:00 IST on the due date as on time, though it is 17:30 UTC', () => {
      const payments = [pay('2026-03-05T23:00', 10_000)];
      expect(allocatePayments(one, payments)[0].paidOn).toBe('2026-03-05');
      expect(delinquencyOf({ kind: 'INSTALLMENT', dues: one, payments, asOf: ist('2026-03-06T00:10') })).toMatchObject({ daysPastDue: 0, bucket: 'CURRENT' });
    });

    it('counts a payment at 00:30 IST the next day as late, though it is still the due date in UTC', () => {
      const payments = [pay('2026-03-06T00:30', 10_000)];
      expect(payments[0].paidAt.toISOString()).toBe('2026-03-05T19:00:00.000Z');
      expect(allocatePayments(one, payments)[0].paidOn).toBe('2026-03-06');
      expect(allocatePayments(one, payments, 'UTC')[0].paidOn).toBe('2026-03-05');
      expect(delinquencyOf({ kind: 'INSTALLMENT', dues: one, payments, asOf: ist('2026-03-06T00:10') })).toMatchObject({ daysPastDue: 1, overdueAmount: 10_000 });
      expect(delinquencyOf({ kind: 'INSTALLMENT', dues: one, payments, asOf: ist('2026-03-06T00:40') })).toMatchObject({ daysPastDue: 0, overdueAmount: 0 });
    });
  });
});

describe('bucketOf', () => {
  it('puts days past due in their buckets at the edges', () => {
    const cases: [number, DelinquencyBucket][] = [
      [0, 'CURRENT'],
      [1, 'DPD_1_30'],
      [30, 'DPD_1_30'],
      [31, 'DPD_31_60'],
      [60, 'DPD_31_60'],
      [61, 'DPD_61_90'],
      [90, 'DPD_61_90'],
      [91, 'DPD_90_PLUS'],
      [400, 'DPD_90_PLUS'],
    ];
    for (const [days, bucket] of cases) expect(bucketOf(days), `${days} days`).toBe(bucket);
  });
});

describe('rollRates', () => {
  it('counts loans that rolled forward, stayed, cured or improved, by starting bucket', () => {
    const pairs: { from: DelinquencyBucket; to: DelinquencyBucket }[] = [
      { from: 'CURRENT', to: 'CURRENT' },
      { from: 'CURRENT', to: 'CURRENT' },
      { from: 'CURRENT', to: 'CURRENT' },
      { from: 'CURRENT', to: 'DPD_1_30' },
      { from: 'DPD_1_30', to: 'DPD_31_60' },
      { from: 'DPD_1_30', to: 'DPD_31_60' },
      { from: 'DPD_1_30', to: 'CURRENT' },
      { from: 'DPD_1_30', to: 'DPD_1_30' },
      { from: 'DPD_61_90', to: 'DPD_1_30' },
      { from: 'DPD_61_90', to: 'CURRENT' },
      { from: 'DPD_61_90', to: 'DPD_90_PLUS' },
      { from: 'DPD_61_90', to: 'DPD_90_PLUS' },
    ];
    const rates = rollRates(pairs);
    expect(rates.map((r) => r.from)).toEqual(['CURRENT', 'DPD_1_30', 'DPD_31_60', 'DPD_61_90', 'DPD_90_PLUS']);
    expect(rates[0]).toEqual({ from: 'CURRENT', count: 4, rolledForward: 1, stayed: 3, cured: 0, improved: 0, rollForwardRate: 0.25, stayRate: 0.75, cureRate: 0, improveRate: 0 });
    expect(rates[1]).toMatchObject({ count: 4, rolledForward: 2, stayed: 1, cured: 1, rollForwardRate: 0.5, stayRate: 0.25, cureRate: 0.25 });
    expect(rates[2]).toMatchObject({ count: 0, rolledForward: 0, rollForwardRate: null, stayRate: null, cureRate: null, improveRate: null });
    expect(rates[3]).toMatchObject({ count: 4, rolledForward: 2, stayed: 0, cured: 1, improved: 1, rollForwardRate: 0.5, cureRate: 0.25, improveRate: 0.25 });
  });
});
