// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import { PhaseFigures, TouchpointFigures } from './FigureChips.js';
import type { PhaseMeasure, TouchpointMeasure } from './measuresApi.js';

const measure: TouchpointMeasure = {
  touchpointId: 'tch_a',
  matchedEvents: 1234,
  journeys: 1000,
  reachShare: 0.714,
  dropOffShare: 0.2,
  medianSecondsToNext: 3 * 3600 + 20 * 60,
  nps: { value: 33.3, low: 20.1, high: 46.5, n: 412 },
  csat: null,
  ces: null,
};
const noMatcher: TouchpointMeasure = {
  ...measure,
  matchedEvents: null,
  journeys: null,
  reachShare: null,
  dropOffShare: null,
  medianSecondsToNext: null,
  nps: null,
};
const phase: PhaseMeasure = {
  phaseId: 'phs_a',
  journeys: 1200,
  reachShare: 0.857,
  nps: { value: -12.4, low: -40, high: 15, n: 12 },
  csat: null,
  ces: null,
};

const chip = (kind: string) => screen.getByTestId(`chip-${kind}`);
const shown = (kind: string) => chip(kind).querySelector('[aria-hidden="true"]')?.textContent;

describe('figure chips', () => {
  beforeAll(async () => {
    await setupI18n('en');
  });
  afterEach(async () => {
    cleanup();
    await i18next.changeLanguage('en');
  });

  it('shows reach, drop-off, time to next and NPS in the locale, each explained with its n', () => {
    render(<TouchpointFigures measure={measure} total={1400} />);
    expect(shown('reach')).toBe('Reach 71%');
    expect(shown('dropOff')).toBe('Drop-off 20%');
    expect(shown('next')).toBe('Next 3 h 20 min');
    expect(shown('nps')).toBe('NPS 33');
    expect(chip('reach').title).toContain('1,000 of 1,400 journeys');
    expect(chip('reach').title).toContain('1,234 matching events');
    expect(chip('dropOff').title).toContain('of the 1,000 journeys');
    expect(chip('nps').title).toContain('n = 412');
    expect(chip('nps').title).toContain('95 % interval 20 to 47');
    // Screen readers hear the explanation too.
    expect(within(chip('nps')).getByText(/n = 412/).classList).toContain('visually-hidden');
  });

  it('formats in Dutch: comma decimals, Dutch words and units', async () => {
    await i18next.changeLanguage('nl');
    render(<TouchpointFigures measure={{ ...measure, medianSecondsToNext: 2 * 3600 }} total={1400} />);
    expect(shown('reach')).toBe('Bereik 71%');
    expect(shown('next')).toBe('Volgende 2 u');
    expect(chip('reach').title).toContain('1.000 van 1.400 reizen');
  });

  it('leaves out a figure that is null (the last touchpoint has no drop-off or next)', () => {
    render(
      <TouchpointFigures
        measure={{ ...measure, dropOffShare: null, medianSecondsToNext: null }}
        total={1400}
      />,
    );
    expect(screen.queryByTestId('chip-dropOff')).toBeNull();
    expect(screen.queryByTestId('chip-next')).toBeNull();
    expect(shown('reach')).toBe('Reach 71%');
  });

  it('says "no data" for a card without a matcher', () => {
    render(<TouchpointFigures measure={noMatcher} total={1400} />);
    expect(shown('noData')).toBe('No data');
    expect(chip('noData').title).toMatch(/no matcher/);
    expect(screen.queryByTestId('chip-reach')).toBeNull();
  });

  it('shows a score on fewer than 30 answers as "too few answers", its value only on hover', () => {
    render(<PhaseFigures measure={phase} total={1400} />);
    expect(shown('journeys')).toBe('1,200 journeys');
    expect(shown('reach')).toBe('Reach 86%');
    expect(shown('nps')).toBe('NPS: too few answers');
    expect(chip('nps').classList).toContain('is-too-few');
    expect(chip('nps').title).toContain('NPS -12');
    expect(chip('nps').title).toContain('only 12 answers');
  });
});
