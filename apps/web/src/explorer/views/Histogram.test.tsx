// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import { Histogram, type CaseDurations } from './DurationsView.js';

const DATA: CaseDurations = {
  cases: 20,
  meanSeconds: 5000,
  medianSeconds: 4000,
  p90Seconds: 12000,
  minSeconds: 0,
  maxSeconds: 14400,
  histogram: [
    { fromSeconds: 0, toSeconds: 3600, cases: 10 },
    { fromSeconds: 3600, toSeconds: 7200, cases: 5 },
    { fromSeconds: 7200, toSeconds: 10800, cases: 3 },
    { fromSeconds: 10800, toSeconds: 14400, cases: 2 },
  ],
};

describe('Histogram', () => {
  beforeAll(async () => {
    await setupI18n('en');
  });
  afterEach(cleanup);

  it('Histogram: a first and a last bar make a range, and "keep" hands it on as bars', () => {
    const onApply = vi.fn();
    render(<Histogram data={DATA} scale="linear" onApply={onApply} />);
    const bars = screen.getAllByTestId('durations-bar');
    expect(bars).toHaveLength(4);
    expect(screen.getByTestId('durations-range').textContent).toBe('No bars chosen.');
    fireEvent.click(bars[1]!);
    expect(bars[1]!.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(bars[3]!);
    expect(bars.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'true', 'true']);
    expect(screen.getByTestId('durations-range').textContent).toContain('Lasting 1 h to 4 h: 10 cases (50%)');
    fireEvent.click(screen.getByTestId('durations-apply'));
    expect(onApply).toHaveBeenCalledWith({ from: 1, to: 3 });
    // a click after a range starts again from one bar; "clear" drops the choice
    fireEvent.click(bars[0]!);
    expect(bars.map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false', 'false', 'false']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.getByTestId('durations-range').textContent).toBe('No bars chosen.');
  });

  it('Histogram names each bar with its durations and cases', () => {
    render(<Histogram data={DATA} scale="log" onApply={() => undefined} />);
    expect(screen.getByRole('button', { name: '1 h to 2 h: 5 cases' })).toBeTruthy();
  });
});
