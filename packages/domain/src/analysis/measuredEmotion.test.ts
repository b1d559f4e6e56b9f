import { describe, expect, it } from 'vitest';
import {
  MEASURED_MIN_SAMPLE,
  measureEmotionCurve,
  measuredExperienceOf,
  toMeasuredEmotion,
} from './measuredEmotion.js';
import { makeTestMap, touchpointByTitle } from './testMap.js';

const s = (value: number, n = 100) => ({ value, n });
const none = { nps: null, csat: null, ces: null };

describe('toMeasuredEmotion', () => {
  it('NPS v → 3·v/100, one decimal', () => {
    expect(toMeasuredEmotion({ ...none, nps: s(40) })).toEqual({
      emotion: 1.2,
      source: 'nps',
      value: 40,
      n: 100,
    });
    expect(toMeasuredEmotion({ ...none, nps: s(-100) })?.emotion).toBe(-3);
    expect(toMeasuredEmotion({ ...none, nps: s(100) })?.emotion).toBe(3);
    expect(toMeasuredEmotion({ ...none, nps: s(-17) })?.emotion).toBe(-0.5); // −0.51
    expect(toMeasuredEmotion({ ...none, nps: s(1) })?.emotion).toBe(0); // 0.03, not −0
    expect(Object.is(toMeasuredEmotion({ ...none, nps: s(-1) })?.emotion, 0)).toBe(true);
  });

  it('CSAT mean m (1–5) → (m − 3)·1.5 when there is no NPS on enough answers', () => {
    expect(toMeasuredEmotion({ ...none, csat: s(4.2) })).toEqual({
      emotion: 1.8,
      source: 'csat',
      value: 4.2,
      n: 100,
    });
    expect(toMeasuredEmotion({ ...none, csat: s(1) })?.emotion).toBe(-3);
    expect(toMeasuredEmotion({ ...none, csat: s(5) })?.emotion).toBe(3);
    expect(toMeasuredEmotion({ nps: s(50, 29), csat: s(2), ces: s(7) })?.source).toBe('csat');
  });

  it('CES mean c (1–7, 7 = very easy) → c − 4 when neither NPS nor CSAT rests on enough answers', () => {
    expect(toMeasuredEmotion({ ...none, ces: s(5.46) })).toEqual({
      emotion: 1.5,
      source: 'ces',
      value: 5.46,
      n: 100,
    });
    expect(toMeasuredEmotion({ ...none, ces: s(1) })?.emotion).toBe(-3);
    expect(toMeasuredEmotion({ ...none, ces: s(7) })?.emotion).toBe(3);
    expect(toMeasuredEmotion({ nps: s(50, 10), csat: s(4, 10), ces: s(2.5) })?.emotion).toBe(-1.5);
  });

  it(`only scores with n ≥ ${MEASURED_MIN_SAMPLE}: fewer answers give no measured emotion`, () => {
    expect(toMeasuredEmotion({ nps: s(50, 29), csat: s(4, 29), ces: s(6, 29) })).toBeNull();
    expect(toMeasuredEmotion({ ...none, nps: s(50, 30) })?.emotion).toBe(1.5);
    expect(toMeasuredEmotion(none)).toBeNull();
    expect(toMeasuredEmotion({ ...none, nps: s(50, 10) }, 5)?.emotion).toBe(1.5);
  });
});

describe('measuredExperienceOf', () => {
  it('puts −3..+3 on the card’s 1–10 scale: −3 → 1, 0 → 5.5, +3 → 10', () => {
    expect(measuredExperienceOf(-3)).toBe(1);
    expect(measuredExperienceOf(0)).toBe(5.5);
    expect(measuredExperienceOf(3)).toBe(10);
    expect(measuredExperienceOf(1.2)).toBe(7.3);
  });
});

describe('measureEmotionCurve', () => {
  const map = makeTestMap({
    phases: [
      {
        name: 'Orientation',
        touchpoints: [
          { title: 'Ad', expectation: 5 }, // NPS 60 → +1.8 → experience 8.2, gap +3.2 → WOW from data
          { title: 'Site', expectation: 7 }, // NPS 20 → +0.6 → 6.4, gap −0.6 → neither
          { title: 'Store', expectation: 8 }, // only 12 answers → no point
        ],
      },
      {
        name: 'Purchase',
        touchpoints: [
          { title: 'Delivery', order: 1, expectation: 7 }, // CSAT 2.6 → −0.6 → 4.6, gap −2.4 → pain from data
          { title: 'Checkout', order: 0, expectation: null }, // CES 6 → +2, not judged
        ],
      },
    ],
  });
  const id = (title: string) => touchpointByTitle(map, title).id;
  const curve = measureEmotionCurve(map, [
    { touchpointId: id('Ad'), ...none, nps: s(60, 120) },
    { touchpointId: id('Site'), ...none, nps: s(20, 30) },
    { touchpointId: id('Store'), ...none, nps: s(90, 12) },
    { touchpointId: id('Delivery'), ...none, csat: s(2.6, 45) },
    { touchpointId: id('Checkout'), ...none, ces: s(6, 31) },
    { touchpointId: 'not-on-this-map', ...none, nps: s(10) },
  ]);

  it('gives a point per touchpoint with enough answers, in journey order', () => {
    expect(curve.points.map((p) => [p.touchpointId, p.index, p.emotion, p.source, p.n])).toEqual([
      [id('Ad'), 0, 1.8, 'nps', 120],
      [id('Site'), 1, 0.6, 'nps', 30],
      [id('Checkout'), 3, 2, 'ces', 31],
      [id('Delivery'), 4, -0.6, 'csat', 45],
    ]);
  });

  it('marks WOW and pain from data: designed expectation vs measured experience', () => {
    expect(curve.moments).toEqual([
      expect.objectContaining({
        touchpointId: id('Ad'),
        kind: 'wow',
        expectation: 5,
        measuredExperience: 8.2,
        gap: 3.2,
      }),
      expect.objectContaining({
        touchpointId: id('Delivery'),
        kind: 'pain',
        expectation: 7,
        measuredExperience: 4.6,
        gap: -2.4,
      }),
    ]);
  });
});
