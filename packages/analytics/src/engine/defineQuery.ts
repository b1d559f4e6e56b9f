import { readFileSync } from 'node:fs';
import type { Backend } from './EventBackend.js';
import { expandEventOrder } from './eventOrder.js';
import {
  adapterParamPrefix,
  type ParamsOf,
  type SqlParamKind,
  type SqlParamSpec,
  type SqlParams,
  type SqlRow,
} from './SqlValue.js';

export type { Backend } from './EventBackend.js';

/** SQL files of one name beside a module, one per backend (`<name>.<backend>.sql`): what a backend runs. */
export interface SqlFiles {
  readonly name: string;
  /** The SQL for `backend`, with its includes and event-order placeholders expanded. */
  readSql(backend: Backend): string;
}

/** What a backend runs: SQL files and the kinds of the parameters they bind. */
export interface SqlQuery extends SqlFiles {
  /**
   * The parameters the SQL binds, by name and kind (checked against every backend's SQL when read; a backend
   * that declares parameter types, as ClickHouse's `{name:Type}`, takes them from here).
   */
  readonly params: SqlParamSpec;
}

/**
 * A logical query: its SQL per backend, its parameters (each `$name` its SQL binds, with its kind) and the
 * decoder of its rows. `runQuery` checks the parameters (`encodeParams`), runs the SQL on the store's backend
 * and decodes every row (`decode`).
 */
export interface QueryDefinition<Params extends SqlParams = SqlParams, Row = SqlRow> extends SqlQuery {
  /** Checks a parameters object against `params` — every name, of its kind, and nothing else — and returns it. */
  readonly encodeParams: (params: Params) => SqlParams;
  /** One row as the backend normalised it → the typed row. */
  readonly decode: (row: SqlRow) => Row;
}

/** What `defineQuery` needs beside the name: the parameters (none when omitted) and the row decoder. */
export interface QueryOptions<Spec extends SqlParamSpec, Row> {
  params?: Spec;
  decode: (row: SqlRow) => Row;
}

/** The parameter names a SQL text binds (`$name`, outside `--` comments), without the adapter's own `$f_…`. */
export function boundParamNames(sql: string): string[] {
  const names = new Set<string>();
  for (const match of sql.replace(/--[^\n]*/g, '').matchAll(/\$([A-Za-z_]\w*)/g)) {
    const name = match[1] as string;
    if (!name.startsWith(adapterParamPrefix)) names.add(name);
  }
  return [...names].sort();
}

function sqlReader(name: string, moduleUrl: string): (backend: Backend) => string {
  const cache = new Map<Backend, string>();
  return (backend) => {
    let sql = cache.get(backend);
    if (sql === undefined) {
      const read = (file: string): string =>
        readFileSync(new URL(`./${file}.${backend}.sql`, moduleUrl), 'utf8');
      // an included part may include parts of its own
      const expand = (text: string, depth = 0): string => {
        if (depth > 8) throw new Error(`${name}.${backend}.sql: includes nest too deep`);
        return text.replace(/\{\{include:(\w+)\}\}/g, (_, part: string) =>
          expand(read(part).trim(), depth + 1),
        );
      };
      sql = expandEventOrder(expand(read(name)), backend);
      cache.set(backend, sql);
    }
    return sql;
  };
}

/**
 * SQL files whose text sits beside the module `moduleUrl`. A `{{include:part}}` in one is replaced by the
 * text of `part.<backend>.sql` beside it (a fragment shared by several queries; it may include others); the event-order placeholders
 * (`eventOrder.ts`) are expanded for the backend. For statements a backend runs itself (the cached traces of
 * `caseTraces.ts`); a query with parameters and rows is a `defineQuery`.
 */
export function defineSql(name: string, moduleUrl: string): SqlFiles {
  return { name, readSql: sqlReader(name, moduleUrl) };
}

const defined: QueryDefinition<never, unknown>[] = [];

/** Every query `defineQuery` made so far (for the test that reads each one's SQL against its parameters). */
export function listDefinedQueries(): readonly QueryDefinition<never, unknown>[] {
  return defined;
}

function isKind(value: unknown, kind: SqlParamKind): boolean {
  switch (kind) {
    case 'text':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'textList':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
  }
}

/**
 * Declares a query whose SQL files sit beside the module `moduleUrl` (see `defineSql`), with its parameters
 * (`{ limit: 'number' }`: the SQL binds `$limit`, a number; exactly the `$names` of every backend's SQL — a
 * difference is an error when the SQL is read) and the decoder of its rows (`engine/columns.ts`).
 */
export function defineQuery<const Spec extends SqlParamSpec = Record<never, never>, Row = SqlRow>(
  name: string,
  moduleUrl: string,
  options: QueryOptions<Spec, Row>,
): QueryDefinition<ParamsOf<Spec>, Row> {
  const spec: SqlParamSpec = options.params ?? {};
  const read = sqlReader(name, moduleUrl);
  const checked = new Set<Backend>();
  const query: QueryDefinition<ParamsOf<Spec>, Row> = {
    name,
    params: spec,
    readSql(backend) {
      const sql = read(backend);
      if (!checked.has(backend)) {
        const bound = boundParamNames(sql).join(', ');
        const declared = Object.keys(spec).sort().join(', ');
        if (bound !== declared)
          throw new Error(`${name}.${backend}.sql binds [${bound}] but the query declares [${declared}]`);
        checked.add(backend);
      }
      return sql;
    },
    encodeParams(params) {
      const given: SqlParams = params;
      for (const [param, kind] of Object.entries(spec))
        if (!isKind(given[param], kind)) throw new TypeError(`${name}: parameter ${param} must be ${kind}`);
      for (const param of Object.keys(given))
        if (!(param in spec)) throw new TypeError(`${name} has no parameter ${param}`);
      return given;
    },
    decode: options.decode,
  };
  defined.push(query);
  return query;
}
