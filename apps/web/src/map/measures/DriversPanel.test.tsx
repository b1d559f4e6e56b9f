// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import type { DriversAnswer } from './driversApi.js';
import { DriversPanel, type DriversPanelProps } from './DriversPanel.js';
import type { Conformance } from './measuresApi.js';

const formatNumber = (n: number, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat('en-GB', options).format(n);

const touchpoints = ['Ad', 'Store visit', 'Fitting', 'Checkout', 'Delivery'].map((title, i) => ({
  id: `tch_${i}`,
  title,
  phaseId: 'phs_a',
  order: i,
  matcher: { activities: [title] },
}));
const view = {
  phases: [{ id: 'phs_a' }],
  touchpoints,
} as unknown as DriversPanelProps['view'];

const answer: DriversAnswer = {
  outcome: 'nps',
  journeys: 412,
  vitalFewShare: 0.81,
  drivers: [
    { touchpointId: 'tch_3', importance: 0.2, share: 0.5, cumulativeShare: 0.5, vitalFew: true },
    { touchpointId: 'tch_1', importance: 0.124, share: 0.31, cumulativeShare: 0.81, vitalFew: true },
    { touchpointId: 'tch_4', importance: 0.06, share: 0.15, cumulativeShare: 0.96, vitalFew: false },
    { touchpointId: 'tch_0', importance: 0.016, share: 0.04, cumulativeShare: 1, vitalFew: false },
    { touchpointId: 'tch_2', importance: 0, share: 0, cumulativeShare: 1, vitalFew: false },
  ],
};

function panel(props: Partial<DriversPanelProps> = {}) {
  return render(
    <DriversPanel
      view={view}
      tab="drivers"
      onTab={() => {}}
      outcome="nps"
      targetId={null}
      onOutcome={() => {}}
      drivers={{ data: answer, loading: false }}
      conformance={{ loading: false }}
      formatNumber={formatNumber}
      onClose={() => {}}
      {...props}
    />,
  );
}

describe('the key drivers panel', () => {
  beforeAll(async () => {
    await setupI18n('en');
  });
  afterEach(cleanup);

  it('offers editors a new idea per vital-few driver, with the driver’s share as its note', () => {
    const onNewIdea = vi.fn();
    panel({ onNewIdea });
    const buttons = screen.getAllByRole('button', { name: /^New idea for “/ });
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'New idea for “Checkout”',
      'New idea for “Store visit”',
    ]);
    fireEvent.click(buttons[1]!);
    expect(onNewIdea).toHaveBeenCalledWith({
      touchpointId: 'tch_1',
      kind: 'driver',
      title: 'Improve “Store visit”',
      note: 'Store visit: 31% of what explains NPS (key driver)',
    });
  });

  it('offers no new idea without editing', () => {
    panel();
    expect(screen.queryAllByRole('button', { name: /^New idea for “/ })).toHaveLength(0);
  });

  it('says the sentence in real numbers and draws the bars most important first', () => {
    panel();
    expect(screen.getByTestId('drivers-sentence').textContent).toBe(
      '2 of 5 touchpoints (40%) explain 81% of NPS',
    );
    const bars = screen.getAllByTestId('pareto-bar');
    // Touchpoints with importance 0 are not drawn (they stay in the table).
    expect(bars.map((b) => b.getAttribute('data-touchpoint-id'))).toEqual([
      'tch_3',
      'tch_1',
      'tch_4',
      'tch_0',
    ]);
    expect(bars.map((b) => b.textContent)).toEqual([
      expect.stringContaining('Checkout'),
      expect.stringContaining('Store visit'),
      expect.stringContaining('Delivery'),
      expect.stringContaining('Ad'),
    ]);
    expect(bars.map((b) => b.getAttribute('data-vital-few'))).toEqual(['true', 'true', 'false', 'false']);
    const widths = bars.map((b) => Number(b.querySelector('rect')!.getAttribute('width')));
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    expect(screen.getByTestId('pareto-table').querySelectorAll('tbody tr')).toHaveLength(5);
  });

  it('uses the singular and names a conversion target', () => {
    panel({
      outcome: 'conversion',
      targetId: 'tch_4',
      drivers: {
        data: {
          ...answer,
          outcome: 'conversion',
          vitalFewShare: 0.9,
          drivers: answer.drivers.map((d, i) => ({ ...d, vitalFew: i === 0 })),
        },
        loading: false,
      },
    });
    expect(screen.getByTestId('drivers-sentence').textContent).toBe(
      '1 of 5 touchpoints (20%) explains 90% of conversion to “Delivery”',
    );
  });

  it('says why nothing is ranked when every importance is 0, and asks for a conversion target', () => {
    const { rerender } = panel({
      drivers: {
        data: {
          ...answer,
          vitalFewShare: 0,
          drivers: answer.drivers.map((d) => ({ ...d, importance: 0, share: 0 })),
        },
        loading: false,
      },
    });
    expect(screen.getByTestId('drivers-state').textContent).toContain('30 each');
    expect(screen.queryByTestId('pareto-chart')).toBeNull();
    const onOutcome = vi.fn();
    rerender(
      <DriversPanel
        view={view}
        tab="drivers"
        onTab={() => {}}
        outcome="conversion"
        targetId={null}
        onOutcome={onOutcome}
        drivers={{ loading: false }}
        conformance={{ loading: false }}
        formatNumber={formatNumber}
        onClose={() => {}}
      />,
    );
    expect(screen.getByTestId('drivers-state').getAttribute('data-state')).toBe('choose');
    fireEvent.change(screen.getByTestId('drivers-target'), { target: { value: 'tch_3' } });
    expect(onOutcome).toHaveBeenCalledWith('conversion', 'tch_3');
  });

  it('shows the conformance: the follow share and the deviations in words', () => {
    const conformance: Conformance = {
      journeys: 200,
      followShare: 0.79,
      deviations: [
        { kind: 'skipped', touchpointId: 'tch_2', journeys: 30, share: 0.15 },
        { kind: 'backward', fromTouchpointId: 'tch_3', toTouchpointId: 'tch_1', journeys: 12, share: 0.06 },
        {
          kind: 'unmatched',
          activity: 'call',
          afterTouchpointId: 'tch_1',
          beforeTouchpointId: 'tch_3',
          journeys: 1,
          events: 2,
          share: 0.005,
        },
      ],
    };
    panel({ tab: 'conformance', conformance: { data: conformance, loading: false } });
    expect(screen.getByTestId('conformance-follow').textContent).toBe(
      '79% of journeys follow the designed order',
    );
    expect(screen.getAllByTestId('conformance-deviation').map((d) => d.textContent)).toEqual([
      'Skipped “Fitting”30 journeys (15%)',
      'Went back from “Checkout” to “Store visit”12 journeys (6%)',
      'Activity “call” outside the map, between “Store visit” and “Checkout”1 journey (1%) · 2 events',
    ]);
  });
});
