// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import InvitePage from './InvitePage.js';

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const invitation = {
  workspaceName: 'Bank CX',
  email: 'sam@example.com',
  role: 'editor',
  invitedByName: 'Ann',
  expiresAt: '2031-03-14T10:00:00.000Z',
};

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}
const gone = () =>
  json(404, { error: 'invitation-not-found', message: 'this invite link is unknown, used or expired' });

function ShowLocation() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

type Handler = (path: string, init?: RequestInit) => Response | undefined;

/** Renders /invite/<token> with a fake server: `me` is the signed-in user (or null), `handle` the rest. */
function renderInvite(
  me: { id: string; email: string; name: string } | null,
  handle: Handler = () => undefined,
) {
  const calls: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input);
      const method = init?.method ?? 'GET';
      calls.push({ method, path, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      const answer = handle(path, init);
      if (answer) return answer;
      if (path === '/api/auth/me') return me ? json(200, { user: me }) : json(401, { error: 'unauthorized' });
      if (path === `/api/invitations/${TOKEN}`) return json(200, { invitation });
      return json(404, { error: 'not-found', message: 'not found' });
    }),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[`/invite/${TOKEN}`]}>
        <Routes>
          <Route path="/invite/:token" element={<InvitePage />} />
          <Route path="*" element={<p>elsewhere</p>} />
        </Routes>
        <ShowLocation />
      </MemoryRouter>
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

describe('InvitePage', () => {
  it('signed out: says who invites to what until when, and signs up with the link', async () => {
    let used = false;
    const calls = renderInvite(null, (path) => {
      if (path === '/api/auth/sign-up') {
        used = true;
        return json(201, {
          user: { id: 'usr_s', email: 'sam@work.example', name: 'Sam' },
          workspaceId: 'wks_bank',
        });
      }
      if (used && path === `/api/invitations/${TOKEN}`) return gone();
      return undefined;
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Join “Bank CX”' })).toBeTruthy();
    expect(screen.getByText('Ann invites you to work in this workspace as editor.')).toBeTruthy();
    expect(screen.getByTestId('invite-details').textContent).toMatch(/works once, until 14 Mar 2031/);
    expect((screen.getByTestId('sign-up-email') as HTMLInputElement).value).toBe('sam@example.com');
    expect(screen.getByTestId('invite-sign-in').getAttribute('href')).toBe(
      `/sign-in?next=${encodeURIComponent(`/invite/${TOKEN}`)}`,
    );

    fireEvent.change(screen.getByTestId('sign-up-email'), { target: { value: 'sam@work.example' } });
    fireEvent.change(screen.getByTestId('sign-up-password'), {
      target: { value: 'a river runs through it' },
    });
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    expect(await screen.findByText('elsewhere')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/w/wks_bank/journeys');
    expect(calls.find((c) => c.path === '/api/auth/sign-up')?.body).toEqual({
      email: 'sam@work.example',
      password: 'a river runs through it',
      invitation: TOKEN,
    });
  });

  it('signed in: one button joins and opens the workspace', async () => {
    const calls = renderInvite({ id: 'usr_p', email: 'pat@example.com', name: 'Pat' }, (path, init) =>
      path === `/api/invitations/${TOKEN}/accept` && init?.method === 'POST'
        ? json(200, { workspaceId: 'wks_bank', role: 'editor' })
        : undefined,
    );
    expect(await screen.findByText('You are signed in as pat@example.com.')).toBeTruthy();
    expect(screen.queryByTestId('sign-up-email')).toBeNull();
    fireEvent.click(screen.getByTestId('invite-accept'));
    expect(await screen.findByText('elsewhere')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/w/wks_bank/journeys');
    expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/accept'))).toBe(true);
  });

  it('signed in as a member already: says so and links to the workspace', async () => {
    renderInvite({ id: 'usr_p', email: 'pat@example.com', name: 'Pat' }, (path) =>
      path.endsWith('/accept')
        ? json(409, {
            error: 'already-member',
            message: 'you are already a member of this workspace',
            workspaceId: 'wks_bank',
          })
        : undefined,
    );
    fireEvent.click(await screen.findByTestId('invite-accept'));
    expect((await screen.findByTestId('invite-already-member')).textContent).toMatch(
      /already a member of “Bank CX”/,
    );
    expect(screen.getByTestId('invite-open-workspace').getAttribute('href')).toBe('/w/wks_bank/journeys');
  });

  it('an unknown, used or expired link gets one friendly explanation', async () => {
    renderInvite(null, (path) => (path === `/api/invitations/${TOKEN}` ? gone() : undefined));
    expect((await screen.findByTestId('invite-gone')).textContent).toMatch(/Ask the owner of the workspace/);
    expect(
      screen.getByRole('heading', { level: 1, name: 'This invite link does not work (any more)' }),
    ).toBeTruthy();
  });

  it('a link that stops working while the form is open switches to the explanation', async () => {
    renderInvite(null, (path) => (path === '/api/auth/sign-up' ? gone() : undefined));
    await screen.findByTestId('sign-up-email');
    fireEvent.change(screen.getByTestId('sign-up-password'), {
      target: { value: 'a river runs through it' },
    });
    fireEvent.click(screen.getByTestId('sign-up-submit'));
    expect(await screen.findByTestId('invite-gone')).toBeTruthy();
  });
});
