import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, test } from 'vitest';
import { expandEventOrder } from './eventOrder.js';

const srcDir = new URL('..', import.meta.url).pathname;

function sqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sqlFiles(path);
    return entry.name.endsWith('.duckdb.sql') ? [path] : [];
  });
}

/** The ways a SQL text can spell the event order itself instead of naming a placeholder of `eventOrder.ts`. */
const spelledOrder: readonly [string, RegExp][] = [
  ['an ORDER BY on ts then seq', /ORDER BY[^;()\n]*\bts\w*\s*,\s*(?:\w+\.)?seq\b/i],
  ['the packed (ts, seq) key', /18446744073709551616|epoch_us\([^)]*\)\s+AS\s+HUGEINT/i],
  ['a struct sorted on ts and seq', /'\w+'\s*:\s*(?:\w+\.)?seq\b/],
  ['a comparison of seq', /\bseq\s*(?:<|>)|(?:<|>)=?\s*(?:\w+\.)?seq\b/],
];

function findSpelledOrder(sql: string): string[] {
  const code = sql.replace(/--[^\n]*/g, '');
  return spelledOrder.filter(([, pattern]) => pattern.test(code)).map(([what]) => what);
}

describe('event order', () => {
  test('no .duckdb.sql file of the package spells the order (ts, seq) itself', () => {
    const files = sqlFiles(srcDir);
    expect(files.length).toBeGreaterThan(30);
    const offenders = files.flatMap((file) =>
      findSpelledOrder(readFileSync(file, 'utf8')).map((what) => `${relative(srcDir, file)}: ${what}`),
    );
    expect(offenders).toEqual([]);
  });

  test('the check recognises the spellings the placeholders replaced', () => {
    for (const sql of [
      'SELECT * FROM events ORDER BY ts, seq',
      'SELECT list(activity ORDER BY e.ts, e.seq) FROM events e',
      'WINDOW w AS (PARTITION BY owner ORDER BY ts_ms, seq)',
      'SELECT arg_max(nps, CAST(epoch_us(ts) AS HUGEINT) * 18446744073709551616 + seq) FROM events',
      "SELECT list_sort(list({'t': e.ts, 's': e.seq, 'a': 1})) FROM events e",
      'SELECT 1 FROM events e, points p WHERE e.ts < p.ts OR (e.ts = p.ts AND e.seq < p.cut_seq)',
    ])
      expect(findSpelledOrder(sql)).not.toEqual([]);
    for (const sql of [
      'SELECT case_id, ts, seq, nps FROM events -- in (ts, seq) order',
      'INSERT INTO events SELECT $seq_base + s.pos FROM staged s',
    ])
      expect(findSpelledOrder(sql)).toEqual([]);
  });

  test('expandEventOrder writes the DuckDB order, qualified by an alias, and refuses unknown placeholders', () => {
    expect(expandEventOrder('ORDER BY {{eventOrder}}', 'duckdb')).toBe('ORDER BY ts, seq');
    expect(expandEventOrder('ORDER BY {{eventOrder:e}}', 'duckdb')).toBe('ORDER BY e.ts, e.seq');
    expect(expandEventOrder('{{eventOrderKey:e}}', 'duckdb')).toBe(
      'CAST(epoch_us(e.ts) AS HUGEINT) * 18446744073709551616 + e.seq',
    );
    expect(expandEventOrder("{ {{eventOrderFields}}, 'a': 1 }", 'duckdb')).toBe(
      "{ 't': ts, 's': seq, 'a': 1 }",
    );
    expect(() => expandEventOrder('ORDER BY {{eventOrderBy}}', 'duckdb')).toThrow(/unknown event-order/);
  });

  test('every expansion orders by ts, then ties by seq (never by arrival in the table), also before 1970', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await connection.run("SET TimeZone = 'UTC'");
      await connection.run('CREATE TABLE ev (id VARCHAR, ts TIMESTAMPTZ, seq BIGINT)');
      // Inserted out of order: ties on ts are broken by seq; a microsecond earlier wins over a smaller seq.
      await connection.run(`INSERT INTO ev VALUES
        ('d', TIMESTAMPTZ '2024-01-01 00:00:01+00', 1),
        ('c', TIMESTAMPTZ '2024-01-01 00:00:00.000001+00', 0),
        ('b', TIMESTAMPTZ '2024-01-01 00:00:00+00', 9),
        ('a', TIMESTAMPTZ '2024-01-01 00:00:00+00', 3),
        ('z', TIMESTAMPTZ '1969-12-31 23:59:59+00', 7),
        ('y', TIMESTAMPTZ '1969-12-31 23:59:59+00', 5)`);
      const expected = ['y', 'z', 'a', 'b', 'c', 'd'];
      const read = async (sql: string): Promise<unknown> =>
        (await connection.runAndReadAll(expandEventOrder(sql, 'duckdb'))).getRowsJS()[0]?.[0];
      expect(await read('SELECT list(id ORDER BY {{eventOrder}}) FROM ev')).toEqual(expected);
      expect(await read('SELECT list(id ORDER BY {{eventOrderKey:e}}) FROM ev e')).toEqual(expected);
      expect(
        await read(
          "SELECT list_transform(list_sort(list({ {{eventOrderFields:e}}, 'id': e.id })), x -> x.id) FROM ev e",
        ),
      ).toEqual(expected);
      expect(await read("SELECT arg_max(id, {{eventOrderKey}}) FROM ev WHERE id IN ('a', 'b')")).toBe('b');
      expect(await read('SELECT arg_min(id, {{eventOrderKey}}) FROM ev')).toBe('y');
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
