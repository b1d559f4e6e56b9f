// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { measureEmotionCurve, toMeasuredEmotion, touchpointsInJourneyOrder } from '@trailmap/domain';
import { layoutEmotionCurve } from '@trailmap/viz';
import { setupI18n } from '../../i18n/i18n.js';
import { buildTestMap } from '../testMaps.js';
import { EmotionCurve } from './EmotionCurve.js';

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(cleanup);

describe('EmotionCurve', () => {
  it('EmotionCurve(expect 7, get 9) draws a WOW star above the line; (expect 8, get 5) a pain mark below', () => {
    const map = buildTestMap([
      [{ title: 'Delightful unboxing', emotion: 3, expectation: 7, experience: 9 }],
      [{ title: 'As expected', emotion: 0, expectation: 6, experience: 6 }],
      [{ title: 'Slow refund', emotion: -2, expectation: 8, experience: 5 }],
    ]);
    render(<EmotionCurve map={map} />);
    const stars = screen.getAllByTestId('wow-marker');
    const marks = screen.getAllByTestId('pain-marker');
    expect(stars).toHaveLength(1);
    expect(marks).toHaveLength(1);
    const wowPoint = screen.getByRole('img', { name: /Delightful unboxing/ });
    const painPoint = screen.getByRole('img', { name: /Slow refund/ });
    expect(wowPoint.contains(stars[0]!)).toBe(true);
    expect(painPoint.contains(marks[0]!)).toBe(true);
    expect(wowPoint.getAttribute('aria-label')).toContain('WOW moment');
    expect(painPoint.getAttribute('aria-label')).toContain('expects 8, gets 5');
    // the star sits above its point, the mark below
    const faceY = (g: Element) => Number(g.querySelector('.emotion-face circle')!.getAttribute('cy'));
    const starTop = Math.min(
      ...stars[0]!
        .getAttribute('d')!
        .match(/,(-?[\d.]+)/g)!
        .map((s) => Number(s.slice(1))),
    );
    expect(starTop).toBeLessThan(faceY(wowPoint));
    const markY = Number(marks[0]!.querySelector('circle')!.getAttribute('cy'));
    expect(markY).toBeGreaterThan(faceY(painPoint));
  });

  it('EmotionCurve: focusing a point shows expectation, experience and notes', () => {
    const map = buildTestMap([
      [{ title: 'Reads reviews', emotion: 1, expectation: 6, experience: 7, thinksFeels: 'Helpful!' }],
    ]);
    render(<EmotionCurve map={map} />);
    fireEvent.focus(screen.getByRole('img', { name: /Reads reviews/ }));
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toContain('Expected6');
    expect(tooltip.textContent).toContain('Experienced7');
    expect(tooltip.textContent).toContain('Helpful!');
  });

  it('EmotionCurve(desired map without peaks) shows the flattened-curve hint; the current map does not', () => {
    const cards = [
      [{ title: 'Sees an ad', emotion: 0 }],
      [{ title: 'Compares', emotion: 1 }],
      [{ title: 'Buys', emotion: 0 }],
    ];
    const current = buildTestMap([
      [{ title: 'Sees an ad', emotion: 0 }],
      [{ title: 'Compares', emotion: 3 }],
      [{ title: 'Buys', emotion: -2 }],
    ]);
    const desired = buildTestMap(cards, 'desired');
    render(<EmotionCurve map={desired} counterpart={current} />);
    const hint = screen.getByTestId('flattened-hint');
    expect(hint.textContent).toContain("Don't flatten the curve.");
    expect(hint.textContent).toContain('The high points of the current journey are gone');
    cleanup();
    render(<EmotionCurve map={current} />);
    expect(screen.queryByTestId('flattened-hint')).toBeNull();
  });

  describe('the measured line', () => {
    const map = buildTestMap([
      [
        { title: 'Sees an ad', emotion: 1, expectation: 5, experience: 6 },
        { title: 'Compares', emotion: 2, expectation: 7, experience: 8 },
      ],
      [
        { title: 'Checkout', emotion: 0, expectation: 7, experience: 7 },
        { title: 'Delivery', emotion: -1, expectation: 8, experience: 6 },
      ],
    ]);
    const [ad, compares, checkout, delivery] = touchpointsInJourneyOrder(map.phases, map.touchpoints);
    const none = { nps: null, csat: null, ces: null };
    const scores = [
      { touchpointId: ad!.id, ...none, nps: { value: 60, n: 120 } }, // +1.8 → experience 8.2 vs 5: WOW from data
      { touchpointId: compares!.id, ...none, nps: { value: 20, n: 12 } }, // too few answers: no point
      { touchpointId: checkout!.id, ...none, csat: { value: 4, n: 40 } }, // +1.5
      { touchpointId: delivery!.id, ...none, ces: { value: 3, n: 31 } }, // −1 → 4 vs 8: pain from data
    ];
    const measured = measureEmotionCurve(map, scores);

    it('EmotionCurve(both): a dashed line whose points are the mapping’s, hollow marks from data, titled', () => {
      render(<EmotionCurve map={map} measured={measured} mode="both" />);
      const points = screen.getAllByTestId('measured-point');
      expect(points.map((p) => p.getAttribute('data-touchpoint-id'))).toEqual([
        ad!.id,
        checkout!.id,
        delivery!.id,
      ]);
      const expected = scores
        .map((s) => toMeasuredEmotion(s)?.emotion)
        .filter((e): e is number => e !== undefined);
      expect(points.map((p) => Number(p.getAttribute('data-emotion')))).toEqual(expected);
      expect(expected).toEqual([1.8, 1.5, -1]);
      // each ring sits at the height of its measured emotion on the −3..+3 scale
      const yOf = layoutEmotionCurve({ xs: [], emotions: [], height: 168, padding: 34 }).yOf;
      expect(points.map((p) => Number(p.querySelector('.measured-ring')!.getAttribute('cy')))).toEqual(
        expected.map(yOf),
      );
      const line = screen.getByTestId('measured-line');
      expect(line.getAttribute('data-points')).toBe('3');
      expect(line.getAttribute('class')).toBe('curve-line-measured');
      // designed faces stay
      expect(document.querySelectorAll('.emotion-face')).toHaveLength(4);
      expect(screen.getByTestId('wow-marker-data').querySelector('title')!.textContent).toBe(
        'from data: WOW moment — expects 5, measured 8.2',
      );
      expect(screen.getByTestId('pain-marker-data').querySelector('title')!.textContent).toBe(
        'from data: pain point — expects 8, measured 4',
      );
      fireEvent.focus(points[0]!);
      expect(screen.getByTestId('curve-tooltip-measured').textContent).toBe('+1.8 (from NPS 60, n = 120)');
      expect(points[0]!.getAttribute('aria-label')).toBe(
        'Measured: Sees an ad, +1.8 from NPS 60 (n = 120), from data: WOW moment — expects 5, measured 8.2',
      );
    });

    it('EmotionCurve(measured) hides the designed line; (designed) hides the measured one', () => {
      render(<EmotionCurve map={map} measured={measured} mode="measured" />);
      expect(screen.getAllByTestId('measured-point')).toHaveLength(3);
      expect(document.querySelectorAll('.emotion-face, .curve-line')).toHaveLength(0);
      cleanup();
      render(<EmotionCurve map={map} measured={measured} mode="designed" />);
      expect(screen.queryByTestId('measured-line')).toBeNull();
      expect(screen.queryAllByTestId('measured-point')).toHaveLength(0);
      expect(document.querySelectorAll('.emotion-face')).toHaveLength(4);
    });
  });
});
