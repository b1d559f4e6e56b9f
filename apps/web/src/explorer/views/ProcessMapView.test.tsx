// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { DatasetFilter } from '@trailmap/domain';
import { MemoryRouter, Route, Routes, useLocation, useNavigate } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import { readFilter, writeFilter } from '../explorerFilter.js';
import { ProcessMapPanel } from './processMap/ProcessMapPanel.js';
import type { ProcessMapData } from './processMap/useProcessMapInput.js';
import ProcessMapView from './ProcessMapView.js';

// jsdom has no Web Worker: ELK runs in the test's thread (the same layout, only not off the main thread)
const elkState = vi.hoisted(() => ({ fail: false }));
vi.mock('elkjs/lib/elk-api', async () => {
  const { default: BundledElk } = await import('elkjs/lib/elk.bundled.js');
  return {
    default: class {
      private readonly elk = new BundledElk();
      layout(...args: Parameters<InstanceType<typeof BundledElk>['layout']>) {
        if (elkState.fail) return Promise.reject(new Error('ELK could not route an edge'));
        return this.elk.layout(...args);
      }
      terminateWorker() {}
    },
  };
});

/** A small log: A → B → C in three cases, A → C in one. */
const STEPS = [
  {
    activity: 'A',
    events: 4,
    meanWaitingSeconds: null,
    medianWaitingSeconds: null,
    meanDurationSeconds: null,
    medianDurationSeconds: null,
  },
  {
    activity: 'B',
    events: 3,
    meanWaitingSeconds: 60,
    medianWaitingSeconds: 60,
    meanDurationSeconds: null,
    medianDurationSeconds: null,
  },
  {
    activity: 'C',
    events: 4,
    meanWaitingSeconds: 90,
    medianWaitingSeconds: 120,
    meanDurationSeconds: null,
    medianDurationSeconds: null,
  },
];
const DFG = [
  { from: 'A', to: 'B', count: 3, meanSeconds: 60, medianSeconds: 60 },
  { from: 'B', to: 'C', count: 3, meanSeconds: 120, medianSeconds: 120 },
  { from: 'A', to: 'C', count: 1, meanSeconds: 30, medianSeconds: 30 },
];
const START_END = {
  startActivities: [{ activity: 'A', cases: 4 }],
  endActivities: [{ activity: 'C', cases: 4 }],
};
const VARIANTS = {
  total: 2,
  cases: 4,
  variants: [
    { activities: ['A', 'B', 'C'], cases: 3, shareOfCases: 0.75 },
    { activities: ['A', 'C'], cases: 1, shareOfCases: 0.25 },
  ],
};
const CASES = {
  total: 3,
  cases: ['c1', 'c2', 'c3'].map((caseId, i) => ({
    caseId,
    customerId: null,
    events: 3,
    firstTsMs: Date.UTC(2024, 0, i + 1),
    lastTsMs: Date.UTC(2024, 0, i + 1, 1),
    durationSeconds: 3600,
  })),
};

function answer(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

/** Serves the dataset queries; remembers every URL asked. */
function stubApi() {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = String(input);
      asked.push(url);
      const path = url.split('?')[0]!;
      // a filter that keeps no case: every answer is empty
      if (url.includes('notContains')) {
        if (path.endsWith('/start-end')) return answer({ startActivities: [], endActivities: [] });
        if (path.endsWith('/variants')) return answer({ total: 0, cases: 0, variants: [] });
        return answer([]);
      }
      if (path.endsWith('/step-times')) return answer(STEPS);
      if (path.endsWith('/dfg')) return answer(DFG);
      if (path.endsWith('/start-end')) return answer(START_END);
      if (path.endsWith('/variants')) return answer(VARIANTS);
      if (path.endsWith('/cases')) return answer(CASES);
      return new Response('{}', { status: 404, headers: { 'content-type': 'application/json' } });
    }),
  );
  return asked;
}

let navigate: ReturnType<typeof useNavigate>;
function ShowLocation() {
  const location = useLocation();
  navigate = useNavigate();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}
const search = () => new URL(`http://x${screen.getByTestId('location').textContent}`).searchParams;

