import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { datasetMappingSchema, type DatasetMapping } from '@trailmap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverDfg } from '../queries/discoverDfg.js';
import { getLogSummary } from '../queries/getLogSummary.js';
import { ImportError } from '../import/types.js';
import { openEventStore, type EventStore } from '../store/openEventStore.js';
import { listCachedTables } from '../engine/withCachedTables.js';
import { samplesDir } from '../testing/loadLogRows.js';
import { toDatasetKey } from './datasetKey.js';
import { detectLogFormat } from '../mine/detectLogFormat.js';
import { openWorkspaceEvents } from './openWorkspaceEvents.js';

const WS_A = 'wks_aaaaaaaaaaaa';
const WS_B = 'wks_bbbbbbbbbbbb';
const mapping = (input: object = {}): DatasetMapping => datasetMappingSchema.parse(input);

let store: EventStore;
let dir: string;
beforeAll(async () => {
  store = await openEventStore();
  dir = mkdtempSync(join(tmpdir(), 'trailmap-datasets-test-'));
});
afterAll(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

function writeFixture(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('toDatasetKey', () => {
  it('toDatasetKey(workspace, dataset) joins two checked ids and refuses anything else', () => {
    expect(toDatasetKey(WS_A, 'dst_abcdef123456')).toBe(`${WS_A}/dst_abcdef123456`);
    for (const [ws, ds] of [
      [WS_A, '../wks_bbbbbbbbbbbb/dst_x'],
      [WS_A, 'dst_ABC'],
      ['', 'dst_abcdef123456'],
      [`${WS_A}/dst_abcdef123456`, 'dst_abcdef123456'],
    ] as const)
      expect(() => toDatasetKey(ws, ds)).toThrow(RangeError);
  });
});

describe('openWorkspaceEvents', () => {
  it('imports the receipt log into one workspace; another workspace reads nothing under the same dataset id', async () => {
    const a = openWorkspaceEvents(store, WS_A);
    const b = openWorkspaceEvents(store, WS_B);
    const result = await a.importFile('dst_receipt00001', {
      path: join(samplesDir, 'receipt.csv'),
      fileName: 'receipt.csv',
      format: 'csv',
      mapping: mapping(),
    });
    expect(result).toEqual({
      format: 'csv',
      caseNotion: { kind: 'column', column: 'case:concept:name' },
      eventsWithoutCase: 0,
    });
    expect(await a.summarise('dst_receipt00001')).toMatchObject({
      events: 8577,
      cases: 1434,
      activities: 27,
      versions: 1,
    });
    expect((await b.summarise('dst_receipt00001')).events).toBe(0);
    expect(await b.query('dst_receipt00001', discoverDfg)).toEqual([]);
    expect((await a.query('dst_receipt00001', discoverDfg)).length).toBeGreaterThan(0);
    expect(await b.deleteDataset('dst_receipt00001')).toBe(0);
    expect((await a.summarise('dst_receipt00001')).events).toBe(8577);

    expect(await a.deleteDataset('dst_receipt00001')).toBe(8577);
    expect(await a.summarise('dst_receipt00001')).toMatchObject({ events: 0, versions: 0 });
  });

  it('cuts a customer’s events into journeys by inactivity: a pause over the gap starts a new one', async () => {
    const path = writeFixture(
      'visits.csv',
      [
        'customer_id,activity,timestamp',
        'ann,Home,2024-03-01T10:00:00Z',
        'ann,Product,2024-03-01T10:10:00Z',
        'bob,Home,2024-03-01T10:12:00Z',
        'ann,Cart,2024-03-01T10:50:00Z',
        'ann,Pay,2024-03-01T10:55:00Z',
        'bob,Contact,2024-03-01T11:00:00Z',
      ].join('\n'),
    );
    const a = openWorkspaceEvents(store, WS_A);
    await a.importFile('dst_visits000001', {
      path,
      fileName: 'visits.csv',
      format: 'csv',
      mapping: mapping({ caseNotion: { kind: 'inactivity', gapSeconds: 30 * 60 } }),
    });
    // ann: 10:00, 10:10 | 40 min pause | 10:50, 10:55 → 2 journeys; bob: 10:12 | 48 min | 11:00 → 2 journeys
    expect(await a.summarise('dst_visits000001')).toMatchObject({ events: 6, cases: 4, customers: 2 });
    const edges = await a.query('dst_visits000001', discoverDfg);
    expect(edges.map((e) => `${e.from}>${e.to}:${e.count}`).sort()).toEqual(['Cart>Pay:1', 'Home>Product:1']);
  });

  it('reads an OCEL 2.0 log with the object type chosen as the case notion', async () => {
    const a = openWorkspaceEvents(store, WS_A);
    const preview = await a.preview({
      path: join(samplesDir, 'ocel20_example.jsonocel'),
      fileName: 'ocel20_example.jsonocel',
      format: 'ocel',
    });
    expect(preview.objectTypes?.length).toBeGreaterThan(1);
    const objectType = preview.suggested.objectType!;
    const chosen = preview.objectTypes!.find((t) => t.name === objectType)!;
    await a.importFile('dst_ocel00000001', {
      path: join(samplesDir, 'ocel20_example.jsonocel'),
      fileName: 'ocel20_example.jsonocel',
      format: 'ocel',
      mapping: mapping({ objectType }),
    });
    const summary = await a.summarise('dst_ocel00000001');
    expect(summary.events).toBe(chosen.rowCount);
    expect(summary.cases).toBe(chosen.objectCount);
  });

  it('stitches a Segment batch: identify joins a visitor’s anonymous events to the known customer', async () => {
    const path = writeFixture(
      'batch.json',
      JSON.stringify({
        batch: [
          {
            type: 'page',
            name: 'Home',
            anonymousId: 'anon-1',
            timestamp: '2024-03-01T10:00:00Z',
            messageId: 'm1',
          },
          {
            type: 'track',
            event: 'Viewed Product',
            anonymousId: 'anon-1',
            timestamp: '2024-03-01T10:01:00Z',
            messageId: 'm2',
          },
          {
            type: 'identify',
            userId: 'user-7',
            anonymousId: 'anon-1',
            timestamp: '2024-03-01T10:02:00Z',
            messageId: 'm3',
          },
          {
            type: 'track',
            event: 'Order Completed',
            userId: 'user-7',
            timestamp: '2024-03-01T10:05:00Z',
            messageId: 'm4',
          },
        ],
      }),
    );
    const a = openWorkspaceEvents(store, WS_A);
    expect(detectLogFormat(path)?.format).toBe('segment');
    await a.importFile('dst_segment00001', {
      path,
      fileName: 'batch.json',
      format: 'segment',
      mapping: mapping(),
    });
    // one customer, one 30-minute session holding all four events
    expect(await a.summarise('dst_segment00001')).toMatchObject({ events: 4, cases: 1, customers: 1 });
  });

  it('a bad row is an ImportError naming file and line, and changes nothing', async () => {
    const path = writeFixture(
      'broken.csv',
      'case_id,activity,timestamp\n1,a,2024-01-01T00:00:00Z\n1,b,2024-01-01T00:01:00Z\n2,c,not a time\n',
    );
    const a = openWorkspaceEvents(store, WS_A);
    const error = await a
      .importFile('dst_broken000001', { path, fileName: 'broken.csv', format: 'csv', mapping: mapping() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(/broken\.csv, line 4/);
    expect(await a.summarise('dst_broken000001')).toMatchObject({ events: 0, versions: 0 });
    expect(await getLogSummary(store, { dataset: toDatasetKey(WS_A, 'dst_broken000001') })).toMatchObject({
      events: 0,
    });
  });

  it('preview(receipt.csv) shows its columns and types, the first rows and the pm4py names it recognises', async () => {
    const preview = await openWorkspaceEvents(store, WS_A).preview({
      path: join(samplesDir, 'receipt.csv'),
      fileName: 'receipt.csv',
      format: 'csv',
    });
    expect(preview.rows).toHaveLength(20);
    expect(preview.suggested.columns).toMatchObject({
      case: 'case:concept:name',
      activity: 'concept:name',
      timestamp: 'time:timestamp',
      channel: 'case:channel',
    });
    expect(preview.missing).toEqual([]);
    const types = Object.fromEntries(preview.columns.map((c) => [c.name, c.type]));
    expect(types['time:timestamp']).toBe('timestamp');
    expect(types['concept:name']).toBe('text');
    expect(types['case:concept:name']).toBe('text');
  });

  it('a column set to none is not read as its role, though its name is recognised, and delimiters are honoured', async () => {
    const path = writeFixture(
      'channels.csv',
      [
        'case_id;activity;timestamp;channel',
        '1;Open;2024-01-01T09:00:00Z;web',
        '1;Close;2024-01-01T10:00:00Z;phone',
      ].join('\n'),
    );
    const a = openWorkspaceEvents(store, WS_A);
    await a.importFile('dst_channels0001', {
      path,
      fileName: 'channels.csv',
      format: 'csv',
      mapping: mapping({ delimiter: ';', columns: { channel: null } }),
    });
    const counted = await store.connection.runAndReadAll(
      'SELECT count(channel) AS with_channel, count(*) AS n FROM events WHERE dataset = $key',
      { key: toDatasetKey(WS_A, 'dst_channels0001') },
    );
    expect(counted.getRowObjectsJS()[0]).toEqual({ with_channel: 0n, n: 2n });
  });

  it('preview of a CSV without a timestamp column says it is missing', async () => {
    const path = writeFixture('notime.csv', 'ticket,step,agent\nT1,Open,ann\nT1,Close,bob\n');
    const preview = await openWorkspaceEvents(store, WS_A).preview({
      path,
      fileName: 'notime.csv',
      format: 'csv',
    });
    expect(preview.missing).toEqual(['case', 'activity', 'timestamp']);
    expect(preview.columns.map((c) => c.name)).toEqual(['ticket', 'step', 'agent']);
  });
});

describe('summarise', () => {
  it('summarise(dataset) leaves the base trace set that the explorer’s first query at the latest version reuses', async () => {
    const own = await openEventStore();
    try {
      const workspace = openWorkspaceEvents(own, WS_A);
      await workspace.importFile('dst_warm00000000', {
        path: writeFixture(
          'warm.csv',
          'case,activity,timestamp\nA,visit,2024-01-01T00:00:00Z\nA,pay,2024-01-01T00:01:00Z\n',
        ),
        fileName: 'warm.csv',
        format: 'csv',
        mapping: mapping(),
      });
      expect(listCachedTables(own, 'traces')).toEqual([]);
      const figures = await workspace.summarise('dst_warm00000000');
      expect(figures).toMatchObject({ events: 2, cases: 1, activities: 2, versions: 1 });
      const built = listCachedTables(own, 'traces');
      expect(built).toHaveLength(3);
      const version = await workspace.latestVersion('dst_warm00000000');
      await workspace.query(
        'dst_warm00000000',
        (events, scope, filter) => discoverDfg(events, scope, filter),
        {},
        version ?? 0,
      );
      expect(listCachedTables(own, 'traces')).toEqual(built);
    } finally {
      own.close();
    }
  });
});
