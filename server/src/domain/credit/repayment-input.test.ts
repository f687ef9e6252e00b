import { describe, expect, it } from 'vitest';
import { validateRepaymentInput } from './repayment-input.js';

const now = new Date('2026-06-01T12:00:00Z');
const good = { applicationId: 'app', amount: 2500, amountDue: 2500, dueDate: '2026-05-30', paidAt: '2026-05-29T10:00:00Z' };

describe('validateRepaymentInput', () => {
  it('accepts a payment and trims the key', () => {
    const r = validateRepaymentInput({ ...good, statementBalance: 40_000 }, '  pay-1 ', now);
    expect(r).toMatchObject({ ok: true, value: { idempotencyKey: 'pay-1', statementBalance: 40_000 } });
  });

  it.each([
    [{ amount: 0 }, 'amount'],
    [{ amount: -10 }, 'amount'],
    [{ amount: Number.NaN }, 'amount'],
    [{ amountDue: 0 }, 'amountDue'],
    [{ dueDate: '2026-02-30' }, 'dueDate'],
    [{ dueDate: '30/05/2026' }, 'dueDate'],
    [{ paidAt: 'yesterday' }, 'paidAt'],
    [{ paidAt: '2026-06-02T12:00:00Z' }, 'paidAt'],
    [{ statementBalance: 1000 }, 'statementBalance'],
  ])('rejects %o naming %s', (change, field) => {
    expect(validateRepaymentInput({ ...good, ...change }, 'k', now)).toMatchObject({ ok: false, field });
  });

  it('rejects an empty or overlong key', () => {
    expect(validateRepaymentInput(good, '  ', now)).toMatchObject({ ok: false, field: 'idempotencyKey' });
    expect(validateRepaymentInput(good, 'k'.repeat(201), now)).toMatchObject({ ok: false, field: 'idempotencyKey' });
  });
});
