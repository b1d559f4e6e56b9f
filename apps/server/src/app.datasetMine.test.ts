import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMultipart } from './testing/buildMultipart.js';
import { createTestApp, signUp, type Client, type TestApp } from './testing/createTestApp.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const samples = join(root, 'samples');

/** `trailmap mine <file> --format json` as a user runs it (a real process); its parsed JSON. */
function mineWithCli(file: string, args: string[] = []): Promise<unknown> {
  const child = spawn(
    process.execPath,
    ['apps/cli/bin/trailmap.mjs', 'mine', file, '--format', 'json', ...args],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0
        ? resolve(JSON.parse(stdout) as unknown)
        : reject(new Error(`mine exited ${code}: ${stderr}`)),
    );
  });
}

let t: TestApp;
let owner: Client;
let ws: string;

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, 'mine.owner@example.com');
  ws = (await owner.request('GET', '/api/workspaces')).json().workspaces[0].id;
});
afterAll(async () => t?.close());

async function importSample(file: string, mapping?: object): Promise<string> {
  const { payload, contentType } = buildMultipart([
    ...(mapping ? [{ name: 'mapping', value: JSON.stringify(mapping) }] : []),
    { name: 'file', fileName: file, content: readFileSync(join(samples, file)) },
  ]);
  const created = await owner.request('POST', `/api/workspaces/${ws}/datasets`, payload, {
    'content-type': contentType,
  });
  expect(created.statusCode, created.body).toBe(202);
  const id: string = created.json().dataset.id;
  for (;;) {
    const dataset = (await owner.request('GET', `/api/workspaces/${ws}/datasets/${id}`)).json();
    if (dataset.status === 'ready') return id;
    if (dataset.status === 'failed') throw new Error(dataset.error.message);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('GET …/datasets/:id/mine equals trailmap mine --format json', () => {
  it.each([
    ['running-example.xes', [], undefined],
    ['receipt.csv', ['--channel', 'case:channel'], { columns: { channel: 'case:channel' } }],
    ['roadtraffic100traces.csv', [], undefined],
    ['helpdesk.xes.gz', [], undefined],
    ['ocel20_example.jsonocel', [], undefined],
    ['bpic2012.xes.gz', [], undefined],
  ] as const)(
    'on samples/%s (the same file and mapping, the same fields and numbers)',
    async (file, args, mapping) => {
      const [id, expected] = await Promise.all([
        importSample(file, mapping),
        mineWithCli(join('samples', file), [...args]),
      ]);
      const answer = await owner.request('GET', `/api/workspaces/${ws}/datasets/${id}/mine`);
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toEqual(expected);
    },
    180_000,
  );

  it('is 404 for another workspace and 409 while a dataset has no events', async () => {
    const id = await importSample('running-example.xes');
    const outsider = await signUp(t.app, 'mine.outsider@example.com');
    expect((await outsider.request('GET', `/api/workspaces/${ws}/datasets/${id}/mine`)).statusCode).toBe(404);
    const { payload, contentType } = buildMultipart([
      { name: 'file', fileName: 'bad.csv', content: 'case_id,activity,timestamp\n1,a,nope\n' },
    ]);
    const bad = await owner.request('POST', `/api/workspaces/${ws}/datasets`, payload, {
      'content-type': contentType,
    });
    const badId = bad.json().dataset.id;
    for (;;) {
      const dataset = (await owner.request('GET', `/api/workspaces/${ws}/datasets/${badId}`)).json();
      if (dataset.status !== 'importing') break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect((await owner.request('GET', `/api/workspaces/${ws}/datasets/${badId}/mine`)).statusCode).toBe(409);
  });
});
