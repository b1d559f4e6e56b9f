// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import MembersPage from './MembersPage.js';

const WS = 'wks_bank';
const DAY = 24 * 3600 * 1000;
const owner = {
  userId: 'usr_ann',
  email: 'ann@example.com',
  name: 'Ann',
  role: 'owner',
  createdAt: '2026-01-05T09:00:00Z',
};
const pending = {
  id: 'inv_open',
  email: 'sam@example.com',
  role: 'editor',
  invitedBy: 'usr_ann',
  createdAt: new Date(Date.now() - DAY).toISOString(),
  expiresAt: new Date(Date.now() + 6 * DAY).toISOString(),
};
const lapsed = {
  ...pending,
  id: 'inv_late',
  email: 'late@example.com',
  createdAt: new Date(Date.now() - 9 * DAY).toISOString(),
  expiresAt: new Date(Date.now() - 2 * DAY).toISOString(),
};
const shareLink = (
  id: string,
  title: string,
  includeBackstage: boolean,
  revokedAt: string | null = null,
) => ({
  id,
  journeyId: `jrn_${id}`,
  journeyTitle: title,
  prefix: `pre${id}`,
  createdBy: 'usr_ann',
  createdByName: 'Ann',
  createdAt: '2026-02-01T12:00:00Z',
  revokedAt,
  includeBackstage,
});

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function renderMembers(handle: (method: string, path: string) => Response | undefined = () => undefined) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input);
      const method = init?.method ?? 'GET';
      calls.push({ method, path, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      const answer = handle(method, path);
      if (answer) return answer;
      if (path === '/api/auth/me')
        return json(200, { user: { id: 'usr_ann', email: owner.email, name: 'Ann' } });
      if (path === '/api/workspaces')
        return json(200, {
          workspaces: [{ id: WS, name: 'Bank CX', role: 'owner', createdAt: owner.createdAt }],
        });
      if (path === `/api/workspaces/${WS}/members`)
        return json(200, { members: [owner], invitations: [pending, lapsed] });
      if (path === `/api/workspaces/${WS}/share-links`)
        return json(200, {
          shareLinks: [
            shareLink('a', 'Getting a loan — now', false),
            shareLink('b', 'Buying shoes', true),
            shareLink('c', 'Old map', false, '2026-02-02T00:00:00Z'),
          ],
        });
      if (path === `/api/workspaces/${WS}/api-keys`) return json(200, { apiKeys: [] });
      return json(404, { error: 'not-found', message: 'not found' });
    }),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[`/w/${WS}/members`]}>
        <Routes>
          <Route path="/w/:workspaceId/members" element={<MembersPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return calls;
}

const linkAnswer = (emailed: boolean, id = 'inv_new', email = 'new@example.com') =>
  json(id === 'inv_new' ? 202 : 201, {
    invitation: { ...pending, id, email, expiresAt: '2031-03-14T10:00:00.000Z' },
    token: 'secret-token',
    path: '/invite/secret-token',
    emailed,
  });

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('MembersPage', () => {
  it('inviting a new address shows its link once, to copy and send, with its expiry', async () => {
    const calls = renderMembers((method, path) =>
      method === 'POST' && path === `/api/workspaces/${WS}/members` ? linkAnswer(false) : undefined,
    );
    fireEvent.change(await screen.findByTestId('invite-email'), { target: { value: 'new@example.com' } });
    fireEvent.click(screen.getByTestId('invite-submit'));
    const notice = await screen.findByTestId('invite-link');
    expect((within(notice).getByTestId('invite-link-url') as HTMLInputElement).value).toBe(
      `${window.location.origin}/invite/secret-token`,
    );
    expect(within(notice).getByTestId('invite-link-note').textContent).toBe(
      'Copy this link now and send it to new@example.com yourself, by e-mail or chat. It is shown only this once.',
    );
    expect(notice.textContent).toMatch(/expires on 14 Mar 2031/);
    expect(within(notice).getByTestId('invite-link-copy')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      email: 'new@example.com',
      role: 'editor',
    });
    fireEvent.click(within(notice).getByTestId('invite-link-done'));
    expect(screen.queryByTestId('invite-link')).toBeNull();
  });

  it('says so when the server e-mailed the link', async () => {
    renderMembers((method, path) =>
      method === 'POST' && path === `/api/workspaces/${WS}/members` ? linkAnswer(true) : undefined,
    );
    fireEvent.change(await screen.findByTestId('invite-email'), { target: { value: 'new@example.com' } });
    fireEvent.click(screen.getByTestId('invite-submit'));
    expect((await screen.findByTestId('invite-link-note')).textContent).toMatch(
      /^The link was e-mailed to new@example.com/,
    );
  });

  it('pending invitations show when their link expires or expired; a new link is shown under its row', async () => {
    const calls = renderMembers((method, path) =>
      method === 'POST' && path === `/api/workspaces/${WS}/invitations/inv_late/link`
        ? linkAnswer(false, 'inv_late', 'late@example.com')
        : undefined,
    );
    const rows = await screen.findAllByTestId('invitation-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByTestId('invitation-expiry').textContent).toMatch(/^link expires on /);
    expect(within(rows[1]!).getByTestId('invitation-expiry').textContent).toMatch(/^link expired on /);
    fireEvent.click(within(rows[1]!).getByTestId('invitation-renew'));
    const notice = await within(rows[1]!).findByTestId('invite-link');
    expect(within(notice).getByTestId('invite-link-note').textContent).toMatch(/send it to late@example.com/);
    expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/inv_late/link'))).toBe(true);
  });

  it('lists the live share links of the workspace with their maker, and revokes them all after confirming', async () => {
    const calls = renderMembers((method, path) =>
      method === 'DELETE' && path === `/api/workspaces/${WS}/share-links`
        ? json(200, { revoked: 2 })
        : undefined,
    );
    const links = await screen.findAllByTestId('workspace-share-link');
    expect(links).toHaveLength(2);
    expect(links[0]!.textContent).toMatch(/Getting a loan — now.*hides back stage.*made by Ann on/);
    expect(links[1]!.textContent).toMatch(/Buying shoes.*shows back stage/);
    fireEvent.click(screen.getByTestId('share-links-revoke-all'));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    expect(screen.getByTestId('confirm-dialog').textContent).toMatch(/Revoke all 2 share links\?/);
    fireEvent.click(screen.getByTestId('confirm-submit'));
    expect((await screen.findByText('2 share links were revoked.')).textContent).toBeTruthy();
    expect(calls.some((c) => c.method === 'DELETE' && c.path === `/api/workspaces/${WS}/share-links`)).toBe(
      true,
    );
  });
});
