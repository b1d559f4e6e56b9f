// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import type { JourneyMeasuresAnswer } from '../measures/measuresApi.js';
import { buildTestMap } from '../testMaps.js';
import { ConformanceView, type ConformanceViewProps } from './ConformanceView.js';

beforeAll(async () => {
  await setupI18n('en');
});
afterEach(cleanup);

const formatNumber = (n: number, options?: Intl.NumberFormatOptions) =>
  new Intl.NumberFormat('en-GB', options).format(n);

const built = buildTestMap([
  [{ title: 'Sees an ad' }, { title: 'Visits the site' }],
  [{ title: 'Adds to cart' }, { title: 'Pays' }, { title: 'Thank-you mail' }],
]);
// every card but the thank-you mail has a matcher
const view = {
  ...built,
  touchpoints: built.touchpoints.map((tp) =>
    tp.title === 'Thank-you mail' ? tp : { ...tp, matcher: { activities: [tp.title] } },
  ),
};
const [ad, visit, cart, pay, mail] = view.touchpoints.map((tp): string => tp.id) as [
  string,
  string,
  string,
  string,
  string,
];

const answer = {
  dataset: { id: 'dst_1', name: 'Shop', version: 1, from: null, to: null },
  journeys: 120,
  touchpoints: [],
  phases: [],
  conformance: {
    journeys: 100,
    followShare: 0.8,
    deviations: [],
    flow: {
      nodes: [
        { touchpointId: ad, journeys: 60 },
        { touchpointId: visit, journeys: 100 },
        { touchpointId: pay, journeys: 70 },
      ],
      edges: [
        { fromTouchpointId: ad, toTouchpointId: visit, journeys: 40, share: 0.4, direction: 'forward' },
        { fromTouchpointId: visit, toTouchpointId: pay, journeys: 70, share: 0.7, direction: 'skipping' },
        { fromTouchpointId: visit, toTouchpointId: ad, journeys: 20, share: 0.2, direction: 'backward' },
      ],
      starts: [
        { touchpointId: visit, journeys: 60, share: 0.6 },
        { touchpointId: ad, journeys: 40, share: 0.4 },
      ],
      ends: [
        { touchpointId: pay, journeys: 70, share: 0.7 },
        { touchpointId: visit, journeys: 30, share: 0.3 },
      ],
    },
  },
} satisfies JourneyMeasuresAnswer;

function show(props: Partial<ConformanceViewProps> = {}) {
  return render(
    <ConformanceView
      view={view}
      measures={{ data: answer }}
      linked
      formatNumber={formatNumber}
      onBack={() => {}}
      {...props}
    />,
  );
}

const node = (pane: HTMLElement, id: string) =>
  pane.querySelector(`[data-testid="flow-node"][data-touchpoint-id="${id}"]`) as SVGGElement;

describe('ConformanceView', () => {
  it('ConformanceView(answer) heads with the follow share and its base', () => {
    show();
    expect(screen.getByTestId('conformance-view-follow').textContent).toBe(
      '80% of journeys follow the designed order',
    );
    expect(screen.getByText(/^Of 100 journeys that reach at least one touchpoint of “Shop”/)).toBeTruthy();
  });

  it('ConformanceView(answer) draws the designed journey: every card in designed order, one step to the next', () => {
    show();
    const designed = screen.getByTestId('designed-flow') as unknown as HTMLElement;
    const nodes = within(designed).getAllByTestId('flow-node');
    expect(nodes.map((n) => n.getAttribute('data-touchpoint-id'))).toEqual([ad, visit, cart, pay, mail]);
    expect(node(designed, mail).getAttribute('data-state')).toBe('no-data');
    expect(within(designed).getAllByTestId('flow-edge')).toHaveLength(4);
  });

  it('ConformanceView(answer) draws the actual steps in the same places, the step back set apart', () => {
    show();
    const designed = screen.getByTestId('designed-flow') as unknown as HTMLElement;
    const actual = screen.getByTestId('actual-flow') as unknown as HTMLElement;
    // the same place on both sides
    expect(node(actual, pay).querySelector('rect')!.getAttribute('x')).toBe(
      node(designed, pay).querySelector('rect')!.getAttribute('x'),
    );
    expect(node(actual, visit).getAttribute('data-state')).toBe('reached');
    expect(node(actual, cart).getAttribute('data-state')).toBe('unreached');
    expect(node(actual, mail).getAttribute('data-state')).toBe('no-data');
    // visit: 100 journeys of 100; 60 % start there, 30 % end there
    expect(node(actual, visit).querySelector('.flow-node-figure')!.textContent).toBe(
      '100 · 100%▶ 60%  ■ 30%',
    );
    const edges = within(actual).getAllByTestId('flow-edge');
    expect(edges.map((e) => e.getAttribute('data-direction'))).toEqual(['forward', 'skipping', 'backward']);
    expect(edges[2]!.querySelector('title')!.textContent).toBe(
      '“Visits the site” → “Sees an ad”: 20 journeys (20%), back to an earlier touchpoint',
    );
    // the busiest step is the thickest: 1 + 5 · 70 / 70
    expect(edges[1]!.querySelector('path')!.getAttribute('stroke-width')).toBe('6');
    expect([...actual.querySelectorAll('.flow-label text')].map((t) => t.textContent)).toEqual([
      '40%',
      '70%',
      '20%',
    ]);
  });

  it('ConformanceView(answer) lists every actual step in a table', () => {
    show();
    const rows = within(screen.getByTestId('flow-table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['Sees an ad', 'Visits the site', 'forward', '40', '40%'],
      ['Visits the site', 'Pays', 'forward, skipping a touchpoint', '70', '70%'],
      ['Visits the site', 'Sees an ad', 'back to an earlier touchpoint', '20', '20%'],
    ]);
  });

  it('ConformanceView says what is missing: a map without data, measures on the way, an old server', () => {
    show({ linked: false, measures: {} });
    expect(screen.getByText(/Link the map to a dataset/)).toBeTruthy();
    cleanup();
    show({ measures: {} });
    expect(screen.getByTestId('conformance-view-state').textContent).toBe('Measuring…');
    cleanup();
    const { flow: _flow, ...old } = answer.conformance;
    show({ measures: { data: { ...answer, conformance: old } } });
    expect(screen.getByText(/does not send the actual journey yet/)).toBeTruthy();
  });

  it('ConformanceView(back) returns to the map', () => {
    const onBack = vi.fn();
    show({ onBack });
    fireEvent.click(screen.getByTestId('conformance-view-back'));
    expect(onBack).toHaveBeenCalledOnce();
  });
});
