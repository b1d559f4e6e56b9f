// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import { CreateJourneyDialog } from './CreateJourneyDialog.js';

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const TEMPLATES = {
  templates: [
    {
      model: 'see-think-do-care-love',
      name: 'See–Think–Do–Care–Love',
      description: '…',
      phases: [{ key: 'see', name: 'See', customerNeed: '' }],
    },
    {
      model: 'blank',
      name: 'Blank',
      description: '…',
      phases: [{ key: 'phase', name: 'Phase 1', customerNeed: '' }],
    },
  ],
  examples: [
    {
      key: 'loan-application',
      model: 'orientation-purchase-use-service-billing',
      name: 'Applying for a personal loan',
      description: 'A loan for a second-hand car.',
      phases: [{ name: 'Orientation' }, { name: 'Billing' }],
      touchpointCount: 12,
    },
    {
      key: 'service-complaint',
      model: 'custom',
      name: 'Internet down: from outage to complaint',
      description: 'A service journey.',
      phases: [{ name: 'Something goes wrong' }],
      touchpointCount: 11,
    },
  ],
};

/** The first render loads the catalogues and the templates; wait for it, however busy the machine is. */
const LOADED = { timeout: 15_000 };

function ShowLocation() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname}</output>;
}

function renderDialog() {
  const posted: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = String(input);
      if (path.startsWith('/api/templates')) return json(200, TEMPLATES);
      if (path === '/api/workspaces/wks_a/journeys' && init?.method === 'POST') {
        posted.push(JSON.parse(String(init.body)));
        return json(201, { journey: { id: 'jrn_new' } });
      }
      return json(404, { error: 'not-found', message: 'not found' });
    }),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/w/wks_a/journeys']}>
        <Routes>
          <Route
            path="/w/wks_a/journeys"
            element={
              <CreateJourneyDialog
                open
                onClose={() => {}}
                workspaceId="wks_a"
                personas={[]}
                initialPersonaIds={[]}
              />
            }
          />
          <Route path="*" element={<p>elsewhere</p>} />
        </Routes>
        <ShowLocation />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return posted;
}

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CreateJourneyDialog', () => {
  it('lists the examples with phase model and card count beside the empty phase models', async () => {
    renderDialog();
    const loan = await screen.findByRole('radio', { name: 'Applying for a personal loan' }, LOADED);
    expect(loan.getAttribute('aria-describedby')).not.toBeNull();
    const about = document.getElementById(loan.getAttribute('aria-describedby')!)!;
    expect(about.textContent).toContain('Orientation–Purchase–Use–Service–Billing · 12 touchpoints');
    expect(about.textContent).toContain('A loan for a second-hand car.');
    expect(screen.getByRole('radio', { name: 'Internet down: from outage to complaint' })).toBeTruthy();
    expect((screen.getByTestId('journey-start-empty') as HTMLInputElement).checked).toBe(true);
  });

  it('an example fills in its name as the title and is sent as `example`, without a template', async () => {
    const posted = renderDialog();
    fireEvent.click(await screen.findByRole('radio', { name: 'Applying for a personal loan' }, LOADED));
    const title = screen.getByTestId('journey-title') as HTMLInputElement;
    expect(title.value).toBe('Applying for a personal loan');
    expect((screen.getByTestId('journey-template') as HTMLSelectElement).disabled).toBe(true);
    // Another example replaces a title that was an example's name.
    fireEvent.click(screen.getByRole('radio', { name: 'Internet down: from outage to complaint' }));
    expect(title.value).toBe('Internet down: from outage to complaint');
    fireEvent.click(screen.getByTestId('journey-create-submit'));
    await waitFor(
      () => expect(screen.getByTestId('location').textContent).toBe('/w/wks_a/journeys/jrn_new'),
      LOADED,
    );
    expect(posted).toEqual([
      {
        title: 'Internet down: from outage to complaint',
        example: 'service-complaint',
        personaIds: [],
        language: 'en',
      },
    ]);
  });

  it('a title of your own stays when you pick an example; the empty model sends its template', async () => {
    const posted = renderDialog();
    const title = (await screen.findByTestId('journey-title', {}, LOADED)) as HTMLInputElement;
    fireEvent.change(title, { target: { value: 'Our loan' } });
    fireEvent.click(await screen.findByRole('radio', { name: 'Applying for a personal loan' }, LOADED));
    expect(title.value).toBe('Our loan');
    fireEvent.click(screen.getByTestId('journey-start-empty'));
    fireEvent.change(screen.getByTestId('journey-template'), { target: { value: 'blank' } });
    fireEvent.click(screen.getByTestId('journey-create-submit'));
    await waitFor(() => expect(posted).toHaveLength(1), LOADED);
    expect(posted[0]).toEqual({ title: 'Our loan', template: 'blank', personaIds: [], language: 'en' });
  });
});
