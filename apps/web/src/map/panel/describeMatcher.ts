import type { TouchpointMatcher } from '@trailmap/domain';
import type { TFunction } from 'i18next';

/** A matcher in words for readers ("Activities: A, B · channels: app · 1 property condition"); "no data" without one. */
export function describeMatcher(t: TFunction, matcher: TouchpointMatcher | null): string {
  if (!matcher) return t('measures:matcher.readNone');
  return [
    t('measures:matcher.readActivities', { names: matcher.activities.join(', ') }),
    ...(matcher.channels ? [t('measures:matcher.readChannels', { names: matcher.channels.join(', ') })] : []),
    ...(matcher.properties
      ? [t('measures:matcher.readConditions', { count: matcher.properties.length })]
      : []),
  ].join(' · ');
}
