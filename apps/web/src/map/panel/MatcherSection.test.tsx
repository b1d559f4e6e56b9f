// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { touchpointMatcherSchema, type Touchpoint } from '@trailmap/domain';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupI18n } from '../../i18n/i18n.js';
import { buildMatcher, MatcherSection } from './MatcherSection.js';

const DATA = { workspaceId: 'wks_test000001', journeyId: 'jrn_test000001', datasetId: 'dst_test000001' };
const STEPS = [
  { activity: 'Ad Viewed', events: 120 },
  { activity: 'Order Placed', events: 40 },
  { activity: 'Review Written', events: 7 },
  { activity: 'Order Shipped', events: 38 },
];
const SUGGESTIONS = [
  { activity: 'Inbound Call', channel: 'phone', events: 1234, journeys: 1000, otherChannelEvents: 3 },
  { activity: 'Order Placed', channel: 'phone', events: 5, journeys: 5, otherChannelEvents: 35 },
];

/** The section with its matcher in state; every matcher it hands up is recorded. */
function Harness({ initial, saved }: { initial: Touchpoint['matcher']; saved: unknown[] }) {
  const [matcher, setMatcher] = useState(initial);
  return (
    <MatcherSection
      data={DATA}
      touchpointId="tpt_test000001"
      channel="phone"
      matcher={matcher}
      onChange={(next) => {
        saved.push(next);
        setMatcher(next);
      }}
    />
  );
}

function renderSection(initial: Touchpoint['matcher']) {
  const saved: unknown[] = [];
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <Harness initial={initial} saved={saved} />
    </QueryClientProvider>,
  );
  return saved;
}

/** Selects exactly `names` in the multi-select, as a user's change does. */
async function choose(names: string[]) {
  const select = screen.getByTestId('matcher-activities') as HTMLSelectElement;
  await waitFor(() => expect(select.options).toHaveLength(STEPS.length));
  for (const option of Array.from(select.options)) option.selected = names.includes(option.value);
  fireEvent.change(select);
}

/** The live count the stubbed server gives: 40 events in 12 journeys, 7 in 3 with a property condition. */
function countOf(url: string) {
  const matcher = JSON.parse(new URL(url, 'http://x').searchParams.get('matcher') ?? '{}');
  return matcher.properties ? { matchedEvents: 7, journeys: 3 } : { matchedEvents: 40, journeys: 12 };
}

/** A matcher as the server takes it: null, or valid under the strict schema (JSON as sent). */
function expectValid(matcher: unknown) {
  if (matcher === null) return;
  const sent: unknown = JSON.parse(JSON.stringify(matcher));
  expect(sent).toEqual(matcher);
  expect(touchpointMatcherSchema.safeParse(sent).error?.issues ?? []).toEqual([]);
}

