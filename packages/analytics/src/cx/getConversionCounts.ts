import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { ParamsOf } from '../engine/SqlValue.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { ProportionCount } from '../stats/twoProportionZTest.js';
import type { EventStore } from '../store/openEventStore.js';

/** The parameters of the conversion queries (this one and `getConversionCountsByWindow`). */
export const conversionParams = { to_activity: 'text', from_activity: 'text', has_from: 'boolean' } as const;

/** The columns of a conversion count (`successes`, `n`). */
export const conversionColumns = { successes: column.number('successes'), n: column.number('n') };

const query = defineQuery('getConversionCounts', import.meta.url, {
  params: conversionParams,
  decode: decodeColumns(conversionColumns),
});

/** The parameters of the conversion queries (this one and `getConversionCountsByWindow`). */
export function toConversionParams(to: string, from: string | undefined): ParamsOf<typeof conversionParams> {
  return { to_activity: to, from_activity: from ?? '', has_from: from !== undefined };
}

/**
 * Conversion to `to` of the journeys in scope: of all journeys, or of those that reached `from`, how many
 * reach `to` (after their first `from`) — the counts of the loose funnel `[from, to]` of `getFunnel` without
 * a time limit.
 */
export async function getConversionCounts(
  store: EventStore,
  scope: QueryScope,
  to: string,
  from: string | undefined,
  filter: EventFilter = {},
): Promise<ProportionCount> {
  const [row] = await runQuery(store, query, scope, filter, toConversionParams(to, from));
  if (!row) throw new Error('getConversionCounts returned no row');
  return row;
}
