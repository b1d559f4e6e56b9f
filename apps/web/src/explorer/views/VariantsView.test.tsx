// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import { compressChain } from './variants/variantChain.js';
import VariantsView from './VariantsView.js';

const VARIANTS = {
  total: 3,
  cases: 10,
  variants: [
    { activities: ['Submit', 'Check', 'Check', 'Approve'], cases: 6, shareOfCases: 0.6 },
    { activities: ['Submit', 'Reject'], cases: 3, shareOfCases: 0.3 },
    { activities: ['Submit'], cases: 1, shareOfCases: 0.1 },
  ],
};

function ShowLocation() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

function renderVariants(url = '/w/wks_1/data/dst_1/variants') {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      asked.push(String(input));
      const limit = Number(new URL(`http://x${String(input)}`).searchParams.get('limit'));
      const body = { ...VARIANTS, variants: VARIANTS.variants.slice(0, limit) };
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  const onFilterChange = vi.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route
            path="/w/:workspaceId/data/:datasetId/variants"
            element={
              <VariantsView
                workspaceId="wks_1"
                datasetId="dst_1"
                filter={{ channels: ['Web'] }}
                onFilterChange={onFilterChange}
              />
            }
          />
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

describe('VariantsView', () => {
  it('lists the top variants as chains with cases, share and coverage so far', async () => {
    const { asked } = renderVariants();
    const rows = await screen.findAllByTestId('variant-row');
    expect(rows).toHaveLength(3);
    expect(asked[0]).toContain('/variants?filter=');
    expect(asked[0]).toContain('limit=25');
    const steps = rows[0]!.querySelectorAll('[data-testid="variant-step"]');
    expect([...steps].map((s) => s.textContent)).toEqual(['Submit', 'Check×2', 'Approve']);
    expect(rows[0]!.querySelector('[data-testid="variant-cases"]')!.textContent).toBe('6 cases');
    expect(rows[1]!.textContent).toContain('90.0 % so far');
    expect(screen.getByTestId('variants-summary').textContent).toBe(
      '3 variants in 10 cases; the top 3 cover 100 % of cases.',
    );
  });

  it('choosing variants by row or checkbox filters by them, added to the filter in force', async () => {
    const { onFilterChange } = renderVariants();
    const rows = await screen.findAllByTestId('variant-row');
    expect(screen.getByTestId<HTMLButtonElement>('variants-filter').disabled).toBe(true);
    fireEvent.click(rows[0]!);
    fireEvent.click(rows[2]!.querySelector('input[type="checkbox"]')!);
    expect(screen.getByTestId('variants-filter').textContent).toBe('Keep these 2 variants');
    fireEvent.click(screen.getByTestId('variants-filter'));
    expect(onFilterChange).toHaveBeenCalledWith({
      channels: ['Web'],
      variants: [['Submit', 'Check', 'Check', 'Approve'], ['Submit']],
    });
  });

  it('“show more” asks for more variants through the URL', async () => {
    const { asked } = renderVariants('/w/wks_1/data/dst_1/variants?top=2');
    await screen.findAllByTestId('variant-row');
    expect(asked[0]).toContain('limit=2');
    fireEvent.click(screen.getByTestId('variants-more'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toContain('top=27'));
  });
});

describe('compressChain', () => {
  it('folds runs of one activity into one chip with its count', () => {
    expect(compressChain(['A', 'B', 'B', 'B', 'C', 'B'])).toEqual([
      { activity: 'A', times: 1 },
      { activity: 'B', times: 3 },
      { activity: 'C', times: 1 },
      { activity: 'B', times: 1 },
    ]);
  });
});
