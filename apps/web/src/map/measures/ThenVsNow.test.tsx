// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import { TouchpointFigures } from './FigureChips.js';
import type { TouchpointMeasure } from './measuresApi.js';
import { compareQuery, parsePeriod, type ChipChange } from './thenVsNow.js';
import { ThenVsNowControl } from './ThenVsNowControl.js';

const measure: TouchpointMeasure = {
  touchpointId: 'tch_a',
  matchedEvents: 1234,
  journeys: 1000,
  reachShare: 0.31,
  dropOffShare: 0.2,
  medianSecondsToNext: 60,
  nps: { value: 33.3, low: 20.1, high: 46.5, n: 412 },
  csat: null,
  ces: null,
};
const change: ChipChange = {
  thenJourneys: 1500,
  nowJourneys: 1400,
  change: {
    touchpointId: 'tch_a',
    reachShare: {
      before: 0.28,
      after: 0.34,
      difference: 0.06,
      pValue: 0.0004,
      adjustedPValue: 0.0021,
      significant: true,
    },
    dropOffShare: {
      before: 0.2,
      after: 0.19,
      difference: -0.01,
      pValue: 0.6,
      adjustedPValue: 0.8,
      significant: false,
    },
    nps: null,
  },
};

const shown = (kind: string) =>
  screen.getByTestId(`chip-${kind}`).querySelector('[aria-hidden="true"]')?.textContent;

describe('then vs now', () => {
  beforeAll(async () => {
    await setupI18n('en');
  });
  afterEach(async () => {
    cleanup();
    await i18next.changeLanguage('en');
  });

  it('periods: the URL form, inclusive days → the API query (to = the day after)', () => {
    expect(parsePeriod('2024-01-01..2024-06-30')).toEqual({ from: '2024-01-01', to: '2024-06-30' });
    expect(parsePeriod('2024-06-30..2024-01-01')).toBeNull();
    expect(parsePeriod('2024-01-01')).toBeNull();
    expect(parsePeriod('soon..later')).toBeNull();
    expect(
      compareQuery({ from: '2024-01-01', to: '2024-06-30' }, { from: '2024-07-01', to: '2024-12-31' }),
    ).toBe('beforeFrom=2024-01-01&beforeTo=2024-07-01&afterFrom=2024-07-01&afterTo=2025-01-01');
  });

  it('a chip shows its change, marked when significant, with before / after / p in its title', () => {
    render(<TouchpointFigures measure={measure} total={3000} change={change} />);
    expect(shown('reach')).toBe('Reach 34% ▲ +6 pt*');
    expect(screen.getByTestId('chip-reach').getAttribute('data-change')).toBe('significant');
    const title = screen.getByTestId('chip-reach').getAttribute('title')!;
    expect(title).toContain('28% then (1,500 journeys)');
    expect(title).toContain('34% now (1,400 journeys)');
    expect(title).toContain('p = 0.0004');
    expect(title).toContain('adjusted p = 0.0021');
    expect(title).toContain('— significant');
    expect(shown('dropOff')).toBe('Drop-off 19% ▼ −1 pt');
    expect(screen.getByTestId('chip-dropOff').getAttribute('data-change')).toBe('not-significant');
    expect(screen.getByTestId('chip-dropOff').getAttribute('title')).toContain('not significant');
    // no NPS test: the plain chip
    expect(shown('nps')).toBe('NPS 33');
    expect(screen.getByTestId('chip-nps').getAttribute('data-change')).toBeNull();
  });

  it('an NPS on too few answers stays "too few answers", also with a change', () => {
    const npsChange = {
      before: 10,
      after: 40,
      difference: 30,
      pValue: 0.2,
      adjustedPValue: 0.5,
      significant: false,
    };
    render(
      <TouchpointFigures
        measure={{ ...measure, nps: { value: 40, low: 0, high: 80, n: 12 } }}
        total={3000}
        change={{ ...change, change: { ...change.change, nps: npsChange } }}
      />,
    );
    expect(shown('nps')).toBe('NPS: too few answers');
    expect(screen.getByTestId('chip-nps').getAttribute('data-change')).toBeNull();
  });

  it('in Dutch', async () => {
    await i18next.changeLanguage('nl');
    render(<TouchpointFigures measure={measure} total={3000} change={change} />);
    expect(screen.getByTestId('chip-reach').getAttribute('title')).toContain('gecorrigeerde p');
    expect(screen.getByTestId('chip-dropOff').getAttribute('title')).toContain('niet significant');
  });

  it('the control picks two periods, refuses an incomplete one and clears', () => {
    const onChange = vi.fn();
    const { rerender } = render(<ThenVsNowControl then={null} now={null} onChange={onChange} />);
    const set = (id: string, value: string) =>
      fireEvent.change(screen.getByTestId(id), { target: { value } });
    set('compare-then-from', '2024-01-01');
    set('compare-then-to', '2024-06-30');
    set('compare-now-from', '2024-07-01');
    fireEvent.click(screen.getByTestId('compare-apply'));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toContain('Pick both periods');
    set('compare-now-to', '2024-12-31');
    fireEvent.click(screen.getByTestId('compare-apply'));
    expect(onChange).toHaveBeenCalledWith({
      then: { from: '2024-01-01', to: '2024-06-30' },
      now: { from: '2024-07-01', to: '2024-12-31' },
    });
    rerender(
      <ThenVsNowControl
        then={{ from: '2024-01-01', to: '2024-06-30' }}
        now={{ from: '2024-07-01', to: '2024-12-31' }}
        onChange={onChange}
      />,
    );
    expect((screen.getByTestId('compare-now-to') as HTMLInputElement).value).toBe('2024-12-31');
    fireEvent.click(screen.getByTestId('compare-clear'));
    expect(onChange).toHaveBeenLastCalledWith(null);
  });
});
