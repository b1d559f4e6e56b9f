import { readFileSync } from 'node:fs';

/** The backends a query can carry SQL for. */
export type Backend = 'duckdb';

/** A logical query: its name and where its per-backend SQL files live (`<name>.<backend>.sql` beside it). */
export interface QueryDefinition {
  name: string;
  readSql(backend: Backend): string;
}

/**
 * Declares a query whose SQL files sit beside the module `moduleUrl`. A line `{{include:part}}` in one is
 * replaced by the text of `part.<backend>.sql` beside it (a fragment shared by several queries).
 */
export function defineQuery(name: string, moduleUrl: string): QueryDefinition {
  const cache = new Map<Backend, string>();
  return {
    name,
    readSql(backend) {
      let sql = cache.get(backend);
      if (sql === undefined) {
        const read = (file: string): string =>
          readFileSync(new URL(`./${file}.${backend}.sql`, moduleUrl), 'utf8');
        sql = read(name).replace(/\{\{include:(\w+)\}\}/g, (_, part: string) => read(part).trim());
        cache.set(backend, sql);
      }
      return sql;
    },
  };
}
