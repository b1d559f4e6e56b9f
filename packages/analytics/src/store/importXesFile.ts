import {
  closeSync,
  createReadStream,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { parseXes, type XesOptions } from '../import/parseXes.js';
import { XesStagingScanner } from '../import/stageXesBytes.js';
import type { ProgressListener } from '../import/types.js';
import { createStagingDir } from '../staging/createStagingDir.js';
import type { DuckDBConnection } from '@duckdb/node-api';
import { importEvents, writeVersion, type ImportResult } from './importEvents.js';
import type { EventStore } from './openEventStore.js';

export type ImportXesFileOptions = Pick<XesOptions, 'classifier' | 'channelKey' | 'customerKey'>;

const insertBatchSql = readFileSync(new URL('./xesInsertBatch.duckdb.sql', import.meta.url), 'utf8');
const separator = '\x01';
const skipKnownSql = `ANTI JOIN (SELECT event_id FROM events WHERE dataset = $dataset AND dataset_version < $version) x
  ON x.event_id = s.event_id`;

/** @internal How many XES file imports took the fast path, and how many the precise one (for tests). */
export const xesImportPaths = { fast: 0, precise: 0 };

const quoteText = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * Imports an XES or XES.gz file as a new dataset version. The fast path scans the bytes into staging texts
 * that DuckDB inserts while the scan goes on (`import/stageXesBytes.ts`); whenever it cannot take the file
 * exactly as `parseXes` reads it — or the file is bad — the precise path (`parseXes` + `importEvents`)
 * imports it or reports what is wrong, with line numbers. Both store the same events; both are
 * all-or-nothing.
 */
export async function importXesFile(
  store: EventStore,
  dataset: string,
  path: string,
  options: ImportXesFileOptions = {},
  onProgress?: ProgressListener,
): Promise<ImportResult> {
  if (options.channelKey === undefined && options.customerKey === undefined) {
    try {
      const result = await importXesFast(store, dataset, path, options, onProgress);
      xesImportPaths.fast++;
      return result;
    } catch {
      // anything the fast path could not take, bad input included: the precise path decides
    }
  }
  xesImportPaths.precise++;
  return importEvents(store, dataset, parseXes({ path }, options, onProgress), undefined, {
    file: basename(path),
  });
}

/**
 * The fast path, on a connection of its own whose transaction the store's queries do not see until it
 * commits: batches of traces go into `events` while the scan goes on.
 */
function importXesFast(
  store: EventStore,
  dataset: string,
  path: string,
  options: ImportXesFileOptions,
  onProgress: ProgressListener | undefined,
): Promise<ImportResult> {
  return store.runExclusive(async () => {
    const dir = createStagingDir(store.stagingRoot);
    try {
      const connection = await store.connect();
      let restoreThreads = async (): Promise<void> => undefined;
      try {
        restoreThreads = await yieldCoreToScanner(connection);
        return await writeVersion(store, connection, dataset, async ({ version, seqBase }) => {
          const params = { dataset, version, seq_base: seqBase };
          const earlier = await connection.runAndReadAll(
            'SELECT count(*) AS n FROM (SELECT 1 FROM events WHERE dataset = $dataset LIMIT 1)',
            { dataset },
          );
          const known = Number(earlier.getRowObjectsJS()[0]?.n ?? 0) > 0 ? skipKnownSql : '';
          let eventsAdded = 0;
          const insertBatch = async (sql: string): Promise<void> => {
            eventsAdded += Number((await connection.run(sql, params)).rowsChanged);
          };
          const scanner = await stageFile(path, dir, known, insertBatch, options, onProgress);
          if (scanner.repeatedCaseNames) throw new Error('repeated case names: the precise path names them');
          if (scanner.explicitIds) await checkExplicitIds(connection, dataset, version);
          return { eventsRead: scanner.events, eventsAdded };
        });
      } finally {
        try {
          await restoreThreads();
        } finally {
          connection.closeSync();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/**
 * The scanner keeps one core busy: DuckDB runs with one thread fewer while the import lasts (at least one;
 * the setting is the database's, so concurrent queries get one thread fewer too), then gets its threads
 * back. On two cores a second DuckDB thread doubled the inserts' CPU time and slowed the import by half.
 */
async function yieldCoreToScanner(connection: DuckDBConnection): Promise<() => Promise<void>> {
  const reader = await connection.runAndReadAll("SELECT current_setting('threads') AS threads");
  const threads = Number(reader.getRowObjectsJS()[0]?.threads ?? 1);
  if (threads <= 1) return async () => undefined;
  await connection.run(`SET threads = ${threads - 1}`);
  return async () => {
    await connection.run(`SET threads = ${threads}`);
  };
}

/**
 * With ids from the file (identity:id), an id may repeat: fails then (and the precise path reports both
 * lines). The inserted rows show every repeat only when no earlier version held one of the ids.
 */
async function checkExplicitIds(
  connection: DuckDBConnection,
  dataset: string,
  version: number,
): Promise<void> {
  const check = await connection.runAndReadAll(
    `SELECT (SELECT count(*) FROM events WHERE dataset = $dataset AND dataset_version < $version) AS earlier,
            (SELECT count(*) FROM (SELECT event_id FROM events WHERE dataset = $dataset AND dataset_version = $version
                                   GROUP BY event_id HAVING count(*) > 1)) AS repeated`,
    { dataset, version },
  );
  const row = check.getRowObjectsJS()[0];
  if (Number(row?.earlier ?? 0) > 0 || Number(row?.repeated ?? 0) > 0)
    throw new Error('ids from the file that may repeat: the precise path checks them');
}

/**
 * Streams the (gunzipped) file through the scanner; each batch of traces (~4 MB of staged events) is
 * written to two files whose insert DuckDB runs on its own threads while the scan goes on.
 */
async function stageFile(
  path: string,
  dir: string,
  known: string,
  insertBatch: (sql: string) => Promise<void>,
  options: ImportXesFileOptions,
  onProgress: ProgressListener | undefined,
): Promise<XesStagingScanner> {
  const bytesTotal = statSync(path).size;
  let batches = 0;
  let loading: Promise<unknown> = Promise.resolve();
  let failed: unknown = null;
  const load = (events: Uint8Array, cases: Uint8Array): void => {
    const eventsFile = join(dir, `events-${++batches}.txt`);
    const casesFile = join(dir, `cases-${batches}.txt`);
    writeFileSync(eventsFile, events);
    writeFileSync(casesFile, cases);
    const sql = insertBatchSql
      .replaceAll('{{known}}', known)
      .replaceAll('{{sep}}', separator)
      .replaceAll('{{events}}', quoteText(eventsFile))
      .replaceAll('{{cases}}', quoteText(casesFile));
    loading = loading.then(() => insertBatch(sql)).catch((error: unknown) => (failed ??= error));
  };
  const scanner = new XesStagingScanner(
    { batch: load },
    options.classifier ? { classifier: options.classifier } : {},
  );
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const input = isGzip(path) ? raw.pipe(createGunzip({ chunkSize: 1 << 20 })) : raw;
  raw.on('error', (error) => input.destroy(error));
  try {
    for await (const chunk of input) {
      scanner.feed(chunk as Buffer);
      onProgress?.({ rows: scanner.events, bytesRead: raw.bytesRead, bytesTotal });
      if (failed) throw failed;
    }
    scanner.finish();
  } finally {
    await loading;
  }
  if (failed) throw failed;
  return scanner;
}

function isGzip(path: string): boolean {
  const head = Buffer.alloc(2);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}
