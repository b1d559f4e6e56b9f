import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ImportError } from '../import/types.js';
import { samplesDir, toBatches } from '../testing/loadLogRows.js';
import { makeRow } from '../testing/makeRow.js';
import { importEvents } from './importEvents.js';
import { importCsvFile, importParquetFile } from './importFileNative.js';
import { importXesFile } from './importXesFile.js';
import { openEventStore, type EventStore } from './openEventStore.js';

const dir = mkdtempSync(join(tmpdir(), 'trailmap-starts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Version 1: A on days 1 and 3, B on day 2. Version 2: A on day 0 (earlier than its version-1 events), C on
// day 5. Each version records the first event of each journey among its own events.
const day = 86_400;
const version1 = [
  makeRow('A', 'visit', 1 * day),
  makeRow('B', 'visit', 2 * day),
  makeRow('A', 'pay', 3 * day),
];
const version2 = [makeRow('A', 'ad', 0), makeRow('C', 'visit', 5 * day)];
const expectedStarts = [
  ['log', 1, 'A', 1 * day * 1e6],
  ['log', 1, 'B', 2 * day * 1e6],
  ['log', 2, 'A', 0],
  ['log', 2, 'C', 5 * day * 1e6],
];

async function readStarts(store: EventStore) {
  const starts = await store.connection.runAndReadAll(
    'SELECT dataset, dataset_version, case_id, start_us FROM journey_starts ORDER BY ALL',
  );
  const recorded = await store.connection.runAndReadAll(
    'SELECT dataset, dataset_version, events FROM journey_starts_recorded ORDER BY ALL',
  );
  const plain = (rows: unknown[][]) =>
    rows.map((row) => row.map((v) => (typeof v === 'bigint' ? Number(v) : v)));
  return { starts: plain(starts.getRows()), recorded: plain(recorded.getRows()) };
}

async function openWithTwoVersions(path?: string): Promise<EventStore> {
  const store = await openEventStore({ path });
  await importEvents(store, 'log', toBatches(version1));
  await importEvents(store, 'log', toBatches(version2));
  return store;
}

describe('recordJourneyStarts', () => {
  test('each import records the first event of each journey among its events, and how many it held', async () => {
    const store = await openWithTwoVersions();
    try {
      expect(await readStarts(store)).toEqual({
        starts: expectedStarts,
        recorded: [
          ['log', 1, 3],
          ['log', 2, 2],
        ],
      });
      expect(await store.backend.readJourneyStartsCoverage({ dataset: 'log', version: 1 })).toEqual({
        complete: true,
        versions: 1,
      });
      expect(await store.backend.readJourneyStartsCoverage({ dataset: 'log', version: 2 })).toEqual({
        complete: true,
        versions: 2,
      });
      // A re-import adds no events: its version records 0, so its scope still reads two versions with events.
      await importEvents(store, 'log', toBatches(version1));
      expect(await store.backend.readJourneyStartsCoverage({ dataset: 'log', version: 3 })).toEqual({
        complete: true,
        versions: 2,
      });
    } finally {
      store.close();
    }
  });

  test('every loader records them: CSV, Parquet and XES fast paths', async () => {
    const csv = join(dir, 'log.csv');
    // Journey K's first event comes last in the file; L has one event.
    writeFileSync(
      csv,
      'case,activity,timestamp\nK,pay,2024-01-03T00:00:00Z\nL,visit,2024-01-02T00:00:00Z\nK,visit,2024-01-01T00:00:00Z\n',
    );
    const store = await openEventStore();
    try {
      await importCsvFile(store, 'csv', csv);
      const parquet = join(dir, 'log.parquet');
      await store.connection.run(`COPY (SELECT * FROM read_csv('${csv}')) TO '${parquet}' (FORMAT parquet)`);
      await importParquetFile(store, 'parquet', parquet);
      await importXesFile(store, 'xes', `${samplesDir}running-example.xes`);
      const reader = await store.connection.runAndReadAll(
        `SELECT dataset, count(*) AS journeys, min(start_us) AS first_us FROM journey_starts GROUP BY dataset ORDER BY dataset`,
      );
      const firstUs = Date.UTC(2024, 0, 1) * 1000;
      expect(reader.getRowObjectsJS()).toEqual([
        { dataset: 'csv', journeys: 2n, first_us: BigInt(firstUs) },
        { dataset: 'parquet', journeys: 2n, first_us: BigInt(firstUs) },
        { dataset: 'xes', journeys: 6n, first_us: expect.any(BigInt) },
      ]);
      expect(await store.backend.readJourneyStartsCoverage({ dataset: 'xes', version: 1 })).toEqual({
        complete: true,
        versions: 1,
      });
      // A second import of the CSV with a new journey M: only M's events are added, so only M is recorded.
      writeFileSync(
        csv,
        'case,activity,timestamp\nK,pay,2024-01-03T00:00:00Z\nL,visit,2024-01-02T00:00:00Z\nK,visit,2024-01-01T00:00:00Z\nM,visit,2023-12-31T00:00:00Z\n',
      );
      expect((await importCsvFile(store, 'csv', csv)).eventsAdded).toBe(1);
      const second = await store.connection.runAndReadAll(
        "SELECT case_id, start_us FROM journey_starts WHERE dataset = 'csv' AND dataset_version = 2",
      );
      expect(second.getRowObjectsJS()).toEqual([
        { case_id: 'M', start_us: BigInt(Date.UTC(2023, 11, 31) * 1000) },
      ]);
      expect(await store.backend.readJourneyStartsCoverage({ dataset: 'csv', version: 2 })).toEqual({
        complete: true,
        versions: 2,
      });
    } finally {
      store.close();
    }
  });

  test('a failed import records nothing', async () => {
    const store = await openWithTwoVersions();
    try {
      const before = await readStarts(store);
      const repeated = [makeRow('D', 'visit', 0), makeRow('D', 'visit', 0)];
      await expect(importEvents(store, 'log', toBatches(repeated))).rejects.toThrow(ImportError);
      expect(await readStarts(store)).toEqual(before);
    } finally {
      store.close();
    }
  });

  test('a write outside an import leaves the recorded starts incomplete', async () => {
    const store = await openWithTwoVersions();
    try {
      await store.connection.run(
        `INSERT INTO events (dataset, dataset_version, seq, event_id, case_id, ts, activity, source)
         VALUES ('log', 2, 100, 'raw', 'E', to_timestamp(0), 'visit', 'test')`,
      );
      expect((await store.backend.readJourneyStartsCoverage({ dataset: 'log', version: 2 })).complete).toBe(
        false,
      );
    } finally {
      store.close();
    }
  });

  test('openEventStore records the starts of a store written before they were kept', async () => {
    const path = join(dir, 'old.duckdb');
    const written = await openWithTwoVersions(path);
    const original = await readStarts(written);
    // What a store of an earlier release holds: events and versions, no journey starts.
    await written.connection.run('DROP TABLE journey_starts; DROP TABLE journey_starts_recorded');
    written.close();
    const reopened = await openEventStore({ path });
    try {
      expect(await readStarts(reopened)).toEqual(original);
      expect(original.starts).toEqual(expectedStarts);
    } finally {
      reopened.close();
    }
  });
});
