import type { QueryDefinition } from '../engine/defineQuery.js';
import type { SqlParams } from '../engine/SqlValue.js';

/**
 * A query whose `{{name}}` placeholders name the given temp tables (`{ journeys: 'trailmap_journeys_0' }`),
 * so that a query's SQL file stays one text for every table it may read. Its parameters and rows stay the
 * query's.
 */
export function bindTables<Params extends SqlParams, Row>(
  query: QueryDefinition<Params, Row>,
  tables: Readonly<Record<string, string>>,
): QueryDefinition<Params, Row> {
  return {
    ...query,
    readSql: (backend) =>
      Object.entries(tables).reduce(
        (sql, [name, table]) => sql.replaceAll(`{{${name}}}`, table),
        query.readSql(backend),
      ),
  };
}
