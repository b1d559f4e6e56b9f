// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  addTouchpoint,
  createJourneyContent,
  touchpointFieldsSchema,
  type JourneyMap,
  type Persona,
} from '@trailmap/domain';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../i18n/i18n.js';
import { MapEditor } from './MapEditor.js';

/**
 * The map editor with measured figures, against a stubbed server: the persona picker's choice goes into the
 * address and into every figures request (measures, drivers, then vs now); a card whose figures rest on
 * enough journeys shows evidence "data" with the dataset and the period.
 */

const WS = 'wks_test000001';
const DATASET = 'dst_test000001';

function persona(id: string, name: string, withRule: boolean): Persona {
  return {
    id: id as Persona['id'],
    workspaceId: WS as Persona['workspaceId'],
    name,
    description: '',
    goals: [],
    needs: [],
    frustrations: [],
    quote: '',
    pictureUrl: null,
    segmentRule: withRule
      ? { match: 'all', conditions: [{ field: 'channel', op: 'eq', value: 'app' }] }
      : null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  } as Persona;
}

const PERSONAS = [
  persona('per_ruled00001', 'Anna the app user', true),
  persona('per_norule0001', 'Bert without a rule', false),
  persona('per_other00001', 'Carla elsewhere', true),
  persona('per_bare000001', 'Dirk elsewhere, no rule', false),
];

function linkedMap(): JourneyMap {
  let content = createJourneyContent('see-think-do-care-love');
  for (const [title, phase] of [
    ['Orders in the app', 0],
    ['Calls the shop', 2],
  ] as const) {
    const fields = touchpointFieldsSchema.parse({
      phaseId: content.phases[phase]!.id,
      title,
      channel: 'app',
      matcher: { activities: [title] },
    });
    content = addTouchpoint(content, fields).content;
  }
  return {
    ...content,
    id: 'jrn_test000001' as JourneyMap['id'],
    workspaceId: WS as JourneyMap['workspaceId'],
    title: 'Buying shoes',
    goal: '',
    scope: '',
    personaIds: ['per_ruled00001', 'per_norule0001'] as JourneyMap['personaIds'],
    state: 'current',
    counterpartId: null,
    phaseModel: 'see-think-do-care-love',
    datasetId: DATASET as JourneyMap['datasetId'],
    datasetFilter: null,
    version: 3,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  } as JourneyMap;
}

const figures = (touchpointId: string, journeys: number) => ({
  touchpointId,
  matchedEvents: journeys,
  journeys,
  reachShare: journeys / 100,
  dropOffShare: 0.1,
  medianSecondsToNext: 60,
  nps: null,
  csat: null,
  ces: null,
});

function stubServer(map: JourneyMap) {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      urls.push(input);
      const url = new URL(input, 'http://app.test');
      const json = (body: unknown, status = 200) =>
        new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      if (url.pathname.endsWith('/measures/compare'))
        return json({
          before: { from: '2024-01-01', to: '2024-02-01', journeys: 50 },
          after: { from: '2024-02-01', to: '2024-03-01', journeys: 50 },
          touchpoints: [],
        });
      if (url.pathname.endsWith('/measures'))
        return json({
          dataset: {
            id: DATASET,
            name: 'Retail 2024',
            version: 1,
            from: null,
            to: null,
            personaId: url.searchParams.get('personaId'),
            firstEventAt: '2024-01-01T08:00:00.000Z',
            lastEventAt: '2024-12-31T18:00:00.000Z',
            period: { from: '2024-01-01T08:00:00.000Z', to: '2024-12-31T18:00:00.000Z' },
          },
          journeys: 100,
          touchpoints: [figures(map.touchpoints[0]!.id, 40), figures(map.touchpoints[1]!.id, 12)],
          phases: [],
          conformance: { journeys: 40, followShare: 1, deviations: [] },
        });
      if (url.pathname.endsWith('/drivers'))
        return json({ outcome: 'nps', journeys: 0, vitalFewShare: 0, drivers: [] });
      if (url.pathname.endsWith('/datasets'))
        return json({ datasets: [{ id: DATASET, name: 'Retail 2024', status: 'ready' }] });
      return json({ error: 'not-found', message: 'not stubbed' }, 404);
    }),
  );
  return urls;
}

let location = '';
function ShowLocation() {
  const current = useLocation();
  location = current.search;
  return null;
}

