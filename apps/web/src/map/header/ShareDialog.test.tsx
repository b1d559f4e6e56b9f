// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import { ShareDialog, type ShareDialogProps } from './ShareDialog.js';

const BASE = '/api/workspaces/wks_bank/journeys/jrn_loan/share-links';
const listed = [
  {
    id: 'shl_a',
    journeyId: 'jrn_loan',
    prefix: 'AbCdEfGh',
    createdBy: 'usr_ann',
    createdByName: 'Ann',
    journeyTitle: 'Getting a loan',
    createdAt: '2026-02-01T12:00:00Z',
    revokedAt: null,
    includeBackstage: true,
  },
];

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function renderDialog(figures?: ShareDialogProps['figures']) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input);
      const method = init?.method ?? 'GET';
      const body = init?.body ? JSON.parse(String(init.body)) : undefined;
      calls.push({ method, path, body });
      if (method === 'GET' && path === BASE) return json(200, { shareLinks: listed });
      if (method === 'POST' && path === BASE)
        return json(201, {
          shareLink: {
            ...listed[0],
            id: 'shl_b',
            includeBackstage: body.includeBackstage,
            figures: body.figures ?? null,
          },
          token: 'tok',
          path: '/share/tok',
        });
      return json(404, { error: 'not-found', message: 'not found' });
    }),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <ShareDialog
        open
        onClose={() => {}}
        workspaceId="wks_bank"
        journeyId="jrn_loan"
        canManage
        figures={figures}
      />
    </QueryClientProvider>,
  );
  return calls;
}

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ShareDialog', () => {
  it('makes links without back-stage notes unless asked, and says who made each link', async () => {
    const calls = renderDialog();
    const row = await screen.findByTestId('share-link-row');
    expect(row.textContent).toMatch(/AbCdEfGh….*shows back stage.*made by Ann/);
    const box = screen.getByTestId('share-include-backstage') as HTMLInputElement;
    expect(box.checked).toBe(false);

    fireEvent.click(screen.getByTestId('create-share-link'));
    expect((await screen.findByTestId('share-link-scope')).textContent).toMatch(/hides the back-stage notes/);
    fireEvent.click(box);
    fireEvent.click(screen.getByTestId('create-share-link'));
    expect((await screen.findByText(/This link shows the back-stage notes/)).textContent).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([
      { includeBackstage: false },
      { includeBackstage: true },
    ]);
  });

  it('offers the figures only while the map shows them; checked, it sends the curve and persona', async () => {
    const figures = {
      options: { curve: 'both' as const, from: null, to: null, personaId: 'per_sanne' },
      personaName: 'Sanne',
    };
    const calls = renderDialog(figures);
    const box = (await screen.findByTestId('share-include-figures')) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(screen.getByText(/as the map shows them now \(for Sanne\)/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('create-share-link'));
    expect((await screen.findByTestId('share-link-scope')).textContent).toMatch(
      /It shows the measured figures\./,
    );
    fireEvent.click(box);
    fireEvent.click(screen.getByTestId('create-share-link'));
    await screen.findByText(/hides the back-stage notes\. This is the only time/);
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([
      { includeBackstage: false, figures: figures.options },
      { includeBackstage: false },
    ]);
  });

  it('without figures on the map there is nothing to include', async () => {
    renderDialog(null);
    await screen.findByTestId('share-link-row');
    expect(screen.queryByTestId('share-include-figures')).toBeNull();
  });
});
