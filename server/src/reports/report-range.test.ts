import { describe, expect, it } from 'vitest';
import { localDateTime, MAX_RANGE_DAYS, parseReportDates, startOfDay } from './report-range.js';

const parse = (q: string) => parseReportDates(new URLSearchParams(q));

describe('parseReportDates', () => {
  it('takes whole days in the lender\'s calendar, both included', () => {
    expect(parse('from=2025-06-01&to=2025-06-30')).toEqual({
      from: '2025-06-01',
      to: '2025-06-30',
      timeZone: 'Asia/Kolkata',
      start: new Date('2025-05-31T18:30:00Z'),
      end: new Date('2025-06-30T18:30:00Z'),
    });
    const one = parse('from=2025-06-01&to=2025-06-01&tz=UTC');
    expect(one).toMatchObject({ start: new Date('2025-06-01T00:00:00Z'), end: new Date('2025-06-02T00:00:00Z') });
  });

  it('names the parameter at fault', () => {
    expect(parse('to=2025-06-30')).toMatchObject({ parameter: 'from', message: expect.stringMatching(/^from: required/) });
    expect(parse('from=2025-06-01')).toMatchObject({ parameter: 'to' });
    expect(parse('from=2025-6-1&to=2025-06-30')).toMatchObject({ parameter: 'from', message: expect.stringMatching(/not a date YYYY-MM-DD/) });
    expect(parse('from=2025-02-30&to=2025-03-30')).toMatchObject({ parameter: 'from' });
    expect(parse('from=2025-06-01&to=yesterday')).toMatchObject({ parameter: 'to' });
    expect(parse('from=2025-06-01&from=2025-06-02&to=2025-06-30')).toMatchObject({ parameter: 'from', message: expect.stringMatching(/given 2 times/) });
    expect(parse('from=2025-06-30&to=2025-06-01')).toMatchObject({ parameter: 'to', message: expect.stringMatching(/before from/) });
    expect(parse('from=2025-06-01&to=2025-06-30&tz=Mars/Olympus')).toMatchObject({ parameter: 'tz' });
  });

  it(`allows at most ${MAX_RANGE_DAYS} days`, () => {
    expect(parse('from=2024-01-01&to=2024-12-31')).toMatchObject({ from: '2024-01-01' }); // 366 days (a leap year)
    expect(parse('from=2024-01-01&to=2025-01-01')).toMatchObject({ parameter: 'to', message: expect.stringMatching(/367 days; at most 366/) });
  });
});

describe('local days', () => {
  it('begin at local midnight, across clock changes', () => {
    expect(startOfDay('2025-03-09', 'America/New_York').toISOString()).toBe('2025-03-09T05:00:00.000Z'); // EST
    expect(startOfDay('2025-03-10', 'America/New_York').toISOString()).toBe('2025-03-10T04:00:00.000Z'); // EDT
    expect(startOfDay('2025-10-26', 'Europe/London').toISOString()).toBe('2025-10-25T23:00:00.000Z');
    expect(startOfDay('2025-10-27', 'Europe/London').toISOString()).toBe('2025-10-27T00:00:00.000Z');
    // Chile moves its clocks at midnight: 2024-09-08 begins at 01:00 local (04:00 UTC).
    expect(startOfDay('2024-09-08', 'America/Santiago').toISOString()).toBe('2024-09-08T04:00:00.000Z');
  });

  it('print on the local clock', () => {
    expect(localDateTime(Date.parse('2025-05-31T18:30:00Z'), 'Asia/Kolkata')).toBe('2025-06-01 00:00');
    expect(localDateTime(Date.parse('2025-06-01T05:29:59.900Z'), 'Asia/Kolkata')).toBe('2025-06-01 10:59');
  });
});