function renderEditor(search: string, readOnly = true) {
  const map = linkedMap();
  const urls = stubServer(map);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[`/w/${WS}/journeys/${map.id}${search}`]}>
        <Routes>
          <Route
            path="/w/:ws/journeys/:id"
            element={
              <>
                <MapEditor
                  workspaceId={WS}
                  journey={map}
                  personas={PERSONAS}
                  readOnly={readOnly}
                  onReload={() => {}}
                />
                <ShowLocation />
              </>
            }
          />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { map, urls };
}

const asked = (urls: string[], path: string) =>
  urls.filter((u) => new URL(u, 'http://app.test').pathname.endsWith(path));

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('MapEditor with measured figures', () => {
  it('lists "All customers", the map’s personas (one without a rule, disabled) and other ruled personas', async () => {
    renderEditor('');
    const select = (await screen.findByTestId('persona-select')) as HTMLSelectElement;
    const options = [...select.options].map((o) => [o.textContent, o.disabled]);
    expect(options).toEqual([
      ['All customers', false],
      ['Anna the app user', false],
      ['Bert without a rule (no segment rule)', true],
      ['Carla elsewhere', false],
    ]);
    expect(select.value).toBe('');
  });

  it('?persona= goes to measures, drivers and then vs now; choosing "All customers" drops it', async () => {
    const { urls } = renderEditor(
      '?persona=per_ruled00001&panel=drivers&then=2024-01-01..2024-01-31&now=2024-02-01..2024-02-29',
    );
    await waitFor(() => expect(asked(urls, '/measures/compare')).toHaveLength(1));
    await waitFor(() => expect(asked(urls, '/drivers')).toHaveLength(1));
    expect(asked(urls, '/measures')[0]).toContain('personaId=per_ruled00001');
    expect(asked(urls, '/drivers')[0]).toContain('personaId=per_ruled00001');
    expect(asked(urls, '/measures/compare')[0]).toContain('personaId=per_ruled00001');
    const select = screen.getByTestId('persona-select') as HTMLSelectElement;
    expect(select.value).toBe('per_ruled00001');

    fireEvent.change(select, { target: { value: '' } });
    expect(location).not.toContain('persona=');
    await waitFor(() => expect(asked(urls, '/measures')).toHaveLength(2));
    expect(asked(urls, '/measures')[1]).not.toContain('personaId');

    fireEvent.change(select, { target: { value: 'per_other00001' } });
    expect(location).toContain('persona=per_other00001');
    await waitFor(() => expect(asked(urls, '/measures')).toHaveLength(3));
    expect(asked(urls, '/measures')[2]).toContain('personaId=per_other00001');
  });

  it('a persona without a segment rule in the address says so, and the figures stay everyone’s', async () => {
    const { urls } = renderEditor('?persona=per_norule0001');
    expect((await screen.findByTestId('persona-no-rule')).textContent).toContain(
      'Bert without a rule has no segment rule',
    );
    await waitFor(() => expect(asked(urls, '/measures')).toHaveLength(1));
    expect(asked(urls, '/measures')[0]).not.toContain('personaId');
  });

  it('a card on 30 or more journeys shows evidence "data" naming the dataset and period; its panel too', async () => {
    const { map } = renderEditor('');
    const marks = await screen.findAllByTestId('evidence-measured');
    expect(marks).toHaveLength(1);
    const card = marks[0]!.closest('[data-testid="touchpoint-card"]')!;
    expect(card.getAttribute('data-touchpoint-id')).toBe(map.touchpoints[0]!.id);
    expect(marks[0]!.getAttribute('aria-label')).toBe(
      'Data — 40 journeys of Retail 2024, 1 Jan 2024 – 31 Dec 2024 (designed: Assumption)',
    );
    // the card on 12 journeys keeps its designed evidence dot
    const other = document.querySelector(`[data-touchpoint-id="${map.touchpoints[1]!.id}"]`)!;
    expect(other.querySelector('.evidence-dot.evidence-assumption')).not.toBeNull();
    fireEvent.click(card);
    expect((await screen.findByTestId('tp-data-evidence')).textContent).toContain(
      'Evidence from data: Data — 40 journeys of Retail 2024, 1 Jan 2024 – 31 Dec 2024',
    );
    // the designed evidence is unchanged
    expect(screen.getByTestId('tp-evidence').textContent).toBe('Assumption');
  });
});
