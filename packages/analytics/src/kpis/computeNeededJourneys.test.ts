import { describe, expect, test } from 'vitest';
import { computeNeededJourneys } from './computeNeededJourneys.js';
import { decideKpiVerdict } from './decideKpiVerdict.js';
import { medianWithInterval } from './medianWithInterval.js';

// K = (z₀.₉₇₅ + z₀.₈)² = (1.959964 + 0.841621)² = 7.848880.
describe('computeNeededJourneys', () => {
  test('shares: 30 % → 15 % needs K·(0.3·0.7 + 0.15·0.85)/0.15² = 117.7 → 118 per period', () => {
    const sample = { kind: 'proportion', successes: 30, n: 100 } as const;
    expect(computeNeededJourneys(sample, sample, 0.15, -1)).toBe(118);
    // Up is good: 30 % → 45 %: K·(0.21 + 0.2475)/0.0225 = 159.6 → 160.
    expect(computeNeededJourneys(sample, sample, 0.15, 1)).toBe(160);
  });

  test("means: Cohen's medium effect (d = 0.5) needs 2K/0.25 = 62.8 → 63 per group", () => {
    const sample = { kind: 'mean', summary: { n: 50, mean: 3, standardDeviation: 1 } } as const;
    expect(computeNeededJourneys(sample, sample, 0.5, 1)).toBe(63);
  });

  test('NPS: half promoters, half detractors (v = 1) and 10 points need 2K·100²/10² = 1,569.8 → 1,570', () => {
    const sample = { kind: 'nps', counts: { promoters: 50, passives: 0, detractors: 50 } } as const;
    expect(computeNeededJourneys(sample, sample, 10, 1)).toBe(1570);
  });

  test('no effect, no baseline or no spread: null', () => {
    const empty = { kind: 'proportion', successes: 0, n: 0 } as const;
    expect(computeNeededJourneys(empty, empty, 0.05, 1)).toBeNull();
    const flat = { kind: 'mean', summary: { n: 10, mean: 3, standardDeviation: 0 } } as const;
    expect(computeNeededJourneys(flat, flat, 0.2, 1)).toBeNull();
    expect(computeNeededJourneys(flat, flat, 0, 1)).toBeNull();
  });
});

describe('decideKpiVerdict', () => {
  const base = { shift: 1 as const, direction: 1 as const, n: 100, needed: 50 };
  test('significant after BH: by the good direction', () => {
    expect(decideKpiVerdict({ ...base, adjustedPValue: 0.05 })).toBe('improved');
    expect(decideKpiVerdict({ ...base, adjustedPValue: 0.01, direction: -1 })).toBe('worsened');
  });
  test('not significant: no-change with enough journeys, else too-few (30 when the power is unknown)', () => {
    expect(decideKpiVerdict({ ...base, adjustedPValue: 0.06 })).toBe('no-change');
    expect(decideKpiVerdict({ ...base, adjustedPValue: 0.06, n: 49 })).toBe('too-few');
    expect(decideKpiVerdict({ ...base, adjustedPValue: 0.5, needed: null, n: 30 })).toBe('no-change');
    expect(decideKpiVerdict({ ...base, adjustedPValue: 0.5, needed: null, n: 29 })).toBe('too-few');
    expect(decideKpiVerdict({ ...base, adjustedPValue: null })).toBe('too-few');
  });
});

describe('medianWithInterval', () => {
  test('the median of counted values and the order statistics around it', () => {
    // 1..11 once each: median 6; ranks ⌊5.5 − 1.96·√11/2⌋ = ⌊2.25⌋ = 2 and ⌈1 + 5.5 + 3.25⌉ = 10.
    const values = Array.from({ length: 11 }, (_, i) => ({ value: i + 1, count: 1 }));
    expect(medianWithInterval(values)).toEqual({ value: 6, low: 2, high: 10, n: 11 });
    // 5 × 10 s and 1 × 100 s: n = 6, the median is the mean of ranks 3 and 4 = 10.
    expect(
      medianWithInterval([
        { value: 100, count: 1 },
        { value: 10, count: 5 },
      ]).value,
    ).toBe(10);
    expect(medianWithInterval([])).toEqual({ value: null, low: null, high: null, n: 0 });
  });
});
