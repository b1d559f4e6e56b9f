// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import type { EditFn, MapDoc, MapView } from '../mapDoc.js';
import { buildTestMap } from '../testMaps.js';
import { MapGrid } from './MapGrid.js';

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(cleanup);

const map = buildTestMap([
  [{ title: 'Sees an ad', channel: 'advertising' }, { title: 'Visits the site' }],
  [],
  [{ title: 'Orders in the app', channel: 'app' }],
]);

function cardTitlesIn(phaseIndex: number): string[] {
  const cell = document.querySelector(`.tp-cell[data-phase-index="${phaseIndex}"]`) as HTMLElement;
  return within(cell)
    .queryAllByTestId('touchpoint-card')
    .map((card) => card.querySelector('.tp-card-title')!.textContent ?? '');
}

describe('MapGrid', () => {
  it('MapGrid(map) shows the phases as columns in map order, with the customer need', () => {
    render(<MapGrid view={map} selection={null} onSelect={() => {}} />);
    const headers = screen.getAllByTestId('phase-header');
    expect(headers.map((h) => h.querySelector('h2')!.textContent)).toEqual([
      'See',
      'Think',
      'Do',
      'Care',
      'Love',
    ]);
    expect(headers[0]!.querySelector('.phase-need')!.textContent).toContain(map.phases[0]!.customerNeed);
    const columns = screen.getByTestId('map-grid').style.gridTemplateColumns.split(' ');
    expect(columns).toHaveLength(1 + 5);
  });

  it('MapGrid(map) puts each card in its phase, left to right in order, with its channel named', () => {
    render(<MapGrid view={map} selection={null} onSelect={() => {}} />);
    expect(cardTitlesIn(0)).toEqual(['Sees an ad', 'Visits the site']);
    expect(cardTitlesIn(1)).toEqual([]);
    expect(cardTitlesIn(2)).toEqual(['Orders in the app']);
    expect(screen.getAllByRole('img', { name: 'Advertising' }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('img', { name: 'Evidence: Assumption' })).toHaveLength(3);
  });

  it('MapGrid(hidden lane) does not render that lane; the others keep their order', () => {
    const hidden: MapView = {
      ...map,
      lanes: map.lanes.map((l) =>
        l.kind === 'thinks-feels' || l.kind === 'kpis' ? { ...l, visible: false } : l,
      ),
    };
    render(<MapGrid view={hidden} selection={null} onSelect={() => {}} />);
    expect(screen.queryByTestId('lane-thinks-feels')).toBeNull();
    expect(screen.queryByTestId('lane-kpis')).toBeNull();
    const kinds = Array.from(document.querySelectorAll('[data-lane-kind]')).map((el) =>
      el.getAttribute('data-lane-kind'),
    );
    expect(kinds).toEqual([
      'actions',
      'touchpoints',
      'emotion',
      'expectation',
      'pain-points',
      'ideas',
      'backstage',
    ]);
  });

  it('MapGrid(read-only) has no add buttons and no phase menus; an empty phase only says it is empty', () => {
    render(<MapGrid view={map} selection={null} onSelect={() => {}} />);
    expect(screen.queryByTestId('add-touchpoint-0')).toBeNull();
    expect(screen.queryByTestId('add-touchpoint-1')).toBeNull();
    expect(screen.queryByTestId('add-phase')).toBeNull();
    expect(screen.queryByTestId('phase-menu-0')).toBeNull();
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.getAllByText('No touchpoints in this phase yet.')).toHaveLength(3);
  });

  it('MapGrid(editable) offers add-touchpoint per phase; the empty phase teaches and adding opens the new card', () => {
    let doc: MapDoc = {
      ...map,
      scope: '',
      counterpartId: null,
      phaseModel: 'see-think-do-care-love',
      datasetId: null,
      datasetFilter: null,
    };
    const onEdit: EditFn = (change) => (doc = change(doc));
    const onSelect = vi.fn();
    render(<MapGrid view={doc} selection={null} onSelect={onSelect} onEdit={onEdit} />);
    expect(screen.getAllByTestId(/^add-touchpoint-\d$/)).toHaveLength(5);
    expect(screen.getByText(/Where does the customer meet you in Think\?/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('add-touchpoint-1'));
    const added = doc.touchpoints.find((t) => t.phaseId === doc.phases[1]!.id)!;
    expect(added.title).toBe('New touchpoint');
    expect(onSelect).toHaveBeenCalledWith({ kind: 'touchpoint', id: added.id });
  });

  it('MapGrid: Alt+ArrowRight moves the focused card to the start of the next phase', () => {
    let doc: MapDoc = {
      ...map,
      scope: '',
      counterpartId: null,
      phaseModel: 'see-think-do-care-love',
      datasetId: null,
      datasetFilter: null,
    };
    const onEdit: EditFn = (change) => (doc = change(doc));
    render(<MapGrid view={doc} selection={null} onSelect={() => {}} onEdit={onEdit} />);
    const card = screen.getAllByTestId('touchpoint-card')[1]!;
    fireEvent.keyDown(card, { key: 'ArrowRight', altKey: true });
    const moved = doc.touchpoints.find((t) => t.title === 'Visits the site')!;
    expect(moved.phaseId).toBe(doc.phases[1]!.id);
    expect(screen.getByTestId('map-announcement').textContent).toContain(
      'Moved “Visits the site” to Think, position 1.',
    );
  });
});
