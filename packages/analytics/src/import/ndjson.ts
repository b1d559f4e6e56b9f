/**
 * NDJSON (one JSON object per line) → canonical rows, with the same field mapping as CSV and
 * Parquet; field paths such as `properties.plan` reach into nested objects. Blank lines are skipped.
 */
import { batchRows } from './batchRows.js';
import { decodeUtf8, openInput, readLines, MAX_LINE_BYTES } from './ndjsonLines.js';
import { DEFAULT_BATCH_SIZE, mapRecord, type MappedImportOptions } from './parquetMapping.js';
import { isPlainObject } from './parquetValues.js';
import { ImportError, type ImportRow, type Parser } from './types.js';

export interface NdjsonImportOptions extends MappedImportOptions {
  /** Longest accepted line in bytes (default 10 MB). */
  maxLineBytes?: number;
}

/** Parses one NDJSON line into an object, or throws an ImportError at that line. */
export function parseNdjsonLine(
  bytes: Uint8Array,
  file: string,
  line: number,
): Record<string, unknown> | null {
  const text = decodeUtf8(bytes, file, line);
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`invalid JSON: ${(error as Error).message}`, { file, line });
  }
  if (!isPlainObject(value)) throw new ImportError('expected a JSON object on this line', { file, line });
  return value;
}

export const parseNdjson: Parser<NdjsonImportOptions> = async function* (input, options, onProgress) {
  const opened = await openInput(input);
  const source = options.source ?? 'ndjson';
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let bytesRead = 0;
  const lines = readLines(opened.chunks, {
    file: opened.name,
    maxLineBytes: options.maxLineBytes ?? MAX_LINE_BYTES,
    onBytes: (n) => {
      bytesRead = n;
    },
  });
  async function* mapLines(): AsyncGenerator<ImportRow> {
    for await (const line of lines) {
      const record = parseNdjsonLine(line.bytes, opened.name, line.number);
      if (record !== null)
        yield mapRecord(record, { ...options, source }, { file: opened.name, line: line.number });
    }
  }
  yield* batchRows(mapLines(), batchSize, (rows) =>
    onProgress?.({ rows, bytesRead, bytesTotal: opened.bytesTotal }),
  );
};
