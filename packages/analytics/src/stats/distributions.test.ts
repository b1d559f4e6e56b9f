import { describe, expect, test } from 'vitest';
import { normalCdf } from './normalCdf.js';
import { normalQuantile } from './normalQuantile.js';
import { studentTCdf } from './studentTCdf.js';
import { studentTQuantile } from './studentTQuantile.js';

// Table values: Abramowitz & Stegun (1964) Table 26.1 (normal) and 26.10 (Student's t); the closed forms
// for 1 and 2 degrees of freedom are textbook (Cauchy: ½ + atan(t)/π; df 2: ½ + t/(2√(t² + 2))).
describe('normal distribution', () => {
  test('normalCdf(z) matches the normal table', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 12);
    expect(normalCdf(-3)).toBeCloseTo(0.0013498980316301, 14);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 12);
    expect(normalCdf(-8)).toBeCloseTo(6.22096057427e-16, 25);
  });

  test('normalQuantile(p) inverts normalCdf', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 10);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 10);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    for (const p of [1e-10, 0.01, 0.3, 0.9, 0.999999])
      expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12);
  });
});

describe("Student's t distribution", () => {
  test('studentTCdf(t, df) matches the closed forms and the t table', () => {
    expect(studentTCdf(1, 1)).toBeCloseTo(0.75, 12);
    expect(studentTCdf(2, 2)).toBeCloseTo(0.5 + 2 / (2 * Math.sqrt(6)), 12);
    expect(studentTCdf(2.228, 10)).toBeCloseTo(0.975, 4); // t(0.975, 10) = 2.228
    expect(studentTCdf(-2.228, 10)).toBeCloseTo(0.025, 4);
    expect(studentTCdf(1.96, 1e7)).toBeCloseTo(0.9750020909873, 9); // scipy.stats.t.cdf(1.96, 1e7)
    expect(studentTCdf(1.96, 1e9)).toBeCloseTo(normalCdf(1.96), 9);
  });

  test('studentTQuantile(p, df) gives the table critical values', () => {
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228138851986274, 9);
    expect(studentTQuantile(0.975, 7)).toBeCloseTo(2.364624251592785, 9);
    expect(studentTQuantile(0.995, 30)).toBeCloseTo(2.75, 2);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228138851986274, 9);
  });
});
