import { readNullableNumber, readNumber, readText, readTextList } from './readRow.js';
import type { SqlRow } from './SqlValue.js';

/** One column of a result row and how its (backend-normalised) value becomes a typed value. */
export interface Column<T> {
  readonly name: string;
  read(value: unknown): T;
}

/** The typed row a set of columns decodes to. */
export type DecodedRow<Columns extends Readonly<Record<string, Column<unknown>>>> = {
  -readonly [K in keyof Columns]: Columns[K] extends Column<infer T> ? T : never;
};

/** The column kinds of the result rows (null and missing values as in `readRow.ts`). */
export const column = {
  /** Text; null becomes ''. */
  text: (name: string): Column<string> => ({ name, read: readText }),
  /** Text or null. */
  nullableText: (name: string): Column<string | null> => ({
    name,
    read: (value) => (value === null ? null : readText(value)),
  }),
  /** A number; null becomes 0. */
  number: (name: string): Column<number> => ({ name, read: readNumber }),
  /** A number or null. */
  nullableNumber: (name: string): Column<number | null> => ({ name, read: readNullableNumber }),
  /** A list of texts (null becomes []). */
  textList: (name: string): Column<string[]> => ({ name, read: readTextList }),
  /** True only for a true boolean. */
  flag: (name: string): Column<boolean> => ({ name, read: (value) => value === true }),
  /** A JSON object held as text (the events' `properties`); null (or no text) becomes null. */
  jsonObject: (name: string): Column<Record<string, unknown> | null> => ({
    name,
    read: (value) => (typeof value === 'string' ? (JSON.parse(value) as Record<string, unknown>) : null),
  }),
  /** Any other reading of one column. */
  custom: <T>(name: string, read: (value: unknown) => T): Column<T> => ({ name, read }),
};

/**
 * A row decoder from named columns: `decodeColumns({ count: column.number('edge_count') })` turns
 * `{ edge_count: 3 }` into `{ count: 3 }`. A column the row lacks is an error (a SQL file and its decoder
 * that drifted apart), never a silent 0.
 */
export function decodeColumns<const Columns extends Readonly<Record<string, Column<unknown>>>>(
  columns: Columns,
): (row: SqlRow) => DecodedRow<Columns> {
  const entries = Object.entries(columns);
  return (row) => {
    const out: Record<string, unknown> = {};
    for (const [key, { name, read }] of entries) {
      if (!(name in row)) throw new Error(`the result has no column ${name}`);
      out[key] = read(row[name]);
    }
    return out as DecodedRow<Columns>;
  };
}

/**
 * The decoder of statements whose rows are not read (`CREATE TEMP TABLE … AS`: DuckDB answers with the number
 * of rows written).
 */
export function ignoreRow(): void {}
