import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ImportRow, ProgressListener } from '../import/types.js';

/** The staging table's columns, in order, with the types `read_csv` reads them as. */
const stagedColumns =
  "{'pos': 'INTEGER', 'source_line': 'INTEGER', 'event_id': 'VARCHAR', 'customer_id': 'VARCHAR', " +
  "'anonymous_id': 'VARCHAR', 'case_id': 'VARCHAR', 'ts_ms': 'DOUBLE', 'start_ts_ms': 'DOUBLE', " +
  "'activity': 'VARCHAR', 'channel': 'VARCHAR', 'source': 'VARCHAR', 'properties': 'VARCHAR', " +
  "'nps': 'DOUBLE', 'csat': 'DOUBLE', 'ces': 'DOUBLE'}";

const quoteRe = /"/g;
/** A CSV field: always quoted (so `""` is the empty string and an empty field is NULL). */
const text = (value: string): string =>
  value.includes('"') ? `"${value.replace(quoteRe, '""')}"` : `"${value}"`;
const optText = (value: string | null): string => (value === null ? '' : text(value));
const optNumber = (value: number | null | undefined): string =>
  value === null || value === undefined ? '' : String(value);

/** One staged line (no trailing newline), in `stagedColumns` order. */
function csvLine(row: ImportRow, pos: number): string {
  return (
    `${pos},${optNumber(row.sourceLine)},${text(row.eventId)},${optText(row.customerId)},` +
    `${optText(row.anonymousId)},${optText(row.caseId)},${String(row.tsMs)},${optNumber(row.startTsMs)},` +
    `${text(row.activity)},${optText(row.channel)},${text(row.source)},` +
    `${row.properties === null ? '' : text(JSON.stringify(row.properties))},` +
    `${optNumber(row.nps)},${optNumber(row.csat)},${optNumber(row.ces)}`
  );
}

/**
 * Stages rows into the table `staging` (created from `stageRows.duckdb.sql`): each batch is written as
 * CSV text to a temp file with plain string joins, then the file is loaded with one `read_csv`
 * INSERT … SELECT (DuckDB parses it at millions of rows per second). Returns the number of rows read.
 */
export async function stageRowsViaCsv(
  connection: DuckDBConnection,
  staging: string,
  rows: AsyncIterable<ImportRow[]>,
  onProgress: ProgressListener | undefined,
): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'trailmap-stage-'));
  const file = join(dir, 'rows.csv');
  let pos = 0;
  try {
    const fd = openSync(file, 'w');
    try {
      for await (const batch of rows) {
        const lines = new Array<string>(batch.length);
        for (let i = 0; i < batch.length; i++) lines[i] = csvLine(batch[i] as ImportRow, pos++);
        if (lines.length > 0) writeSync(fd, `${lines.join('\n')}\n`);
        onProgress?.({ rows: pos, bytesRead: 0, bytesTotal: null });
      }
    } finally {
      closeSync(fd);
    }
    if (pos > 0) {
      await connection.run(
        `INSERT INTO ${staging} SELECT * FROM read_csv('${file.replaceAll("'", "''")}', ` +
          `columns = ${stagedColumns}, header = false, delim = ',', quote = '"', escape = '"', ` +
          `allow_quoted_nulls = false, auto_detect = false, new_line = '\\n', strict_mode = true, max_line_size = 100000000)`,
      );
    }
    return pos;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
