import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';

const readSql = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const recordSql = readSql('recordJourneyStarts.duckdb.sql');
const backfillSql = readSql('backfillJourneyStarts.duckdb.sql');

// The DuckDB backend's journey starts (`engine/duckdbBackend.ts` offers them as `EventBackend`'s
// `recordJourneyStarts` and `readJourneyStartsCoverage`; callers go through `store.backend`).

/**
 * @internal Records in `journey_starts` the first event of each journey among the `events` events that
 * `version` of `dataset` added, and in `journey_starts_recorded` that count. `starts` is a SELECT of
 * (`case_id`, `start_us`) with those first events when a loader has them at hand; otherwise they are
 * aggregated from the version's events (`recordJourneyStarts.duckdb.sql`). Called inside the version's
 * transaction.
 */
export async function recordJourneyStarts(
  connection: DuckDBConnection,
  dataset: string,
  version: number,
  events: number,
  starts?: string,
): Promise<void> {
  await connection.run(
    starts === undefined
      ? recordSql
      : `INSERT INTO journey_starts SELECT $dataset, $version, case_id, start_us FROM (${starts})`,
    { dataset, version },
  );
  await connection.run('INSERT INTO journey_starts_recorded VALUES ($dataset, $version, $events)', {
    dataset,
    version,
    events,
  });
}

/**
 * @internal Fills `journey_starts` for every version of a store written before `journey_starts_recorded`
 * existed (`backfillJourneyStarts.duckdb.sql`), in one transaction. The DuckDB backend calls it on open when
 * it has just created that table.
 */
export async function backfillJourneyStarts(connection: DuckDBConnection): Promise<void> {
  await connection.run('BEGIN TRANSACTION');
  try {
    await connection.run(backfillSql);
    await connection.run('COMMIT');
  } catch (error) {
    await connection.run('ROLLBACK');
    throw error;
  }
}

/**
 * @internal Whether the recorded journey starts cover every event of the store (`journey_starts_recorded`
 * accounts for all of them), and how many recorded versions of `dataset` up to `version` added events.
 */
export async function readJourneyStartsCoverage(
  connection: DuckDBConnection,
  dataset: string,
  version: number,
): Promise<{ complete: boolean; versions: number }> {
  const reader = await connection.runAndReadAll(
    `SELECT (SELECT count(*) FROM events) = (SELECT coalesce(sum(events), 0) FROM journey_starts_recorded) AS complete,
            (SELECT count(*) FROM journey_starts_recorded
             WHERE dataset = $dataset AND dataset_version <= $version AND events > 0) AS versions`,
    { dataset, version },
  );
  const row = reader.getRowObjectsJS()[0];
  return { complete: row?.complete === true, versions: Number(row?.versions ?? 0) };
}
