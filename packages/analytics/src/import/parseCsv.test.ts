import { Readable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { samplesDir } from '../testing/loadLogRows.js';
import { parseCsv, resolveCsvColumns } from './parseCsv.js';
import { parseTimestamp } from './parseTimestamp.js';
import type { ImportRow } from './types.js';

async function collect(iterable: AsyncIterable<ImportRow[]>): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for await (const batch of iterable) rows.push(...batch);
  return rows;
}

describe('parseCsv', () => {
  test('parseCsv(receipt.csv) detects the pm4py columns and maps case:channel to the channel', async () => {
    const rows = await collect(parseCsv({ path: `${samplesDir}receipt.csv` }, {}));
    expect(rows).toHaveLength(8577);
    expect(rows[0]).toMatchObject({
      caseId: 'case-10011',
      activity: 'Confirmation of receipt',
      channel: 'Internet',
      sourceLine: 2,
    });
    expect(new Date(rows[0]?.tsMs ?? 0).toISOString()).toBe('2011-10-11T11:45:40.276Z');
    expect(new Set(rows.map((r) => r.channel))).toContain('Desk');
  });

  test('parseCsv(allowEmptyCase) keeps rows with an empty case column; without it the first one is an error', async () => {
    const text = 'customer_id,activity,timestamp\nc1,A,2024-01-01\n,B,2024-01-02\nc1,C,2024-01-03\n';
    const input = () => ({ stream: Readable.from([text]), name: 'visits.csv' });
    const columns = { case: 'customer_id' };
    const rows = await collect(parseCsv(input(), { columns, allowEmptyCase: true }));
    expect(rows.map((r) => [r.caseId, r.eventId, r.sourceLine])).toEqual([
      ['c1', 'c1/0', 2],
      [null, 'line:3', 3],
      ['c1', 'c1/1', 4],
    ]);
    await expect(collect(parseCsv(input(), { columns }))).rejects.toThrow(
      'visits.csv, line 3, column customer_id: empty case id',
    );
  });

  test('resolveCsvColumns(header, mapping) takes explicit columns and detects the rest', () => {
    const columns = resolveCsvColumns(
      ['ticket', 'step', 'at', 'nps', 'customer_id'],
      { case: 'ticket', activity: 'step', timestamp: 'at' },
      'x.csv',
    );
    expect(columns).toMatchObject({
      case: 'ticket',
      activity: 'step',
      timestamp: 'at',
      nps: 'nps',
      customer: 'customer_id',
      csat: null,
    });
  });
});

describe('parseTimestamp', () => {
  test('parseTimestamp(text) applies offsets, accepts a space separator and microseconds, reads no offset as UTC', () => {
    expect(parseTimestamp('2011-10-11 13:45:40.276000+02:00')).toBe(Date.UTC(2011, 9, 11, 11, 45, 40, 276));
    expect(parseTimestamp('2012-10-09T14:50:17+00:00')).toBe(Date.UTC(2012, 9, 9, 14, 50, 17));
    expect(parseTimestamp('2020-01-01T00:00:00-0530')).toBe(Date.UTC(2020, 0, 1, 5, 30));
    expect(parseTimestamp('2020-01-01')).toBe(Date.UTC(2020, 0, 1));
    expect(parseTimestamp('01/02/2020')).toBeNaN();
  });
});
