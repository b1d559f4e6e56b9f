import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestApp } from '../../../server/src/testing/createTestApp.js';
import { buildMapping } from './import/buildMapping.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
let t: TestApp;
let url: string;
let key: string;
let ws: string;
let dir: string;

/** `trailmap import …` as a real process (stderr is a pipe, no terminal). */
function runImport(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['apps/cli/bin/trailmap.mjs', 'import', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'trailmap-import-test-'));
  t = await createTestApp();
  url = await t.app.listen({ host: '127.0.0.1', port: 0 });
  const owner = await signUp(t.app, 'import.owner@example.com');
  ws = (await owner.request('GET', '/api/workspaces')).json().workspaces[0].id;
  key = (
    await owner.request('POST', `/api/workspaces/${ws}/api-keys`, { name: 'cli', scope: 'write' })
  ).json().key;
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('trailmap import (a real process against a real server)', () => {
  it('uploads samples/receipt.csv as a dataset, then the same file as its next version; no progress line off a terminal', async () => {
    const args = [
      'samples/receipt.csv',
      '--url',
      url,
      '--key',
      key,
      '--dataset',
      'Receipts',
      '--channel',
      'case:channel',
    ];
    const first = await runImport(args);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^Receipts: 8,577 events, 1,434 cases, version 1 \(http/);
    expect(first.stderr).toBe('');
    const second = await runImport(args);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('version 2');
    const datasets = (await t.store.datasets.list(ws as never)).filter((d) => d.name === 'Receipts');
    expect(datasets).toHaveLength(1);
    expect(datasets[0]).toMatchObject({ status: 'ready', versions: 2, events: 8577 });
  }, 120_000);

  it('a bad row fails with its file and line; a bad key or flag says so', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'case_id,activity,timestamp\n1,a,2024-01-01T00:00:00Z\n1,b,2024-01-01T00:01:00Z\n2,c,soon\n',
    );
    const failed = await runImport([bad, '--url', url, '--key', key]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/bad\.csv, line 4/);
    const wrongKey = await runImport(['samples/receipt.csv', '--url', url, '--key', 'tmk_nope']);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toMatch(/unknown API key/);
    const noKey = await runImport(['samples/receipt.csv', '--url', url]);
    expect(noKey.code).toBe(2);
  }, 120_000);
});

describe('buildMapping', () => {
  it('turns mapping flags into the API mapping, and refuses what does not go together', () => {
    expect(
      buildMapping({ case: 'ticket', channel: 'ch', gap: '30m', 'shared-keys': 'email_hash, phone' }),
    ).toEqual({
      mapping: {
        columns: { case: 'ticket', channel: 'ch' },
        caseNotion: { kind: 'inactivity', gapSeconds: 1800 },
        stitching: { sharedKeys: ['email_hash', 'phone'] },
      },
    });
    expect(buildMapping({ start: 'Visit', end: 'Order,Leave' })).toEqual({
      mapping: { caseNotion: { kind: 'startEnd', start: ['Visit'], end: ['Order', 'Leave'] } },
    });
    expect(buildMapping({ start: 'Visit' })).toMatchObject({ problem: /go together/ });
    expect(buildMapping({ gap: 'soon' })).toMatchObject({ problem: /--gap/ });
  });
});
