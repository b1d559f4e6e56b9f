import type { ImportRow } from '@trailmap/analytics';

/** All rows of a batched generator, in order (for tests). */
export async function collectRows(rows: AsyncIterable<ImportRow[]>): Promise<ImportRow[]> {
  const all: ImportRow[] = [];
  for await (const batch of rows) for (const row of batch) all.push(row);
  return all;
}
