import { describe, expect, test } from 'vitest';
import { compareNps } from './compareNps.js';
import { meanWithInterval } from './meanWithInterval.js';
import { countNps, npsVariance, npsWithInterval } from './npsWithInterval.js';
import { summarizeSample } from './summarizeSample.js';
import { isTopBox, TOP_BOX_MIN_SCORE, topBoxShare } from './topBoxShare.js';

describe('npsWithInterval', () => {
  test('npsWithInterval(50 P, 30 passives, 20 D) worked by hand', () => {
    // NPS = 100·(0.5 − 0.2) = 30; var = [(0.5 + 0.2) − 0.3²]/100 = 0.0061; SE = 7.8102 points;
    // 95 % interval 30 ± 1.959964·7.8102 = [14.692, 45.308].
    const result = npsWithInterval({ promoters: 50, passives: 30, detractors: 20 });
    expect(result.estimate).toBeCloseTo(30, 12);
    expect(npsVariance(0.5, 0.2, 100)).toBeCloseTo(0.0061, 12);
    expect(result.standardError).toBeCloseTo(7.8102, 4);
    expect(result.low).toBeCloseTo(14.692, 3);
    expect(result.high).toBeCloseTo(45.308, 3);
    expect(result.n).toBe(100);
    expect(result.smallSample).toBe(false);
  });

  test('countNps groups 0–6, 7–8, 9–10', () => {
    expect(countNps([0, 6, 7, 8, 9, 10, 10])).toEqual({ promoters: 3, passives: 2, detractors: 2 });
  });

  test('compareNps adds the two variances (worked by hand)', () => {
    // A: 50/30/20 of 100 → NPS 30, var 0.0061. B: 30/30/40 of 100 → NPS −10, var = (0.7 − 0.01)/100 = 0.0069.
    // diff = 40 points; SE = 100·√0.013 = 11.4018; z = 3.5082; p = 0.000451; interval 40 ± 22.347.
    const result = compareNps(
      { promoters: 50, passives: 30, detractors: 20 },
      { promoters: 30, passives: 30, detractors: 40 },
    );
    expect(result.difference).toBeCloseTo(40, 10);
    expect(result.statistic).toBeCloseTo(3.5082, 4);
    expect(result.pValue).toBeCloseTo(0.000451, 5);
    expect(result.low).toBeCloseTo(17.653, 3);
    expect(result.high).toBeCloseTo(62.347, 3);
  });
});

describe('meanWithInterval', () => {
  test('meanWithInterval([2,4,4,4,5,5,7,9]) uses t with 7 df (worked by hand)', () => {
    // mean 5, s = √(32/7) = 2.13809, t(0.975, 7) = 2.364624, half-width = 2.364624·2.13809/√8 = 1.78749.
    const sample = summarizeSample([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(sample.mean).toBe(5);
    expect(sample.standardDeviation).toBeCloseTo(Math.sqrt(32 / 7), 12);
    const result = meanWithInterval(sample);
    expect(result.low).toBeCloseTo(3.21251, 4);
    expect(result.high).toBeCloseTo(6.78749, 4);
    expect(result.smallSample).toBe(true);
  });
});

describe('topBoxShare', () => {
  test('top box is CSAT 4–5 and CES 5–7', () => {
    expect(TOP_BOX_MIN_SCORE).toEqual({ csat: 4, ces: 5 });
    expect([1, 2, 3, 4, 5].filter((s) => isTopBox('csat', s))).toEqual([4, 5]);
    expect([1, 2, 3, 4, 5, 6, 7].filter((s) => isTopBox('ces', s))).toEqual([5, 6, 7]);
  });

  test('topBoxShare has the Wilson interval (Newcombe 1998: 81/263 → [0.2553, 0.3662])', () => {
    const result = topBoxShare(81, 263);
    expect(result.low).toBeCloseTo(0.2553, 4);
    expect(result.high).toBeCloseTo(0.3662, 4);
  });
});
