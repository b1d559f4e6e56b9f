import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatGeneratedEvents, type FormatGeneratedOptions } from './formatGeneratedEvents.js';
import { generateEvents } from './generateEvents.js';
import { writeGeneratedEvents } from './writeGeneratedEvents.js';

// SHA-256 of what the generator wrote for these options before it became a package of its own: the same
// seed and options must keep giving the same bytes (datasets, benchmarks and docs depend on it).
const dir = mkdtempSync(join(tmpdir(), 'trailmap-generated-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

const cases: [string, FormatGeneratedOptions, string][] = [
  [
    'csv, defaults',
    { events: 20_000, seed: 1, format: 'csv' },
    '1ff6babf91a6b9342c88be54374da5d961fab6ccba2b754a82431344a151b074',
  ],
  [
    'ndjson, every option set',
    {
      events: 7_000,
      seed: 42,
      format: 'ndjson',
      effects: { lateDeliveryShare: 0.5, appCheckoutDropShare: 0.6, repeatChangeMs: Date.UTC(2024, 2, 1) },
      startMs: Date.UTC(2023, 5, 1),
      periodDays: 90,
      appShare: 0.7,
    },
    '93924fcdc9b88ab27870abaf2d05aa358c96a4a79e1084bc910ffd7c16855473',
  ],
  [
    'segment, defaults',
    { events: 5_000, seed: 3, format: 'segment' },
    'f9f9e98216b05b83fac987cd06f99ddf6f2f763b2a21b4d7479f42870ce889cd',
  ],
];

describe('generated output', () => {
  test.each(cases)(
    'writeGeneratedEvents(%s) writes the same bytes as ever',
    async (name, options, digest) => {
      const out = join(dir, `${name.replace(/\W+/g, '-')}.${options.format}`);
      expect(await writeGeneratedEvents({ ...options, out })).toEqual({ events: options.events });
      expect(sha256(readFileSync(out))).toBe(digest);
    },
  );

  test.each(cases)(
    'formatGeneratedEvents(%s) yields those bytes without a file',
    async (_name, options, digest) => {
      const chunks: string[] = [];
      for await (const chunk of formatGeneratedEvents(options)) chunks.push(chunk);
      expect(sha256(chunks.join(''))).toBe(digest);
    },
  );

  test('generateEvents yields the same rows as ever, whatever the batch size', async () => {
    const hash = createHash('sha256');
    let batches = 0;
    for await (const batch of generateEvents({ events: 10_000, seed: 9, batchSize: 777 })) {
      batches++;
      for (const row of batch) hash.update(JSON.stringify(row) + '\n');
    }
    expect(batches).toBe(13);
    expect(hash.digest('hex')).toBe('b85ad8d8bcb749dab28d1f959c5dde2717c619d4a9654612f63684a759952c4f');
  });
});
