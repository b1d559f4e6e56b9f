import { MATCHER_LIMITS, type TouchpointMatcher } from '@trailmap/domain';

/** One answer of `GET …/journeys/:id/matcher-suggestions` (docs/api.md). */
export interface MatcherSuggestion {
  activity: string;
  /** The channel as the dataset writes it. */
  channel: string;
  events: number;
  journeys: number;
  /** The activity's events in other channels (or none): what a channel condition would leave out. */
  otherChannelEvents: number;
}

/** Whether adding `suggestion` to `matcher` also adds a channel condition (see `addSuggestion`). */
export function addsChannel(matcher: TouchpointMatcher | null, suggestion: MatcherSuggestion): boolean {
  const channels = matcher?.channels ?? [];
  if (channels.includes(suggestion.channel)) return false;
  if (channels.length > 0) return channels.length < MATCHER_LIMITS.channels;
  return !matcher?.activities.length && suggestion.otherChannelEvents > 0;
}

/**
 * The matcher with a suggested activity added. The channel condition comes along when it helps and changes
 * nothing else: when the matcher already has channel conditions (the new activity would match nothing in
 * a channel they leave out), and when it is the first activity and happens in other channels too (so the
 * touchpoint gets only this channel's events). A matcher with activities and no channel condition keeps
 * none: adding one would narrow the activities it had.
 */
export function addSuggestion(
  matcher: TouchpointMatcher | null,
  suggestion: MatcherSuggestion,
): TouchpointMatcher {
  const activities = matcher?.activities ?? [];
  const channels = matcher?.channels ?? [];
  const nextChannels = addsChannel(matcher, suggestion) ? [...channels, suggestion.channel] : channels;
  return {
    ...(matcher ?? {}),
    activities: activities.includes(suggestion.activity)
      ? [...activities]
      : [...activities, suggestion.activity],
    ...(nextChannels.length ? { channels: nextChannels } : {}),
  };
}
