import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, test } from 'vitest';
import { CSV_HEADER } from './formatEvent.js';
import { formatGeneratedEvents } from './formatGeneratedEvents.js';

describe('formatGeneratedEvents', () => {
  test('formatGeneratedEvents(csv) is a readable stream: header, then one line per event', async () => {
    const progress: number[] = [];
    const stream = Readable.from(
      formatGeneratedEvents({
        events: 2_500,
        seed: 2,
        format: 'csv',
        batchSize: 1_000,
        onProgress: (written) => progress.push(written),
      }),
    );
    const lines = (await text(stream)).split('\n');
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines).toHaveLength(1 + 2_500 + 1);
    expect(lines.at(-1)).toBe('');
    // a batch closes with the journey that reaches batchSize; the last journey is cut at `events`
    expect(progress).toEqual([1_000, 2_009, 2_500]);
  });

  test('formatGeneratedEvents(segment) is one JSON batch document; ndjson one JSON object a line', async () => {
    const join = (format: 'segment' | 'ndjson'): Promise<string> =>
      text(Readable.from(formatGeneratedEvents({ events: 1_200, seed: 4, format, batchSize: 500 })));
    const segment = JSON.parse(await join('segment')) as { batch: { messageId: string; type: string }[] };
    expect(segment.batch).toHaveLength(1_200);
    expect(new Set(segment.batch.map((m) => m.type))).toEqual(new Set(['identify', 'track']));
    const ndjson = (await join('ndjson')).trimEnd().split('\n');
    expect(ndjson.map((line) => (JSON.parse(line) as { event_id: string }).event_id)).toEqual(
      segment.batch.map((m) => m.messageId),
    );
  });
});
