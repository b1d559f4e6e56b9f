import { column, decodeColumns } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventStore } from '../store/openEventStore.js';
import type { EventFilter, QueryScope } from './EventFilter.js';

export interface Variant {
  activities: string[];
  cases: number;
  shareOfCases: number;
}

export interface VariantsResult {
  /** Distinct variants in scope (before the limit). */
  total: number;
  cases: number;
  /** Most frequent first; ties by activity sequence. */
  variants: Variant[];
}

const query = defineQuery('getVariants', import.meta.url, {
  params: { limit: 'number' },
  decode: decodeColumns({
    codes: column.custom('codes', (value) => (Array.isArray(value) ? value.map(Number) : [])),
    names: column.custom('names', (value) => (Array.isArray(value) ? value.map(String) : null)),
    cases: column.number('cases'),
    totalVariants: column.number('total_variants'),
    totalCases: column.number('total_cases'),
  }),
});

/** The variants (distinct activity sequences) with their case counts. */
export async function getVariants(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter = {},
  options: { limit?: number } = {},
): Promise<VariantsResult> {
  const rows = await runQuery(store, query, scope, filter, { limit: options.limit ?? 2_147_483_647 });
  const first = rows[0];
  const cases = first ? first.totalCases : 0;
  const names = first?.names ?? [];
  return {
    total: first ? first.totalVariants : 0,
    cases,
    variants: rows.map((row) => ({
      activities: row.codes.map((code) => names[code - 1] ?? ''),
      cases: row.cases,
      shareOfCases: cases ? row.cases / cases : 0,
    })),
  };
}
