// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { getChannelCoverage } from '@trailmap/domain';
import i18next from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeMap } from '../compare/testMaps.js';
import { setupI18n } from '../i18n/i18n.js';
import { ChannelView } from './ChannelView.js';

// See: web · Think: web, 2× app · Do: web · Care: app, social · Love: nothing (a gap).
// The app breaks off in Do (between Think and Care).
const map = makeMap('jrn_channels', 'Buying shoes', 'current', [
  { id: 'phs_seephase', name: 'See', cards: [{ id: 'tpt_site01', title: 'Home page', channel: 'web' }] },
  {
    id: 'phs_thinkphase',
    name: 'Think',
    cards: [
      { id: 'tpt_site02', title: 'Reviews', channel: 'web' },
      { id: 'tpt_app001', title: 'Browse in the app', channel: 'app' },
      { id: 'tpt_app002', title: 'Wish list', channel: 'app' },
    ],
  },
  { id: 'phs_dophase', name: 'Do', cards: [{ id: 'tpt_site03', title: 'Checkout', channel: 'web' }] },
  {
    id: 'phs_carephase',
    name: 'Care',
    cards: [
      { id: 'tpt_app003', title: 'Track the parcel', channel: 'app' },
      { id: 'tpt_social1', title: 'Shares a photo', channel: 'social' },
    ],
  },
  { id: 'phs_lovephase', name: 'Love' },
]);

function renderView(content = map) {
  render(
    <MemoryRouter>
      <ChannelView workspaceId="wks_test00" map={content} coverage={getChannelCoverage(content)} />
    </MemoryRouter>,
  );
}

/** The cell of a channel's row in the n-th phase column. */
function cellOf(channel: string, phaseIndex: number): HTMLElement {
  const cells = within(screen.getByTestId(`channel-row-${channel}`)).getAllByRole('cell');
  return cells[phaseIndex]!;
}

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});

describe('ChannelView', () => {
  it('puts the touchpoint count and titles of each channel in the right phase cell', () => {
    renderView();
    const counts = (channel: string) =>
      [0, 1, 2, 3, 4].map(
        (i) => within(cellOf(channel, i)).queryByTestId('cell-count')?.firstChild?.textContent ?? '',
      );
    expect(counts('web')).toEqual(['1', '1', '1', '', '']);
    expect(counts('app')).toEqual(['', '2', '', '1', '']);
    expect(counts('social')).toEqual(['', '', '', '1', '']);
    expect(
      within(cellOf('app', 1))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Browse in the app', 'Wish list']);
    // Empty cells say so to screen readers and show a dash.
    expect(cellOf('web', 3).textContent).toBe('–none');
  });

  it('has a header for every channel row and every phase column', () => {
    renderView();
    const table = screen.getByTestId('channel-matrix');
    const columns = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent ?? '');
    expect(columns[0]).toBe('Channel');
    expect(columns.slice(1).map((c) => c.split(/\d/)[0])).toEqual(['See', 'Think', 'Do', 'Care', 'Love']);
    // Channel rows, under the headers of their group (owned, earned).
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent?.split(/\d/)[0]),
    ).toEqual([
      'Owned — channels you run yourself',
      'Website',
      'App',
      'Earned — what others say and share about you',
      'Social media',
    ]);
  });

  it('groups channels into owned and earned', () => {
    renderView();
    expect(within(screen.getByTestId('channel-group-owned')).queryByTestId('channel-row-app')).toBeTruthy();
    expect(
      within(screen.getByTestId('channel-group-earned')).queryByTestId('channel-row-social'),
    ).toBeTruthy();
    expect(screen.queryByTestId('channel-group-paid')).toBeNull();
  });

  it('flags a phase without touchpoints as a gap in its column header and says what to do', () => {
    renderView();
    const flags = screen.getAllByTestId('phase-gap');
    expect(flags).toHaveLength(1);
    expect(flags[0]!.closest('th')?.textContent).toContain('Love');
    expect(flags[0]!.textContent).toBe('Gap');
    expect(cellOf('web', 4).className).toContain('ch-cell--gap');
    expect(screen.getByTestId('channel-gaps').textContent).toContain('Love has no touchpoint at all');
  });

  it('highlights the cell where a channel breaks off and lists the break in words', () => {
    renderView();
    const breakCells = screen.getAllByTestId('channel-break-cell');
    expect(breakCells).toEqual([cellOf('app', 2)]);
    expect(breakCells[0]!.className).toContain('ch-cell--break');
    expect(breakCells[0]!.textContent).toBe('missing');
    expect(screen.getAllByTestId('channel-break').map((li) => li.textContent)).toEqual([
      'App: missing in Do, between Think and Care',
    ]);
  });

  it('lists breaks over several phases in the language of the reader', async () => {
    await i18next.changeLanguage('nl');
    const wide = makeMap('jrn_widebreak', 'Letters', 'current', [
      {
        id: 'phs_phaseone',
        name: 'See',
        cards: [{ id: 'tpt_letter1', title: 'Leaflet', channel: 'letter' }],
      },
      { id: 'phs_phasetwo', name: 'Think', cards: [{ id: 'tpt_store01', title: 'Store', channel: 'store' }] },
      { id: 'phs_phasethree', name: 'Do', cards: [{ id: 'tpt_store02', title: 'Till', channel: 'store' }] },
      { id: 'phs_phasefour', name: 'Love', cards: [{ id: 'tpt_letter2', title: 'Card', channel: 'letter' }] },
    ]);
    renderView(wide);
    expect(screen.getAllByTestId('channel-break').map((li) => li.textContent)).toEqual([
      'Brief: ontbreekt in Think en Do, tussen See en Love',
    ]);
  });

  it('teaches what to do when the map has no touchpoints yet', () => {
    renderView(makeMap('jrn_emptymap', 'Empty', 'current', [{ id: 'phs_onlyphase', name: 'See' }]));
    expect(screen.queryByTestId('channel-matrix')).toBeNull();
    expect(screen.getByTestId('channels-empty').textContent).toContain('Add touchpoints on the map');
    expect(screen.getByRole('link', { name: 'Open the map' }).getAttribute('href')).toBe(
      '/w/wks_test00/journeys/jrn_emptymap',
    );
  });
});
