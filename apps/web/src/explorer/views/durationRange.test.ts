import { describe, expect, it } from 'vitest';
import { binAt, durationsOfRange, filterOfRange, orderRange, type HistogramBin } from './durationRange.js';

const HISTOGRAM: HistogramBin[] = [
  { fromSeconds: 0.4, toSeconds: 3600.2, cases: 10 },
  { fromSeconds: 3600.2, toSeconds: 7200.4, cases: 5 },
  { fromSeconds: 7200.4, toSeconds: 10800.6, cases: 0 },
  { fromSeconds: 10800.6, toSeconds: 14400.8, cases: 2 },
];

describe('histogram range → duration filter', () => {
  it('durationsOfRange covers the first bar to the last, in whole seconds that lose no case, with its cases', () => {
    expect(durationsOfRange(HISTOGRAM, { from: 1, to: 3 })).toEqual({
      minSeconds: 3600,
      maxSeconds: 14401,
      cases: 7,
    });
    // dragged right to left: the same range
    expect(durationsOfRange(HISTOGRAM, { from: 3, to: 1 })).toEqual(
      durationsOfRange(HISTOGRAM, { from: 1, to: 3 }),
    );
    expect(durationsOfRange(HISTOGRAM, { from: 0, to: 0 })).toEqual({
      minSeconds: 0,
      maxSeconds: 3601,
      cases: 10,
    });
    expect(durationsOfRange([], { from: 0, to: 0 })).toBeNull();
  });

  it('filterOfRange adds the range as a case duration to the filter, inside a duration it already has', () => {
    expect(filterOfRange({ contains: ['A'] }, HISTOGRAM, { from: 0, to: 1 })).toEqual({
      contains: ['A'],
      caseDuration: { minSeconds: 0, maxSeconds: 7201 },
    });
    expect(
      filterOfRange({ caseDuration: { minSeconds: 1, maxSeconds: 7200.4 } }, HISTOGRAM, { from: 0, to: 1 }),
    ).toEqual({ caseDuration: { minSeconds: 1, maxSeconds: 7200.4 } });
  });

  it('orderRange and binAt keep to the bars there are', () => {
    expect(orderRange({ from: 7, to: -2 }, 4)).toEqual({ from: 0, to: 3 });
    expect(binAt(0, 400, 4)).toBe(0);
    expect(binAt(99, 400, 4)).toBe(0);
    expect(binAt(100, 400, 4)).toBe(1);
    expect(binAt(399, 400, 4)).toBe(3);
    expect(binAt(500, 400, 4)).toBe(3);
    expect(binAt(-5, 400, 4)).toBe(0);
  });
});
