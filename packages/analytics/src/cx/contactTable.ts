import { ignoreRow } from '../engine/columns.js';
import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { ParamsOf } from '../engine/SqlValue.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { bindTables } from './bindTables.js';

/** The parameters of `contactEvents.duckdb.sql` (included by `contactTable` and `getServiceMetrics`). */
export const contactParams = {
  contact_channels: 'textList',
  contact_activities: 'textList',
  any_activity: 'boolean',
  repeat_key: 'text',
  topic_path: 'text',
  resolved_path: 'text',
} as const;

const tableQuery = defineQuery('contactTable', import.meta.url, { params: contactParams, decode: ignoreRow });

/** The parameters that define a contact row (`contactTable.duckdb.sql`): channels, activities, key, paths. */
export type ContactDefinition = ParamsOf<typeof contactParams>;

/**
 * Calls `use` with the contact table of `scope` + `filter` and `contacts` (`contactTable.duckdb.sql`: one row
 * per contact with owner, time, repeat key, resolved property and its journey's start from `journeys`, the
 * journey table of the same scope and filter), built once and cached (the backend's `withCachedTables`).
 * Queries name it `{{contacts}}`.
 */
export function withContactTable<T>(
  store: EventStore,
  scope: QueryScope,
  filter: EventFilter,
  contacts: ContactDefinition,
  journeys: string,
  use: (table: string) => Promise<T>,
): Promise<T> {
  const key = JSON.stringify([scope.dataset, scope.version ?? null, filter, contacts]);
  const build = ({ contacts: table }: { contacts: string }) =>
    runQuery(store, bindTables(tableQuery, { contacts: table, journeys }), scope, filter, contacts);
  return store.backend.withCachedTables({ kind: 'contacts', key, names: ['contacts'], build }, (tables) =>
    use(tables.contacts),
  );
}
