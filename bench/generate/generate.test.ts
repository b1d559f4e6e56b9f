import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { runGenerate } from '../../apps/cli/src/commands/generate.js';
import { parseNdjson, parseParquet, parseSegmentBatch } from '../../packages/analytics/src/import/formats.js';
import { parseCsv } from '../../packages/analytics/src/import/parseCsv.js';
import type { ImportRow, Parser } from '../../packages/analytics/src/import/types.js';
import { createRandom } from './createRandom.js';
import { createStratifiedDraw } from './createStratifiedDraw.js';
import { generateEvents } from './generateEvents.js';
import { writeGeneratedEvents } from './writeGeneratedEvents.js';

const dir = mkdtempSync(join(tmpdir(), 'trailmap-generate-test-'));

async function collect(rows: AsyncIterable<ImportRow[]>): Promise<ImportRow[]> {
  const all: ImportRow[] = [];
  for await (const batch of rows) for (const row of batch) all.push(row);
  return all;
}

describe('createRandom', () => {
  test('createRandom(seed) is reproducible and uniform enough', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const draws = Array.from({ length: 10_000 }, () => a.next());
    expect(draws.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b.next()));
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
  });

  test('createStratifiedDraw realises its share within one draw', () => {
    const draw = createStratifiedDraw(0.35, 0.42);
    let yes = 0;
    for (let k = 1; k <= 1000; k++) {
      if (draw()) yes++;
      expect(Math.abs(yes - 0.35 * k)).toBeLessThan(1);
    }
  });
});

describe('generateEvents', () => {
  test('generateEvents gives exactly N events, the same for the same seed, different for another', async () => {
    const first = await collect(generateEvents({ events: 5_000, seed: 7, batchSize: 999 }));
    const again = await collect(generateEvents({ events: 5_000, seed: 7 }));
    const other = await collect(generateEvents({ events: 5_000, seed: 8 }));
    expect(first).toHaveLength(5_000);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    expect(new Set(first.map((r) => r.eventId)).size).toBe(5_000);
  });

  test('generateEvents covers every channel, links anonymous ids through Identify, scores in range', async () => {
    const rows = await collect(generateEvents({ events: 20_000, seed: 3 }));
    const channels = new Set(rows.map((r) => r.channel));
    for (const channel of ['ads', 'social', 'web', 'app', 'email', 'phone', 'chat', 'store', 'delivery'])
      expect(channels).toContain(channel);
    const identify = rows.find((r) => r.activity === 'Identify');
    expect(identify?.customerId).toBeTruthy();
    expect(identify?.anonymousId).toBeTruthy();
    const anonymousBefore = rows.filter((r) => r.caseId === identify?.caseId && r.customerId === null);
    expect(anonymousBefore.length).toBeGreaterThan(0);
    expect(anonymousBefore.every((r) => r.anonymousId === identify?.anonymousId)).toBe(true);
    for (const row of rows) {
      if (row.nps !== null) expect(row.nps >= 0 && row.nps <= 10 && Number.isInteger(row.nps)).toBe(true);
      if (row.csat !== null) expect(row.csat >= 1 && row.csat <= 5).toBe(true);
      if (row.ces !== null) expect(row.ces >= 1 && row.ces <= 7).toBe(true);
    }
    // Events of a journey are in time order.
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      if (a && b && a.caseId === b.caseId) expect(b.tsMs).toBeGreaterThanOrEqual(a.tsMs);
    }
  });
});

