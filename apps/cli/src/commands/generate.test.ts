import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { runGenerate } from './generate.js';

const dir = mkdtempSync(join(tmpdir(), 'trailmap-generate-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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
