import { defineQuery } from '../engine/defineQuery.js';
import { runQuery } from '../engine/runQuery.js';
import type { EventFilter, QueryScope } from '../queries/EventFilter.js';
import type { EventStore } from '../store/openEventStore.js';
import { bindTables } from './bindTables.js';
import { withCachedTables } from '../engine/withCachedTables.js';

const tableQuery = defineQuery('contactTable', import.meta.url);

/** The parameters that define a contact row (`contactTable.duckdb.sql`): channels, activities, key, paths. */
export type ContactDefinition = {
  contact_channels: readonly string[];
  contact_activities: readonly string[];
  any_activity: boolean;
  repeat_key: string;
  topic_path: string;
  resolved_path: string;
};

/**
 * Calls `use` with the contact table of `scope` + `filter` and `contacts` (`contactTable.duckdb.sql`: one row
 * per contact with owner, time, repeat key, resolved property and its journey's start from `journeys`, the
 * journey table of the same scope and filter), built once and cached (`engine/withCachedTables.ts`). Queries name it
 * `{{contacts}}`.
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
  return withCachedTables(store, { kind: 'contacts', key, names: ['contacts'], build }, (tables) =>
    use(tables.contacts),
  );
}
