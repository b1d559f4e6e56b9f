import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getLogSummary } from '../queries/getLogSummary.js';
import { makeRow } from '../testing/makeRow.js';
import { importEvents } from './importEvents.js';
import { listDatasetVersions } from './listDatasetVersions.js';
import { openEventStore } from './openEventStore.js';

describe('openEventStore', () => {
  test('openEventStore({ path }) keeps events and versions in the file across reopening', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'trailmap-store-')), 'events.duckdb');
    const first = await openEventStore({ path });
    await importEvents(
      first,
      'web',
      (async function* () {
        yield [makeRow('s1', 'visit', 0), makeRow('s1', 'buy', 60)];
      })(),
    );
    first.close();
    const second = await openEventStore({ path });
    expect(await getLogSummary(second, { dataset: 'web' })).toMatchObject({ cases: 1, events: 2 });
    expect((await listDatasetVersions(second)).map((v) => [v.dataset, v.version, v.eventsAdded])).toEqual([
      ['web', 1, 2],
    ]);
    second.close();
  });
});
