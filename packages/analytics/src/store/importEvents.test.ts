import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseNdjson, parseOcel, parseParquet, parseSegmentBatch } from '../import/formats.js';
import { parseCsv } from '../import/parseCsv.js';
import { parseXes } from '../import/parseXes.js';
import { ImportError, type ImportRow } from '../import/types.js';
import { getLogSummary } from '../queries/getLogSummary.js';
import { samplesDir } from '../testing/loadLogRows.js';
import { makeRow } from '../testing/makeRow.js';
import { getStoreVersion } from './getStoreVersion.js';
import { importEvents } from './importEvents.js';
import { listDatasetVersions } from './listDatasetVersions.js';
import { openEventStore, type EventStore } from './openEventStore.js';

const dir = mkdtempSync(join(tmpdir(), 'trailmap-import-'));
const write = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const runningExample = `${samplesDir}running-example.xes`;
let store: EventStore;

async function snapshot(): Promise<string> {
  const reader = await store.connection.runAndReadAll(
    'SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM dataset_versions) AS versions, (SELECT max(seq) FROM events) AS seq, (SELECT count(*) FROM journey_starts) AS starts, (SELECT count(*) FROM journey_starts_recorded) AS recorded',
  );
  return JSON.stringify(reader.getRowObjectsJS(), (_k, v: unknown) =>
    typeof v === 'bigint' ? String(v) : v,
  );
}

beforeAll(async () => {
  store = await openEventStore();
  await importEvents(store, 'log', parseXes({ path: runningExample }, {}));
});
afterAll(() => store.close());

describe('importEvents', () => {
  test('importEvents(same events again) adds nothing and creates a new version', async () => {
    const again = await importEvents(store, 'log', parseXes({ path: runningExample }, {}));
    expect(again).toMatchObject({ version: 2, eventsRead: 42, eventsAdded: 0, eventsSkipped: 42 });
    expect((await getLogSummary(store, { dataset: 'log' })).events).toBe(42);
    const versions = await listDatasetVersions(store, 'log');
    expect(versions.map((v) => [v.version, v.eventsAdded])).toEqual([
      [1, 42],
      [2, 0],
    ]);
  });

  test('importEvents(new events) versions the dataset; queries read a named version or the latest', async () => {
    const extra = [
      makeRow('new-case', 'register request', 1_400_000_000),
      makeRow('new-case', 'decide', 1_400_000_060),
    ];
    const result = await importEvents(
      store,
      'log',
      (async function* () {
        yield extra;
      })(),
    );
    expect(result).toMatchObject({ version: 3, eventsAdded: 2 });
    expect((await getLogSummary(store, { dataset: 'log' })).cases).toBe(7);
    expect((await getLogSummary(store, { dataset: 'log', version: 1 })).cases).toBe(6);
    expect((await getLogSummary(store, { dataset: 'other' })).cases).toBe(0);
  });

  test('importEvents(rows) numbers events in arrival order (seq)', async () => {
    const reader = await store.connection.runAndReadAll(
      "SELECT event_id FROM events WHERE dataset = 'log' AND case_id = '3' ORDER BY seq LIMIT 2",
    );
    expect(reader.getRowObjectsJS().map((r) => r.event_id)).toEqual(['3/0', '3/1']);
  });

  test('getStoreVersion() names the DuckDB version', async () => {
    expect(await getStoreVersion(store)).toMatch(/^v1\.\d+\.\d+/);
  });
});

