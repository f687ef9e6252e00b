import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isDate, localDate, localTime } from './calendar.js';

describe('recovery calendar', () => {
  it('reads the local date and hour in India, 5:30 ahead of UTC', () => {
    const at = new Date('2026-03-31T20:00:00Z');
    expect(localDate(at)).toBe('2026-04-01');
    expect(localTime(at)).toEqual({ hour: 1, minute: 30 });
    expect(localDate(at, 'UTC')).toBe('2026-03-31');
  });

  it('adds days and months across month ends and leap years', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });

  it('tells real dates from malformed or impossible ones', () => {
    expect(isDate('2026-02-28')).toBe(true);
    expect(isDate('2026-02-30')).toBe(false);
    expect(isDate('26-02-01')).toBe(false);
    expect(() => addDays('2026-13-01', 1)).toThrow(/not a YYYY-MM-DD/);
  });
});
