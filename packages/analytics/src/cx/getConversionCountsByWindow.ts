import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { ProportionCount } from '../stats/twoProportionZTest.js';
import type { EventStore } from '../store/openEventStore.js';
import { toConversionParams, readConversionCount } from './getConversionCounts.js';
import { bindTables } from './bindTables.js';
import { withJourneyTable } from './journeyTable.js';
import { journeyWindowParams, type JourneyWindow } from './journeyWindows.js';

const query = defineQuery('getConversionCountsByWindow', import.meta.url);

/**
 * Conversion to `to` per journey window (journeys selected whole by their first event; starts from the
 * cached journey table of `scope` + `filter`, `journeyTable.ts`), counted as `getConversionCounts`. One
 * entry per window.
 */
export function getConversionCountsByWindow(
  store: EventStore,
  scope: QueryScope,
  to: string,
  from: string | undefined,
  filter: EventFilter,
  windows: readonly JourneyWindow[],
): Promise<ProportionCount[]> {
  return withJourneyTable(store, scope, filter, async (journeys) => {
    const rows = await runQuery(store, bindTables(query, { journeys }), scope, filter, {
      ...toConversionParams(to, from),
      ...journeyWindowParams(windows),
    });
    return rows.map(readConversionCount);
  });
}
