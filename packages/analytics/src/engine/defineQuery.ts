import { readFileSync } from 'node:fs';

/** The backends a query can carry SQL for. */
export type Backend = 'duckdb';

/** A logical query: its name and where its per-backend SQL files live (`<name>.<backend>.sql` beside it). */
export interface QueryDefinition {
  name: string;
  readSql(backend: Backend): string;
}

/** Declares a query whose SQL files sit beside the module `moduleUrl`. */
export function defineQuery(name: string, moduleUrl: string): QueryDefinition {
  const cache = new Map<Backend, string>();
  return {
    name,
    readSql(backend) {
      let sql = cache.get(backend);
      if (sql === undefined) {
        sql = readFileSync(new URL(`./${name}.${backend}.sql`, moduleUrl), 'utf8');
        cache.set(backend, sql);
      }
      return sql;
    },
  };
}
