import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { compileMatchers, matcherParamSpec } from './compileMatchers.js';
import type { TouchpointMatcher } from './types.js';

const query = defineQuery('countMatches', import.meta.url, {
  params: { ...matcherParamSpec, window_from: 'text', window_to: 'text' },
  decode: decodeColumns({
    matchedEvents: column.number('matched_events'),
    journeys: column.number('journeys'),
  }),
});

/**
 * The live count of a matcher (the editor asks it as it changes): the events in scope it matches and the
 * journeys they belong to — the `matchedEvents` and `journeys` `measureMap` would give its touchpoint, with
 * the same matching, without the rest of the figures.
 */
export async function countMatches(
  store: EventStore,
  scope: QueryScope,
  matcher: TouchpointMatcher,
  filter: EventFilter = {},
): Promise<{ matchedEvents: number; journeys: number }> {
  const [row] = await runQuery(store, query, scope, filter, {
    ...compileMatchers([matcher]),
    window_from: '-inf',
    window_to: 'inf',
  });
  return row ?? { matchedEvents: 0, journeys: 0 };
}
