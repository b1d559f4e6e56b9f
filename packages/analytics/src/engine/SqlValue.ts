/** A value bound to a query parameter (lists of strings become VARCHAR[]). */
export type SqlValue = string | number | boolean | null | readonly string[];
export type SqlParams = Record<string, SqlValue>;
/** One result row after the backend normalised it (BIGINT → number, lists → arrays). */
export type SqlRow = Record<string, unknown>;

/**
 * The kind of one query parameter. A backend binds each kind with its own type (DuckDB: a `textList` as
 * VARCHAR[]; ClickHouse will declare `{name:Array(String)}`).
 */
export type SqlParamKind = 'text' | 'number' | 'boolean' | 'textList';

/** The TypeScript type of each parameter kind. */
export interface SqlParamTypes {
  text: string;
  number: number;
  boolean: boolean;
  textList: readonly string[];
}

/** A query's parameters by name (`$name` in its SQL) and kind. */
export type SqlParamSpec = Readonly<Record<string, SqlParamKind>>;

/** The parameters object a spec describes: `{ limit: 'number' }` → `{ limit: number }`. */
export type ParamsOf<Spec extends SqlParamSpec> = { -readonly [K in keyof Spec]: SqlParamTypes[Spec[K]] };

/** The parameter names a backend's adapter binds itself (the scope and the filter): `$f_…`. */
export const adapterParamPrefix = 'f_';
