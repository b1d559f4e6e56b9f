import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventStore } from '../store/openEventStore.js';
import type { EventFilter, QueryScope } from './EventFilter.js';

export type CaseSort = 'start' | 'duration' | 'events';

export interface CaseRow {
  caseId: string;
  /** The case's customer (stitched customer id, else anonymous id); null when it has none. */
  customerId: string | null;
  events: number;
  firstTsMs: number;
  lastTsMs: number;
  durationSeconds: number;
}

export interface CaseList {
  /** Cases in scope after the filter. */
  total: number;
  cases: CaseRow[];
}

const query = defineQuery('listCases', import.meta.url, {
  params: { sort: 'text', limit: 'number', offset: 'number' },
  decode: decodeColumns({
    caseId: column.text('case_id'),
    customerId: column.nullableText('customer'),
    events: column.number('events'),
    firstTsMs: column.number('first_ms'),
    lastTsMs: column.number('last_ms'),
    total: column.number('total'),
  }),
});

/**
 * The cases in scope (after the filter), a page at a time: most recent start first (`start`), longest
 * first (`duration`) or most events first (`events`); ties by case id.
 */
export async function listCases(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter = {},
  options: { sort?: CaseSort; limit?: number; offset?: number } = {},
): Promise<CaseList> {
  const rows = await runQuery(store, query, scope, filter, {
    sort: options.sort ?? 'start',
    limit: options.limit ?? 50,
    offset: options.offset ?? 0,
  });
  return {
    total: rows[0] ? rows[0].total : 0,
    cases: rows.map(({ total: _, ...row }) => ({
      ...row,
      durationSeconds: (row.lastTsMs - row.firstTsMs) / 1000,
    })),
  };
}
