import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createReadStream, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { parseParquet } from './parquet.js';
import { ImportError, type ImportProgress, type ImportRow } from './types.js';

let dir = '';

async function writeParquet(name: string, selectSql: string): Promise<string> {
  const path = join(dir, name);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`COPY (${selectSql}) TO '${path}' (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
  return path;
}

async function collect(iterable: AsyncIterable<ImportRow[]>): Promise<ImportRow[][]> {
  const batches: ImportRow[][] = [];
  for await (const batch of iterable) batches.push(batch);
  return batches;
}

async function catchError(iterable: AsyncIterable<ImportRow[]>): Promise<ImportError> {
  try {
    await collect(iterable);
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trailmap-parquet-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parseParquet', () => {
  it('parseParquet(path) auto-detects the pm4py columns and puts the rest in properties', async () => {
    const path = await writeParquet(
      'pm4py.parquet',
      `SELECT * FROM (VALUES
        ('c1', 'Register', TIMESTAMP '2024-01-01 10:00:00', 'Pete', 5::BIGINT, 3.5::DOUBLE),
        ('c1', 'Decide', TIMESTAMP '2024-01-01 11:30:00', 'Sara', 7::BIGINT, NULL)
      ) AS t("case:concept:name", "concept:name", "time:timestamp", "org:resource", cost, weight)`,
    );
    const [batch] = await collect(parseParquet({ path }, {}));
    expect(batch).toHaveLength(2);
    expect(batch?.[0]).toEqual({
      eventId: 'parquet:pm4py.parquet:1',
      caseId: 'c1',
      customerId: null,
      anonymousId: null,
      tsMs: Date.UTC(2024, 0, 1, 10),
      startTsMs: null,
      activity: 'Register',
      channel: null,
      source: 'parquet',
      properties: { 'org:resource': 'Pete', cost: 5, weight: 3.5 },
      nps: null,
      csat: null,
      ces: null,
      sourceLine: 1,
    });
    expect(batch?.[1]?.properties).toEqual({ 'org:resource': 'Sara', cost: 7, weight: null });
    expect(batch?.[1]?.tsMs).toBe(Date.UTC(2024, 0, 1, 11, 30));
  });

  it('parseParquet(path, { columns }) reads customer, channel, start time and scores from mapped columns', async () => {
    const path = await writeParquet(
      'mapped.parquet',
      `SELECT 'E-1' AS id, 'K1' AS klant, 'Call' AS step, TIMESTAMPTZ '2024-03-01 09:05:00+01' AS done,
              TIMESTAMPTZ '2024-03-01 09:00:00+01' AS began, 'phone' AS via, 9 AS score, 4 AS sat, 2 AS effort,
              {'topic': 'billing'} AS extra`,
    );
    const [batch] = await collect(
      parseParquet(
        { path },
        {
          source: 'callcenter',
          columns: {
            eventId: 'id',
            customer: 'klant',
            activity: 'step',
            timestamp: 'done',
            startTimestamp: 'began',
            channel: 'via',
            nps: 'score',
            csat: 'sat',
            ces: 'effort',
          },
        },
      ),
    );
    expect(batch?.[0]).toMatchObject({
      eventId: 'E-1',
      customerId: 'K1',
      activity: 'Call',
      tsMs: Date.UTC(2024, 2, 1, 8, 5),
      startTsMs: Date.UTC(2024, 2, 1, 8, 0),
      channel: 'phone',
      source: 'callcenter',
      nps: 9,
      csat: 4,
      ces: 2,
      properties: { extra: { topic: 'billing' } },
    });
  });

  it('parseParquet(path, { batchSize }) yields batches in file order and reports progress', async () => {
    const path = await writeParquet(
      'many.parquet',
      `SELECT 'c' || (i % 7) AS "case:concept:name", 'A' || i AS "concept:name",
              TIMESTAMP '2024-01-01' + INTERVAL (i) SECOND AS "time:timestamp"
       FROM range(2500) t(i)`,
    );
    const progress: ImportProgress[] = [];
    const batches = await collect(parseParquet({ path }, { batchSize: 1000 }, (p) => progress.push(p)));
    expect(batches.map((b) => b.length)).toEqual([1000, 1000, 500]);
    expect(
      batches
        .flat()
        .map((r) => r.activity)
        .slice(998, 1002),
    ).toEqual(['A998', 'A999', 'A1000', 'A1001']);
    expect(progress.at(-1)?.rows).toBe(2500);
    expect(progress.at(-1)?.bytesRead).toBe(progress.at(-1)?.bytesTotal);
  });

  it('parseParquet(stream) spools a stream to a staging folder of this process under the OS temp dir, removed after', async () => {
    const path = await writeParquet(
      'stream.parquet',
      `SELECT 'x' AS "case:concept:name", 'Open' AS "concept:name", '2024-05-06T07:08:09Z' AS "time:timestamp"`,
    );
    const stagingDirs = (): string[] =>
      readdirSync(dir).filter((name) => name.startsWith(`trailmap-staging-${process.pid}-`));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = dir;
    try {
      const batches: ImportRow[][] = [];
      const seen = new Set<string>();
      for await (const batch of parseParquet(
        { stream: createReadStream(path), name: 'upload.parquet' },
        {},
      )) {
        batches.push(batch);
        for (const name of stagingDirs()) seen.add(name);
      }
      expect(batches[0]?.[0]).toMatchObject({ activity: 'Open', tsMs: Date.UTC(2024, 4, 6, 7, 8, 9) });
      expect(seen.size).toBe(1);
      expect(stagingDirs()).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  });

  it('parseParquet(path) names the record and field of a missing timestamp', async () => {
    const path = await writeParquet(
      'bad-ts.parquet',
      `SELECT * FROM (VALUES ('c1', 'A', '2024-01-01 10:00:00'), ('c1', 'B', 'yesterday')) AS t("case:concept:name", "concept:name", "time:timestamp")`,
    );
    const error = await catchError(parseParquet({ path }, {}));
    expect(error.where).toEqual({ file: path, line: 2, field: 'time:timestamp' });
    expect(error.reason).toContain('not a timestamp');
  });

  it('parseParquet(path) rejects an NPS outside 0–10', async () => {
    const path = await writeParquet(
      'bad-nps.parquet',
      `SELECT 'c1' AS "case:concept:name", 'Survey' AS "concept:name", TIMESTAMP '2024-01-01' AS "time:timestamp", 11 AS nps`,
    );
    const error = await catchError(parseParquet({ path }, {}));
    expect(error.where.field).toBe('nps');
    expect(error.reason).toContain('0–10');
  });

  it('parseParquet(path) reports a file without an activity column', async () => {
    const path = await writeParquet(
      'no-activity.parquet',
      `SELECT 'c1' AS "case:concept:name", TIMESTAMP '2024-01-01' AS ts`,
    );
    const error = await catchError(parseParquet({ path }, {}));
    expect(error.where).toMatchObject({ line: 1, field: 'activity' });
  });

  it('parseParquet(path) reads the real receipt log (converted to Parquet) with its 1,434 cases and 8,577 events', async () => {
    const csv = fileURLToPath(new URL('../../../../samples/receipt.csv', import.meta.url));
    const path = await writeParquet('receipt.parquet', `SELECT * FROM read_csv('${csv}')`);
    const rows = (
      await collect(
        parseParquet({ path }, { columns: { channel: 'case:channel', eventId: 'concept:instance' } }),
      )
    ).flat();
    expect(rows).toHaveLength(8577);
    expect(new Set(rows.map((r) => r.caseId)).size).toBe(1434);
    expect(rows[0]).toMatchObject({
      eventId: 'task-42933',
      caseId: 'case-10011',
      activity: 'Confirmation of receipt',
      channel: 'Internet',
      tsMs: Date.UTC(2011, 9, 11, 11, 45, 40, 276),
    });
    expect(rows[0]?.properties).toMatchObject({
      'org:resource': 'Resource21',
      'lifecycle:transition': 'complete',
    });
  });

  it('parseParquet(path) turns a non-Parquet file into an ImportError', async () => {
    const path = join(dir, 'not.parquet');
    await writeFile(path, 'hello');
    const error = await catchError(parseParquet({ path }, {}));
    expect(error.where.file).toBe(path);
    expect(error.reason).toContain('not a readable Parquet file');
  });
});
