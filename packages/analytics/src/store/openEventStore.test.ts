import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getLogSummary } from '../queries/getLogSummary.js';
import { makeRow } from '../testing/makeRow.js';
import { findEndedPid, plantStagingDir } from '../testing/plantStagingDirs.js';
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

  test("openEventStore({ path }) removes the staging folders a killed process left beside the file and keeps this process's", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'trailmap-store-'));
    const stale = plantStagingDir(folder, await findEndedPid());
    const own = plantStagingDir(folder, process.pid);
    const store = await openEventStore({ path: join(folder, 'events.duckdb') });
    try {
      expect(store.stagingRoot).toBe(folder);
      expect(existsSync(stale)).toBe(false);
      expect(existsSync(own)).toBe(true);
    } finally {
      store.close();
    }
  });

  test('openEventStore() in memory removes the stale staging folders under the OS temp dir and spills into a staging folder of its own', async () => {
    const previous = process.env.TMPDIR;
    const temp = mkdtempSync(join(tmpdir(), 'trailmap-temp-'));
    process.env.TMPDIR = temp;
    try {
      const stale = plantStagingDir(temp, await findEndedPid());
      const own = plantStagingDir(temp, process.pid);
      const store = await openEventStore({ memoryLimit: '1GB' });
      expect(store.stagingRoot).toBe(temp);
      expect(existsSync(stale)).toBe(false);
      expect(existsSync(own)).toBe(true);
      const reader = await store.connection.runAndReadAll("SELECT current_setting('temp_directory') AS dir");
      const spill = String(reader.getRowObjectsJS()[0]?.dir);
      expect(spill).toMatch(new RegExp(`^${temp}/trailmap-staging-${process.pid}-[0-9a-f]+$`));
      store.close();
      expect(readdirSync(temp)).toEqual([own.slice(temp.length + 1)]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  });
});