describe('writeGeneratedEvents', () => {
  const parsers: [string, Parser<Record<string, never>>][] = [
    ['csv', parseCsv as Parser<Record<string, never>>],
    ['ndjson', parseNdjson as Parser<Record<string, never>>],
    ['segment', parseSegmentBatch as Parser<Record<string, never>>],
    ['parquet', parseParquet as Parser<Record<string, never>>],
  ];
  test.each(parsers)(
    'writeGeneratedEvents(%s) reads back through the importer with the same events',
    async (format, parser) => {
      const out = join(dir, `events.${format}`);
      const expected = await collect(generateEvents({ events: 3_000, seed: 5 }));
      const result = await writeGeneratedEvents({ events: 3_000, seed: 5, format: format as 'csv', out });
      expect(result.events).toBe(3_000);
      const rows = await collect(parser({ path: out }, {}));
      expect(rows).toHaveLength(3_000);
      const byId = new Map(rows.map((r) => [r.eventId, r]));
      for (const event of expected.slice(0, 300)) {
        const row = byId.get(event.eventId);
        expect(row?.activity).toBe(event.activity);
        expect(row?.tsMs).toBe(event.tsMs);
        expect(row?.nps ?? null).toBe(event.nps);
        if (format !== 'segment') expect(row?.caseId).toBe(event.caseId);
        else expect(row?.properties?.case_id).toBe(event.caseId);
      }
    },
  );
});

describe('runGenerate', () => {
  const sink = (): { stream: Writable; text: () => string } => {
    const chunks: string[] = [];
    return {
      stream: new Writable({
        write(chunk: Buffer | string, _encoding, done) {
          chunks.push(String(chunk));
          done();
        },
      }),
      text: () => chunks.join(''),
    };
  };

  test('runGenerate writes a reproducible CSV and reports progress on stderr', async () => {
    const digests: string[] = [];
    for (const name of ['a.csv', 'b.csv']) {
      const stdout = sink();
      const stderr = sink();
      const out = join(dir, name);
      const code = await runGenerate(
        ['--events', '2000', '--seed', '11', '--format', 'csv', '--out', out, '--app-checkout-drop', '0.5'],
        {
          stdout: stdout.stream,
          stderr: stderr.stream,
        },
      );
      expect(code).toBe(0);
      expect(stdout.text()).toMatch(/^2000 events written/);
      expect(stderr.text()).toMatch(/generated 2,000 \/ 2,000 events \(100 %\)/);
      const text = readFileSync(out, 'utf8');
      expect(text.split('\n')[0]).toMatch(
        /^event_id,customer_id,anonymous_id,case_id,timestamp,activity,channel,nps,csat,ces/,
      );
      digests.push(createHash('sha256').update(text).digest('hex'));
    }
    expect(digests[0]).toBe(digests[1]);
  });

  test('runGenerate passes every effect flag on: the same bytes as ever for these flags', async () => {
    const out = join(dir, 'flags.ndjson');
    const code = await runGenerate(
      [
        '--events',
        '3000',
        '--seed',
        '11',
        '--format',
        'ndjson',
        '--out',
        out,
        '--app-checkout-drop',
        '0.5',
        '--late-delivery-nps=-5',
        '--repeat-change',
        '2024-03-01',
      ],
      { stdout: sink().stream, stderr: sink().stream },
    );
    expect(code).toBe(0);
    expect(createHash('sha256').update(readFileSync(out)).digest('hex')).toBe(
      '2f25752e0616d4320fc6cd8caec1c39c10dfc0c5cf3927ab8a33512ef1c3d20d',
    );
  });

  test('runGenerate refuses bad options with exit code 1', async () => {
    const stderr = sink();
    const io = { stdout: sink().stream, stderr: stderr.stream };
    expect(await runGenerate(['--events', 'x', '--out', join(dir, 'x.csv')], io)).toBe(1);
    expect(await runGenerate(['--events', '10', '--format', 'xml', '--out', join(dir, 'x.csv')], io)).toBe(1);
    expect(await runGenerate(['--events', '10'], io)).toBe(1);
    expect(
      await runGenerate(['--events', '10', '--out', join(dir, 'x.csv'), '--app-checkout-drop', '2'], io),
    ).toBe(1);
    expect(stderr.text()).toMatch(/usage: trailmap generate/);
  });
});
