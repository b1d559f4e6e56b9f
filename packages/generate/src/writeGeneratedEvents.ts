import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import { CSV_HEADER, type GenerateFormat } from './formatEvent.js';
import { formatGeneratedEvents } from './formatGeneratedEvents.js';
import type { GenerateOptions } from './generateEvents.js';

export interface WriteGeneratedOptions extends GenerateOptions {
  format: GenerateFormat;
  out: string;
  /** Called after every batch with the events written so far. */
  onProgress?: (eventsWritten: number) => void;
}

/** Generates events straight to a file in the chosen format (streamed; Parquet through a staged CSV). */
export async function writeGeneratedEvents(options: WriteGeneratedOptions): Promise<{ events: number }> {
  if (options.format === 'parquet') return writeParquet(options);
  let events = 0;
  await pipeline(
    formatGeneratedEvents({
      ...options,
      format: options.format,
      onProgress: (written) => {
        events = written;
        options.onProgress?.(written);
      },
    }),
    createWriteStream(options.out),
  );
  return { events };
}

/** Parquet: stage a CSV in a temp folder, then DuckDB `COPY … TO … (FORMAT parquet)` with typed columns. */
async function writeParquet(options: WriteGeneratedOptions): Promise<{ events: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-generate-'));
  const staged = join(dir, 'events.csv');
  try {
    const { events } = await writeGeneratedEvents({ ...options, format: 'csv', out: staged });
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run("SET TimeZone = 'UTC'");
      const typeOf = (name: string): string =>
        name === 'timestamp' ? 'TIMESTAMPTZ' : ['nps', 'csat', 'ces'].includes(name) ? 'DOUBLE' : 'VARCHAR';
      const names = CSV_HEADER.split(',');
      const columns = names.map((name) => `'${name}': '${typeOf(name)}'`).join(', ');
      const order = names.join(', ');
      await connection.run(
        `COPY (SELECT ${order} FROM read_csv('${staged.replaceAll("'", "''")}', header = true, columns = {${columns}}))
         TO '${options.out.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`,
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    return { events };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
