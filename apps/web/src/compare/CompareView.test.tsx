// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { JourneyDiff, PhaseId, TouchpointId } from '@trailmap/domain';
import i18next from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../i18n/i18n.js';
import type { CompareMode } from './compareMode.js';
import { CompareView } from './CompareView.js';
import { makeMap } from './testMaps.js';

const before = makeMap('jrn_thenmap', 'Shoes then', 'current', [
  {
    id: 'phs_beforesee',
    name: 'See',
    cards: [{ id: 'tpt_leaflet', title: 'Leaflet', channel: 'letter', emotion: 1 }],
  },
  {
    id: 'phs_beforedo',
    name: 'Do',
    cards: [{ id: 'tpt_tillold', title: 'Till', channel: 'store', emotion: -2 }],
  },
  {
    id: 'phs_beforelove',
    name: 'Love',
    cards: [{ id: 'tpt_bdaycard', title: 'Birthday card', channel: 'letter', emotion: 2 }],
  },
]);
const after = makeMap('jrn_nowmap', 'Shoes now', 'current', [
  {
    id: 'phs_aftersee',
    name: 'See',
    cards: [{ id: 'tpt_instagram', title: 'Instagram', channel: 'social', emotion: 2 }],
  },
  {
    id: 'phs_afterdo',
    name: 'Do',
    cards: [{ id: 'tpt_tillnew', title: 'Till', channel: 'app', emotion: 1 }],
  },
  { id: 'phs_afterlove', name: 'Love' },
]);

const phase = (id: string) => id as PhaseId;
const tp = (id: string) => id as TouchpointId;

/** Written by hand (not computed), so the view is checked against known numbers. */
const diff: JourneyDiff = {
  added: [
    {
      touchpointId: tp('tpt_instagram'),
      phaseId: phase('phs_aftersee'),
      title: 'Instagram',
      channel: 'social',
    },
  ],
  removed: [
    { touchpointId: tp('tpt_leaflet'), phaseId: phase('phs_beforesee'), title: 'Leaflet', channel: 'letter' },
    {
      touchpointId: tp('tpt_bdaycard'),
      phaseId: phase('phs_beforelove'),
      title: 'Birthday card',
      channel: 'letter',
    },
  ],
  changed: [
    {
      beforeTouchpointId: tp('tpt_tillold'),
      afterTouchpointId: tp('tpt_tillnew'),
      title: 'Till',
      matchedBy: 'title',
      changes: [
        { field: 'channel', before: 'store', after: 'app' },
        { field: 'emotion', before: -2, after: 1 },
      ],
    },
  ],
  unchangedCount: 0,
  phases: [
    {
      beforePhaseId: phase('phs_beforesee'),
      afterPhaseId: phase('phs_aftersee'),
      name: 'See',
      status: 'kept',
      matchedBy: 'name',
      renamed: false,
      beforeTouchpointCount: 1,
      afterTouchpointCount: 1,
      beforeMeanEmotion: 0.5,
      afterMeanEmotion: 2,
      meanEmotionDelta: 1.5,
    },
    {
      beforePhaseId: phase('phs_beforedo'),
      afterPhaseId: phase('phs_afterdo'),
      name: 'Do',
      status: 'kept',
      matchedBy: 'name',
      renamed: false,
      beforeTouchpointCount: 1,
      afterTouchpointCount: 1,
      beforeMeanEmotion: 1.2,
      afterMeanEmotion: 0.5,
      meanEmotionDelta: -0.7,
    },
    {
      beforePhaseId: phase('phs_beforelove'),
      afterPhaseId: phase('phs_afterlove'),
      name: 'Love',
      status: 'kept',
      matchedBy: 'name',
      renamed: false,
      beforeTouchpointCount: 1,
      afterTouchpointCount: 0,
      beforeMeanEmotion: 2,
      afterMeanEmotion: null,
      meanEmotionDelta: null,
    },
  ],
  beforeMeanEmotion: 1,
  afterMeanEmotion: 0.25,
  meanEmotionDelta: -0.75,
};

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ');

function renderView(mode: CompareMode, overrides: Partial<Parameters<typeof CompareView>[0]> = {}) {
  const handlers = { onModeChange: vi.fn(), onPickOther: vi.fn(), onSwap: vi.fn() };
  render(
    <MemoryRouter>
      <CompareView
        workspaceId="wks_test00"
        before={before}
        after={after}
        diff={diff}
        mode={mode}
        journeys={[
          {
            id: 'jrn_thenmap',
            title: 'Shoes then',
            state: 'current',
            counterpartId: null,
            touchpointCount: 3,
            updatedAt: '',
          },
          {
            id: 'jrn_nowmap',
            title: 'Shoes now',
            state: 'current',
            counterpartId: null,
            touchpointCount: 2,
            updatedAt: '',
          },
          {
            id: 'jrn_othermap',
            title: 'Getting a loan',
            state: 'desired',
            counterpartId: null,
            touchpointCount: 0,
            updatedAt: '',
          },
        ]}
        {...handlers}
        {...overrides}
      />
    </MemoryRouter>,
  );
  return handlers;
}

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

