import { describe, expect, test } from 'vitest';
import { describeDuration, parseDuration } from './parseDuration.js';

describe('parseDuration', () => {
  test('parseDuration(text) reads seconds, minutes, hours, days and weeks, and refuses the rest', () => {
    expect(parseDuration('1800')).toBe(1800);
    expect(parseDuration('90s')).toBe(90);
    expect(parseDuration('30m')).toBe(1800);
    expect(parseDuration('1.5h')).toBe(5400);
    expect(parseDuration('30d')).toBe(2_592_000);
    expect(parseDuration('2W')).toBe(1_209_600);
    for (const bad of ['', 'soon', '0', '-5m', '5 minutes', '1e3'])
      expect(parseDuration(bad), bad).toBeNull();
  });

  test('describeDuration(seconds) names the largest whole unit', () => {
    expect(describeDuration(1800)).toBe('30 minutes');
    expect(describeDuration(2_592_000)).toBe('30 days');
    expect(describeDuration(1_209_600)).toBe('2 weeks');
    expect(describeDuration(3600)).toBe('1 hour');
    expect(describeDuration(5400)).toBe('90 minutes');
    expect(describeDuration(61)).toBe('61 seconds');
  });
});
