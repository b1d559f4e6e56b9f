import { useQuery } from '@tanstack/react-query';
import type { Channel, MatcherCondition, Touchpoint } from '@trailmap/domain';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useDatasetQuery } from '../../explorer/useDatasetQuery.js';
import { useNumberFormat } from '../useNumberFormat.js';
import { ActivityPatternField } from './ActivityPatternField.js';
import { MatcherSuggestions } from './MatcherSuggestions.js';
import { PropertyConditions } from './PropertyConditions.js';
import './matcher.css';

export interface MatcherData {
  workspaceId: string;
  journeyId: string;
  datasetId: string;
}

type Matcher = NonNullable<Touchpoint['matcher']>;

/**
 * The matcher the editor saves: null without an activity; `channels` and `properties` only when there are
 * some (no key otherwise, as the server's strict schema wants); the previous matcher's property conditions
 * kept when `properties` is not given.
 */
export function buildMatcher(
  previous: Touchpoint['matcher'],
  activities: readonly string[],
  channels: readonly string[],
  properties: readonly MatcherCondition[] | undefined = previous?.properties,
): Matcher | null {
  if (activities.length === 0) return null;
  return {
    activities: [...activities],
    ...(channels.length ? { channels: [...channels] } : {}),
    ...(properties?.length ? { properties: [...properties] } : {}),
  };
}

const splitChannels = (text: string) =>
  text
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);

const NO_CONDITIONS: readonly MatcherCondition[] = [];
const NO_NAMES: readonly string[] = [];

/** Debounced value: what `value` was after `ms` of quiet. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The touchpoint's "Data": which events of the linked dataset are this touchpoint — activities (chosen,
 * or added through a pattern), optional channels and property conditions — with the live count of the
 * events and journeys it matches, and suggestions from the touchpoint's channel. No activity: no matcher.
 */
export function MatcherSection({
  data,
  touchpointId,
  channel,
  matcher,
  onChange,
}: {
  data: MatcherData;
  touchpointId: string;
  /** The touchpoint's channel: suggestions come from its events. */
  channel: Channel;
  matcher: Touchpoint['matcher'];
  onChange: (matcher: Matcher | null) => void;
}) {
  const { t } = useTranslation('measures');
  const number = useNumberFormat();
  const id = useId();
  const steps = useDatasetQuery<{ activity: string; events: number }[]>(
    data.workspaceId,
    data.datasetId,
    'step-times',
    {},
  );
  const activityNames = (steps.data ?? []).map((step) => step.activity);
  const activities = matcher?.activities ?? NO_NAMES;
  const channels = matcher?.channels ?? [];
  const [channelText, setChannelText] = useState(channels.join(', '));
  const channelsKey = channels.join('\u001f');
  // Channels added elsewhere (a suggestion, undo) show in the field; its own text stays while it agrees.
  useEffect(() => {
    setChannelText((text) =>
      splitChannels(text).join('\u001f') === channelsKey ? text : channelsKey.split('\u001f').join(', '),
    );
  }, [channelsKey]);
  const settled = useDebounced(matcher ? JSON.stringify(matcher) : null, 300);
  const count = useQuery({
    queryKey: ['matcher-count', data.workspaceId, data.journeyId, settled],
    queryFn: ({ signal }) =>
      api.get<{ matchedEvents: number; journeys: number }>(
        `/api/workspaces/${data.workspaceId}/journeys/${data.journeyId}/matcher-count?matcher=${encodeURIComponent(settled!)}`,
        signal,
      ),
    enabled: settled !== null,
    staleTime: 60_000,
  });

  function save(
    nextActivities: readonly string[],
    nextChannels: readonly string[],
    nextProperties?: readonly MatcherCondition[],
  ) {
    const next = buildMatcher(matcher, nextActivities, nextChannels, nextProperties ?? matcher?.properties);
    // Leaving the channels field unchanged is no edit.
    if (JSON.stringify(next) !== JSON.stringify(matcher ?? null)) onChange(next);
  }

  const fresh = settled === (matcher ? JSON.stringify(matcher) : null);
  const countState = !matcher
    ? 'none'
    : !fresh || count.isFetching
      ? 'loading'
      : count.data
        ? 'ready'
        : 'error';

  return (
    <section className="matcher-section" data-testid="matcher-section">
      <h3>{t('matcher.title')}</h3>
      <label htmlFor={`${id}-activities`}>{t('matcher.activities')}</label>
      <select
        id={`${id}-activities`}
        multiple
        size={6}
        value={[...activities]}
        onChange={(event) =>
          save(
            Array.from(event.target.selectedOptions, (o) => o.value),
            channels,
          )
        }
        data-testid="matcher-activities"
      >
        {(steps.data ?? []).map((step) => (
          <option key={step.activity} value={step.activity}>
            {t('matcher.activityOption', { activity: step.activity, events: number(step.events) })}
          </option>
        ))}
      </select>
      <ActivityPatternField
        activities={activityNames}
        chosen={activities}
        onAdd={(names) => save([...activities, ...names], channels)}
      />
      <label htmlFor={`${id}-channels`}>{t('matcher.channels')}</label>
      <input
        id={`${id}-channels`}
        type="text"
        value={channelText}
        placeholder={t('matcher.channelsHint')}
        onChange={(event) => setChannelText(event.target.value)}
        onBlur={() => save(activities, splitChannels(channelText))}
        data-testid="matcher-channels"
      />
      <PropertyConditions
        properties={matcher?.properties ?? NO_CONDITIONS}
        disabled={activities.length === 0}
        onChange={(conditions) => save(activities, channels, conditions)}
      />
      <p className="matcher-count" role="status" data-testid="matcher-count" data-state={countState}>
        {countState === 'none' && t('matcher.none')}
        {countState === 'loading' && t('matcher.counting')}
        {countState === 'ready' &&
          count.data &&
          t('matcher.count', {
            events: number(count.data.matchedEvents),
            journeys: number(count.data.journeys),
          })}
        {countState === 'error' && t('matcher.countFailed')}
      </p>
      <MatcherSuggestions
        data={{ workspaceId: data.workspaceId, journeyId: data.journeyId, touchpointId, channel }}
        matcher={matcher ?? null}
        version={settled}
        onChange={onChange}
      />
    </section>
  );
}
