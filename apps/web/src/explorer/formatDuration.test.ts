import { describe, expect, it } from 'vitest';
import { formatDuration } from './formatDuration.js';

describe('formatDuration', () => {
  it.each([
    [0, 'en', '0 s'],
    [0.25, 'en', '250 ms'],
    [45, 'en', '45 s'],
    [125, 'en', '2 min 5 s'],
    [3600, 'en', '1 h'],
    [3 * 86_400 + 4 * 3600 + 59, 'en', '3 d 4 h'],
    [3 * 86_400 + 59, 'en', '3 d'],
    [7200 + 60, 'nl', '2 u 1 min'],
    [-90, 'en', '−1 min 30 s'],
  ])('formatDuration(%s, %s) is %s', (seconds, language, text) => {
    expect(formatDuration(seconds, language)).toBe(text);
  });
});
