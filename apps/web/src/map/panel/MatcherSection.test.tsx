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
];

/** The section with its matcher in state; every matcher it hands up is recorded. */
function Harness({ initial, saved }: { initial: Touchpoint['matcher']; saved: unknown[] }) {
  const [matcher, setMatcher] = useState(initial);
  return (
    <MatcherSection
      data={DATA}
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
        const body = url.includes('/step-times') ? STEPS : { matchedEvents: 40, journeys: 12 };
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

  it('buildMatcher: null without activities; channels only when given', () => {
    expect(buildMatcher({ activities: ['A'], channels: ['app'] }, [], ['app'])).toBeNull();
    expect(buildMatcher({ activities: ['A'], channels: ['app'] }, ['B'], [])).toEqual({ activities: ['B'] });
    expect(buildMatcher(null, ['B'], ['web'])).toEqual({ activities: ['B'], channels: ['web'] });
  });
});
