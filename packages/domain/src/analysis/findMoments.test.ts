import { describe, expect, it } from 'vitest';
import { journeyMapSchema } from '../records/JourneyMap.js';
import { findMoments } from './findMoments.js';
import { makeTestMap, phaseByName, touchpointByTitle } from './testMap.js';

// Scores are expectation → experience; gap = experience − expectation.
const map = makeTestMap({
  phases: [
    {
      name: 'Orientation',
      touchpoints: [
        { title: 'Ad', expectation: 7, experience: 9 }, // gap +2 → WOW
        { title: 'Site', expectation: 7, experience: 8 }, // gap +1 → neither
        { title: 'Store', expectation: 5, experience: 5 }, // gap 0 → neither
      ],
    },
    {
      name: 'Purchase',
      touchpoints: [
        // Listed out of order on purpose: `order` puts Checkout first, Delivery last.
        { title: 'Delivery', order: 3, expectation: 1, experience: 10 }, // gap +9 → WOW
        { title: 'Checkout', order: 0, expectation: 8, experience: 7 }, // gap −1 → pain
        { title: 'Call', order: 1, expectation: null, experience: 9 }, // unknown → not judged
        { title: 'Letter', order: 2, expectation: 3, experience: null }, // unknown → not judged
      ],
    },
  ],
});
const id = (title: string) => touchpointByTitle(map, title).id;

describe('findMoments', () => {
  it('findMoments(map) fixture is a valid journey map', () => {
    expect(journeyMapSchema.parse(map)).toEqual(map);
  });

  it('findMoments(map) marks expect 7 get 9 as a WOW moment', () => {
    const ad = findMoments(map).moments.find((m) => m.touchpointId === id('Ad'));
    expect(ad).toEqual({
      touchpointId: id('Ad'),
      phaseId: phaseByName(map, 'Orientation').id,
      kind: 'wow',
      gap: 2,
      expectation: 7,
      experience: 9,
    });
  });

  it('findMoments(map) marks expect 7 get 8 as neither (below the WOW margin)', () => {
    expect(findMoments(map).moments.map((m) => m.touchpointId)).not.toContain(id('Site'));
  });

  it('findMoments(map) marks a touchpoint meeting expectation exactly as neither', () => {
    expect(findMoments(map).moments.map((m) => m.touchpointId)).not.toContain(id('Store'));
  });

  it('findMoments(map) marks expect 8 get 7 as a pain point with gap −1', () => {
    const checkout = findMoments(map).moments.find((m) => m.touchpointId === id('Checkout'));
    expect(checkout?.kind).toBe('pain');
    expect(checkout?.gap).toBe(-1);
    expect(checkout?.phaseId).toBe(phaseByName(map, 'Purchase').id);
  });

  it('findMoments(map) does not judge a touchpoint with a null expectation or experience', () => {
    const result = findMoments(map);
    const judged = result.moments.map((m) => m.touchpointId);
    expect(judged).not.toContain(id('Call'));
    expect(judged).not.toContain(id('Letter'));
    expect(result.unjudgedCount).toBe(2);
    expect(result.judgedCount).toBe(5);
  });

  it('findMoments(map) returns moments in journey order with counts', () => {
    const result = findMoments(map);
    expect(result.moments.map((m) => [m.touchpointId, m.kind, m.gap])).toEqual([
      [id('Ad'), 'wow', 2],
      [id('Checkout'), 'pain', -1],
      [id('Delivery'), 'wow', 9],
    ]);
    expect(result.wowCount).toBe(2);
    expect(result.painCount).toBe(1);
  });

  it('findMoments(map) follows phase order, not the touchpoints array order', () => {
    const reversed = journeyMapSchema.parse({ ...map, touchpoints: [...map.touchpoints].reverse() });
    expect(findMoments(reversed).moments.map((m) => m.touchpointId)).toEqual([
      id('Ad'),
      id('Checkout'),
      id('Delivery'),
    ]);
  });

  it('findMoments(map, { wowMargin: 1 }) also marks expect 7 get 8 as WOW', () => {
    const result = findMoments(map, { wowMargin: 1 });
    expect(result.moments.filter((m) => m.kind === 'wow').map((m) => m.touchpointId)).toEqual([
      id('Ad'),
      id('Site'),
      id('Delivery'),
    ]);
    expect(result.wowCount).toBe(3);
  });

  it('findMoments(map, { wowMargin: 3 }) no longer marks expect 7 get 9 as WOW', () => {
    const result = findMoments(map, { wowMargin: 3 });
    expect(result.moments.filter((m) => m.kind === 'wow').map((m) => m.touchpointId)).toEqual([
      id('Delivery'),
    ]);
  });

  it('findMoments(map, { painMargin: 2 }) no longer marks a gap of −1 as pain', () => {
    const result = findMoments(map, { painMargin: 2 });
    expect(result.painCount).toBe(0);
    expect(result.moments.some((m) => m.kind === 'pain')).toBe(false);
    expect(result.wowCount).toBe(2);
  });

  it('findMoments(map, { wowMargin: 0 }) throws a RangeError so an exact match is never a WOW', () => {
    expect(() => findMoments(map, { wowMargin: 0 })).toThrow(RangeError);
    expect(() => findMoments(map, { painMargin: -1 })).toThrow(RangeError);
    expect(() => findMoments(map, { painMargin: Number.NaN })).toThrow(RangeError);
  });

  it('findMoments(map) of an empty map finds nothing', () => {
    const empty = makeTestMap({ phases: [] });
    expect(findMoments(empty)).toEqual({
      moments: [],
      wowCount: 0,
      painCount: 0,
      judgedCount: 0,
      unjudgedCount: 0,
    });
  });

  it('findMoments(map) of a single touchpoint at the score limits (1 → 10) is a WOW with gap 9', () => {
    const single = makeTestMap({
      phases: [{ name: 'Use', touchpoints: [{ title: 'Only', expectation: 1, experience: 10 }] }],
    });
    const result = findMoments(single);
    expect(result.moments).toHaveLength(1);
    expect(result.moments[0]?.kind).toBe('wow');
    expect(result.moments[0]?.gap).toBe(9);
  });

  it('findMoments(map) marks 10 → 1 as a pain point with gap −9', () => {
    const single = makeTestMap({
      phases: [{ name: 'Use', touchpoints: [{ title: 'Only', expectation: 10, experience: 1 }] }],
    });
    expect(findMoments(single).moments.map((m) => [m.kind, m.gap])).toEqual([['pain', -9]]);
  });
});
