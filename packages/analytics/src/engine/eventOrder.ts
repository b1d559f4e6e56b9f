import type { Backend } from './EventBackend.js';

/**
 * Event order, written once per backend (DESIGN §2: `(ts, seq)`, `seq` the arrival order — never a backend's
 * tie-breaking). A query's SQL never spells it: it writes one of these placeholders, which the SQL reader of
 * `defineQuery.ts` expands for the backend. `:alias` qualifies the columns (`{{eventOrder:e}}` → `e.ts, e.seq`).
 *
 * - `{{eventOrder}}`: the ORDER BY list (`ORDER BY {{eventOrder}}`, also in windows and `list(… ORDER BY …)`).
 * - `{{eventOrderKey}}`: the order as one value, for `arg_max`/`arg_min`/`min`/`max` and comparisons
 *   (`{{eventOrderKey:e}} < p.cut_k`); DuckDB: microseconds · 2^64 + seq as a HUGEINT.
 * - `{{eventOrderFields}}`: the leading fields of a struct literal that sorts in event order
 *   (`list_sort(list({ {{eventOrderFields:e}}, 'a': a.act }))`); DuckDB: `'t'` (ts), then `'s'` (seq).
 */
export type EventOrderPlaceholder = 'eventOrder' | 'eventOrderKey' | 'eventOrderFields';

/** Each placeholder's text per backend, given the column prefix (`''` or `'e.'`). */
export const eventOrderSql: Readonly<
  Record<Backend, Readonly<Record<EventOrderPlaceholder, (prefix: string) => string>>>
> = {
  duckdb: {
    eventOrder: (p) => `${p}ts, ${p}seq`,
    // epoch_us is exact (TIMESTAMPTZ has microseconds) and seq is a non-negative BIGINT below 2^63, so the
    // key orders exactly as (ts, seq), also before 1970.
    eventOrderKey: (p) => `CAST(epoch_us(${p}ts) AS HUGEINT) * 18446744073709551616 + ${p}seq`,
    eventOrderFields: (p) => `'t': ${p}ts, 's': ${p}seq`,
  },
};

const placeholder = /\{\{(eventOrder(?:Key|Fields)?)(?::([A-Za-z_]\w*))?\}\}/g;

/** Expands the event-order placeholders of `sql` for `backend`; any other `{{eventOrder…}}` is an error. */
export function expandEventOrder(sql: string, backend: Backend): string {
  const expanded = sql.replace(placeholder, (_, name: EventOrderPlaceholder, alias: string | undefined) =>
    eventOrderSql[backend][name](alias === undefined ? '' : `${alias}.`),
  );
  const unknown = /\{\{eventOrder[^}]*\}\}/.exec(expanded);
  if (unknown) throw new Error(`unknown event-order placeholder ${unknown[0]}`);
  return expanded;
}
