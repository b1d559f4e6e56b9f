import { defineQuery } from '../engine/defineQuery.js';
import { readNumber, readText } from '../engine/readRow.js';
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

const query = defineQuery('listCases', import.meta.url);

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
    total: rows[0] ? readNumber(rows[0].total) : 0,
    cases: rows.map((row) => ({
      caseId: readText(row.case_id),
      customerId: row.customer === null ? null : readText(row.customer),
      events: readNumber(row.events),
      firstTsMs: readNumber(row.first_ms),
      lastTsMs: readNumber(row.last_ms),
      durationSeconds: (readNumber(row.last_ms) - readNumber(row.first_ms)) / 1000,
    })),
  };
}
