import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { buildCutByInactivitySql } from './cutByInactivitySql.js';
import { cutByInactivity } from './cutByInactivity.js';
import { at, type FixtureRow } from './fixtures.test-helpers.js';
import { DEFAULT_GAPS } from './types.js';

let instance: DuckDBInstance;
let connection: DuckDBConnection;

// Arrival order = array order = seq. Includes equal timestamps, an exact 30-minute gap and an anonymous owner.
const ROWS: FixtureRow[] = [
  at('a3', 'A', 45),
  at('a1', 'A', 0),
  at('a2a', 'A', 10),
  at('a2b', 'A', 10),
  at('a4', 'A', 75),
  at('a5', 'A', 106),
  at('n1', null, 0, 'n1', 'anon'),
  at('n2', null, 500, 'n2', 'anon'),
  at('z', null, 3),
];

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await connection.run(
    'CREATE TABLE events (event_id VARCHAR, customer_id VARCHAR, anonymous_id VARCHAR, case_id VARCHAR, ts TIMESTAMPTZ, seq BIGINT)',
  );
  for (const [seq, r] of ROWS.entries()) {
    await connection.run("INSERT INTO events VALUES ($1, $2, $3, 'order-1', make_timestamp($4 * 1000), $5)", [
      r.id,
      r.customerId,
      r.anonymousId,
      r.tsMs,
      seq,
    ]);
  }
});

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

describe('buildCutByInactivitySql', () => {
  it('buildCutByInactivitySql(table) on DuckDB assigns the same case ids as cutByInactivity', async () => {
    const reader = await connection.runAndReadAll(buildCutByInactivitySql('events'), {
      gap_ms: DEFAULT_GAPS.webSessionSeconds * 1000,
    });
    expect(reader.columnNames().filter((name) => name === 'case_id')).toHaveLength(1);
    const fromSql = reader.getRowObjectsJS().map((r) => [r.event_id, r.case_id]);
    const fromTs = cutByInactivity(ROWS, DEFAULT_GAPS.webSessionSeconds).rows.map((r) => [r.id, r.caseId]);
    expect(fromSql).toEqual(fromTs);
    expect(fromTs).toEqual([
      ['a1', 'A#1'],
      ['a2a', 'A#1'],
      ['a2b', 'A#1'],
      ['a3', 'A#2'],
      ['a4', 'A#2'],
      ['a5', 'A#3'],
      ['n1', 'anon#1'],
      ['n2', 'anon#2'],
    ]);
  });

  it('buildCutByInactivitySql(table) refuses a table name that is not a plain identifier', () => {
    expect(() => buildCutByInactivitySql('events; DROP TABLE x')).toThrow(RangeError);
  });
});
