/** A value bound to a query parameter (lists of strings become VARCHAR[]). */
export type SqlValue = string | number | boolean | null | readonly string[];
export type SqlParams = Record<string, SqlValue>;
/** One result row after the adapter normalised it (BIGINT → number, lists → arrays). */
export type SqlRow = Record<string, unknown>;
