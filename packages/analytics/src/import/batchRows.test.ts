import { describe, expect, test } from 'vitest';
import { makeRow } from '../testing/makeRow.js';
import { batchRows } from './batchRows.js';

describe('batchRows', () => {
  test('batchRows(7 rows, 3) yields 3 + 3 + 1 in order and reports 3, 6, then 7 at the end', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => makeRow('c', `a${i}`, i));
    const reports: number[] = [];
    const sizes: number[] = [];
    const order: string[] = [];
    for await (const batch of batchRows(rows, 3, (n) => reports.push(n))) {
      sizes.push(batch.length);
      order.push(...batch.map((r) => r.activity));
    }
    expect(sizes).toEqual([3, 3, 1]);
    expect(order).toEqual(rows.map((r) => r.activity));
    expect(reports).toEqual([3, 6, 7]);
  });

  test('batchRows(no rows) yields nothing and reports 0 once', async () => {
    const reports: number[] = [];
    const batches: unknown[] = [];
    for await (const batch of batchRows([], 3, (n) => reports.push(n))) batches.push(batch);
    expect(batches).toEqual([]);
    expect(reports).toEqual([0]);
  });
});
