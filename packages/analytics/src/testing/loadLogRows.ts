import { parseCsv } from '../import/parseCsv.js';
import { parseXes } from '../import/parseXes.js';
import type { ImportRow } from '../import/types.js';

/** The real public event logs of the repository's `samples/` folder (read in place, never copied). */
export const samplesDir = new URL('../../../../samples/', import.meta.url).pathname;

/** Parses a log file (XES, XES.gz or CSV) into an array of rows, in arrival order. */
export async function loadLogRows(path: string): Promise<ImportRow[]> {
  const parser = /\.csv$/i.test(path) ? parseCsv({ path }, {}) : parseXes({ path }, {});
  const rows: ImportRow[] = [];
  for await (const batch of parser) for (const row of batch) rows.push(row);
  return rows;
}

/** Yields an array as one batch (for importEvents). */
export async function* toBatches(rows: readonly ImportRow[], size = 50_000): AsyncGenerator<ImportRow[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}
