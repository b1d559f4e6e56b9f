/**
 * Parquet → canonical rows, read by DuckDB itself (`read_parquet` in an in-memory instance) and
 * streamed chunk by chunk; the field mapping is the same as for CSV (see parquetMapping.ts).
 * Errors name the record number (1-based, in file order) as `line`.
 */
import { batchRows } from './batchRows.js';
import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { createStagingDir } from '../staging/createStagingDir.js';
import { DEFAULT_BATCH_SIZE, mapRecord, type MappedImportOptions } from './parquetMapping.js';
import { ImportError, type ImportRow, type Parser } from './types.js';

export type ParquetImportOptions = MappedImportOptions;

const ROW_NUMBER_COLUMN = '__trailmap_row_number';

interface LocalFile {
  path: string;
  name: string;
  cleanup: () => Promise<void>;
}

/** DuckDB reads files, so a stream input is first spooled to a temporary file. */
async function resolveLocalFile(input: Parameters<Parser<ParquetImportOptions>>[0]): Promise<LocalFile> {
  if ('path' in input) return { path: input.path, name: input.path, cleanup: async () => {} };
  const dir = createStagingDir(tmpdir());
  const path = join(dir, 'input.parquet');
  await pipeline(Readable.from(input.stream as AsyncIterable<Buffer | string>), createWriteStream(path));
  return { path, name: input.name, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

async function countParquetRows(connection: DuckDBConnection, path: string, name: string): Promise<number> {
  try {
    const reader = await connection.runAndReadAll(
      'SELECT sum(num_rows) AS n FROM parquet_file_metadata($1)',
      [path],
    );
    const value = reader.getRowObjectsJS()[0]?.n;
    return value === null || value === undefined ? 0 : Number(value);
  } catch (error) {
    throw new ImportError(`not a readable Parquet file: ${(error as Error).message}`, { file: name });
  }
}

export const parseParquet: Parser<ParquetImportOptions> = async function* (input, options, onProgress) {
  const file = await resolveLocalFile(input);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const bytesTotal = (await stat(file.path)).size;
    const totalRows = await countParquetRows(connection, file.path, file.name);
    const source = options.source ?? 'parquet';
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    const result = await connection.stream(
      `SELECT *, file_row_number AS ${ROW_NUMBER_COLUMN} FROM read_parquet($1, file_row_number = true)`,
      [file.path],
    );
    async function* mapRecords(): AsyncGenerator<ImportRow> {
      for await (const chunk of result.yieldRowObjectJs()) {
        for (const raw of chunk) {
          const { [ROW_NUMBER_COLUMN]: rowNumber, file_row_number: _ignored, ...record } = raw;
          const line = Number(rowNumber) + 1;
          yield mapRecord(record, { ...options, source }, { file: file.name, line });
        }
      }
    }
    // the last report has rows = totalRows, so bytesRead = bytesTotal
    yield* batchRows(mapRecords(), batchSize, (rows) =>
      onProgress?.({ rows, bytesRead: estimateBytes(rows, totalRows, bytesTotal), bytesTotal }),
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
    await file.cleanup();
  }
};

/** Parquet is columnar, so bytes read are estimated from the share of rows read. */
function estimateBytes(rows: number, totalRows: number, bytesTotal: number): number {
  return totalRows > 0 ? Math.min(bytesTotal, Math.round((rows / totalRows) * bytesTotal)) : bytesTotal;
}