describe('CompareView side by side', () => {
  it('marks added, removed and changed cards by icon and text, not colour alone', () => {
    renderView('side');
    const added = screen.getAllByTestId('compare-added');
    const removed = screen.getAllByTestId('compare-removed');
    const changed = screen.getAllByTestId('compare-changed');
    expect(added.map((el) => el.textContent)).toEqual([expect.stringContaining('Instagram')]);
    expect(removed.map((el) => el.textContent)).toEqual([
      expect.stringContaining('Leaflet'),
      expect.stringContaining('Birthday card'),
    ]);
    expect(changed).toHaveLength(1);
    for (const card of added) expect(card.textContent).toContain('Added');
    for (const card of removed) expect(card.textContent).toContain('Removed');
    // The changed card appears on both sides; the before side has its own test id.
    expect(screen.getAllByTestId('compare-changed-before')).toHaveLength(1);
    expect(within(added[0]!).getByRole('img', { name: 'Social media' })).toBeTruthy();
  });

  it('lists the changed fields of a changed card for hover and focus, tied to the card', () => {
    renderView('side');
    const card = screen.getByTestId('compare-changed');
    expect(card.tabIndex).toBe(0);
    const tooltip = document.getElementById(card.getAttribute('aria-describedby') ?? '');
    expect(tooltip?.getAttribute('role')).toBe('tooltip');
    // The arrow is for the eye; screen readers hear "becomes".
    expect(normalise(tooltip?.textContent)).toContain('Channel: Store → becomes App');
    expect(normalise(tooltip?.textContent)).toContain('Emotion: −2 → becomes +1');
  });

  it('counts added, removed, changed and unchanged in the summary', () => {
    renderView('side');
    expect(screen.getByTestId('summary-added').textContent).toBe('1added');
    expect(screen.getByTestId('summary-removed').textContent).toBe('2removed');
    expect(screen.getByTestId('summary-changed').textContent).toBe('1changed');
    expect(screen.getByTestId('summary-unchanged').textContent).toBe('0unchanged');
    expect(screen.getByTestId('overall-delta').textContent).toContain('−0.8');
  });

  it('lists every difference in a table with column and row headers', () => {
    renderView('side');
    const table = screen.getByTestId('compare-table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Change', 'Touchpoint', 'Phase', 'Details']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toContain('Till');
    expect(rows[0]!.textContent).toContain('Changed');
    expect(normalise(rows[0]!.textContent)).toContain('Emotion: −2 → becomes +1');
  });

  it('names the maps "then vs now" for two current maps and "current vs desired" for a desired one', () => {
    renderView('side');
    expect(screen.getByTestId('compare-title').textContent).toBe('Then vs now');
    cleanup();
    renderView('side', { after: { ...after, state: 'desired' } });
    expect(screen.getByTestId('compare-title').textContent).toBe('Current vs desired');
    expect(screen.getByTestId('compare-link-after').getAttribute('href')).toBe(
      '/w/wks_test00/journeys/jrn_nowmap',
    );
  });

  it('reports the mode buttons, the swap and the picker to the page', () => {
    const handlers = renderView('side');
    expect(screen.getByTestId('compare-mode-side').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('compare-mode-overlay'));
    expect(handlers.onModeChange).toHaveBeenCalledWith('overlay');
    fireEvent.click(screen.getByTestId('compare-swap'));
    expect(handlers.onSwap).toHaveBeenCalled();
    const picker = screen.getByTestId('compare-picker') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.value)).toEqual(['jrn_nowmap', 'jrn_othermap']);
    fireEvent.change(picker, { target: { value: 'jrn_othermap' } });
    expect(handlers.onPickOther).toHaveBeenCalledWith('jrn_othermap');
  });
});

describe('CompareView overlaid', () => {
  it('shows the emotion change per phase with its sign, or which side has no touchpoints', () => {
    renderView('overlay');
    const deltas = screen.getAllByTestId('phase-delta').map((el) => el.textContent);
    expect(deltas[0]).toContain('+1.5');
    expect(deltas[1]).toContain('−0.7');
    expect(deltas[2]).toBe('Now: no touchpoints');
  });

  it('formats the changes for the Dutch locale', async () => {
    await i18next.changeLanguage('nl');
    renderView('overlay');
    const deltas = screen.getAllByTestId('phase-delta').map((el) => el.textContent);
    expect(deltas[0]).toContain('+1,5');
    expect(deltas[1]).toContain('−0,7');
    expect(deltas[2]).toBe('Nu: geen touchpoints');
    expect(screen.getByTestId('compare-title').textContent).toBe('Toen vs nu');
  });

  it('draws two curves over each other: before dashed, after solid, with a legend', () => {
    renderView('overlay');
    const beforeCurve = screen.getByTestId('curve-before');
    const afterCurve = screen.getByTestId('curve-after');
    expect(beforeCurve.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+ C/);
    expect(afterCurve.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+ C/);
    expect(beforeCurve.closest('g')?.getAttribute('class')).toContain('cmp-curve--before');
    expect(afterCurve.closest('g')?.getAttribute('class')).toContain('cmp-curve--after');
    // Three before points (one per phase) and two after points (none in Love).
    expect(beforeCurve.parentElement?.querySelectorAll('circle')).toHaveLength(3);
    expect(afterCurve.parentElement?.querySelectorAll('circle')).toHaveLength(2);
    expect(screen.getByText('Then (dashed line)')).toBeTruthy();
    expect(screen.getByText('Now (solid line)')).toBeTruthy();
  });
});
