import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** The Drizzle query builder that every repository is written against: PGlite, node-postgres or a transaction. */
export type Database = PgDatabase<PgQueryResultHKT>;

/** Timestamps are read as Dates and handed out as ISO strings. */
export function toIso(date: Date): string {
  return date.toISOString();
}

export function toIsoOrNull(date: Date | null): string | null {
  return date === null ? null : date.toISOString();
}
