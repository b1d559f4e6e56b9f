import type { JourneyWindow } from '../cx/journeyWindows.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { measureMap, type TouchpointNpsCounts } from './measureMap.js';
import type { JourneyMeasures, MeasurePhase, MeasureTouchpoint } from './types.js';

export type { TouchpointNpsCounts } from './measureMap.js';

/**
 * The figures of a designed map measured on a dataset (per touchpoint and per phase; `measureMap` defines
 * them and docs/measured-map.md explains them): the figures part of `measureMap`.
 */
export async function measureJourney(
  store: EventStore,
  scope: QueryScope,
  touchpoints: readonly MeasureTouchpoint[],
  phases: readonly MeasurePhase[],
  filter: EventFilter = {},
): Promise<JourneyMeasures> {
  return (await measureMap(store, scope, touchpoints, phases, filter)).measures;
}

/**
 * `measureJourney`, with the NPS answer counts of each touchpoint (what `compareMeasures` tests), and with
 * `window`: only the journeys that start in it (their first event in scope, `fromMs <= ts < toMs`, the rule
 * of compareWindows' journey windows), with all their events; "in scope" then means in scope and in window.
 */
export async function measureJourneyWithCounts(
  store: EventStore,
  scope: QueryScope,
  touchpoints: readonly MeasureTouchpoint[],
  phases: readonly MeasurePhase[],
  filter: EventFilter = {},
  window?: JourneyWindow,
): Promise<{ measures: JourneyMeasures; npsCounts: TouchpointNpsCounts }> {
  const { measures, npsCounts } = await measureMap(
    store,
    scope,
    touchpoints,
    phases,
    filter,
    window ? { window } : {},
  );
  return { measures, npsCounts };
}
