import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cutByInactivity } from '../cases/cutByInactivity.js';
import { DEFAULT_GAPS } from '../cases/types.js';
import { parseSegmentBatch } from '../import/segment.js';
import type { ImportRow } from '../import/types.js';
import { applyIdentities } from './applyIdentities.js';
import { createIdentityStitcher } from './stitchIdentities.js';

const OPTIONS = { sharedKeys: ['phone_hash'] } as const;

describe('applyIdentities', () => {
  it('applyIdentities(batches) stitches a Segment batch and a call-centre row into one customer journey', async () => {
    const batch = {
      batch: [
        {
          type: 'page',
          name: 'Billing',
          anonymousId: 'cookie-1',
          messageId: 'm1',
          timestamp: '2024-06-01T10:00:00Z',
        },
        {
          type: 'track',
          event: 'Callback Requested',
          anonymousId: 'cookie-1',
          messageId: 'm2',
          timestamp: '2024-06-01T10:02:00Z',
          properties: { phone_hash: 'h-55' },
        },
        {
          type: 'page',
          name: 'Home',
          anonymousId: 'cookie-2',
          messageId: 'm3',
          timestamp: '2024-06-01T10:03:00Z',
        },
        {
          type: 'identify',
          userId: 'K-9',
          anonymousId: 'cookie-2',
          messageId: 'm4',
          timestamp: '2024-06-01T10:04:00Z',
        },
      ],
    };
    const stream = Readable.from([Buffer.from(JSON.stringify(batch))]);
    const rows: ImportRow[] = [];
    for await (const parsed of parseSegmentBatch({ stream, name: 'batch.json' }, {})) rows.push(...parsed);
    rows.push({
      eventId: 'call-1',
      caseId: null,
      customerId: 'K-9',
      anonymousId: null,
      tsMs: Date.UTC(2024, 5, 1, 10, 20),
      startTsMs: null,
      activity: 'Inbound Call',
      channel: 'phone',
      source: 'csv',
      properties: { phone_hash: 'h-55' },
      nps: null,
      csat: null,
      ces: null,
    });

    const stitcher = createIdentityStitcher(OPTIONS);
    stitcher.addRows(rows);
    const identities = stitcher.build();
    expect(identities.customers.get('K-9')).toEqual({
      customerId: 'K-9',
      userIds: ['K-9'],
      anonymousIds: ['cookie-1', 'cookie-2'],
      sharedKeys: ['phone_hash=h-55'],
    });

    const journeys = cutByInactivity(
      applyIdentities(rows, identities, OPTIONS),
      DEFAULT_GAPS.webSessionSeconds,
    );
    expect(journeys.rows.map((r) => [r.eventId, r.activity, r.caseId])).toEqual([
      ['m1', 'Viewed Billing', 'K-9#1'],
      ['m2', 'Callback Requested', 'K-9#1'],
      ['m3', 'Viewed Home', 'K-9#1'],
      ['m4', 'Identify', 'K-9#1'],
      ['call-1', 'Inbound Call', 'K-9#1'],
    ]);
  });
});
