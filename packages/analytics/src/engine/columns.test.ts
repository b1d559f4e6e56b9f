import { describe, expect, expectTypeOf, test } from 'vitest';
import { column, decodeColumns } from './columns.js';

describe('decodeColumns', () => {
  const decode = decodeColumns({
    activity: column.text('activity'),
    channel: column.nullableText('channel'),
    cases: column.number('cases'),
    median: column.nullableNumber('median_seconds'),
    path: column.textList('path'),
    outcome: column.flag('outcome'),
    properties: column.jsonObject('properties'),
    bits: column.custom('bits', (value) => BigInt(String(value))),
  });

  test('renames the columns and reads each value as its kind', () => {
    const row = decode({
      activity: 'pay',
      channel: 'web',
      cases: 3,
      median_seconds: 1.5,
      path: ['a', 'b'],
      outcome: true,
      properties: '{"tier":"gold"}',
      bits: '18446744073709551615',
      unused: 'ignored',
    });
    expect(row).toEqual({
      activity: 'pay',
      channel: 'web',
      cases: 3,
      median: 1.5,
      path: ['a', 'b'],
      outcome: true,
      properties: { tier: 'gold' },
      bits: 18446744073709551615n,
    });
    expect(Object.keys(row)).toEqual([
      'activity',
      'channel',
      'cases',
      'median',
      'path',
      'outcome',
      'properties',
      'bits',
    ]);
    expectTypeOf(row).toEqualTypeOf<{
      activity: string;
      channel: string | null;
      cases: number;
      median: number | null;
      path: string[];
      outcome: boolean;
      properties: Record<string, unknown> | null;
      bits: bigint;
    }>();
  });

  test('nulls: text → "", number → 0, list → [], flag → false; the nullable kinds keep null', () => {
    expect(
      decode({
        activity: null,
        channel: null,
        cases: null,
        median_seconds: null,
        path: null,
        outcome: null,
        properties: null,
        bits: 0,
      }),
    ).toEqual({
      activity: '',
      channel: null,
      cases: 0,
      median: null,
      path: [],
      outcome: false,
      properties: null,
      bits: 0n,
    });
  });

  test('a column the row lacks is an error, not a silent 0', () => {
    expect(() => decodeColumns({ cases: column.number('cases') })({ case_count: 3 })).toThrow(
      'the result has no column cases',
    );
  });
});
