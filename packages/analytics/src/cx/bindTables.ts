import type { QueryDefinition } from '../engine/defineQuery.js';

/**
 * A query whose `{{name}}` placeholders name the given temp tables (`{ journeys: 'trailmap_journeys_0' }`),
 * so that a query's SQL file stays one text for every table it may read.
 */
export function bindTables(
  query: QueryDefinition,
  tables: Readonly<Record<string, string>>,
): QueryDefinition {
  return {
    name: query.name,
    readSql: (backend) =>
      Object.entries(tables).reduce(
        (sql, [name, table]) => sql.replaceAll(`{{${name}}}`, table),
        query.readSql(backend),
      ),
  };
}