describe('MatcherSection', () => {
  beforeAll(async () => {
    await setupI18n('en');
  });
  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        const body = url.includes('/step-times')
          ? STEPS
          : url.includes('/matcher-suggestions')
            ? { touchpointId: 'tpt_test000001', channel: 'phone', suggestions: SUGGESTIONS }
            : countOf(url);
        return new Response(JSON.stringify(body), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      }),
    );
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('MatcherSection: no activity chosen is no matcher (null), not an empty one', async () => {
    const saved = renderSection({ activities: ['Order Placed'], channels: ['app'] });
    await choose([]);
    expect(saved).toEqual([null]);
    expect(screen.getByTestId('matcher-count').dataset.state).toBe('none');
  });

  it('MatcherSection: activities only: a valid matcher without a channels key', async () => {
    const saved = renderSection(null);
    await choose(['Ad Viewed', 'Order Placed']);
    expect(saved).toEqual([{ activities: ['Ad Viewed', 'Order Placed'] }]);
    expect(saved[0]).not.toHaveProperty('channels');
    expectValid(saved[0]);
    await waitFor(() =>
      expect(screen.getByTestId('matcher-count').textContent).toBe('Matches 40 events in 12 journeys'),
    );

    // clearing the channels of a matcher that had some drops the key, too
    const channels = screen.getByTestId('matcher-channels');
    fireEvent.change(channels, { target: { value: 'app' } });
    fireEvent.blur(channels);
    fireEvent.change(channels, { target: { value: ' , ' } });
    fireEvent.blur(channels);
    expect(saved.at(-1)).toEqual({ activities: ['Ad Viewed', 'Order Placed'] });
    expect(saved.at(-1)).not.toHaveProperty('channels');
    saved.forEach(expectValid);
  });

  it('MatcherSection: with channels: a valid matcher with the trimmed channels and the properties kept', async () => {
    const properties = [{ key: 'order_value', op: 'gt' as const, value: 100 }];
    const saved = renderSection({ activities: ['Order Placed'], properties });
    const channels = screen.getByTestId('matcher-channels');
    fireEvent.change(channels, { target: { value: ' app, web ,' } });
    fireEvent.blur(channels);
    expect(saved).toEqual([{ activities: ['Order Placed'], channels: ['app', 'web'], properties }]);
    await choose(['Order Placed', 'Review Written']);
    expect(saved.at(-1)).toEqual({
      activities: ['Order Placed', 'Review Written'],
      channels: ['app', 'web'],
      properties,
    });
    saved.forEach(expectValid);
    // leaving the field unchanged is no edit
    fireEvent.blur(channels);
    expect(saved).toHaveLength(2);
  });

  it('MatcherSection: a property condition is saved once complete, and the live count follows it', async () => {
    const saved = renderSection({ activities: ['Order Placed'] });
    await waitFor(() =>
      expect(screen.getByTestId('matcher-count').textContent).toBe('Matches 40 events in 12 journeys'),
    );
    fireEvent.click(screen.getByTestId('condition-add'));
    // an empty row: says what it lacks, saves nothing
    expect(screen.getByTestId('condition-error').textContent).toMatch(/Name the property/);
    fireEvent.change(screen.getByTestId('condition-key'), { target: { value: 'amount' } });
    fireEvent.change(screen.getByTestId('condition-op'), { target: { value: 'gt' } });
    fireEvent.change(screen.getByTestId('condition-value'), { target: { value: 'lots' } });
    expect(screen.getByTestId('condition-error').textContent).toMatch(/a number \(100\) or a date/);
    expect(saved).toEqual([]);
    fireEvent.change(screen.getByTestId('condition-value'), { target: { value: '100' } });
    expect(saved).toEqual([
      { activities: ['Order Placed'], properties: [{ key: 'amount', op: 'gt', value: 100 }] },
    ]);
    expect(screen.queryByTestId('condition-error')).toBeNull();
    await waitFor(() =>
      expect(screen.getByTestId('matcher-count').textContent).toBe('Matches 7 events in 3 journeys'),
    );
    // a second, "is one of", row; then the first removed: the count goes back
    fireEvent.click(screen.getByTestId('condition-add'));
    fireEvent.change(screen.getAllByTestId('condition-key')[1]!, { target: { value: 'tier' } });
    fireEvent.change(screen.getAllByTestId('condition-op')[1]!, { target: { value: 'in' } });
    fireEvent.change(screen.getAllByTestId('condition-value')[1]!, { target: { value: 'gold, silver' } });
    expect(saved.at(-1)).toEqual({
      activities: ['Order Placed'],
      properties: [
        { key: 'amount', op: 'gt', value: 100 },
        { key: 'tier', op: 'in', value: ['gold', 'silver'] },
      ],
    });
    fireEvent.click(screen.getAllByTestId('condition-remove')[0]!);
    fireEvent.click(screen.getAllByTestId('condition-remove')[0]!);
    expect(saved.at(-1)).toEqual({ activities: ['Order Placed'] });
    await waitFor(() =>
      expect(screen.getByTestId('matcher-count').textContent).toBe('Matches 40 events in 12 journeys'),
    );
    saved.forEach(expectValid);
  });

  it('MatcherSection: conditions wait for an activity', () => {
    renderSection(null);
    expect((screen.getByTestId('matcher-conditions') as HTMLFieldSetElement).disabled).toBe(true);
    expect(screen.getByTestId('matcher-conditions').textContent).toMatch(/Choose an activity first/);
  });

  it('MatcherSection: a pattern shows the activities it stands for and adds the new ones', async () => {
    const saved = renderSection({ activities: ['Order Placed'], channels: ['app'] });
    await waitFor(() =>
      expect((screen.getByTestId('matcher-activities') as HTMLSelectElement).options).toHaveLength(
        STEPS.length,
      ),
    );
    const input = screen.getByTestId('matcher-pattern-input');
    fireEvent.change(input, { target: { value: 'order *' } });
    expect(screen.getByTestId('matcher-pattern-found').textContent).toBe(
      'Stands for 2 activities: Order Placed, Order Shipped.',
    );
    expect(screen.getByTestId('matcher-pattern-add').textContent).toBe('Add 1');
    fireEvent.click(screen.getByTestId('matcher-pattern-add'));
    expect(saved).toEqual([{ activities: ['Order Placed', 'Order Shipped'], channels: ['app'] }]);
    expect((input as HTMLInputElement).value).toBe('');
    fireEvent.change(input, { target: { value: 'Refund?' } });
    expect(screen.getByTestId('matcher-pattern-found').textContent).toBe(
      'No activity of the dataset fits this pattern.',
    );
    expect((screen.getByTestId('matcher-pattern-add') as HTMLButtonElement).disabled).toBe(true);
  });

  it("MatcherSection: suggestions from the touchpoint's channel, added with one click", async () => {
    const saved = renderSection(null);
    const items = await screen.findAllByTestId('matcher-suggestion');
    expect(items.map((li) => li.textContent)).toEqual([
      'Inbound Callphone · 1,234 events in 1,000 journeysAdd',
      'Order Placedphone · 5 events in 5 journeysAdd',
    ]);
    expect(screen.getByTestId('matcher-suggestions').textContent).toMatch(
      /frequent Phone activities not matched elsewhere/,
    );
    // the first activity happens elsewhere too: the channel condition comes along
    fireEvent.click(screen.getAllByTestId('matcher-suggestion-add')[0]!);
    expect(saved).toEqual([{ activities: ['Inbound Call'], channels: ['phone'] }]);
    expect((screen.getByTestId('matcher-channels') as HTMLInputElement).value).toBe('phone');
    // an added activity leaves the list
    await waitFor(() => expect(screen.getAllByTestId('matcher-suggestion')).toHaveLength(1));
    saved.forEach(expectValid);
  });

  it('buildMatcher: null without activities; channels only when given', () => {
    expect(buildMatcher({ activities: ['A'], channels: ['app'] }, [], ['app'])).toBeNull();
    expect(buildMatcher({ activities: ['A'], channels: ['app'] }, ['B'], [])).toEqual({ activities: ['B'] });
    expect(buildMatcher(null, ['B'], ['web'])).toEqual({ activities: ['B'], channels: ['web'] });
    const properties = [{ key: 'k', op: 'eq' as const, value: 'v' }];
    expect(buildMatcher({ activities: ['A'], properties }, ['A'], [])).toEqual({
      activities: ['A'],
      properties,
    });
    expect(buildMatcher({ activities: ['A'], properties }, ['A'], [], [])).toEqual({ activities: ['A'] });
  });
});
