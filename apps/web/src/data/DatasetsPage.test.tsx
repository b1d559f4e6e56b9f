// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { setupI18n } from '../i18n/i18n.js';
import type { DatasetView } from './datasetsApi.js';
import DatasetsPage from './DatasetsPage.js';
import { datasetFixture } from './testPreviews.js';

const WS = 'wks_bank';
const BASE = `/api/workspaces/${WS}/datasets`;

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

interface Server {
  list: DatasetView[];
  /** Answers of `GET …/datasets/:id`, one per call (the last one repeats). */
  polls?: Record<string, DatasetView[]>;
  role?: 'owner' | 'editor' | 'viewer';
}

function renderPage(server: Server) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input);
      const method = init?.method ?? 'GET';
      const body = init?.body ? JSON.parse(String(init.body)) : undefined;
      calls.push({ method, path, body });
      if (path === '/api/workspaces')
        return json(200, {
          workspaces: [{ id: WS, name: 'Bank CX', role: server.role ?? 'owner', createdAt: '2026-01-01T00:00:00Z' }],
        });
      if (path === BASE && method === 'GET') return json(200, { datasets: server.list });
      const match = /\/datasets\/([^/]+)$/.exec(path);
      if (match) {
        const id = match[1]!;
        const current = server.list.find((d) => d.id === id);
        if (method === 'GET') {
          const queue = server.polls?.[id] ?? [];
          const next = queue.length > 1 ? queue.shift()! : (queue[0] ?? current);
          if (next) server.list = server.list.map((d) => (d.id === id ? next : d));
          return json(200, { ...next, versionList: [] });
        }
        if (method === 'PATCH' && current) {
          const renamed = { ...current, name: (body as { name: string }).name };
          server.list = server.list.map((d) => (d.id === id ? renamed : d));
          return json(200, { dataset: renamed });
        }
        if (method === 'DELETE') {
          server.list = server.list.filter((d) => d.id !== id);
          return new Response(null, { status: 204 });
        }
      }
      return json(404, { error: 'not-found', message: 'not found' });
    }),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[`/w/${WS}/data`]}>
        <Routes>
          <Route path="/w/:workspaceId/data" element={<DatasetsPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return calls;
}

const text = (element: Element) => element.textContent ?? '';

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18next.changeLanguage('en');
});

