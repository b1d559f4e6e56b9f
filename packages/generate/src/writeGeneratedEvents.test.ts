import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv, parseNdjson, parseParquet, parseSegmentBatch, type ImportRow } from '@trailmap/analytics';
import { afterAll, describe, expect, test } from 'vitest';
import type { GenerateFormat } from './formatEvent.js';
import { generateEvents } from './generateEvents.js';
import { collectRows } from './testing/collectRows.js';
import { writeGeneratedEvents } from './writeGeneratedEvents.js';

const dir = mkdtempSync(join(tmpdir(), 'trailmap-generate-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type ReadBack = (path: string) => AsyncIterable<ImportRow[]>;

describe('writeGeneratedEvents', () => {
  const readers: [GenerateFormat, ReadBack][] = [
    ['csv', (path) => parseCsv({ path }, {})],
    ['ndjson', (path) => parseNdjson({ path }, {})],
    ['segment', (path) => parseSegmentBatch({ path }, {})],
    ['parquet', (path) => parseParquet({ path }, {})],
  ];
  test.each(readers)(
    'writeGeneratedEvents(%s) reads back through the importer with the same events',
    async (format, read) => {
      const out = join(dir, `events.${format}`);
      const expected = await collectRows(generateEvents({ events: 3_000, seed: 5 }));
      const progress: number[] = [];
      const result = await writeGeneratedEvents({
        events: 3_000,
        seed: 5,
        format,
        out,
        batchSize: 1_000,
        onProgress: (written) => progress.push(written),
      });
      expect(result.events).toBe(3_000);
      // a batch closes with the journey that reaches batchSize; the last journey is cut at `events`
      expect(progress).toEqual([1_001, 2_005, 3_000]);
      const rows = await collectRows(read(out));
      expect(rows).toHaveLength(3_000);
      const byId = new Map(rows.map((r) => [r.eventId, r]));
      for (const event of expected.slice(0, 300)) {
        const row = byId.get(event.eventId);
        expect(row?.activity).toBe(event.activity);
        expect(row?.tsMs).toBe(event.tsMs);
        expect(row?.nps ?? null).toBe(event.nps);
        if (format !== 'segment') expect(row?.caseId).toBe(event.caseId);
        else expect(row?.properties?.case_id).toBe(event.caseId);
      }
    },
  );
});
