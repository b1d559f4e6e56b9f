import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  CSV_HEADER,
  formatCsvLine,
  formatNdjsonLine,
  formatSegmentMessage,
  type GenerateFormat,
} from './formatEvent.js';
import { generateEvents, type GenerateOptions } from './generateEvents.js';

export interface WriteGeneratedOptions extends GenerateOptions {
  format: GenerateFormat;
  out: string;
  /** Called after every batch with the events written so far. */
  onProgress?: (eventsWritten: number) => void;
}

/** Generates events straight to a file in the chosen format (streamed; Parquet through a staged CSV). */
export async function writeGeneratedEvents(options: WriteGeneratedOptions): Promise<{ events: number }> {
  if (options.format === 'parquet') return writeParquet(options);
  const out = createWriteStream(options.out);
  let events = 0;
  const line =
    options.format === 'csv'
      ? formatCsvLine
      : options.format === 'ndjson'
        ? formatNdjsonLine
        : (row: Parameters<typeof formatSegmentMessage>[0]) => formatSegmentMessage(row);
  if (options.format === 'csv') await write(out, CSV_HEADER + '\n');
  if (options.format === 'segment') await write(out, '{"batch":[\n');
  for await (const batch of generateEvents(options)) {
    const text =
      options.format === 'segment'
        ? batch.map((row, i) => (events + i === 0 ? '' : ',\n') + line(row)).join('')
        : batch.map(line).join('');
    events += batch.length;
    await write(out, text);
    options.onProgress?.(events);
  }
  if (options.format === 'segment') await write(out, '\n]}\n');
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return { events };
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
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
