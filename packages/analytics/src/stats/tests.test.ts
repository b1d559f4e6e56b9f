import { describe, expect, test } from 'vitest';
import { benjaminiHochberg } from './benjaminiHochberg.js';
import { mannWhitneyU, mannWhitneyUFromCounts } from './mannWhitneyU.js';
import { summarizeSample } from './summarizeSample.js';
import { welchTTest } from './welchTTest.js';

describe('welchTTest', () => {
  // Wikipedia, "Welch's t-test", Examples (example 1): t = −2.46, ν ≈ 25.0, p = 0.021.
  const a1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
  const a2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
  test('welchTTest(A1, A2) reproduces the worked example', () => {
    const result = welchTTest(summarizeSample(a1), summarizeSample(a2));
    expect(result.statistic).toBeCloseTo(-2.4554, 4);
    expect(result.degreesOfFreedom).toBeCloseTo(24.9885, 3);
    expect(result.pValue).toBeCloseTo(0.02138, 4);
    expect(result.low).toBeLessThan(result.difference);
    expect(result.high).toBeLessThan(0);
  });
});

describe('mannWhitneyU', () => {
  test('mannWhitneyU with ties, worked by hand', () => {
    // A = 3 4 2 6 2 5, B = 9 7 5 10 6 8. Mid-ranks: 2,2 → 1.5; 3 → 3; 4 → 4; 5,5 → 5.5; 6,6 → 7.5; 7…10 → 9…12.
    // R_A = 1.5 + 1.5 + 3 + 4 + 5.5 + 7.5 = 23; U_A = 23 − 6·7/2 = 2; U_B = 36 − 2 = 34; mean 18.
    // Ties: three pairs, Σ(t³ − t) = 18; var = 36/12·(13 − 18/132) = 38.59091; σ = 6.21216.
    // z = −(16 − 0.5)/6.21216 = −2.49511; p = 2·Φ(−2.49511) = 0.012592.
    const result = mannWhitneyU([3, 4, 2, 6, 2, 5], [9, 7, 5, 10, 6, 8]);
    expect(result.uA).toBe(2);
    expect(result.uB).toBe(34);
    expect(result.statistic).toBeCloseTo(-2.49511, 4);
    expect(result.pValue).toBeCloseTo(0.012592, 5);
    expect(result.exact).toBe(false); // ties: normal approximation
    expect(result.probabilityAGreater).toBeCloseTo(2 / 36, 12);
  });

  test('mannWhitneyU is exact for small samples without ties', () => {
    // A = 1 2, B = 3 4 5: U_A = 0; of the C(5, 2) = 10 equally likely rank sets only {1, 2} gives U = 0,
    // so P(U ≤ 0) = 1/10 and the two-sided p = 0.2.
    const result = mannWhitneyU([1, 2], [3, 4, 5]);
    expect([result.uA, result.exact]).toEqual([0, true]);
    expect(result.pValue).toBeCloseTo(0.2, 12);
    // A = 1 3, B = 2 4 5: U_A = 1 (3 > 2); U ≤ 1 for {1,2} and {1,3}: p = 2·2/10 = 0.4.
    expect(mannWhitneyU([1, 3], [2, 4, 5]).pValue).toBeCloseTo(0.4, 12);
    // Swapping the samples gives the same p.
    expect(mannWhitneyU([3, 4, 5], [1, 2]).pValue).toBeCloseTo(0.2, 12);
    // 12 vs 15 values: U_A = 69, exact p = 0.3228571 (scipy.stats.mannwhitneyu(method='exact')).
    const a = [
      0.3456, 0.8216, 0.3304, -1.3032, 0.9054, 0.4464, -0.537, 0.5811, 0.3646, 0.2941, 0.0284, 0.5467,
    ];
    const b = [
      0.0635, 0.6371, 0.3179, 1.3988, 0.8397, 0.5075, 0.0181, 0.5428, 0.8081, 0.5244, 2.0941, 1.8067, -1.9112,
      -1.089, 0.6252,
    ];
    const larger = mannWhitneyU(a, b);
    expect([larger.uA, larger.exact]).toEqual([69, true]);
    expect(larger.pValue).toBeCloseTo(0.3228571, 6);
  });

  test('mannWhitneyUFromCounts equals the value version', () => {
    const counts = [
      { value: 2, countA: 2, countB: 0 },
      { value: 3, countA: 1, countB: 0 },
      { value: 4, countA: 1, countB: 0 },
      { value: 5, countA: 1, countB: 1 },
      { value: 6, countA: 1, countB: 1 },
      { value: 7, countA: 0, countB: 1 },
      { value: 8, countA: 0, countB: 1 },
      { value: 9, countA: 0, countB: 1 },
      { value: 10, countA: 0, countB: 1 },
    ];
    expect(mannWhitneyUFromCounts(counts)).toEqual(mannWhitneyU([3, 4, 2, 6, 2, 5], [9, 7, 5, 10, 6, 8]));
  });
});

describe('benjaminiHochberg', () => {
  test('benjaminiHochberg reproduces Benjamini & Hochberg (1995), section 4 example', () => {
    // The 15 p-values of the paper's example; at q = 0.05 the step-up procedure rejects the first four.
    const p = [
      0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528,
      0.759, 1,
    ];
    const q = benjaminiHochberg(p);
    // By hand: q_(15) = 1; q_(9) = 15·0.0459/9 = 0.0765; q_(8) = 15·0.0344/8 = 0.0645;
    // q_(7) = 15·0.0298/7 = 0.063857 = q_(6) (min with 15·0.0278/6 = 0.0695); q_(4) = 15·0.0095/4 = 0.035625.
    const expected = [
      0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.0638571, 0.0638571, 0.0645, 0.0765, 0.486, 0.5811818,
      0.714875, 0.7532308, 0.8132143, 1,
    ];
    q.forEach((value, i) => expect(value).toBeCloseTo(expected[i] ?? Number.NaN, 6));
    expect(q.filter((value) => value <= 0.05)).toHaveLength(4);
  });

  test('benjaminiHochberg keeps the input order, skips NaN and stays monotone', () => {
    const q = benjaminiHochberg([0.04, Number.NaN, 0.01, 0.03]);
    expect(q[1]).toBeNaN();
    expect(q[0]).toBeCloseTo(0.04, 12);
    expect(q[2]).toBeCloseTo(0.03, 12);
    expect(q[3]).toBeCloseTo(0.04, 12);
  });
});
