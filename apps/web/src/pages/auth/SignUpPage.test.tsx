// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import SignUpPage from './SignUpPage.js';

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

function ShowLocation() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

interface Setup {
  policy: string;
  firstUser?: boolean;
  demo?: boolean;
  /** The answer to POST /api/auth/sign-up. */
  signUp?: () => Response;
  url?: string;
}

function renderSignUp({ policy, firstUser = false, demo = false, signUp, url = '/sign-up' }: Setup) {
  const calls: { path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input);
      calls.push({ path, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      if (path === '/api/config')
        return json(200, {
          version: '0.1.0',
          signUp: { policy, firstUser },
          demo: demo
            ? { email: 'demo@trailmap.local', password: 'x', workspaceId: null, journeyId: null }
            : null,
        });
      if (path === '/api/auth/sign-up' && signUp) return signUp();
      return json(404, { error: 'not-found', message: 'not found' });
    }),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="/sign-up" element={<SignUpPage />} />
          <Route path="*" element={<p>elsewhere</p>} />
        </Routes>
        <ShowLocation />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return calls;
}

function fillForm(email: string, password: string) {
  fireEvent.change(screen.getByTestId('sign-up-email'), { target: { value: email } });
  fireEvent.change(screen.getByTestId('sign-up-password'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('sign-up-submit'));
}

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18next.changeLanguage('en');
});

describe('SignUpPage', () => {
  it('invite only: explains that accounts come from invite links, shows no form and links to sign-in', async () => {
    renderSignUp({ policy: 'invite', url: '/sign-up?next=%2Fw%2Fwks_a%2Fpersonas' });
    expect((await screen.findByTestId('sign-up-invite-only')).textContent).toMatch(/invite you/);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Sign-up is by invitation');
    expect(screen.queryByTestId('sign-up-email')).toBeNull();
    expect(screen.getByTestId('sign-up-to-sign-in').getAttribute('href')).toBe(
      '/sign-in?next=%2Fw%2Fwks_a%2Fpersonas',
    );
  });

  it('invite only on an empty install: the form is there and says the first account becomes the administrator', async () => {
    renderSignUp({ policy: 'invite', firstUser: true });
    expect((await screen.findByTestId('sign-up-policy')).textContent).toMatch(/first account becomes/);
    expect(screen.getByTestId('sign-up-email')).toBeTruthy();
  });

  it('domain: says which addresses may sign up, and stops another address before sending', async () => {
    const calls = renderSignUp({ policy: 'domain:bank.example' });
    expect((await screen.findByTestId('sign-up-policy')).textContent).toContain('@bank.example');
    fillForm('eve@elsewhere.example', 'a river runs through it');
    expect(screen.getByTestId('sign-up-email').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Only addresses ending in @bank.example/)).toBeTruthy();
    expect(calls.some((c) => c.path === '/api/auth/sign-up')).toBe(false);
  });

  it('the open demo says it is open to anyone', async () => {
    renderSignUp({ policy: 'open', demo: true });
    expect((await screen.findByTestId('sign-up-policy')).textContent).toMatch(/open to anyone/);
  });

  it('shows the server’s password refusal at the field, in Dutch', async () => {
    await i18next.changeLanguage('nl');
    renderSignUp({
      policy: 'open',
      signUp: () =>
        json(400, {
          error: 'validation',
          message: 'body.password: is one of the most common passwords and easy to guess',
          issues: [
            {
              path: 'body.password',
              message:
                'is one of the most common passwords and easy to guess; choose a passphrase of your own',
            },
          ],
        }),
    });
    await screen.findByTestId('sign-up-email');
    fillForm('ann@example.com', 'password1');
    expect(await screen.findByText(/een van de meest gebruikte wachtwoorden/)).toBeTruthy();
    expect(screen.getByTestId('sign-up-password').getAttribute('aria-invalid')).toBe('true');
  });

  it('a 429 says how many minutes to wait', async () => {
    renderSignUp({
      policy: 'open',
      signUp: () =>
        json(
          429,
          { error: 'too-many-requests', message: 'too many sign-ups', retryAfterSeconds: 1700 },
          { 'retry-after': '1700' },
        ),
    });
    await screen.findByTestId('sign-up-email');
    fillForm('ann@example.com', 'a river runs through it');
    expect((await screen.findByTestId('sign-up-error')).textContent).toBe(
      'Too many new accounts from your address. Try again in 29 minutes.',
    );
  });

  it('sends a new account to the page that asked for it', async () => {
    const calls = renderSignUp({
      policy: 'open',
      url: '/sign-up?next=%2Fw%2Fwks_a%2Fpersonas',
      signUp: () => json(201, { user: { id: 'usr_a', email: 'ann@example.com', name: 'ann' } }),
    });
    await screen.findByTestId('sign-up-email');
    fillForm('ann@example.com', 'a river runs through it');
    expect(await screen.findByText('elsewhere')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/w/wks_a/personas');
    expect(calls.find((c) => c.path === '/api/auth/sign-up')?.body).toEqual({
      email: 'ann@example.com',
      password: 'a river runs through it',
    });
  });

  it('coming from an invite link, it returns to the invite page (which has its own form)', async () => {
    renderSignUp({ policy: 'invite', url: '/sign-up?next=%2Finvite%2Fabc' });
    expect(await screen.findByText('elsewhere')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe('/invite/abc');
  });
});
