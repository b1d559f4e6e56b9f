import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';

const recordSql = readFileSync(new URL('./recordJourneyStarts.duckdb.sql', import.meta.url), 'utf8');

/**
 * @internal Records in `journey_starts` the first event of each journey among the events that `version` of
 * `dataset` added (`recordJourneyStarts.duckdb.sql`), and in `journey_starts_recorded` how many events that
 * version holds. Called inside the version's transaction.
 */
export async function recordJourneyStarts(
  connection: DuckDBConnection,
  dataset: string,
  version: number,
): Promise<void> {
  await connection.run(recordSql, { dataset, version });
  await connection.run(
    `INSERT INTO journey_starts_recorded
     SELECT $dataset, $version, count(*) FROM events WHERE dataset = $dataset AND dataset_version = $version`,
    { dataset, version },
  );
}

/**
 * @internal Fills `journey_starts` for every version of a store written before `journey_starts_recorded`
 * existed, in one transaction. `openEventStore` calls it when it has just created that table.
 */
export async function backfillJourneyStarts(connection: DuckDBConnection): Promise<void> {
  const versions = (
    await connection.runAndReadAll('SELECT dataset, dataset_version FROM dataset_versions ORDER BY ALL')
  ).getRowObjectsJS();
  if (versions.length === 0) return;
  await connection.run('BEGIN TRANSACTION');
  try {
    await connection.run('DELETE FROM journey_starts');
    for (const { dataset, dataset_version: version } of versions) {
      await recordJourneyStarts(connection, String(dataset), Number(version));
    }
    await connection.run('COMMIT');
  } catch (error) {
    await connection.run('ROLLBACK');
    throw error;
  }
}

/**
 * Whether the recorded journey starts cover every event of the store (`journey_starts_recorded` accounts for
 * all of them), and how many recorded versions of `dataset` up to `version` added events.
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
