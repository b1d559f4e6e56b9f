import { describe, expect, test } from 'vitest';
import { isSmallSample, MIN_SAMPLE } from './minSample.js';
import { twoProportionZTest } from './twoProportionZTest.js';
import { wilsonInterval } from './wilsonInterval.js';

// Newcombe R.G. (1998) "Two-sided confidence intervals for the single proportion: comparison of seven
// methods", Stat Med 17:857–872, Table II, method 3 (Wilson score without continuity correction).
describe('wilsonInterval', () => {
  test.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('wilsonInterval(%i, %i) = [%f, %f] (Newcombe 1998)', (x, n, low, high) => {
    const result = wilsonInterval(x, n);
    expect(result.estimate).toBeCloseTo(x / n, 12);
    expect(result.low).toBeCloseTo(low, 4);
    expect(result.high).toBeCloseTo(high, 4);
  });

  test('wilsonInterval flags samples below MIN_SAMPLE and handles n = 0', () => {
    expect(MIN_SAMPLE).toBe(30);
    expect(wilsonInterval(1, 29).smallSample).toBe(true);
    expect(wilsonInterval(1, 30).smallSample).toBe(false);
    expect(isSmallSample(29)).toBe(true);
    expect(wilsonInterval(0, 0)).toEqual({ estimate: 0, low: 0, high: 1, n: 0, smallSample: true });
  });
});

// Newcombe R.G. (1998) "Interval estimation for the difference between independent proportions:
// comparison of eleven methods", Stat Med 17:873–890, Table II, method 10 (hybrid score).
describe('twoProportionZTest', () => {
  test.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
  ])('twoProportionZTest(%i/%i vs %i/%i) has the Newcombe interval [%f, %f]', (x1, n1, x2, n2, low, high) => {
    const result = twoProportionZTest({ successes: x1, n: n1 }, { successes: x2, n: n2 });
    expect(result.difference).toBeCloseTo(x1 / n1 - x2 / n2, 12);
    expect(result.low).toBeCloseTo(low, 4);
    expect(result.high).toBeCloseTo(high, 4);
  });

  test('twoProportionZTest pools the proportions for z (worked by hand)', () => {
    // 56/70 = 0.8 vs 48/80 = 0.6; pooled p = 104/150 = 0.693333;
    // SE = √(0.693333 · 0.306667 · (1/70 + 1/80)) = √(0.212622 · 0.0267857) = 0.0754668;
    // z = 0.2 / 0.0754668 = 2.65017; two-sided p = 2·(1 − Φ(2.65017)) = 0.008045.
    const result = twoProportionZTest({ successes: 56, n: 70 }, { successes: 48, n: 80 });
    expect(result.statistic).toBeCloseTo(2.65017, 4);
    expect(result.pValue).toBeCloseTo(0.008045, 5);
  });

  test('twoProportionZTest of equal proportions gives z = 0, p = 1', () => {
    const result = twoProportionZTest({ successes: 30, n: 100 }, { successes: 60, n: 200 });
    expect(result.statistic).toBe(0);
    expect(result.pValue).toBe(1);
  });
});
