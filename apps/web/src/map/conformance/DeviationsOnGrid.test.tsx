// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import { MapGrid } from '../grid/MapGrid.js';
import type { Conformance, MapFigures } from '../measures/measuresApi.js';
import { buildTestMap } from '../testMaps.js';

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(cleanup);

const map = buildTestMap([
  [{ title: 'Sees an ad' }, { title: 'Visits the site' }],
  [{ title: 'Adds to cart' }, { title: 'Pays' }],
]);
const [ad, visit, cart, pay] = map.touchpoints.map((tp): string => tp.id) as [string, string, string, string];
const figures: MapFigures = { journeys: 200, byTouchpoint: new Map(), byPhase: new Map() };
const answer: Conformance = {
  journeys: 200,
  followShare: 0.7,
  deviations: [
    { kind: 'skipped', touchpointId: cart, journeys: 46, share: 0.23 },
    { kind: 'backward', fromTouchpointId: visit, toTouchpointId: ad, journeys: 24, share: 0.12 },
    {
      kind: 'unmatched',
      activity: 'Chat opened',
      afterTouchpointId: visit,
      beforeTouchpointId: pay,
      journeys: 30,
      events: 41,
      share: 0.15,
    },
    {
      kind: 'unmatched',
      activity: 'Newsletter',
      afterTouchpointId: visit,
      beforeTouchpointId: pay,
      journeys: 10,
      events: 10,
      share: 0.05,
    },
  ],
};

function grid(shown: boolean) {
  return render(
    <MapGrid
      view={map}
      selection={null}
      onSelect={() => {}}
      figures={figures}
      conformance={{ answer, shown }}
    />,
  );
}

describe('deviations on the map grid', () => {
  it('MapGrid(conformance shown) marks the skipped card with its share, and explains it on focus', () => {
    grid(true);
    const card = document.querySelector(`[data-touchpoint-id="${cart}"]`)!;
    expect(card.classList.contains('is-skipped')).toBe(true);
    expect(document.querySelectorAll('.tp-card.is-skipped')).toHaveLength(1);
    const badge = within(card.parentElement!).getByTestId('deviation-mark');
    expect(badge.getAttribute('data-kind')).toBe('skipped');
    expect(badge.querySelector('.deviation-mark-label')!.textContent).toBe('skipped by 23%');
    const tip = document.getElementById(badge.getAttribute('aria-describedby')!)!;
    expect(tip.textContent).toBe(
      '23% of journeys (46 journeys) reach a touchpoint before and one after “Adds to cart”, but not “Adds to cart” itself.',
    );
    expect(badge.tabIndex).toBe(0);
  });

  it('MapGrid(conformance shown) draws a step back as an arc from the later card to the earlier one', () => {
    grid(true);
    const strip = screen.getByTestId('deviation-strip');
    const arc = strip.querySelector('.deviation-arc')!;
    expect(arc.getAttribute('data-from')).toBe(visit);
    expect(arc.getAttribute('data-to')).toBe(ad);
    // the cards' centres: 12 + 84 = 96 (ad) and 96 + 180 = 276 (visit); the arc starts at the later one
    expect(arc.getAttribute('d')).toMatch(/^M 276 0 C 276 16, 96 16, 96 2$/);
    const label = within(strip)
      .getAllByTestId('deviation-mark')
      .find((m) => m.dataset.kind === 'backward')!;
    expect(label.querySelector('.deviation-mark-label')!.textContent).toBe('↩ 12%');
    expect(label.textContent).toContain('first reach “Sees an ad” right after “Visits the site”');
  });

  it('MapGrid(conformance shown) puts the activities between two cards in one note, the busiest first', () => {
    grid(true);
    const notes = within(screen.getByTestId('deviation-strip'))
      .getAllByTestId('deviation-mark')
      .filter((m) => m.dataset.kind === 'unmatched');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.querySelector('.deviation-mark-label')!.textContent).toBe('+ Chat opened 15%+1 more');
    fireEvent.mouseOver(notes[0]!);
    expect(notes[0]!.querySelector('[role="tooltip"]')!.textContent).toBe(
      'Activities outside the map between “Visits the site” and “Pays”:' +
        'Chat opened: 30 journeys (15%), 41 events' +
        'Newsletter: 10 journeys (5%), 10 events',
    );
  });

  it('MapGrid(conformance hidden) keeps no room under the cards and draws nothing; shown, the room opens', () => {
    grid(false);
    const hidden = screen.getByTestId('map-grid');
    expect(hidden.classList.contains('has-deviation-strip')).toBe(false);
    expect(hidden.style.getPropertyValue('--deviation-strip')).toBe('');
    expect(screen.queryByTestId('deviation-strip')).toBeNull();
    expect(document.querySelectorAll('.tp-card.is-skipped')).toHaveLength(0);
    cleanup();
    grid(true);
    const shown = screen.getByTestId('map-grid');
    expect(shown.classList.contains('has-deviation-strip')).toBe(true);
    // one arc and one row of notes: 36 + 20 + 6 px
    expect(shown.style.getPropertyValue('--deviation-strip')).toBe('62px');
    expect(screen.getByTestId('deviation-strip')).toBeTruthy();
  });

  it('MapGrid(no conformance) keeps no strip', () => {
    render(<MapGrid view={map} selection={null} onSelect={() => {}} figures={figures} />);
    expect(screen.getByTestId('map-grid').classList.contains('has-deviation-strip')).toBe(false);
    expect(document.querySelector('.deviation-strip-frame')).toBeNull();
  });
});
