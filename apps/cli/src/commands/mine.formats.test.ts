import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../main.js';
import { runMine } from './mine.js';
import type { MineReport } from './mine/mineLog.js';

const samples = new URL('../../../../samples/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'trailmap-mine-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

async function mine(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = capture();
  const stderr = capture();
  const code = await runMine(argv, { stdout: stdout.stream, stderr: stderr.stream });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

async function mineJson(argv: string[]): Promise<MineReport> {
  const { code, stdout, stderr } = await mine([...argv, '--format', 'json']);
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as MineReport;
}

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('trailmap mine: OCEL 2.0 JSON', () => {
  const ocel = `${samples}ocel20_example.jsonocel`;

  test('runMine(ocel20_example.jsonocel) takes the object type with the most events as the case and says so', async () => {
    const { code, stdout, stderr } = await mine([ocel]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('ocel20_example.jsonocel: 3 cases, 9 events, 5 activities');
    expect(stdout).toContain('case notion: object type "Invoice" (3 objects, 9 of 13 events');
    expect(stdout).toContain('"Purchase Order" (5 events)');
    expect(stdout).toContain('4 events without a case id (no "Invoice" object; left out of the journeys)');
    const report = await mineJson([ocel]);
    expect(report.log).toMatchObject({ format: 'ocel', cases: 3, events: 9, eventsWithoutCase: 4 });
    expect(report.log.caseNotion).toEqual({
      kind: 'objectType',
      objectType: 'Invoice',
      chosenBy: 'default',
      objectTypes: [
        { name: 'Invoice', objectCount: 3, eventCount: 9, rowCount: 9 },
        { name: 'Payment', objectCount: 3, eventCount: 3, rowCount: 3 },
        { name: 'Purchase Order', objectCount: 2, eventCount: 5, rowCount: 5 },
        { name: 'Purchase Requisition', objectCount: 1, eventCount: 3, rowCount: 3 },
      ],
    });
    expect(report.startActivities).toEqual([{ activity: 'Insert Invoice', cases: 3 }]);
  });

  test('runMine(ocel --object-type) mines another object type; an unknown one lists the types', async () => {
    const report = await mineJson([ocel, '--object-type', 'Purchase Order']);
    expect(report.log).toMatchObject({ cases: 2, events: 5, eventsWithoutCase: 8 });
    expect(report.log.caseNotion).toMatchObject({ objectType: 'Purchase Order', chosenBy: 'flag' });
    const unknown = await mine([ocel, '--object-type', 'Nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(
      'unknown object type "Nope"; the document has "Invoice", "Payment", "Purchase Order", "Purchase Requisition"',
    );
    const strict = await mine([ocel, '--strict-case']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(
      /^trailmap mine: ocel20_example\.jsonocel, field events\[0\]: event "e1" \(Create Purchase Requisition\) has no object of type "Invoice"/,
    );
    const misplaced = await mine([ocel, '--activity', 'x']);
    expect(misplaced.code).toBe(1);
    expect(misplaced.stderr).toContain(
      '--activity applies to CSV, Parquet, NDJSON logs, not to OCEL 2.0 JSON',
    );
  });
});

describe('trailmap mine: events without a case id', () => {
  // 5 visits: c1 twice, c2 once, three without a customer id (lines 3, 5 and 6)
  const visits = [
    'customer_id,activity,timestamp,channel',
    'c1,Visit,2024-01-01T10:00:00Z,web',
    ',Visit,2024-01-01T10:05:00Z,web',
    'c1,Buy,2024-01-01T11:00:00Z,store',
    ',Visit,2024-01-02T09:00:00Z,web',
    ',Call,2024-01-02T09:30:00Z,phone',
    'c2,Visit,2024-01-03T12:00:00Z,app',
  ].join('\n');

  test('runMine(--case customer_id) counts 3 rows without a customer id, reports them and mines the rest', async () => {
    const file = write('visits.csv', `${visits}\n`);
    const { code, stdout, stderr } = await mine([file, '--case', 'customer_id']);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('visits.csv: 2 cases, 3 events, 2 activities');
    expect(stdout).toContain('3 events without a case id (anonymous; left out of the journeys)');
    const report = await mineJson([file, '--case', 'customer_id']);
    expect(report.log).toMatchObject({
      cases: 2,
      events: 3,
      eventsWithoutCase: 3,
      caseNotion: { kind: 'column', column: 'customer_id' },
    });
    expect(report.channels.map((c) => [c.channel, c.cases, c.events])).toEqual([
      ['app', 1, 1],
      ['store', 1, 1],
      ['web', 1, 1],
    ]);
  });

  test('runMine(--strict-case) stops at the first row without a case id, naming its file, line and column', async () => {
    const file = write('visits-strict.csv', `${visits}\n`);
    const { code, stdout, stderr } = await mine([file, '--case', 'customer_id', '--strict-case']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^trailmap mine: visits-strict\.csv, line 3, column customer_id: empty case id/);
  });

  test('runMine(ndjson without a case field on some lines) counts them; --strict-case names the line', async () => {
    const file = write(
      'events.ndjson',
      [
        '{"case_id":"a","activity":"Open","ts":"2024-01-01T00:00:00Z"}',
        '',
        '{"activity":"Open","ts":"2024-01-01T00:01:00Z"}',
        '{"case_id":"a","activity":"Close","ts":"2024-01-01T00:02:00Z"}',
        '{"case_id":"","activity":"Close","ts":"2024-01-01T00:03:00Z"}',
      ].join('\n'),
    );
    const report = await mineJson([file]);
    expect(report.log).toMatchObject({
      format: 'ndjson',
      cases: 1,
      events: 2,
      eventsWithoutCase: 2,
      caseNotion: { kind: 'column', column: 'case_id' },
    });
    const strict = await mine([file, '--strict-case']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/^trailmap mine: events\.ndjson, line 3, column case_id: empty case id/);
  });

  test('runMine(a log where no row has a case id) says so instead of mining nothing', async () => {
    const file = write(
      'nobody.csv',
      'customer_id,activity,timestamp\n,Visit,2024-01-01\n,Visit,2024-01-02\n',
    );
    const { code, stderr } = await mine([file, '--case', 'customer_id']);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'trailmap mine: nobody.csv: none of the 2 events has a case id in column "customer_id"\n',
    );
  });
});

describe('trailmap mine: Segment batch JSON and the inactivity gap', () => {
  // u1: two sessions 2 hours apart and an anonymous visit identified later; u2: one page view
  const batch = {
    batch: [
      { type: 'page', anonymousId: 'anon-1', name: 'Home', timestamp: '2024-03-01T09:00:00Z' },
      { type: 'identify', userId: 'u1', anonymousId: 'anon-1', timestamp: '2024-03-01T09:05:00Z' },
      {
        type: 'track',
        userId: 'u1',
        event: 'Order Completed',
        timestamp: '2024-03-01T09:10:00Z',
        properties: { journey: 'j1', csat: 4 },
      },
      {
        type: 'track',
        userId: 'u1',
        event: 'Support Call',
        timestamp: '2024-03-01T11:10:00Z',
        context: { channel: 'phone' },
        properties: { journey: 'j1', csat: 2 },
      },
      { type: 'page', userId: 'u2', name: 'Home', timestamp: '2024-03-02T10:00:00Z' },
    ],
  };

  test('runMine(segment batch) stitches identities and cuts journeys by --gap (default 30 days)', async () => {
    const file = write('batch.json', JSON.stringify(batch));
    const byDefault = await mineJson([file]);
    expect(byDefault.log).toMatchObject({
      format: 'segment',
      cases: 2,
      events: 5,
      eventsWithoutCase: 0,
      caseNotion: { kind: 'inactivityGap', gapSeconds: 30 * 86_400 },
    });
    expect(byDefault.variants.top).toHaveLength(2);
    expect(byDefault.variants.top).toEqual(
      expect.arrayContaining([
        { activities: ['Viewed Home', 'Identify', 'Order Completed', 'Support Call'], cases: 1 },
        { activities: ['Viewed Home'], cases: 1 },
      ]),
    );
    const sessions = await mineJson([file, '--gap', '30m']);
    expect(sessions.log).toMatchObject({ cases: 3, caseNotion: { gapSeconds: 1800 } });
    // the journey's last CSAT answer counts: 2
    expect(byDefault.satisfaction.csat).toMatchObject({ mean: 2, n: 1, topBoxShare: 0 });
    const text = await mine([file, '--gap', '30m']);
    expect(text.stdout).toContain(
      "case notion: each customer's events (identities stitched), a new journey after 30 minutes without an event (--gap)",
    );
  });

  test('runMine(segment --case PROPERTY) takes a property as the case id and counts messages without it', async () => {
    const file = write('batch-cases.json', JSON.stringify(batch));
    const report = await mineJson([file, '--case', 'journey']);
    expect(report.log).toMatchObject({
      cases: 1,
      events: 2,
      eventsWithoutCase: 3,
      caseNotion: { kind: 'property', property: 'journey' },
    });
    const strict = await mine([file, '--case', 'journey', '--strict-case']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('empty case id (event 1 of the file, id "segment:');
  });

  test('runMine(--gap with --case, or a bad duration) explains the mistake', async () => {
    const file = write('batch-bad.json', JSON.stringify(batch));
    expect((await mine([file, '--gap', 'soon'])).stderr).toContain('--gap "soon" is not a duration');
    expect((await mine([file, '--gap', '1d', '--case', 'journey'])).stderr).toContain('give either --case');
  });
});

describe('trailmap mine: CSAT, CES and channels', () => {
  // 4 tickets; CSAT answers 5, 4, 2 (ticket t4 none); CES answers 7 and 3; channels by touchpoint
  const tickets = [
    'ticket,step,at,touchpoint,satisfaction,effort',
    't1,Open,2024-01-01T10:00:00Z,web,,',
    't1,Survey,2024-01-01T12:00:00Z,email,5,7',
    't2,Open,2024-01-02T10:00:00Z,phone,,',
    't2,Survey,2024-01-02T11:00:00Z,email,4,3',
    't3,Open,2024-01-03T10:00:00Z,web,,',
    't3,Survey,2024-01-03T10:30:00Z,email,2,',
    't4,Open,2024-01-04T10:00:00Z,web,,',
  ].join('\n');
  const mapping = ['--case', 'ticket', '--activity', 'step', '--timestamp', 'at'];
  const scores = ['--csat', 'satisfaction', '--ces', 'effort', '--channel', 'touchpoint'];

  test('runMine(--csat --ces --channel) reports CSAT and CES with top-box shares and the channels', async () => {
    const file = write('tickets.csv', `${tickets}\n`);
    const report = await mineJson([file, ...mapping, ...scores]);
    expect(report.satisfaction.nps).toBeNull();
    expect(report.satisfaction.csat).toMatchObject({ n: 3, topBoxShare: 2 / 3 });
    expect(report.satisfaction.csat?.mean).toBeCloseTo(11 / 3, 10);
    // mean 11/3, s = 1.5275, t(0.975, 2) = 4.3027 → ± 3.7947
    expect(report.satisfaction.csat?.low).toBeCloseTo(11 / 3 - 3.7947, 3);
    expect(report.satisfaction.csat?.high).toBeCloseTo(11 / 3 + 3.7947, 3);
    expect(report.satisfaction.ces).toMatchObject({ mean: 5, n: 2, topBoxShare: 0.5 });
    expect(report.log.channelCount).toBe(3);
    expect(report.channels).toEqual([
      {
        channel: 'email',
        cases: 3,
        events: 3,
        nps: null,
        csat: expect.objectContaining({ n: 3 }) as unknown,
        ces: expect.objectContaining({ n: 2 }) as unknown,
      },
      {
        channel: 'web',
        cases: 3,
        events: 3,
        nps: null,
        csat: expect.objectContaining({ mean: 3.5, n: 2 }) as unknown,
        ces: expect.objectContaining({ mean: 7, n: 1, low: null, high: null }) as unknown,
      },
      {
        channel: 'phone',
        cases: 1,
        events: 1,
        nps: null,
        csat: expect.objectContaining({ mean: 4, n: 1 }) as unknown,
        ces: expect.objectContaining({ mean: 3, n: 1 }) as unknown,
      },
    ]);
    expect(report.cx).toBeUndefined();
    const { stdout } = await mine([file, ...mapping, ...scores]);
    expect(stdout).toContain('CSAT 3.67 of 5 (95 % interval -0.13 to 7.46), 67 % satisfied (4–5), 3 answers');
    expect(stdout).toContain('CES 5.00 of 7 (95 % interval');
    expect(stdout).toContain('Channels (3 in all): cases that passed each, their events and their scores');
    expect(stdout).toMatch(/\n {9}3 {9}3 {2}email {2}\(CSAT 3\.67, CES 5\.00\)\n/);
  });

  test('runMine(receipt.csv --channel case:channel) lists the channels the applications came in by', async () => {
    const report = await mineJson([`${samples}receipt.csv`, '--channel', 'case:channel']);
    expect(report.log.channelCount).toBe(5);
    expect(report.channels.map((c) => [c.channel, c.cases, c.events])).toEqual([
      ['Internet', 1250, 7478],
      ['Desk', 109, 657],
      ['Post', 53, 308],
      ['e-mail', 21, 128],
      ['Intern', 1, 6],
    ]);
    expect(report.channels.reduce((sum, c) => sum + c.cases, 0)).toBe(report.log.cases);
    const { stdout } = await mine([`${samples}receipt.csv`, '--channel', 'case:channel']);
    expect(stdout).toMatch(/\n {5}1,250 {5}7,478 {2}Internet\n/);
  });
});

describe('trailmap mine: a generated log in every format', () => {
  const formats = ['csv', 'parquet', 'ndjson', 'segment'] as const;
  const files: Record<(typeof formats)[number], string> = {
    csv: join(dir, 'retail.csv'),
    parquet: join(dir, 'retail.parquet'),
    ndjson: join(dir, 'retail.ndjson'),
    segment: join(dir, 'retail-segment.json'),
  };

  beforeAll(async () => {
    for (const format of formats) {
      const code = await main(
        ['generate', '--events', '4000', '--seed', '5', '--format', format, '--out', files[format]],
        { stdout: capture().stream, stderr: capture().stream },
      );
      expect(code).toBe(0);
    }
  }, 120_000);

  test('runMine(generated csv --csat csat --ces ces --channel channel) shows the scores and channels', async () => {
    const report = await mineJson([files.csv, '--csat', 'csat', '--ces', 'ces', '--channel', 'channel']);
    const { csat, ces, nps } = report.satisfaction;
    expect(csat?.n).toBeGreaterThan(10);
    expect(csat?.mean).toBeGreaterThanOrEqual(1);
    expect(csat?.mean).toBeLessThanOrEqual(5);
    expect(ces?.n).toBeGreaterThan(10);
    expect(ces?.mean).toBeGreaterThanOrEqual(1);
    expect(ces?.mean).toBeLessThanOrEqual(7);
    expect(nps?.n).toBe(report.cx?.nps.n);
    expect(report.channels.map((c) => c.channel)).toEqual(expect.arrayContaining(['web', 'app', 'phone']));
    const { stdout } = await mine([files.csv, '--csat', 'csat', '--ces', 'ces', '--channel', 'channel']);
    expect(stdout).toMatch(/\n {2}CSAT \d\.\d\d of 5 \(95 % interval/);
    expect(stdout).toMatch(/\n {2}CES \d\.\d\d of 7 \(95 % interval/);
  }, 120_000);

  test('runMine detects Parquet, NDJSON and Segment by content and mines the same journeys from each', async () => {
    const csv = await mineJson([files.csv]);
    for (const format of ['parquet', 'ndjson'] as const) {
      const report = await mineJson([files[format]]);
      expect(report.log.format).toBe(format);
      expect(report.log.caseNotion).toEqual({ kind: 'column', column: 'case_id' });
      expect(report.log).toMatchObject({ cases: csv.log.cases, events: csv.log.events });
      expect(report.variants).toEqual(csv.variants);
      expect(report.satisfaction).toEqual(csv.satisfaction);
    }
    const segment = await mineJson([files.segment, '--case', 'case_id']);
    expect(segment.log.format).toBe('segment');
    expect(segment.log).toMatchObject({ cases: csv.log.cases, events: csv.log.events });
    expect(segment.satisfaction).toEqual(csv.satisfaction);
    // the same journeys cut by inactivity: the CSV with --gap equals the Segment batch by default
    const gapCsv = await mineJson([files.csv, '--gap', '30d']);
    const gapSegment = await mineJson([files.segment]);
    expect(gapSegment.log).toMatchObject({ cases: gapCsv.log.cases, events: gapCsv.log.events });
  }, 120_000);
});