function renderMap(url: string, onFilterChange = vi.fn()) {
  const asked = stubApi();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  function Page() {
    const location = useLocation();
    const filter = readFilter(new URLSearchParams(location.search).get('filter'));
    return (
      <ProcessMapView workspaceId="wks_1" datasetId="dst_1" filter={filter} onFilterChange={onFilterChange} />
    );
  }
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/w/:workspaceId/data/:datasetId/map" element={<Page />} />
        </Routes>
        <ShowLocation />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { asked, onFilterChange };
}

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ProcessMapView', () => {
  it('reads its sliders and view from the URL and draws the map', async () => {
    renderMap('/w/wks_1/data/dst_1/map?paths=100&view=performance&metric=total');
    expect(screen.getByTestId<HTMLInputElement>('process-map-paths').value).toBe('100');
    expect(screen.getByTestId<HTMLInputElement>('process-map-activities').value).toBe('100');
    expect(screen.getByTestId('process-map-view-performance').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId<HTMLSelectElement>('process-map-metric').value).toBe('total');
    await waitFor(
      () => expect(screen.getByTestId('process-map-area').getAttribute('data-state')).toBe('ready'),
      { timeout: 10_000 },
    );
    const map = screen.getByTestId('process-map');
    expect(map.querySelectorAll('g[data-activity]')).toHaveLength(3);
    expect(screen.getByTestId('process-map-hidden-share').textContent).toMatch(/Nothing hidden/);
    await waitFor(() =>
      expect(screen.getByTestId('process-map-area').getAttribute('data-layout-problems')).toBe('0'),
    );
  });

  it('a slider move shows what it hides at once and writes the URL once, when it rests; back restores it', async () => {
    renderMap('/w/wks_1/data/dst_1/map?paths=100');
    await waitFor(() =>
      expect(screen.getByTestId('process-map-hidden-share').textContent).toMatch(/Nothing/),
    );
    const slider = screen.getByTestId<HTMLInputElement>('process-map-paths');
    fireEvent.change(slider, { target: { value: '60' } });
    fireEvent.change(slider, { target: { value: '0' } });
    expect(slider.value).toBe('0');
    // the A → C detour is the least frequent path: hiding it hides one case of four
    await waitFor(() =>
      expect(screen.getByTestId('process-map-hidden-share').textContent).toMatch(
        /Hidden: 25 % of cases \(1\)/,
      ),
    );
    expect(search().get('paths')).toBe('100');
    await waitFor(() => expect(search().get('paths')).toBe('0'));
    act(() => void navigate(-1));
    await waitFor(() => expect(search().get('paths')).toBe('100'));
    expect(slider.value).toBe('100');
    await waitFor(() =>
      expect(screen.getByTestId('process-map-hidden-share').textContent).toMatch(/Nothing/),
    );
  });

  it('the view buttons and the metric write the URL; clicking an activity opens its panel', async () => {
    renderMap('/w/wks_1/data/dst_1/map');
    fireEvent.click(screen.getByTestId('process-map-view-performance'));
    expect(search().get('view')).toBe('performance');
    expect(search().get('metric')).toBe('median');
    fireEvent.change(screen.getByTestId('process-map-metric'), { target: { value: 'mean' } });
    expect(search().get('metric')).toBe('mean');
    fireEvent.click(screen.getByTestId('process-map-view-frequency'));
    expect(search().get('view')).toBeNull();

    await waitFor(
      () => expect(screen.getByTestId('process-map').querySelector('g[data-activity="B"]')).not.toBeNull(),
      { timeout: 10_000 },
    );
    const node = screen.getByTestId('process-map').querySelector('g[data-activity="B"]')!;
    expect(node.getAttribute('role')).toBe('button');
    expect(node.getAttribute('tabindex')).toBe('0');
    fireEvent.click(node);
    expect(search().get('activity')).toBe('B');
    expect(await screen.findByTestId('process-map-panel-title')).toHaveProperty('textContent', 'B');
    fireEvent.click(screen.getByTestId('process-map-panel-close'));
    expect(search().get('activity')).toBeNull();
    // Enter on a focused activity opens it too
    fireEvent.keyDown(node, { key: 'Enter' });
    expect(search().get('activity')).toBe('B');
  });
});

describe('ProcessMapView of a filter without cases', () => {
  it('says there is nothing to draw', async () => {
    renderMap(`/w/wks_1/data/dst_1/map?filter=${encodeURIComponent('{"notContains":["A"]}')}`);
    await waitFor(() =>
      expect(screen.getByTestId('process-map-area').getAttribute('data-state')).toBe('empty'),
    );
    expect(screen.getByText(/No activity to show/)).toBeTruthy();
    expect(screen.queryByTestId('process-map')).toBeNull();
  });
});

