// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../i18n/i18n.js';
import { BoardReportPanel } from './BoardReportPanel.js';

const WS = 'wks_test00';
const JOURNEY = 'jrn_shoes01';
const LINKS = `/api/workspaces/${WS}/journeys/${JOURNEY}/share-links`;

function json(status: number, body: unknown) {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

const mapLink = {
  id: 'shr_map00001',
  prefix: 'mapmapma',
  createdAt: '2026-01-01T00:00:00Z',
  revokedAt: null,
  kind: 'map',
};
const reportLink = {
  id: 'shr_report01',
  prefix: 'repoRTab',
  createdAt: '2026-01-02T00:00:00Z',
  revokedAt: null,
  kind: 'report',
};

function renderPanel(canShare: boolean) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  let links: { id: string; prefix: string; createdAt: string; revokedAt: string | null; kind: string }[] = [
    mapLink,
  ];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input);
      const method = init?.method ?? 'GET';
      calls.push({ method, path, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      if (path === LINKS && method === 'GET') return json(200, { shareLinks: links });
      if (path === LINKS && method === 'POST') {
        links = [mapLink, reportLink];
        return json(201, { shareLink: reportLink, token: 'tok123', path: '/api/share/tok123/report' });
      }
      if (path === `${LINKS}/${reportLink.id}` && method === 'DELETE') {
        links = [mapLink, { ...reportLink, revokedAt: '2026-01-03T00:00:00Z' }];
        return json(204, null);
      }
      return json(404, { error: 'not-found', message: `${method} ${path}` });
    }),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <BoardReportPanel workspaceId={WS} journeyId={JOURNEY} canShare={canShare} />
    </QueryClientProvider>,
  );
  return calls;
}

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18next.changeLanguage('en');
});

describe('BoardReportPanel', () => {
  it('links to the HTML report and the PDF in the language chosen', () => {
    renderPanel(false);
    const open = screen.getByTestId('open-report');
    const pdf = screen.getByTestId('download-report-pdf');
    expect(open.getAttribute('href')).toBe(
      `/api/workspaces/${WS}/journeys/${JOURNEY}/report?format=html&lang=en`,
    );
    expect(pdf.getAttribute('href')).toBe(
      `/api/workspaces/${WS}/journeys/${JOURNEY}/report?format=pdf&lang=en`,
    );
    fireEvent.change(screen.getByLabelText('Language of the report'), { target: { value: 'nl' } });
    expect(screen.getByTestId('open-report').getAttribute('href')).toContain('lang=nl');
    expect(screen.getByTestId('download-report-pdf').getAttribute('href')).toContain('format=pdf&lang=nl');
    // viewers get no sharing
    expect(screen.queryByTestId('create-report-link')).toBeNull();
  });

  it('an editor makes a report link (shown once), sees it listed apart from map links, and revokes it', async () => {
    const calls = renderPanel(true);
    fireEvent.click(screen.getByTestId('create-report-link'));
    const url = (await screen.findByTestId('report-link-url')) as HTMLTextAreaElement;
    expect(url.value).toBe(`${window.location.origin}/api/share/tok123/report?lang=en`);
    expect(calls.find((c) => c.method === 'POST')).toEqual({
      method: 'POST',
      path: LINKS,
      body: { kind: 'report' },
    });
    // only the report link is listed, not the map's
    const rows = await screen.findAllByTestId('report-link-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('repoRTab…');
    fireEvent.click(screen.getByRole('button', { name: 'Revoke report link repoRTab…' }));
    await waitFor(() => expect(screen.queryAllByTestId('report-link-row')).toHaveLength(0));
    expect(screen.queryByTestId('report-link-url')).toBeNull();
    expect(calls.some((c) => c.method === 'DELETE' && c.path === `${LINKS}/${reportLink.id}`)).toBe(true);
  });

  it('speaks Dutch', async () => {
    await i18next.changeLanguage('nl');
    renderPanel(true);
    expect(screen.getByRole('heading', { name: 'Directierapport' })).toBeTruthy();
    expect(screen.getByTestId('open-report').getAttribute('href')).toContain('lang=nl');
    expect(screen.getByRole('button', { name: 'Deellink maken' })).toBeTruthy();
  });
});
