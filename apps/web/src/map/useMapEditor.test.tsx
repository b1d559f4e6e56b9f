// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  addTouchpoint,
  createId,
  createJourneyContent,
  touchpointFieldsSchema,
  updateTouchpoint,
  type JourneyMap,
} from '@trailmap/domain';
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DELAY_MS, useMapEditor } from './useMapEditor.js';

const journey: JourneyMap = {
  ...createJourneyContent('see-think-do-care'),
  id: 'jrn_test000001' as JourneyMap['id'],
  workspaceId: 'wks_test000001' as JourneyMap['workspaceId'],
  title: 'Getting a loan',
  goal: '',
  scope: '',
  personaIds: [],
  state: 'current',
  counterpartId: null,
  phaseModel: 'see-think-do-care',
  datasetId: null,
  datasetFilter: null,
  version: 3,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

interface Call {
  method: string;
  url: string;
  body: Record<string, unknown>;
}

function stubServer(answer: (call: Call) => { status: number; body: unknown }) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const call = { method: init.method ?? 'GET', url, body: JSON.parse(String(init.body ?? '{}')) };
      calls.push(call);
      const { status, body } = answer(call);
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

function renderEditor(map: JourneyMap = journey) {
  const client = new QueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return renderHook(() => useMapEditor('wks_test000001', map), { wrapper });
}

/** The map linked to a dataset, with a standing filter and a touchpoint that has a matcher. */
function linkedJourney(): JourneyMap {
  const matcher = {
    activities: ['Order Placed'],
    channels: ['app'],
    properties: [{ key: 'order_value', op: 'gt' as const, value: 100 }],
  };
  const fields = touchpointFieldsSchema.parse({
    phaseId: journey.phases[0]!.id,
    title: 'Orders',
    channel: 'app',
    matcher,
  });
  const { content } = addTouchpoint(journey, fields);
  return {
    ...journey,
    ...content,
    datasetId: createId('dataset'),
    datasetFilter: { channels: ['app'], from: '2024-01-01T00:00:00.000Z' },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useMapEditor', () => {
  it('useMapEditor: edits are saved once, ~800 ms after the last one, with PUT of the whole map and its version', async () => {
    let version = 3;
    const calls = stubServer((call) => ({
      status: 200,
      body: { journey: { ...journey, ...call.body, version: ++version } },
    }));
    const { result } = renderEditor();
    expect(result.current.saveState).toBe('saved');

    act(() => void result.current.edit((doc) => ({ ...doc, title: 'Getting a mortgage' })));
    act(() => void result.current.edit((doc) => ({ ...doc, goal: 'A first home' })));
    expect(result.current.saveState).toBe('saving');
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100));
    expect(calls).toHaveLength(0);
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.method).toBe('PUT');
    expect(calls[0]!.url).toBe('/api/workspaces/wks_test000001/journeys/jrn_test000001');
    expect(calls[0]!.body).toMatchObject({ title: 'Getting a mortgage', goal: 'A first home', version: 3 });
    expect(calls[0]!.body.phases).toHaveLength(4);
    expect(result.current.saveState).toBe('saved');

    // the next save sends the version the server answered with
    act(() => void result.current.edit((doc) => ({ ...doc, title: 'Getting a loan' })));
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10));
    expect(calls[1]!.body.version).toBe(4);
    expect(result.current.version()).toBe(5);
  });

  it('useMapEditor: the saved map keeps its dataset link, standing filter and matchers through card edits', async () => {
    const linked = linkedJourney();
    const calls = stubServer((call) => ({
      status: 200,
      body: { journey: { ...linked, ...call.body, version: 4 } },
    }));
    const { result } = renderEditor(linked);
    const card = linked.touchpoints[0]!;
    act(
      () =>
        void result.current.edit((doc) => {
          const moved = updateTouchpoint(doc, card.id, {
            title: 'Orders in the app',
            phaseId: doc.phases[2]!.id,
          });
          return { ...doc, ...moved!, title: 'Linked map' };
        }),
    );
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toMatchObject({
      title: 'Linked map',
      datasetId: linked.datasetId,
      datasetFilter: linked.datasetFilter,
    });
    const sent = (calls[0]!.body.touchpoints as { id: string; title: string; matcher: unknown }[])[0]!;
    expect(sent).toMatchObject({ id: card.id, title: 'Orders in the app', matcher: card.matcher });
  });

  it('useMapEditor: an unlinked map is saved with datasetId and datasetFilter null, not without them', async () => {
    const calls = stubServer((call) => ({
      status: 200,
      body: { journey: { ...journey, ...call.body, version: 4 } },
    }));
    const { result } = renderEditor();
    act(() => void result.current.edit((doc) => ({ ...doc, title: 'Renamed' })));
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10));
    expect(calls[0]!.body).toHaveProperty('datasetId', null);
    expect(calls[0]!.body).toHaveProperty('datasetFilter', null);
  });

  it('useMapEditor: linking saves pending edits first, PATCHes { version, datasetId } and goes on from the new version', async () => {
    let version = 3;
    const calls = stubServer((call) => ({
      status: 200,
      body: { journey: { ...journey, ...call.body, datasetFilter: null, version: ++version } },
    }));
    const { result } = renderEditor();
    act(() => void result.current.edit((doc) => ({ ...doc, title: 'Pending' })));
    let linked = false;
    await act(async () => {
      linked = await result.current.linkDataset('dst_shop00000001');
    });
    expect(linked).toBe(true);
    expect(calls.map((c) => c.method)).toEqual(['PUT', 'PATCH']);
    expect(calls[1]!.body).toEqual({ version: 4, datasetId: 'dst_shop00000001' });
    expect(result.current.doc.datasetId).toBe('dst_shop00000001');
    expect(result.current.savedVersion).toBe(5);
    expect(result.current.saveState).toBe('saved');
    // nothing left to autosave; the next edit is sent with the version of the link
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2));
    expect(calls).toHaveLength(2);
    act(() => void result.current.edit((doc) => ({ ...doc, title: 'After the link' })));
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10));
    expect(calls[2]!.body).toMatchObject({ version: 5, datasetId: 'dst_shop00000001' });
  });

  it('useMapEditor: linking with nothing pending, then a keyed edit (a card field): the edit is still saved', async () => {
    let version = 3;
    const calls = stubServer((call) => ({
      status: 200,
      body: { journey: { ...journey, ...call.body, datasetFilter: null, version: ++version } },
    }));
    const { result } = renderEditor();
    await act(async () => {
      expect(await result.current.flush()).toBe(true);
    });
    await act(async () => {
      expect(await result.current.linkDataset('dst_shop00000001')).toBe(true);
    });
    expect(calls.map((c) => c.method)).toEqual(['PATCH']);
    act(() => void result.current.edit((doc) => ({ ...doc, title: 'After the link' }), 'title'));
    expect(result.current.saveState).toBe('saving');
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10));
    expect(calls.map((c) => c.method)).toEqual(['PATCH', 'PUT']);
    expect(calls[1]!.body).toMatchObject({ title: 'After the link', version: 4 });
    expect(result.current.saveState).toBe('saved');
  });

  it('useMapEditor: a 409 stale-version reports a conflict and stops saving', async () => {
    const calls = stubServer(() => ({
      status: 409,
      body: { error: 'stale-version', message: 'someone else changed this map', currentVersion: 7 },
    }));
    const { result } = renderEditor();
    act(() => void result.current.edit((doc) => ({ ...doc, title: 'Mine' })));
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10));
    expect(result.current.saveState).toBe('conflict');
    act(() => void result.current.edit((doc) => ({ ...doc, title: 'Mine, again' })));
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3));
    expect(calls).toHaveLength(1);
    expect(result.current.doc.title).toBe('Mine, again');
  });

  it('useMapEditor: a failed save says so and saves again on the next edit', async () => {
    let fail = true;
    const calls = stubServer((call) =>
      fail
        ? { status: 500, body: { error: 'internal' } }
        : { status: 200, body: { journey: { ...journey, ...call.body, version: 4 } } },
    );
    const { result } = renderEditor();
    act(() => void result.current.edit((doc) => ({ ...doc, title: 'One' })));
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10));
    expect(result.current.saveState).toBe('error');
    fail = false;
    act(() => void result.current.edit((doc) => ({ ...doc, title: 'Two' })));
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10));
    expect(calls).toHaveLength(2);
    expect(calls[1]!.body).toMatchObject({ title: 'Two', version: 3 });
    expect(result.current.saveState).toBe('saved');
  });

  it('useMapEditor: undo and redo walk the history of snapshots, and the undone state is saved', async () => {
    const calls = stubServer((call) => ({
      status: 200,
      body: { journey: { ...journey, ...call.body, version: 4 } },
    }));
    const { result } = renderEditor();
    act(() => void result.current.edit((doc) => ({ ...doc, title: 'Edited' })));
    expect(result.current.canUndo).toBe(true);
    act(() => result.current.undo());
    expect(result.current.doc.title).toBe('Getting a loan');
    expect(result.current.canRedo).toBe(true);
    act(() => result.current.redo());
    expect(result.current.doc.title).toBe('Edited');
    act(() => result.current.undo());
    await act(() => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 10));
    // back at what the server has: nothing to save
    expect(calls).toHaveLength(0);
    expect(result.current.saveState).toBe('saved');
  });
});
