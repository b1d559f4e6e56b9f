import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { ProportionCount } from '../stats/twoProportionZTest.js';
import type { EventStore } from '../store/openEventStore.js';
import { conversionColumns, conversionParams, toConversionParams } from './getConversionCounts.js';
import { bindTables } from './bindTables.js';
import { withJourneyTable } from './journeyTable.js';
import { journeyWindowParams, journeyWindowSpec, type JourneyWindow } from './journeyWindows.js';

/** One row per window `w` (in window order). */
const query = defineQuery('getConversionCountsByWindow', import.meta.url, {
  params: { ...conversionParams, ...journeyWindowSpec },
  decode: decodeColumns({ w: column.number('w'), ...conversionColumns }),
});

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
    return rows.map(({ successes, n }): ProportionCount => ({ successes, n }));
  });
}
