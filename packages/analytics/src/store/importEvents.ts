import { readFileSync } from 'node:fs';
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { ImportError, type ImportRow, type ProgressListener } from '../import/types.js';
import type { EventStore } from './openEventStore.js';
import { withImportConnection } from './withImportConnection.js';

export interface ImportResult {
  dataset: string;
  /** The version this import created. */
  version: number;
  eventsRead: number;
  /** New events (event ids the dataset did not hold yet). */
  eventsAdded: number;
  /** Events already in the dataset (re-imported), left out. */
  eventsSkipped: number;
}

export interface ImportEventsOptions {
  /** The source name, for error messages. */
  file?: string;
}

const readSql = (name: string): string => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
/** @internal The staging table DDL (`{{staging}}` to replace). */
export const stageSql = readSql('stageRows.duckdb.sql');
const duplicatesSql = readSql('findDuplicateIds.duckdb.sql');
const insertSql = readSql('insertStaged.duckdb.sql');
let stagingCounter = 0;

/** @internal The reason every loader gives for a source that holds no events. */
export const noEvents = 'no events';

/** @internal A fresh staging table name. */
export function nextStagingName(): string {
  return `trailmap_staging_${++stagingCounter}`;
}

/**
 * Loads rows into `dataset` as a new version, all-or-nothing: rows are staged in a temp table through
 * DuckDB's appender, checked, then inserted in one transaction. Any failure leaves the store as it was;
 * a source without a single row is an `ImportError` ("no events", naming `options.file`).
 */
export function importEvents(
  store: EventStore,
  dataset: string,
  rows: AsyncIterable<ImportRow[]>,
  onProgress?: ProgressListener,
  options: ImportEventsOptions = {},
): Promise<ImportResult> {
  return store.runExclusive(() =>
    withImportConnection(store, async (importing) => {
      const connection = importing.connection;
      const staging = nextStagingName();
      await connection.run(stageSql.replaceAll('{{staging}}', staging));
      try {
        const eventsRead = await appendRows(await connection.createAppender(staging), rows, onProgress);
        if (eventsRead === 0) throw new ImportError(noEvents, { file: options.file });
        await rejectDuplicates(importing, staging, options.file);
        return await insertVersion(importing, dataset, staging, eventsRead);
      } finally {
        await connection.run(`DROP TABLE IF EXISTS ${staging}`);
      }
    }),
  );
}

async function appendRows(
  appender: DuckDBAppender,
  rows: AsyncIterable<ImportRow[]>,
  onProgress: ProgressListener | undefined,
): Promise<number> {
  let pos = 0;
  const appendText = (value: string | null): void =>
    value === null ? appender.appendNull() : appender.appendVarchar(value);
  const appendNumber = (value: number | null): void =>
    value === null ? appender.appendNull() : appender.appendDouble(value);
  try {
    for await (const batch of rows) {
      for (const row of batch) {
        appender.appendInteger(pos++);
        if (row.sourceLine === undefined) appender.appendNull();
        else appender.appendInteger(row.sourceLine);
        appender.appendVarchar(row.eventId);
        appendText(row.customerId);
        appendText(row.anonymousId);
        appendText(row.caseId);
        appender.appendDouble(row.tsMs);
        appendNumber(row.startTsMs);
        appender.appendVarchar(row.activity);
        appendText(row.channel);
        appender.appendVarchar(row.source);
        appendText(row.properties === null ? null : JSON.stringify(row.properties));
        appendNumber(row.nps);
        appendNumber(row.csat);
        appendNumber(row.ces);
        appender.endRow();
      }
      onProgress?.({ rows: pos, bytesRead: 0, bytesTotal: null });
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  return pos;
}

/** @internal Checks a staged import for duplicate event ids (shared with the native file loaders). */
export async function rejectDuplicates(
  store: EventStore,
  staging: string,
  file: string | undefined,
): Promise<void> {
  const reader = await store.connection.runAndReadAll(duplicatesSql.replaceAll('{{staging}}', staging));
  const duplicate = reader.getRowObjectsJS()[0];
  if (!duplicate) return;
  const describe = (line: unknown, pos: unknown): string =>
    line !== null && line !== undefined ? `line ${String(line)}` : `row ${Number(pos) + 1}`;
  const first = describe(duplicate.first_line, duplicate.first_pos);
  const second = describe(duplicate.second_line, duplicate.second_pos);
  throw new ImportError(`duplicate event id "${String(duplicate.event_id)}" at ${first} and ${second}`, {
    file,
    line: duplicate.second_line === null ? undefined : Number(duplicate.second_line),
  });
}

/** @internal Inserts a checked staging table as a new dataset version, in one transaction. */
export function insertVersion(
  store: EventStore,
  dataset: string,
  staging: string,
  eventsRead: number,
): Promise<ImportResult> {
  const connection = store.connection;
  return writeVersion(store, connection, dataset, async ({ version, seqBase }) => {
    const inserted = await connection.run(insertSql.replaceAll('{{staging}}', staging), {
      dataset,
      version,
      seq_base: seqBase,
    });
    return { eventsRead, eventsAdded: Number(inserted.rowsChanged) };
  });
}

/** Where a new version's events go: its number and the `seq` of its first event. */
export interface VersionHead {
  version: number;
  seqBase: bigint;
}

/** What a loader wrote into a new version. */
export interface VersionFill {
  eventsRead: number;
  eventsAdded: number;
  /**
   * A SELECT of (`case_id`, `start_us`): the first event of each journey among the added events, when the
   * loader has it at hand (`recordJourneyStarts.ts`); otherwise it is aggregated from the version's events.
   */
  journeyStarts?: string;
}

/**
 * @internal Writes a new version of `dataset` in one transaction on `connection` (the store's or one of
 * `store.connect()`): `fill` inserts the events (numbered from `seqBase`) and says how many it read and added
 * (`VersionFill`); then the version and its journeys' starts (`store.backend.recordJourneyStarts`) are
 * recorded and committed. Any failure rolls everything back.
 */
export async function writeVersion(
  store: EventStore,
  connection: DuckDBConnection,
  dataset: string,
  fill: (head: VersionHead) => Promise<VersionFill>,
): Promise<ImportResult> {
  await connection.run('BEGIN TRANSACTION');
  try {
    const head = await connection.runAndReadAll(
      `SELECT (SELECT coalesce(max(dataset_version), 0) FROM dataset_versions WHERE dataset = $dataset) AS version,
              (SELECT coalesce(max(seq) + 1, 0) FROM events) AS seq_base`,
      { dataset },
    );
    const row = head.getRowObjectsJS()[0];
    const version = Number(row?.version ?? 0) + 1;
    const seqBase = BigInt(String(row?.seq_base ?? 0));
    const { eventsRead, eventsAdded, journeyStarts } = await fill({ version, seqBase });
    await store.backend.recordJourneyStarts(connection, dataset, version, eventsAdded, journeyStarts);
    await connection.run(
      `INSERT INTO dataset_versions VALUES ($dataset, $version, now(), $added, $skipped)`,
      { dataset, version, added: eventsAdded, skipped: eventsRead - eventsAdded },
    );
    await connection.run('COMMIT');
    return { dataset, version, eventsRead, eventsAdded, eventsSkipped: eventsRead - eventsAdded };
  } catch (error) {
    await connection.run('ROLLBACK');
    throw error;
  }
}
