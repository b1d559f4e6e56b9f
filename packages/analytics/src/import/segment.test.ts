import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseSegmentBatch } from './segment.js';
import type { SegmentImportOptions } from './segmentMessage.js';
import { ImportError, type ImportRow } from './types.js';

const T = '2024-04-01T12:00:00.000Z';
const T_MS = Date.UTC(2024, 3, 1, 12);

function inputOf(text: string, name = 'batch.json'): { stream: NodeJS.ReadableStream; name: string } {
  return { stream: Readable.from([Buffer.from(text)]), name };
}

async function parseText(text: string, options: SegmentImportOptions = {}): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for await (const batch of parseSegmentBatch(inputOf(text), options)) rows.push(...batch);
  return rows;
}

async function parseBatch(
  messages: unknown[],
  options: SegmentImportOptions = { keepContext: false },
): Promise<ImportRow[]> {
  return parseText(JSON.stringify({ batch: messages }, null, 2), options);
}

async function catchError(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('parseSegmentBatch', () => {
  it('parseSegmentBatch(batch) maps page to web with activity "Viewed <name>"', async () => {
    const [row] = await parseBatch([
      {
        type: 'page',
        name: 'Pricing',
        messageId: 'm1',
        anonymousId: 'a1',
        timestamp: T,
        properties: { path: '/pricing' },
      },
    ]);
    expect(row).toEqual({
      eventId: 'm1',
      caseId: null,
      customerId: null,
      anonymousId: 'a1',
      tsMs: T_MS,
      startTsMs: null,
      activity: 'Viewed Pricing',
      channel: 'web',
      source: 'segment',
      properties: { path: '/pricing', name: 'Pricing' },
      nps: null,
      csat: null,
      ces: null,
    });
  });

  it('parseSegmentBatch(batch) names an unnamed page "Page Viewed" and a screen "Viewed <name> Screen" on app', async () => {
    const rows = await parseBatch([
      { type: 'page', anonymousId: 'a1', timestamp: T },
      { type: 'screen', name: 'Home', userId: 'u1', timestamp: T },
      { type: 'screen', userId: 'u1', timestamp: T },
    ]);
    expect(rows.map((r) => [r.activity, r.channel])).toEqual([
      ['Page Viewed', 'web'],
      ['Viewed Home Screen', 'app'],
      ['Screen Viewed', 'app'],
    ]);
  });

  it('parseSegmentBatch(batch) maps track: event name, userId, properties and in-range scores', async () => {
    const rows = await parseBatch([
      {
        type: 'track',
        event: 'Survey Answered',
        messageId: 'm2',
        userId: 'u1',
        anonymousId: 'a1',
        timestamp: T,
        properties: { nps: 9, csat: '4', ces: 8 },
      },
      {
        type: 'track',
        event: 'Survey Answered',
        userId: 'u2',
        timestamp: T,
        properties: { nps: 11, csat: 0 },
      },
    ]);
    expect(rows[0]).toMatchObject({
      eventId: 'm2',
      activity: 'Survey Answered',
      customerId: 'u1',
      anonymousId: 'a1',
      channel: null,
      nps: 9,
      csat: 4,
      ces: null,
      properties: { nps: 9, csat: '4', ces: 8 },
    });
    expect([rows[1]?.nps, rows[1]?.csat, rows[1]?.eventId]).toEqual([null, null, 'segment:batch.json:1']);
  });

  it('parseSegmentBatch(batch) turns identify, group and alias into rows carrying their traits', async () => {
    const rows = await parseBatch([
      {
        type: 'identify',
        userId: 'u1',
        anonymousId: 'a1',
        timestamp: T,
        traits: { email_hash: 'e1', plan: 'pro' },
      },
      { type: 'group', userId: 'u1', groupId: 'g9', timestamp: T, traits: { name: 'Acme' } },
      { type: 'alias', userId: 'u1', previousId: 'old-7', timestamp: T },
    ]);
    expect(rows.map((r) => [r.activity, r.customerId, r.anonymousId, r.properties])).toEqual([
      ['Identify', 'u1', 'a1', { email_hash: 'e1', plan: 'pro' }],
      ['Group', 'u1', null, { name: 'Acme', groupId: 'g9' }],
      ['Alias', 'u1', null, { previousId: 'old-7' }],
    ]);
  });

  it('parseSegmentBatch(batch) falls back to originalTimestamp, then sentAt (also the batch-level one)', async () => {
    const text = JSON.stringify({
      sentAt: '2024-04-03T00:00:00Z',
      batch: [
        {
          type: 'track',
          event: 'A',
          userId: 'u',
          originalTimestamp: '2024-04-01T00:00:00Z',
          sentAt: '2024-04-02T00:00:00Z',
        },
        { type: 'track', event: 'B', userId: 'u', sentAt: '2024-04-02T00:00:00Z' },
        { type: 'track', event: 'C', userId: 'u' },
      ],
    });
    expect((await parseText(text)).map((r) => r.tsMs)).toEqual([
      Date.UTC(2024, 3, 1),
      Date.UTC(2024, 3, 2),
      Date.UTC(2024, 3, 3),
    ]);
  });

  it('parseSegmentBatch(batch) takes the channel from context.channel and merges the batch context', async () => {
    const text = JSON.stringify({
      context: { library: { name: 'analytics.js' }, channel: 'browser' },
      batch: [
        { type: 'track', event: 'Clicked', userId: 'u', timestamp: T },
        { type: 'track', event: 'Opened', userId: 'u', timestamp: T, context: { channel: 'mobile' } },
        { type: 'track', event: 'Synced', userId: 'u', timestamp: T, context: { channel: 'server' } },
      ],
    });
    const rows = await parseText(text);
    expect(rows.map((r) => r.channel)).toEqual(['web', 'app', null]);
    expect(rows[1]?.properties).toEqual({
      context: { library: { name: 'analytics.js' }, channel: 'mobile' },
    });
  });

  it('parseSegmentBatch(array | ndjson | message) accepts a bare array, NDJSON and a single message', async () => {
    const a = { type: 'track', event: 'A', userId: 'u', timestamp: T };
    const b = { type: 'page', name: 'B', anonymousId: 'x', timestamp: T };
    expect((await parseText(JSON.stringify([a, b]))).map((r) => r.activity)).toEqual(['A', 'Viewed B']);
    expect(
      (await parseText(`${JSON.stringify(a)}\n\n${JSON.stringify(b)}\n`)).map((r) => r.activity),
    ).toEqual(['A', 'Viewed B']);
    expect((await parseText(JSON.stringify(b, null, 2))).map((r) => r.activity)).toEqual(['Viewed B']);
  });

  it('parseSegmentBatch(batch) names the batch index and field of a missing required field', async () => {
    const base = { userId: 'u', timestamp: T };
    const cases: Array<[unknown, string, RegExp]> = [
      [{ ...base, type: 'track' }, 'batch[1].event', /required for a track call/],
      [{ ...base, type: 'group' }, 'batch[1].groupId', /required for a group call/],
      [{ ...base, type: 'alias' }, 'batch[1].previousId', /required for an alias call/],
      [{ type: 'alias', previousId: 'p', timestamp: T }, 'batch[1].userId', /required for an alias call/],
      [{ type: 'page', timestamp: T }, 'batch[1].userId', /needs userId or anonymousId/],
      [{ ...base, type: 'click' }, 'batch[1].type', /unknown message type "click"/],
      [{ ...base }, 'batch[1].type', /is required/],
      [{ type: 'page', userId: 'u' }, 'batch[1].timestamp', /is required/],
      [{ type: 'page', userId: 'u', timestamp: 'monday' }, 'batch[1].timestamp', /not an ISO 8601 timestamp/],
      [{ type: 'page', userId: { id: 1 }, timestamp: T }, 'batch[1].userId', /must be a string/],
    ];
    for (const [bad, field, reason] of cases) {
      const error = await catchError(parseBatch([{ ...base, type: 'track', event: 'ok' }, bad]));
      expect(error.where).toEqual({ file: 'batch.json', field });
      expect(error.reason).toMatch(reason);
    }
  });

  it('parseSegmentBatch(ndjson) reports the line of a bad message and of invalid JSON', async () => {
    const ok = JSON.stringify({ type: 'track', event: 'A', userId: 'u', timestamp: T });
    const missing = await catchError(
      parseText(`${ok}\n${JSON.stringify({ type: 'track', userId: 'u', timestamp: T })}\n`),
    );
    expect(missing.where).toEqual({ file: 'batch.json', field: 'event', line: 2 });
    const invalid = await catchError(parseText(`${ok}\n${ok}\n{nope\n`));
    expect(invalid.where).toEqual({ file: 'batch.json', line: 3 });
  });
});
