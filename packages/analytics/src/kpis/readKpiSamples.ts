import type { JourneyWindow } from '../cx/journeyWindows.js';
import type { ServiceMetricsOptions } from '../cx/getServiceMetrics.js';
import { getServiceCountsByWindow } from '../cx/getServiceCountsByWindow.js';
import type { MeasureTouchpoint } from '../measure/types.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { getContactsPerJourneyByWindow } from './getContactsPerJourneyByWindow.js';
import { getTouchpointKpiByWindow } from '../measure/getTouchpointKpiByWindow.js';
import type { KpiDefinition, KpiSample } from './types.js';

/**
 * Reads a KPI's before and after samples (both periods in one query): touchpoint metrics and scores from
 * the case traces with the measured map's matching (`getTouchpointKpiByWindow`), the service metrics from
 * the cached contact table (`getServiceCountsByWindow`, `getContactsPerJourneyByWindow`). Journeys belong to
 * the period in which their first event in scope lies. `positions` come from `checkKpiDefinition`.
 */
export async function readKpiSamples(
  store: EventStore,
  scope: QueryScope,
  kpi: KpiDefinition,
  touchpoints: readonly MeasureTouchpoint[],
  positions: { from: number; to: number },
  filter: EventFilter,
  service: ServiceMetricsOptions,
): Promise<[KpiSample, KpiSample]> {
  const windows: JourneyWindow[] = [kpi.baseline, kpi.after];
  const pair = <T>(xs: readonly T[], f: (x: T) => KpiSample): [KpiSample, KpiSample] => {
    const [a, b] = xs;
    if (a === undefined || b === undefined) throw new Error('readKpiSamples: a period has no result');
    return [f(a), f(b)];
  };
  switch (kpi.metric) {
    case 'repeatContactShare':
    case 'firstContactResolutionShare':
    case 'complaintShare': {
      const complaints = kpi.metric === 'complaintShare';
      const counts = await getServiceCountsByWindow(store, scope, service, filter, windows, {
        contactsOnly: !complaints,
      });
      return pair(counts, (c) =>
        kpi.metric === 'repeatContactShare'
          ? { kind: 'proportion', successes: c.firstContactsFollowedUp, n: c.journeysWithContact }
          : kpi.metric === 'firstContactResolutionShare'
            ? { kind: 'proportion', successes: c.resolvedFirstContacts, n: c.journeysWithContact }
            : { kind: 'proportion', successes: c.journeysWithComplaint, n: c.journeys },
      );
    }
    case 'contactsPerJourney': {
      const summaries = await getContactsPerJourneyByWindow(store, scope, service, filter, windows);
      return pair(summaries, (summary) => ({ kind: 'mean', summary }));
    }
    default: {
      const scores = kpi.metric === 'nps' || kpi.metric === 'csat' || kpi.metric === 'ces';
      const counts = await getTouchpointKpiByWindow(
        store,
        scope,
        touchpoints,
        positions,
        windows,
        filter,
        scores,
      );
      return pair(counts, (c): KpiSample => {
        switch (kpi.metric) {
          case 'nps':
            return { kind: 'nps', counts: c.nps };
          case 'csat':
            return { kind: 'mean', summary: c.csat };
          case 'ces':
            return { kind: 'mean', summary: c.ces };
          case 'reachShare':
            return { kind: 'proportion', successes: c.reached, n: c.journeys };
          case 'dropOffShare':
            return { kind: 'proportion', successes: c.dropped, n: c.reached };
          case 'conversionShare':
            return { kind: 'proportion', successes: c.converted, n: c.reached };
          default:
            return { kind: 'times', times: c.times };
        }
      });
    }
  }
}
