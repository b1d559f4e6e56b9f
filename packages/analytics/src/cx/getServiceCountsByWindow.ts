import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { bindTables } from './bindTables.js';
import { withContactTable } from './contactTable.js';
import {
  serviceCountColumns,
  serviceCountParams,
  toServiceCountParams,
  toContactDefinition,
  type ServiceCounts,
  type ServiceMetricsOptions,
} from './getServiceMetrics.js';
import { withJourneyTable } from './journeyTable.js';
import { journeyWindowParams, journeyWindowSpec, type JourneyWindow } from './journeyWindows.js';

/** One row per window `w` (in window order). */
const query = defineQuery('getServiceCountsByWindow', import.meta.url, {
  params: { ...serviceCountParams, ...journeyWindowSpec },
  decode: decodeColumns({ w: column.number('w'), ...serviceCountColumns }),
});

/**
 * The service counts of several journey windows in one query: journeys are selected whole by their first
 * event (see `JourneyWindow`; starts from the cached journey table of `scope` + `filter`, `journeyTable.ts`),
 * then counted as `getServiceCounts` would on just those journeys. The contacts come from the cached contact
 * table of the same scope, filter and contact definition (`contactTable.ts`). One entry per window.
 * `contactsOnly`: see `toServiceCountParams`.
 */
export function getServiceCountsByWindow(
  store: EventStore,
  scope: QueryScope,
  options: ServiceMetricsOptions,
  filter: EventFilter,
  windows: readonly JourneyWindow[],
  { contactsOnly = false }: { contactsOnly?: boolean } = {},
): Promise<ServiceCounts[]> {
  const definition = toContactDefinition(options);
  return withJourneyTable(store, scope, filter, (journeys) =>
    withContactTable(store, scope, filter, definition, journeys, async (contacts) => {
      const rows = await runQuery(store, bindTables(query, { journeys, contacts }), scope, filter, {
        ...toServiceCountParams(options, contactsOnly),
        ...journeyWindowParams(windows),
      });
      return rows.map(({ w: _, ...counts }): ServiceCounts => counts);
    }),
  );
}