const csvHeader = 'case:concept:name,concept:name,time:timestamp';
const hugeLine = `c1,a,2024-01-01T00:00:00Z,${'x'.repeat(10 * 1024 * 1024)}`;
const badInputs: { name: string; file?: string; rows: () => AsyncIterable<ImportRow[]>; message: RegExp }[] =
  [
    {
      name: 'a truncated gzip file',
      rows: () => {
        const bytes = readFileSync(`${samplesDir}helpdesk.xes.gz`);
        return parseXes({ path: write('truncated.xes.gz', bytes.subarray(0, bytes.length >> 1)) }, {});
      },
      message: /truncated\.xes\.gz.*gzip data is truncated/,
    },
    {
      name: 'malformed XML',
      rows: () =>
        parseXes({ path: write('malformed.xes', '<log>\n<trace>\n<event>\n</trace>\n</log>\n') }, {}),
      message: /malformed\.xes, line 4: malformed XML: <\/trace> closes <event>/,
    },
    {
      name: 'an XES file that ends inside a trace',
      rows: () => parseXes({ path: write('cut.xes', '<log>\n<trace>\n<event>\n') }, {}),
      message: /cut\.xes, line \d+: unexpected end of document: <event> is never closed/,
    },
    {
      name: 'a CSV without the activity column',
      rows: () => parseCsv({ path: write('missing.csv', 'case,when\nc1,2024-01-01\n') }, {}),
      message: /missing\.csv, line 1: missing activity column/,
    },
    {
      name: 'a CSV mapping to a column that does not exist',
      rows: () =>
        parseCsv(
          { path: write('mapped.csv', `${csvHeader}\nc1,a,2024-01-01T00:00:00Z\n`) },
          { columns: { channel: 'medium' } },
        ),
      message: /mapped\.csv, line 1, column medium: missing column "medium"/,
    },
    {
      name: 'an unparsable CSV timestamp',
      rows: () =>
        parseCsv(
          { path: write('time.csv', `${csvHeader}\nc1,a,2024-01-01T00:00:00+01:00\nc1,b,yesterday\n`) },
          {},
        ),
      message: /time\.csv, line 3, column time:timestamp: unparsable timestamp "yesterday"/,
    },
    {
      name: 'an unparsable XES timestamp',
      rows: () =>
        parseXes(
          {
            path: write(
              'time.xes',
              '<log>\n<trace><string key="concept:name" value="1"/>\n<event><string key="concept:name" value="a"/><date key="time:timestamp" value="soon"/></event>\n</trace></log>',
            ),
          },
          {},
        ),
      message: /time\.xes, line 3, field time:timestamp: unparsable timestamp "soon"/,
    },
    {
      name: 'an empty CSV file',
      rows: () => parseCsv({ path: write('empty.csv', '') }, {}),
      message: /empty\.csv: the file is empty/,
    },
    {
      name: 'an empty XES file',
      rows: () => parseXes({ path: write('empty.xes', '') }, {}),
      message: /empty\.xes: the file is empty/,
    },
    {
      name: 'a 10 MB line',
      rows: () =>
        parseCsv(
          { path: write('huge.csv', `${csvHeader},note\nc1,a,2024-01-01T00:00:00Z,ok\n${hugeLine}\n`) },
          {},
        ),
      message: /huge\.csv, line 3: a line longer than 1048576 characters/,
    },
    {
      name: 'a 10 MB XES tag',
      rows: () =>
        parseXes(
          {
            path: write(
              'huge.xes',
              `<log>\n<trace>\n<string key="x" value="${'x'.repeat(10 * 1024 * 1024)}"/>`,
            ),
          },
          {},
        ),
      message: /huge\.xes, line 3: a tag or text run longer than/,
    },
    {
      name: 'bytes that are not UTF-8',
      rows: () =>
        parseCsv(
          {
            path: write(
              'latin1.csv',
              Buffer.concat([
                Buffer.from(`${csvHeader}\nc1,a,2024-01-01T00:00:00Z\nc1,caf`),
                Buffer.from([0xe9]),
                Buffer.from(',2024-01-02T00:00:00Z\n'),
              ]),
            ),
          },
          {},
        ),
      message: /latin1\.csv, line 3: the file is not valid UTF-8/,
    },
    {
      name: 'duplicate event ids inside one import',
      file: 'dupes.csv',
      rows: () =>
        parseCsv(
          {
            path: write(
              'dupes.csv',
              `event_id,${csvHeader}\ne1,c1,a,2024-01-01T00:00:00Z\ne2,c1,b,2024-01-01T00:01:00Z\ne1,c2,a,2024-01-01T00:02:00Z\n`,
            ),
          },
          {},
        ),
      message: /dupes\.csv, line 4: duplicate event id "e1" at line 2 and line 4/,
    },
    {
      name: 'an XES log holding the same trace twice',
      file: 'twice.xes',
      rows: () => {
        const trace =
          '<trace><string key="concept:name" value="t"/><event><string key="concept:name" value="a"/><date key="time:timestamp" value="2024-01-01T00:00:00Z"/></event></trace>\n';
        return parseXes({ path: write('twice.xes', `<log>\n${trace}${trace}</log>`) }, {});
      },
      message: /twice\.xes, line 3: duplicate event id "t\/0" at line 2 and line 3/,
    },
    {
      name: 'a source that fails after its first batch',
      rows: () =>
        (async function* () {
          yield [makeRow('z', 'a', 1), makeRow('z', 'b', 2)];
          throw new ImportError('the connection dropped', { file: 'feed' });
        })(),
      message: /feed: the connection dropped/,
    },
  ];

