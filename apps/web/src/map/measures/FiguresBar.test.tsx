// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.js';
import { setupI18n } from '../../i18n/i18n.js';
import { FiguresBar } from './FiguresBar.js';

const formatNumber = (n: number) => new Intl.NumberFormat('en-GB').format(n);

describe('the figures bar', () => {
  beforeAll(async () => {
    await setupI18n('en');
  });
  afterEach(cleanup);

  it('toggles: "Hide figures" while shown, "Show figures" while hidden', () => {
    const onToggle = vi.fn();
    const { rerender } = render(
      <FiguresBar
        state="ready"
        shown
        onToggle={onToggle}
        summary={{ datasetName: 'Shop', journeys: 1400 }}
        formatNumber={formatNumber}
      />,
    );
    const toggle = screen.getByTestId('figures-toggle');
    expect(toggle.textContent).toContain('Hide figures');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('figures-status').textContent).toContain('1,400 journeys in scope');
    expect(screen.getByTestId('figures-legend').textContent).toContain('Drop-off');
    fireEvent.click(toggle);
    expect(onToggle).toHaveBeenCalledTimes(1);

    rerender(<FiguresBar state="hidden" shown={false} onToggle={onToggle} formatNumber={formatNumber} />);
    expect(screen.getByTestId('figures-toggle').textContent).toContain('Show figures');
    expect(screen.getByTestId('figures-toggle').getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByTestId('figures-legend')).toBeNull();
    expect(screen.getByTestId('figures-bar').getAttribute('data-state')).toBe('hidden');
  });

  it('says the dataset is still importing, and shows other errors with a retry', () => {
    const { rerender } = render(
      <FiguresBar state="not-ready" shown onToggle={() => {}} formatNumber={formatNumber} />,
    );
    expect(screen.getByTestId('figures-status').textContent).toContain('still importing');
    const onRetry = vi.fn();
    rerender(
      <FiguresBar
        state="error"
        shown
        onToggle={() => {}}
        error={new ApiError(500, 'internal', 'boom')}
        onRetry={onRetry}
        formatNumber={formatNumber}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalled();
  });
});
