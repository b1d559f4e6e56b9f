import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import { bindTables } from '../cx/bindTables.js';
import { withContactTable } from '../cx/contactTable.js';
import { toContactDefinition, type ServiceMetricsOptions } from '../cx/getServiceMetrics.js';
import { withJourneyTable } from '../cx/journeyTable.js';
import { journeyWindowParams, journeyWindowSpec, type JourneyWindow } from '../cx/journeyWindows.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { SampleSummary } from '../stats/types.js';
import type { EventStore } from '../store/openEventStore.js';

const query = defineQuery('getContactsPerJourneyByWindow', import.meta.url, {
  params: journeyWindowSpec,
  decode: decodeColumns({
    w: column.number('w'),
    journeys: column.number('journeys'),
    contacts: column.number('contacts'),
    contactsSquared: column.number('contacts_squared'),
  }),
});

/**
 * Contacts per journey (the service metrics' contacts — `getServiceMetrics`' definition — of each journey,
 * 0 for a journey without one) per journey window: n, mean and sample standard deviation over the journeys
 * that start in the window. Reads the cached journey and contact tables that `compareWindows` uses.
 */
export function getContactsPerJourneyByWindow(
  store: EventStore,
  scope: QueryScope,
  options: ServiceMetricsOptions,
  filter: EventFilter,
  windows: readonly JourneyWindow[],
): Promise<SampleSummary[]> {
  return withJourneyTable(store, scope, filter, (journeys) =>
    withContactTable(store, scope, filter, toContactDefinition(options), journeys, async (contacts) => {
      const rows = await runQuery(
        store,
        bindTables(query, { journeys, contacts }),
        scope,
        filter,
        journeyWindowParams(windows),
      );
      return rows.map(({ journeys: n, contacts: sum, contactsSquared }): SampleSummary => {
        const mean = n ? sum / n : 0;
        const variance = n > 1 ? Math.max(0, (contactsSquared - n * mean * mean) / (n - 1)) : 0;
        return { n, mean, standardDeviation: Math.sqrt(variance) };
      });
    }),
  );
}
