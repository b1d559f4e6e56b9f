import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { compileMatchers, matcherParamSpec } from './compileMatchers.js';
import type { TouchpointMatcher } from './types.js';

const query = defineQuery('suggestActivities', import.meta.url, {
  params: { ...matcherParamSpec, channel_names: 'textList', own_activities: 'textList', max_rows: 'number' },
  decode: decodeColumns({
    activity: column.text('activity'),
    channel: column.text('channel'),
    events: column.number('events'),
    journeys: column.number('journeys'),
    otherChannelEvents: column.number('other_channel_events'),
  }),
});

/** An activity a touchpoint's matcher could take, with what it would add. */
export interface ActivitySuggestion {
  activity: string;
  /** The channel as the dataset writes it (what a matcher's `channels` names). */
  channel: string;
  /** Its events in this channel that no other touchpoint matches. */
  events: number;
  /** The journeys those events belong to. */
  journeys: number;
  /** The activity's events in scope in any other channel (or none): what a channel condition leaves out. */
  otherChannelEvents: number;
}

export interface SuggestActivitiesInput {
  /** The channel's names as the dataset may write them, normalised (`normalizeChannelName` in domain). */
  channelNames: readonly string[];
  /** The matchers of the map's other touchpoints: their events are "matched elsewhere". */
  otherMatchers: readonly (TouchpointMatcher | null)[];
  /** Activities the touchpoint's own matcher already names: never suggested. */
  ownActivities: readonly string[];
  limit: number;
}

/**
 * Matcher suggestions for a touchpoint: the activities of the events in one channel (any of `channelNames`,
 * compared after normalising the event's channel) that no other touchpoint's matcher matches, per activity
 * and channel text, most such events first (then most journeys, then by name). An activity all of whose
 * events in the channel are matched elsewhere is not suggested.
 */
export async function suggestActivities(
  store: EventStore,
  scope: QueryScope,
  input: SuggestActivitiesInput,
  filter: EventFilter = {},
): Promise<ActivitySuggestion[]> {
  if (input.channelNames.length === 0 || input.limit < 1) return [];
  return runQuery(store, query, scope, filter, {
    ...compileMatchers(input.otherMatchers),
    channel_names: [...input.channelNames],
    own_activities: [...input.ownActivities],
    max_rows: Math.floor(input.limit),
  });
}