describe('DatasetsPage', () => {
  it('DatasetsPage teaches when there is no data yet: which files, the sample, and a way to add (editors only)', async () => {
    renderPage({ list: [] });
    const empty = await screen.findByTestId('datasets-empty');
    expect(text(empty)).toContain('Bring in interaction data');
    expect(text(empty)).toContain('a CSV or XES file');
    expect(text(empty)).toContain('samples/receipt.csv');
    expect(await within(empty).findByRole('link', { name: 'Add data' })).toBeTruthy();
    expect(within(empty).getByRole('link', { name: 'Add data' }).getAttribute('href')).toBe(`/w/${WS}/data/new`);

    cleanup();
    renderPage({ list: [], role: 'viewer' });
    const forViewer = await screen.findByTestId('datasets-empty');
    await vi.waitFor(() => expect(text(forViewer)).toContain('Editors of this workspace can bring in data'));
    expect(within(forViewer).queryByRole('link')).toBeNull();
  });

  it('DatasetsPage shows a ready dataset’s figures in the locale, with Explore, append, rename and delete', async () => {
    renderPage({ list: [datasetFixture()] });
    const row = await screen.findByTestId('dataset-row');
    expect(text(within(row).getByTestId('dataset-status'))).toBe('Ready');
    expect(text(within(row).getByTestId('dataset-events'))).toBe('8,577');
    expect(text(within(row).getByTestId('dataset-cases'))).toBe('1,434');
    expect(text(within(row).getByTestId('dataset-customers'))).toBe('–');
    expect(text(within(row).getByTestId('dataset-activities'))).toBe('27');
    expect(text(within(row).getByTestId('dataset-range'))).toBe('30 Dec 2010 – 6 Dec 2011');
    expect(text(within(row).getByTestId('dataset-size'))).toBe('2.3 MB');
    expect(text(within(row).getByTestId('dataset-versions'))).toBe('1');
    expect(within(row).getByRole('link', { name: 'Explore “Permit receipts”' }).getAttribute('href')).toBe(
      `/w/${WS}/data/dst_receipt/map`,
    );
    expect(await within(row).findByRole('button', { name: 'Append a file to “Permit receipts”' })).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Rename “Permit receipts”' })).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Delete “Permit receipts”' })).toBeTruthy();

    await act(() => i18next.changeLanguage('nl'));
    expect(text(within(row).getByTestId('dataset-events'))).toBe('8.577');
    expect(text(within(row).getByTestId('dataset-size'))).toBe('2,3 MB');
    expect(text(within(row).getByTestId('dataset-status'))).toBe('Klaar');
  });

  it('DatasetsPage follows an import: a progress bar that moves while it polls the dataset, then its figures and an announcement', async () => {
    const importing = datasetFixture({
      status: 'importing',
      progress: 0.42,
      events: 0,
      cases: 0,
      activities: 0,
      versions: 0,
      firstEventAt: null,
      lastEventAt: null,
    });
    const calls = renderPage({
      list: [importing],
      polls: { dst_receipt: [{ ...importing, progress: 0.73 }, datasetFixture()] },
    });
    const bar = await screen.findByRole('progressbar', { name: 'Importing “Permit receipts”' });
    expect(bar.getAttribute('aria-valuenow')).toBe('42');
    expect(text(screen.getByTestId('dataset-status'))).toBe('Importing');
    expect(screen.queryByTestId('dataset-explore')).toBeNull();
    // importing datasets cannot be deleted yet
    expect(
      (await screen.findByRole('button', { name: 'Delete “Permit receipts”' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    await vi.waitFor(
      () =>
        expect(
          screen.getByRole('progressbar', { name: 'Importing “Permit receipts”' }).getAttribute('aria-valuenow'),
        ).toBe('73'),
      { timeout: 4000 },
    );
    await vi.waitFor(() => expect(text(screen.getByTestId('dataset-status'))).toBe('Ready'), { timeout: 4000 });
    expect(text(screen.getByTestId('dataset-events'))).toBe('8,577');
    await vi.waitFor(() =>
      expect(text(screen.getByTestId('datasets-status'))).toBe('“Permit receipts” is ready: 8,577 events in 1,434 cases.'),
    );
    expect(calls.filter((c) => c.path === `${BASE}/dst_receipt`).length).toBeGreaterThanOrEqual(2);
  });

  it('DatasetsPage explains a failed import: file, line, column and reason in words, with upload again and delete', async () => {
    renderPage({
      list: [
        datasetFixture({
          id: 'dst_bad',
          name: 'Broken',
          status: 'failed',
          events: 0,
          cases: 0,
          versions: 0,
          fileName: 'bad.csv',
          error: {
            message: 'bad.csv, line 4, column timestamp: unparsable timestamp "yesterday"',
            reason: 'unparsable timestamp "yesterday"',
            file: 'bad.csv',
            line: 4,
            column: 'timestamp',
          },
        }),
      ],
    });
    const row = await screen.findByTestId('dataset-row');
    expect(text(within(row).getByTestId('dataset-status'))).toBe('Failed');
    const problem = within(row).getByTestId('import-problem');
    expect(text(problem)).toContain('The import failed');
    expect(text(within(problem).getByTestId('import-problem-where'))).toBe('Where: bad.csv, line 4, column “timestamp”');
    expect(text(within(problem).getByTestId('import-problem-reason'))).toContain(
      'The date and time “yesterday” cannot be read.',
    );
    expect(await within(problem).findByRole('button', { name: 'Upload again' })).toBeTruthy();
    expect(within(problem).getByRole('button', { name: 'Delete “Broken”' })).toBeTruthy();
    // one delete only: the one with the reason
    expect(within(row).getAllByRole('button', { name: 'Delete “Broken”' })).toHaveLength(1);
    expect(within(row).queryByTestId('dataset-events')).toBeNull();
    expect(within(row).queryByTestId('dataset-explore')).toBeNull();

    await act(() => i18next.changeLanguage('nl'));
    expect(text(within(problem).getByTestId('import-problem-where'))).toBe('Waar: bad.csv, regel 4, kolom „timestamp”');
    expect(text(within(problem).getByTestId('import-problem-reason'))).toContain('Het tijdstip „yesterday” is niet te lezen.');
  });

  it('DatasetsPage shows a failed append on a ready dataset, which keeps its versions and stays explorable', async () => {
    renderPage({
      list: [
        datasetFixture({
          error: { message: 'x', reason: 'expected 15 fields, found 14', file: 'more.csv', line: 120, column: null },
        }),
      ],
    });
    const row = await screen.findByTestId('dataset-row');
    expect(text(within(row).getByTestId('dataset-status'))).toBe('Ready');
    const problem = within(row).getByTestId('import-problem');
    expect(text(problem)).toContain('The last file could not be added');
    expect(text(problem)).toContain('Where: more.csv, line 120');
    expect(text(problem)).toContain('This row has 14 fields where the header has 15');
    expect(text(problem)).toContain('keeps its earlier versions');
    expect(text(within(row).getByTestId('dataset-events'))).toBe('8,577');
    expect(within(row).getByTestId('dataset-explore')).toBeTruthy();
  });

  it('DatasetsPage renames in a dialog and deletes after a confirmation that says the events go too', async () => {
    const calls = renderPage({ list: [datasetFixture()] });
    fireEvent.click(await screen.findByRole('button', { name: 'Rename “Permit receipts”' }));
    const dialog = screen.getByTestId('rename-dataset-dialog');
    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: 'Receipts 2011' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rename' }));
    await vi.waitFor(() => expect(text(screen.getByTestId('dataset-name'))).toBe('Receipts 2011'));
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ name: 'Receipts 2011' });
    expect(text(screen.getByTestId('datasets-status'))).toBe('Renamed to “Receipts 2011”.');

    fireEvent.click(screen.getByRole('button', { name: 'Delete “Receipts 2011”' }));
    const confirm = screen.getByTestId('confirm-dialog');
    expect(text(confirm)).toContain('“Receipts 2011” will be deleted with all its 8,577 events');
    fireEvent.click(within(confirm).getByTestId('confirm-submit'));
    await vi.waitFor(() => expect(screen.queryByTestId('dataset-row')).toBeNull());
    expect(calls.some((c) => c.method === 'DELETE' && c.path === `${BASE}/dst_receipt`)).toBe(true);
    expect(text(screen.getByTestId('datasets-status'))).toBe('Deleted “Receipts 2011” and its events.');
  });

  it('DatasetsPage shows viewers the datasets and Explore, without the editors’ actions', async () => {
    renderPage({ list: [datasetFixture()], role: 'viewer' });
    const row = await screen.findByTestId('dataset-row');
    await vi.waitFor(() => expect(within(row).getByTestId('dataset-explore')).toBeTruthy());
    expect(within(row).queryByTestId('dataset-rename')).toBeNull();
    expect(within(row).queryByTestId('dataset-delete')).toBeNull();
    expect(within(row).queryByTestId('dataset-append')).toBeNull();
    expect(screen.queryByTestId('add-dataset')).toBeNull();
  });
});
