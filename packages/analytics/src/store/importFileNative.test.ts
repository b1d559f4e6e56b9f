import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCsv, type CsvColumns } from '../import/parseCsv.js';
import { ImportError } from '../import/types.js';
import { discoverDfg } from '../queries/discoverDfg.js';
import { getLogSummary } from '../queries/getLogSummary.js';
import { getVariants } from '../queries/getVariants.js';
import { samplesDir } from '../testing/loadLogRows.js';
import { importCsvFile, importParquetFile, nativeImportPaths } from './importFileNative.js';
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
    `SELECT event_id, case_id, customer_id, anonymous_id, activity, channel, epoch_ms(ts) AS ms,
            epoch_ms(start_ts) AS start_ms, CAST(properties AS VARCHAR) AS p, nps, csat, ces, source,
            dataset_version AS version, seq - min(seq) OVER () AS position
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
      const path = `${samplesDir}${name}`;
      const fast = nativeImportPaths.fast;
      await importCsvFile(store, `native ${name}`, path);
      expect(nativeImportPaths.fast).toBe(fast + 1);
      await importEvents(store, `streamed ${name}`, parseCsv({ path }, {}));
      expect(await eventsOf(`native ${name}`)).toEqual(await eventsOf(`streamed ${name}`));
      const native = { dataset: `native ${name}` };
      const streamed = { dataset: `streamed ${name}` };
      expect(round(await discoverDfg(store, native))).toEqual(round(await discoverDfg(store, streamed)));
      expect(await getVariants(store, native)).toEqual(await getVariants(store, streamed));
    },
  );

  test('importCsvFile(same file again) adds nothing', async () => {
    const again = await importCsvFile(store, 'native receipt.csv', `${samplesDir}receipt.csv`);
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
      const versions = await versionsOf('bad');
      writeFileSync(join(dir, name), content);
      await expect(importCsvFile(store, 'bad', join(dir, name))).rejects.toThrow(message);
      await expect(importCsvFile(store, 'bad', join(dir, name))).rejects.toBeInstanceOf(ImportError);
      expect(await getLogSummary(store, { dataset: 'bad' })).toEqual(before);
      expect(await versionsOf('bad')).toEqual(versions);
    },
  );

  const write = (name: string, lines: string[]): string => {
    writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
    return join(dir, name);
  };
  /** Imports `path` natively into `native <dataset>` and streamed into `streamed <dataset>`; same events. */
  async function expectSameAsStreamed(
    dataset: string,
    path: string,
    columns: Partial<CsvColumns> = {},
  ): Promise<void> {
    const native = await importCsvFile(store, `native ${dataset}`, path, { columns });
    const streamed = await importEvents(store, `streamed ${dataset}`, parseCsv({ path }, { columns }));
    expect(native).toEqual({ ...streamed, dataset: `native ${dataset}` });
    expect(await eventsOf(`native ${dataset}`)).toEqual(await eventsOf(`streamed ${dataset}`));
  }

  test('importCsvFile(interleaved cases, sparse properties, quotes, scores) stores what parseCsv stores', async () => {
    // cases are not contiguous, so the event ids come from the row_number() window
    const path = write('interleaved.csv', [
      'case_id,activity,timestamp,start_timestamp,customer_id,anonymous_id,channel,nps,csat,ces,"we""ird",note,é',
      'c2,open,2024-01-01T00:00:00Z,,u1,,web,9,,,"a ""q""",x,ü',
      'c1,open,2024-01-01T00:00:00.5Z,2023-12-31T23:59:00Z,,anon,app,,4,,,"multi, comma",',
      'c2,pay,2024-01-01 01:00:00+02:00,,u1,,,,,7,b\\slash,,',
      'c1,pay,2024-01-01T02:00:00Z,,,anon,web,0,,,z,y,€',
      'c3,open,2024-01-01T03:00:00.123Z,,,,,,,,,,',
      'c2,close,2024-01-01T04:00:00Z,,u1,,web,10,5,1,,,',
    ]);
    const fast = nativeImportPaths.fast;
    await expectSameAsStreamed('interleaved', path);
    expect(nativeImportPaths.fast).toBe(fast + 1);
    const ids = (await eventsOf('native interleaved')).map(
      (row) => (JSON.parse(row as string) as { event_id: string }).event_id,
    );
    expect(ids).toEqual(['c2/0', 'c1/0', 'c2/1', 'c1/1', 'c3/0', 'c2/2']);
  });

  test('importCsvFile(the channel as the only other column) builds the properties in the insert, as parseCsv does', async () => {
    // the temp table keeps no properties here: the insert builds them from the channel's text
    const path = write('channel-only.csv', [
      'case,activity,timestamp,channel',
      'c1,a,2024-01-01T00:00:00Z,web',
      'c1,b,2024-01-01T00:01:00Z,',
      'c2,a,2024-01-01T00:02:00Z,"we""b, ü"',
      'c2,b,2024-01-01T00:03:00Z,a\\b',
    ]);
    const fast = nativeImportPaths.fast;
    await expectSameAsStreamed('channel only', path);
    expect(nativeImportPaths.fast).toBe(fast + 1);
    const rows = (await eventsOf('native channel only')).map(
      (row) => JSON.parse(row as string) as { event_id: string; channel: string | null; p: string },
    );
    expect(rows.map((row) => [row.event_id, row.channel, row.p])).toEqual([
      ['c1/0', 'web', '{"channel":"web"}'],
      ['c1/1', null, '{}'],
      ['c2/0', 'we"b, ü', '{"channel":"we\\"b, ü"}'],
      ['c2/1', 'a\\b', '{"channel":"a\\\\b"}'],
    ]);
  });

  test('importCsvFile(no case column) numbers events by line; (event id column) keeps the ids', async () => {
    await expectSameAsStreamed(
      'no case',
      write('nocase.csv', ['activity,timestamp', 'a,2024-01-01T00:00:00Z', 'b,2024-01-02T00:00:00Z']),
      { case: null },
    );
    await expectSameAsStreamed(
      'event ids',
      write('ids.csv', [
        'id,case,activity,timestamp',
        'e9,c1,a,2024-01-01T00:00:00Z',
        'e3,c1,b,2024-01-02T00:00:00Z',
      ]),
    );
  });

  test('importCsvFile(into a dataset that holds events) adds only the new ones, as a new version', async () => {
    const header = 'case,activity,timestamp,channel';
    const first = [
      'c1,a,2024-01-01T00:00:00Z,web',
      'c2,a,2024-01-01T00:01:00Z,app',
      'c1,b,2024-01-01T00:02:00Z,',
    ];
    const more = ['c1,c,2024-01-01T00:03:00Z,web', 'c3,a,2024-01-01T00:04:00Z,app'];
    await expectSameAsStreamed('grown', write('grown-1.csv', [header, ...first]));
    // the grown file repeats the first rows (same ids) and adds two events
    const path = write('grown-2.csv', [header, ...first, ...more]);
    const fast = nativeImportPaths.fast;
    const native = await importCsvFile(store, 'native grown', path);
    expect(nativeImportPaths.fast).toBe(fast + 1);
    const streamed = await importEvents(store, 'streamed grown', parseCsv({ path }, {}));
    expect(native).toEqual({
      dataset: 'native grown',
      version: 2,
      eventsRead: 5,
      eventsAdded: 2,
      eventsSkipped: 3,
    });
    expect(streamed).toMatchObject({ version: 2, eventsRead: 5, eventsAdded: 2, eventsSkipped: 3 });
    // seq continues from the whole store's last seq, so compare the order, not the positions
    const unpositioned = (rows: unknown[]): unknown[] =>
      rows.map((row) => ({ ...(JSON.parse(row as string) as object), position: undefined }));
    expect(unpositioned(await eventsOf('native grown'))).toEqual(
      unpositioned(await eventsOf('streamed grown')),
    );
    expect(await versionsOf('native grown')).toEqual([
      [1, 3, 0],
      [2, 2, 3],
    ]);
  });

  test('a bad value far into the file falls back from the fast path to the exact ImportError', async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `c${i >> 3},a${i % 5},2024-01-01T00:00:${String(i % 60).padStart(2, '0')}Z,`,
    );
    rows[4321] = 'c540,a1,2024-01-01T00:00:00Z,12';
    const header = 'case,activity,timestamp,nps';
    await importCsvFile(store, 'late', write('late-ok.csv', [header, ...rows.slice(0, 10)]));
    const before = await eventsOf('late');
    const path = write('late.csv', [header, ...rows]);
    const precise = nativeImportPaths.precise;
    await expect(importCsvFile(store, 'late', path)).rejects.toThrow(
      /late\.csv, line 4323, column nps: nps score is not a number from 0 to 10/,
    );
    expect(nativeImportPaths.precise).toBe(precise + 1);
    expect(await eventsOf('late')).toEqual(before);
    expect(await versionsOf('late')).toEqual([[1, 10, 0]]);
  });
});

async function versionsOf(dataset: string): Promise<number[][]> {
  const reader = await store.connection.runAndReadAll(
    `SELECT dataset_version, events_added, events_skipped FROM dataset_versions WHERE dataset = $dataset ORDER BY 1`,
    { dataset },
  );
  return reader.getRows().map((row) => row.map(Number));
}

describe('importParquetFile', () => {
  test('importParquetFile(receipt as Parquet) gives the same log as the CSV', async () => {
    const parquet = join(dir, 'receipt.parquet');
    await store.connection.run(
      `COPY (SELECT * FROM read_csv('${samplesDir}receipt.csv', all_varchar = true)) TO '${parquet}' (FORMAT parquet)`,
    );
    const fast = nativeImportPaths.fast;
    await importParquetFile(store, 'parquet receipt', parquet);
    expect(nativeImportPaths.fast).toBe(fast + 1);
    const summary = await getLogSummary(store, { dataset: 'parquet receipt' });
    expect(summary).toMatchObject({ cases: 1434, events: 8577 });
    expect(round(await discoverDfg(store, { dataset: 'parquet receipt' }))).toEqual(
      round(await discoverDfg(store, { dataset: 'native receipt.csv' })),
    );
  });
  test('importParquetFile(typed timestamps and scores) stores what the same rows as CSV store', async () => {
    const csv = join(dir, 'typed.csv');
    writeFileSync(
      csv,
      [
        'case,activity,timestamp,start_timestamp,nps,amount',
        'c1,a,2024-01-01T00:00:00.123456Z,2023-12-31T23:00:00Z,7,12.5',
        'c1,b,1969-12-31T23:59:59.9995Z,,,',
        'c2,a,2024-06-01T12:00:00+02:00,,10,3',
        '',
      ].join('\n'),
    );
    const parquet = join(dir, 'typed.parquet');
    // TIMESTAMPTZ, TIMESTAMP (no zone) and DOUBLE columns instead of text
    await store.connection.run(
      `COPY (SELECT "case", activity, CAST("timestamp" AS TIMESTAMPTZ) AS "timestamp",
                    CAST(CAST(start_timestamp AS TIMESTAMPTZ) AS TIMESTAMP) AS start_timestamp,
                    CAST(nps AS DOUBLE) AS nps, amount
             FROM read_csv('${csv}', all_varchar = true)) TO '${parquet}' (FORMAT parquet)`,
    );
    const fast = nativeImportPaths.fast;
    await importParquetFile(store, 'typed parquet', parquet);
    expect(nativeImportPaths.fast).toBe(fast + 1);
    await importCsvFile(store, 'typed csv', csv);
    const strip = (rows: unknown[]): unknown[] =>
      rows.map((row) => ({ ...(JSON.parse(row as string) as object), source: undefined }));
    expect(strip(await eventsOf('typed parquet'))).toEqual(strip(await eventsOf('typed csv')));
  });

  test('importParquetFile(an empty activity) fails with the exact ImportError and changes nothing', async () => {
    const parquet = join(dir, 'bad.parquet');
    await store.connection.run(
      `COPY (SELECT 'c' || (i // 4) AS "case", CASE WHEN i = 777 THEN '' ELSE 'a' || (i % 3) END AS activity,
                    TIMESTAMPTZ '2024-01-01' + INTERVAL (i) SECOND AS "timestamp"
             FROM range(1000) r(i)) TO '${parquet}' (FORMAT parquet)`,
    );
    const precise = nativeImportPaths.precise;
    await expect(importParquetFile(store, 'bad parquet', parquet)).rejects.toThrow(
      /bad\.parquet, line 779, column activity: empty activity/,
    );
    expect(nativeImportPaths.precise).toBe(precise + 1);
    expect(await versionsOf('bad parquet')).toEqual([]);
    expect(await eventsOf('bad parquet')).toEqual([]);
  });
});

describe('importCsvFile and importParquetFile (a file without events)', () => {
  const headerOnly = (): string => {
    writeFileSync(join(dir, 'header-only.csv'), 'case,activity,timestamp\n');
    return join(dir, 'header-only.csv');
  };
  const zeroRows = async (): Promise<string> => {
    const path = join(dir, 'zero-rows.parquet');
    await store.connection.run(
      `COPY (SELECT 'c1' AS "case", 'a' AS activity, TIMESTAMPTZ '2024-01-01' AS "timestamp" WHERE false)
       TO '${path}' (FORMAT parquet)`,
    );
    return path;
  };
  test.each([
    ['importCsvFile', 'header-only.csv', (dataset: string) => importCsvFile(store, dataset, headerOnly())],
    [
      'importParquetFile',
      'zero-rows.parquet',
      async (dataset: string) => importParquetFile(store, dataset, await zeroRows()),
    ],
  ])(
    '%s(%s) fails with the ImportError "no events", into an empty dataset and into one that holds events, and changes nothing',
    async (_call, file, load) => {
      writeFileSync(join(dir, 'one-event.csv'), 'case,activity,timestamp\nc1,a,2024-01-01T00:00:00Z\n');
      await importCsvFile(store, `held ${file}`, join(dir, 'one-event.csv'));
      for (const dataset of [`empty ${file}`, `held ${file}`]) {
        const versions = await versionsOf(dataset);
        const events = await getLogSummary(store, { dataset });
        const attempt = load(dataset);
        await expect(attempt).rejects.toBeInstanceOf(ImportError);
        await expect(attempt).rejects.toMatchObject({ reason: 'no events', where: { file } });
        await expect(attempt).rejects.toThrow(`${file}: no events`);
        expect(await versionsOf(dataset)).toEqual(versions);
        expect(await getLogSummary(store, { dataset })).toEqual(events);
      }
    },
  );
});
