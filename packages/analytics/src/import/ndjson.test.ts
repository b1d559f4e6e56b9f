import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseNdjson, type NdjsonImportOptions } from './ndjson.js';
import { ImportError, type ImportProgress, type ImportRow } from './types.js';

function streamOf(...chunks: Array<string | Buffer>): NodeJS.ReadableStream {
  return Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
}

async function parseAll(
  chunks: Array<string | Buffer>,
  options: NdjsonImportOptions = {},
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportRow[][]> {
  const batches: ImportRow[][] = [];
  for await (const batch of parseNdjson(
    { stream: streamOf(...chunks), name: 'events.ndjson' },
    options,
    onProgress,
  )) {
    batches.push(batch);
  }
  return batches;
}

async function catchError(
  chunks: Array<string | Buffer>,
  options: NdjsonImportOptions = {},
): Promise<ImportError> {
  try {
    await parseAll(chunks, options);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('parseNdjson', () => {
  it('parseNdjson(stream) auto-detects canonical names and spreads a nested properties object', async () => {
    const line = JSON.stringify({
      event_id: 'ev-1',
      customer_id: 'C7',
      anonymous_id: 'anon-1',
      ts: '2024-02-03T04:05:06.789Z',
      activity: 'Checkout Started',
      channel: 'web',
      properties: { cart_value: 42 },
      plan: 'gold',
    });
    const [batch] = await parseAll([`${line}\n`]);
    expect(batch).toEqual([
      {
        eventId: 'ev-1',
        caseId: null,
        customerId: 'C7',
        anonymousId: 'anon-1',
        tsMs: Date.UTC(2024, 1, 3, 4, 5, 6, 789),
        startTsMs: null,
        activity: 'Checkout Started',
        channel: 'web',
        source: 'ndjson',
        properties: { cart_value: 42, plan: 'gold' },
        nps: null,
        csat: null,
        ces: null,
        sourceLine: 1,
      },
    ]);
  });

  it('parseNdjson(stream, { columns }) follows field paths such as properties.nps and removes them from properties', async () => {
    const line = JSON.stringify({
      name: 'Survey Answered',
      at: '2024-02-03 10:00:00',
      user: { id: 'U1' },
      properties: { nps: '9', comment: 'great' },
    });
    const [batch] = await parseAll([line], {
      columns: { activity: 'name', timestamp: 'at', customer: 'user.id', nps: 'properties.nps' },
      defaultChannel: 'email',
    });
    expect(batch?.[0]).toMatchObject({
      activity: 'Survey Answered',
      customerId: 'U1',
      tsMs: Date.UTC(2024, 1, 3, 10),
      channel: 'email',
      nps: 9,
      properties: { comment: 'great' },
      eventId: 'ndjson:events.ndjson:1',
    });
  });

  it('parseNdjson(stream, { columns }) detects names case-insensitively and null switches detection off', async () => {
    const line = JSON.stringify({
      Case: 'T-1',
      Activity: 'Ticket Opened',
      Timestamp: '2024-01-01T08:00:00+01:00',
      ID: 'x',
    });
    const [batch] = await parseAll([line], { columns: { case: null } });
    expect(batch?.[0]).toMatchObject({
      caseId: null,
      activity: 'Ticket Opened',
      tsMs: Date.UTC(2024, 0, 1, 7),
      eventId: 'x',
      properties: { Case: 'T-1' },
    });
  });

  it('parseNdjson(stream) joins lines split across chunks, skips blank lines and counts them in line numbers', async () => {
    const a = JSON.stringify({
      'concept:name': 'A',
      'time:timestamp': '2024-01-01T00:00:00Z',
      'case:concept:name': 'c1',
    });
    const b = JSON.stringify({
      'concept:name': 'B',
      'time:timestamp': '2024-01-01T00:01:00Z',
      'case:concept:name': 'c1',
    });
    const [batch] = await parseAll([`${a.slice(0, 10)}`, `${a.slice(10)}\r\n\n`, `${b}\r\n`]);
    expect(batch?.map((r) => [r.activity, r.caseId, r.eventId, r.sourceLine])).toEqual([
      ['A', 'c1', 'ndjson:events.ndjson:1', 1],
      ['B', 'c1', 'ndjson:events.ndjson:3', 3],
    ]);
  });

  it('parseNdjson(stream) reports invalid JSON with its line number', async () => {
    const ok = JSON.stringify({ activity: 'A', ts: '2024-01-01T00:00:00Z' });
    const error = await catchError([`${ok}\n${ok}\n{"activity": \n`]);
    expect(error.where).toEqual({ file: 'events.ndjson', line: 3 });
    expect(error.reason).toMatch(/^invalid JSON/);
  });

  it('parseNdjson(stream) rejects non-UTF-8 bytes with the line number', async () => {
    const ok = JSON.stringify({ activity: 'A', ts: '2024-01-01T00:00:00Z' });
    const bad = Buffer.concat([
      Buffer.from('{"activity": "caf'),
      Buffer.from([0xe9]),
      Buffer.from('", "ts": 1}\n'),
    ]);
    const error = await catchError([`${ok}\n`, bad]);
    expect(error.where.line).toBe(2);
    expect(error.reason).toBe('invalid UTF-8 bytes');
  });

  it('parseNdjson(stream) rejects a line over 10 MB', async () => {
    const huge = `{"activity": "A", "ts": 1, "blob": "${'x'.repeat(10 * 1024 * 1024)}"}\n`;
    const error = await catchError([`{"activity": "A", "ts": 1}\n`, huge]);
    expect(error.where.line).toBe(2);
    expect(error.reason).toContain('longer than 10485760 bytes');
  });

  it('parseNdjson(stream) rejects a line that is not an object, a missing activity and a bad timestamp', async () => {
    expect((await catchError(['[1,2]\n'])).reason).toBe('expected a JSON object on this line');
    const noActivity = await catchError([JSON.stringify({ ts: '2024-01-01T00:00:00Z', activity: '' })]);
    expect(noActivity.where).toEqual({ file: 'events.ndjson', line: 1, field: 'activity' });
    const badTs = await catchError([JSON.stringify({ activity: 'A', ts: 'soon' })]);
    expect(badTs.where.field).toBe('ts');
  });

  it('parseNdjson(stream, { batchSize }) yields batches of that size and reports bytes read', async () => {
    const lines = Array.from({ length: 25 }, (_, i) =>
      JSON.stringify({ activity: `A${i}`, ts: i * 1000 }),
    ).join('\n');
    const progress: ImportProgress[] = [];
    const batches = await parseAll([lines], { batchSize: 10 }, (p) => progress.push(p));
    expect(batches.map((b) => b.length)).toEqual([10, 10, 5]);
    expect(batches.flat().map((r) => r.tsMs)).toEqual(Array.from({ length: 25 }, (_, i) => i * 1000));
    expect(progress.at(-1)).toEqual({ rows: 25, bytesRead: Buffer.byteLength(lines), bytesTotal: null });
  });
});
