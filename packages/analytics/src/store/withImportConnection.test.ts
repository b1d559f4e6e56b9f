import { describe, expect, test } from 'vitest';
import type { ImportRow } from '../import/types.js';
import { getLogSummary } from '../queries/getLogSummary.js';
import { makeRow } from '../testing/makeRow.js';
import { importEvents } from './importEvents.js';
import { openEventStore } from './openEventStore.js';

describe('withImportConnection', () => {
  test('queries on the store while an import appends between its batches break neither', async () => {
    const store = await openEventStore();
    try {
      await importEvents(
        store,
        'other',
        (async function* () {
          yield [makeRow('X', 'visit', 0), makeRow('X', 'pay', 10)];
        })(),
      );
      let queried = 0;
      const running: Promise<unknown>[] = [];
      // between every batch of the import a query runs on the store's own connection, and the last ones
      // are still running when the import flushes its appender
      async function* batches(): AsyncGenerator<ImportRow[]> {
        for (let i = 0; i < 5; i++) {
          yield [makeRow(`C${i}`, 'visit', i), makeRow(`C${i}`, 'pay', i + 60)];
          const summary = await getLogSummary(store, { dataset: 'other' });
          expect(summary.events).toBe(2);
          queried++;
        }
        for (let i = 0; i < 3; i++)
          running.push(
            store.connection.runAndReadAll('SELECT count(*) FROM range(3000000) t(i) WHERE i % 7 = 0'),
          );
      }
      const result = await importEvents(store, 'shop', batches());
      await Promise.all(running);
      expect(queried).toBe(5);
      expect(result).toMatchObject({ eventsRead: 10, eventsAdded: 10 });
      expect(await getLogSummary(store, { dataset: 'shop' })).toMatchObject({ cases: 5, events: 10 });
    } finally {
      store.close();
    }
  });
});
