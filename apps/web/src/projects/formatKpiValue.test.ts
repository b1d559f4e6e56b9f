import { describe, expect, it } from 'vitest';
import { formatKpiValue, formatPComparison, formatPValue } from './formatKpiValue.js';

describe('formatKpiValue', () => {
  it('shows shares as percentages and their change in percentage points', () => {
    expect(formatKpiValue('repeatContactShare', 0.299, 'en-GB', 'en')).toBe('29.9 %');
    expect(formatKpiValue('repeatContactShare', -0.134, 'en-GB', 'en', true)).toBe('-13.4 pp');
    expect(formatKpiValue('reachShare', 0.5, 'nl-NL', 'nl')).toBe('50,0 %');
  });
  it('shows NPS in points, scores with two decimals, times as durations, and nothing as a dash', () => {
    expect(formatKpiValue('nps', 12.4, 'en-GB', 'en', true)).toBe('+12');
    expect(formatKpiValue('csat', 4.1, 'nl-NL', 'nl')).toBe('4,10');
    expect(formatKpiValue('medianSecondsBetween', 3_660, 'en-GB', 'en')).toBe('1 h 1 min');
    expect(formatKpiValue('nps', null, 'en-GB', 'en')).toBe('—');
  });
});

describe('formatPValue', () => {
  it('gives three decimals, or less than 0.001', () => {
    expect(formatPValue(0.2123, 'en-GB')).toBe('0.212');
    expect(formatPValue(8.5e-7, 'en-GB')).toBe('< 0.001');
    expect(formatPValue(8.5e-7, 'nl-NL')).toBe('< 0,001');
    expect(formatPValue(null, 'en-GB')).toBe('—');
  });
});

describe('formatPComparison', () => {
  it('writes what follows "p"', () => {
    expect(formatPComparison(0.2123, 'en-GB')).toBe('= 0.212');
    expect(formatPComparison(2.8e-7, 'en-GB')).toBe('< 0.001');
    expect(formatPComparison(null, 'en-GB')).toBe('—');
  });
});