describe('importEvents(bad input)', () => {
  test.each(badInputs)(
    'importEvents($name) fails with a clear ImportError and leaves the store unchanged',
    async (input) => {
      const before = await snapshot();
      const file = input.file;
      const attempt = importEvents(store, 'log', input.rows(), undefined, { file });
      await expect(attempt).rejects.toBeInstanceOf(ImportError);
      await expect(attempt).rejects.toThrow(input.message);
      expect(await snapshot()).toBe(before);
    },
  );
});

/** One source of each format that holds no events, by file name. */
const sourcesWithoutEvents: { file: string; rows: () => AsyncIterable<ImportRow[]> }[] = [
  {
    file: 'header-only.csv',
    rows: () => parseCsv({ path: write('header-only.csv', `${csvHeader}\n`) }, {}),
  },
  {
    file: 'no-events.xes',
    rows: () =>
      parseXes(
        {
          path: write(
            'no-events.xes',
            '<?xml version="1.0"?>\n<log>\n<trace><string key="concept:name" value="t"/></trace>\n</log>\n',
          ),
        },
        {},
      ),
  },
  { file: 'empty.ndjson', rows: () => parseNdjson({ path: write('empty.ndjson', '') }, {}) },
  { file: 'blank.ndjson', rows: () => parseNdjson({ path: write('blank.ndjson', '\n\n') }, {}) },
  {
    file: 'zero-rows.parquet',
    rows: () =>
      (async function* () {
        const path = join(dir, 'zero-rows.parquet');
        await store.connection.run(
          `COPY (SELECT 'c1' AS case_id, 'a' AS activity, TIMESTAMPTZ '2024-01-01 00:00:00+00' AS timestamp WHERE false)
           TO '${path}' (FORMAT parquet)`,
        );
        yield* parseParquet({ path }, {});
      })(),
  },
  {
    file: 'no-events.jsonocel',
    rows: () =>
      parseOcel(
        {
          path: write(
            'no-events.jsonocel',
            JSON.stringify({
              objectTypes: [{ name: 'Order', attributes: [] }],
              eventTypes: [],
              objects: [{ id: 'o1', type: 'Order' }],
              events: [],
            }),
          ),
        },
        { objectType: 'Order' },
      ),
  },
  {
    file: 'no-messages.json',
    rows: () => parseSegmentBatch({ path: write('no-messages.json', '{ "batch": [] }') }, {}),
  },
];

describe('importEvents(a source without events)', () => {
  test.each(sourcesWithoutEvents)(
    'importEvents($file) fails with the ImportError "no events" naming the file and leaves the store unchanged',
    async ({ file, rows }) => {
      const before = await snapshot();
      const attempt = importEvents(store, 'log', rows(), undefined, { file });
      await expect(attempt).rejects.toBeInstanceOf(ImportError);
      await expect(attempt).rejects.toMatchObject({ reason: 'no events', where: { file } });
      await expect(attempt).rejects.toThrow(`${file}: no events`);
      expect(await snapshot()).toBe(before);
    },
  );
});
