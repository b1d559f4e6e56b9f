// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
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
});