describe('ProcessMapView when the layout fails', () => {
  afterEach(() => {
    elkState.fail = false;
  });

  it('says so, with ELK’s words, and draws the map when asked to try again', async () => {
    elkState.fail = true;
    renderMap('/w/wks_1/data/dst_1/map?activities=90');
    const alert = await screen.findByTestId('process-map-layout-error', {}, { timeout: 10_000 });
    expect(alert.textContent).toContain('The map could not be drawn: ELK could not route an edge');
    elkState.fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(
      () => expect(screen.getByTestId('process-map-area').getAttribute('data-state')).toBe('ready'),
      { timeout: 10_000 },
    );
    expect(screen.queryByTestId('process-map-layout-error')).toBeNull();
  });
});

describe('ProcessMapPanel', () => {
  const data: ProcessMapData = {
    input: { activities: [], edges: DFG, startActivities: [], endActivities: [] },
    steps: STEPS,
    dfg: DFG,
    startEnd: START_END,
    variantsUrl: '',
  };
  function renderPanel(focus: Parameters<typeof ProcessMapPanel>[0]['focus'], filter: DatasetFilter) {
    const asked = stubApi();
    const onFilterChange = vi.fn();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <ProcessMapPanel
            workspaceId="wks_1"
            datasetId="dst_1"
            filter={filter}
            onFilterChange={onFilterChange}
            focus={focus}
            data={data}
            onClose={() => undefined}
          />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const casesFilter = async () => {
      await waitFor(() => expect(asked.some((u) => u.includes('/cases?'))).toBe(true));
      const url = new URL(`http://x${asked.find((u) => u.includes('/cases?'))!}`);
      return { filter: readFilter(url.searchParams.get('filter')), limit: url.searchParams.get('limit') };
    };
    return { onFilterChange, casesFilter };
  }

  it('an activity’s cases are the filter’s cases that contain it; its buttons add contains / does not contain', async () => {
    const filter: DatasetFilter = { channels: ['Web'], contains: ['A'] };
    const { onFilterChange, casesFilter } = renderPanel({ kind: 'activity', activity: 'B' }, filter);
    expect(await casesFilter()).toEqual({ filter: { channels: ['Web'], contains: ['A', 'B'] }, limit: '10' });
    const figures = screen.getByTestId('process-map-panel-figures').textContent;
    expect(figures).toContain('Events3');
    await waitFor(() =>
      expect(screen.getByTestId('process-map-panel-figures').textContent).toContain('Cases3'),
    );
    const links = await screen.findAllByRole('link', { name: /^c\d$/ });
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      `/w/wks_1/data/dst_1/timeline?case=c1&filter=${encodeURIComponent(writeFilter(filter)!)}`,
      `/w/wks_1/data/dst_1/timeline?case=c2&filter=${encodeURIComponent(writeFilter(filter)!)}`,
      `/w/wks_1/data/dst_1/timeline?case=c3&filter=${encodeURIComponent(writeFilter(filter)!)}`,
    ]);
    fireEvent.click(screen.getByTestId('process-map-filter-contains'));
    expect(onFilterChange).toHaveBeenLastCalledWith({ channels: ['Web'], contains: ['A', 'B'] });
    fireEvent.click(screen.getByTestId('process-map-filter-not-contains'));
    expect(onFilterChange).toHaveBeenLastCalledWith({
      channels: ['Web'],
      contains: ['A'],
      notContains: ['B'],
    });
  });

  it('a direct step’s cases are the ones that take it; its button adds the step to the filter', async () => {
    const { onFilterChange, casesFilter } = renderPanel({ kind: 'edge', from: 'A', to: 'C' }, {});
    expect((await casesFilter()).filter).toEqual({ edges: [{ from: 'A', to: 'C' }] });
    expect(screen.getByTestId('process-map-panel-title').textContent).toBe('A → C');
    expect(screen.getByTestId('process-map-panel-figures').textContent).toContain('Times taken1');
    fireEvent.click(screen.getByTestId('process-map-filter-step'));
    expect(onFilterChange).toHaveBeenLastCalledWith({ edges: [{ from: 'A', to: 'C' }] });
  });

  it('an activity the filter leaves out says so instead of figures', () => {
    renderPanel({ kind: 'activity', activity: 'Z' }, {});
    expect(screen.queryByTestId('process-map-panel-figures')).toBeNull();
    expect(screen.getByText(/Not in the cases of the current filter/)).toBeTruthy();
  });
});
