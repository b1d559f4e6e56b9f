import { describe, expect, it } from 'vitest';
import { listReportMonths } from './listReportMonths.js';

describe('listReportMonths', () => {
  it('listReportMonths(from, to) lists the calendar months between, across a year end', () => {
    const months = listReportMonths('2023-11-20T10:00:00Z', '2024-02-01T00:00:00Z');
    expect(months.map((m) => m.month)).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(months[0]).toEqual({
      month: '2023-11',
      fromMs: Date.UTC(2023, 10, 1),
      toMs: Date.UTC(2023, 11, 1),
    });
  });

  it('listReportMonths keeps the latest months within the limit, and none without a period', () => {
    expect(listReportMonths('2020-01-01', '2024-12-31', 3).map((m) => m.month)).toEqual([
      '2024-10',
      '2024-11',
      '2024-12',
    ]);
    expect(listReportMonths(null, '2024-01-01')).toEqual([]);
    expect(listReportMonths('2024-02-01', '2024-01-01')).toEqual([]);
  });
});
