import { describe, expect, test } from 'vitest';
import { samplesDir } from '../testing/loadLogRows.js';
import { parseXes } from './parseXes.js';
import type { ImportProgress, ImportRow } from './types.js';

async function collect(iterable: AsyncIterable<ImportRow[]>): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for await (const batch of iterable) rows.push(...batch);
  return rows;
}

describe('parseXes', () => {
  test('parseXes(running-example.xes) reads 42 events with offsets applied and trace attributes as case attributes', async () => {
    const rows = await collect(parseXes({ path: `${samplesDir}running-example.xes` }, {}));
    expect(rows).toHaveLength(42);
    const first = rows[0] as ImportRow;
    expect(first).toMatchObject({ caseId: '3', activity: 'register request', eventId: '3/0', source: 'xes' });
    expect(new Date(first.tsMs).toISOString()).toBe('2010-12-30T13:32:00.000Z'); // 14:32 at +01:00
    expect(first.properties).toMatchObject({ 'case:creator': 'Fluxicon Nitro', 'org:resource': 'Pete' });
  });

  test('parseXes(bpic2012.xes.gz, classifier) joins concept:name and lifecycle:transition and reports progress', async () => {
    const progress: ImportProgress[] = [];
    const rows = await collect(
      parseXes(
        { path: `${samplesDir}bpic2012.xes.gz` },
        { classifier: ['concept:name', 'lifecycle:transition'] },
        (p) => progress.push(p),
      ),
    );
    expect(rows).toHaveLength(262_200);
    expect(rows[0]?.activity).toBe('A_SUBMITTED+COMPLETE');
    expect(rows[0]?.properties).toMatchObject({ 'case:AMOUNT_REQ': '20000' });
    expect(new Set(rows.map((r) => r.caseId)).size).toBe(13_087);
    const last = progress[progress.length - 1];
    expect(last?.rows).toBe(262_200);
    expect(last?.bytesRead).toBe(last?.bytesTotal);
  });
});
