/**
 * The DuckDB version of {@link cutByInactivity}: window functions over an events table with the
 * canonical columns `customer_id`, `anonymous_id`, `case_id`, `ts` (TIMESTAMPTZ) and `seq` (arrival
 * order) — the store's `events` table, or a view of one dataset of it.
 * Same rules: owner = customer_id, else anonymous_id (rows with neither are left out); order
 * (ts, seq); a new journey when the gap is strictly greater than the threshold; `<owner>#<n>`.
 */
import { readFileSync } from 'node:fs';
import { expandEventOrder } from '../engine/eventOrder.js';

const sql = expandEventOrder(
  readFileSync(new URL('./cutByInactivity.duckdb.sql', import.meta.url), 'utf8'),
  'duckdb',
);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;

/**
 * SQL selecting every column of `table` plus `journey_owner`, with `case_id` replaced by the cut's. Bind `$gap_ms`
 * (the gap in milliseconds) when running it.
 */
export function buildCutByInactivitySql(table: string): string {
  if (!IDENTIFIER.test(table)) throw new RangeError(`not a plain table name: ${table}`);
  return sql.replaceAll('{{table}}', table);
}
