import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { measureMap, type MapConformance } from './measureMap.js';
import type { MeasureTouchpoint } from './types.js';

export type { ConformanceDeviation, MapConformance } from './measureMap.js';

/**
 * Conformance of the journeys in scope to a map's designed order (docs/measured-map.md; `measureMap` defines
 * following, skipped, backward and unmatched): the conformance part of `measureMap`, the `limit` most
 * frequent deviations.
 */
export async function measureConformance(
  store: EventStore,
  scope: QueryScope,
  touchpoints: readonly MeasureTouchpoint[],
  filter: EventFilter = {},
  limit = 10,
): Promise<MapConformance> {
  return (await measureMap(store, scope, touchpoints, [], filter, { deviationLimit: limit })).conformance;
}
