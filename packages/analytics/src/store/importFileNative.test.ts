import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv } from '../import/parseCsv.js';
import { ImportError } from '../import/types.js';
import { discoverDfg } from '../queries/discoverDfg.js';
import { getLogSummary } from '../queries/getLogSummary.js';
import { getVariants } from '../queries/getVariants.js';
import { sharedDataDir } from '../testing/loadLogRows.js';
import { importCsvFile, importParquetFile } from './importFileNative.js';
import { importEvents } from './importEvents.js';
import { openEventStore, type EventStore } from './openEventStore.js';

const dir = mkdtempSync(join(tmpdir(), 'trailmap-native-'));
let store: EventStore;
beforeAll(async () => {
  store = await openEventStore();
});
afterAll(() => store.close());

const round = <T>(value: T): T =>
  JSON.parse(
    JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(10)) : v)),
  ) as T;

async function eventsOf(dataset: string): Promise<unknown[]> {
  const reader = await store.connection.runAndReadAll(
    `SELECT event_id, case_id, activity, channel, epoch_ms(ts) AS ms, CAST(properties AS VARCHAR) AS p,
            seq - min(seq) OVER () AS position
     FROM events WHERE dataset = $dataset ORDER BY seq`,
    { dataset },
  );
  return reader
    .getRowObjectsJS()
    .map((row) => JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)));
}

describe('importCsvFile', () => {
  test.each(['receipt.csv', 'roadtraffic100traces.csv'])(
    'importCsvFile(%s) stores exactly what parseCsv + importEvents store',
    async (name) => {
      const path = `${sharedDataDir}${name}`;
      await importCsvFile(store, `native ${name}`, path);
      await importEvents(store, `streamed ${name}`, parseCsv({ path }, {}));
      expect(await eventsOf(`native ${name}`)).toEqual(await eventsOf(`streamed ${name}`));
      const native = { dataset: `native ${name}` };
      const streamed = { dataset: `streamed ${name}` };
      expect(round(await discoverDfg(store, native))).toEqual(round(await discoverDfg(store, streamed)));
      expect(await getVariants(store, native)).toEqual(await getVariants(store, streamed));
    },
  );

  test('importCsvFile(same file again) adds nothing', async () => {
    const again = await importCsvFile(store, 'native receipt.csv', `${sharedDataDir}receipt.csv`);
    expect(again).toMatchObject({ version: 2, eventsAdded: 0, eventsSkipped: 8577 });
  });

  const header = 'event_id,case,activity,timestamp,nps';
  test.each([
    ['missing.csv', 'case,when\nc1,2024-01-01\n', /missing\.csv, line 1: missing activity column/],
    [
      'time.csv',
      `${header}\ne1,c1,a,2024-01-01T00:00:00Z,\ne2,c1,b,soon,\n`,
      /time\.csv, line 3, column timestamp: empty or unparsable timestamp/,
    ],
    [
      'score.csv',
      `${header}\ne1,c1,a,2024-01-01T00:00:00Z,11\n`,
      /score\.csv, line 2, column nps: nps score/,
    ],
    [
      'dupes.csv',
      `${header}\ne1,c1,a,2024-01-01T00:00:00Z,\ne1,c2,a,2024-01-01T00:00:00Z,\n`,
      /dupes\.csv, line 3: duplicate event id "e1" at line 2 and line 3/,
    ],
    ['empty.csv', '', /empty\.csv: the file is empty/],
  ])(
    'importCsvFile(%s) fails with a clear ImportError and changes nothing',
    async (name, content, message) => {
      const before = await getLogSummary(store, { dataset: 'bad' });
      writeFileSync(join(dir, name), content);
      await expect(importCsvFile(store, 'bad', join(dir, name))).rejects.toThrow(message);
      await expect(importCsvFile(store, 'bad', join(dir, name))).rejects.toBeInstanceOf(ImportError);
      expect(await getLogSummary(store, { dataset: 'bad' })).toEqual(before);
    },
  );
});

describe('importParquetFile', () => {
  test('importParquetFile(receipt as Parquet) gives the same log as the CSV', async () => {
    const parquet = join(dir, 'receipt.parquet');
    await store.connection.run(
      `COPY (SELECT * FROM read_csv('${sharedDataDir}receipt.csv', all_varchar = true)) TO '${parquet}' (FORMAT parquet)`,
    );
    await importParquetFile(store, 'parquet receipt', parquet);
    const summary = await getLogSummary(store, { dataset: 'parquet receipt' });
    expect(summary).toMatchObject({ cases: 1434, events: 8577 });
    expect(round(await discoverDfg(store, { dataset: 'parquet receipt' }))).toEqual(
      round(await discoverDfg(store, { dataset: 'native receipt.csv' })),
    );
  });
});
