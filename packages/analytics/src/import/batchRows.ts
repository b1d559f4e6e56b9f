import type { ImportRow } from './types.js';

/**
 * Groups a parser's rows into batches of `batchSize` (the `Parser` contract yields `ImportRow[]`), calling
 * `report(rowsSoFar)` after each full batch and once more at the end, so that progress follows the batches.
 */
export async function* batchRows(
  rows: AsyncIterable<ImportRow> | Iterable<ImportRow>,
  batchSize: number,
  report: (rowsSoFar: number) => void,
): AsyncGenerator<ImportRow[]> {
  let done = 0;
  let batch: ImportRow[] = [];
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= batchSize) {
      done += batch.length;
      yield batch;
      batch = [];
      report(done);
    }
  }
  if (batch.length) {
    done += batch.length;
    yield batch;
  }
  report(done);
}
