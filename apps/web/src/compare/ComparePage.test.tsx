// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../i18n/i18n.js';
import ComparePage from './ComparePage.js';
import { makeMap } from './testMaps.js';

const then = makeMap('jrn_thenmap', 'Shoes then', 'current', [
  {
    id: 'phs_thensee',
    name: 'See',
    cards: [{ id: 'tpt_leaflet', title: 'Leaflet', channel: 'letter', emotion: 1 }],
  },
  {
    id: 'phs_thenlove',
    name: 'Love',
    cards: [{ id: 'tpt_bdaycard', title: 'Card', channel: 'letter', emotion: 2 }],
  },
]);
const now = makeMap('jrn_nowmap', 'Shoes now', 'current', [
  {
    id: 'phs_nowsee',
    name: 'See',
    cards: [{ id: 'tpt_leaflet', title: 'Leaflet', channel: 'letter', emotion: 3 }],
  },
  { id: 'phs_nowlove', name: 'Love' },
]);

function answer(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

function ShowLocation() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

function renderAt(url: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const path = String(input);
      if (path.endsWith('/journeys')) return answer({ journeys: [then, now] });
      if (path.endsWith('/jrn_thenmap')) return answer({ journey: then });
      if (path.endsWith('/jrn_nowmap')) return answer({ journey: now });
      return new Response('{}', { status: 404, headers: { 'content-type': 'application/json' } });
    }),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/w/:workspaceId/journeys/:journeyId/compare/:otherId" element={<ComparePage />} />
        </Routes>
        <ShowLocation />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ComparePage', () => {
  it('diffs the two maps of the URL and keeps the mode in the query', async () => {
    renderAt('/w/wks_test00/journeys/jrn_thenmap/compare/jrn_nowmap');
    // Matched by id: the leaflet changed (emotion 1 → 3); the card is gone.
    expect((await screen.findByTestId('compare-changed')).textContent).toContain('Leaflet');
    expect(screen.getByTestId('compare-removed').textContent).toContain('Card');
    fireEvent.click(screen.getByTestId('compare-mode-overlay'));
    expect(screen.getByTestId('location').textContent).toBe(
      '/w/wks_test00/journeys/jrn_thenmap/compare/jrn_nowmap?mode=overlay',
    );
    expect(await screen.findByTestId('compare-overlay')).toBeTruthy();
    expect(screen.getAllByTestId('phase-delta').map((el) => el.textContent)).toEqual([
      expect.stringContaining('+2.0'),
      'Now: no touchpoints',
    ]);
  });

  it('turns the comparison around with the swap button, keeping the mode', async () => {
    renderAt('/w/wks_test00/journeys/jrn_thenmap/compare/jrn_nowmap?mode=overlay');
    fireEvent.click(await screen.findByTestId('compare-swap'));
    expect(screen.getByTestId('location').textContent).toBe(
      '/w/wks_test00/journeys/jrn_nowmap/compare/jrn_thenmap?mode=overlay',
    );
    expect(await screen.findByText('Then: no touchpoints')).toBeTruthy();
  });

  it('teaches what comparing is for when a map is compared with itself', async () => {
    renderAt('/w/wks_test00/journeys/jrn_thenmap/compare/jrn_thenmap');
    expect(await screen.findByText(/Comparing shows what changed between two maps/)).toBeTruthy();
    const picker = (await screen.findByTestId('compare-picker')) as HTMLSelectElement;
    fireEvent.change(picker, { target: { value: 'jrn_nowmap' } });
    expect(screen.getByTestId('location').textContent).toBe(
      '/w/wks_test00/journeys/jrn_thenmap/compare/jrn_nowmap?mode=side',
    );
  });
});
