import { describe, expect, it } from 'vitest';
import { formatInr, formatPercent, formatRatio } from './format.js';

describe('format', () => {
  it('writes rupees with Indian digit grouping', () => {
    expect(formatInr(600_000)).toBe('₹6,00,000');
    expect(formatInr(12_345_678.4)).toBe('₹1,23,45,678');
    expect(formatInr(0)).toBe('₹0');
  });
  it('writes percentages and ratios', () => {
    expect(formatPercent(0.639)).toBe('64%');
    expect(formatPercent(0.001)).toBe('<1%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatRatio(2.46)).toBe('2.4×');
    expect(formatRatio(1)).toBe('1.0×');
    expect(formatRatio(12.6)).toBe('13×');
  });
});
