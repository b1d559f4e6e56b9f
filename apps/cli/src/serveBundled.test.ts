import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cliRoot = new URL('..', import.meta.url).pathname;
// inside the repository, so that the bundle's external packages resolve from node_modules as in dist/
const outdir = mkdtempSync(join(cliRoot, 'dist-test-'));
const dataDir = mkdtempSync(join(tmpdir(), 'trailmap-bundled-'));
let child: ChildProcess | undefined;
let url = '';

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/bundleCli.mjs', '--outdir', outdir], { cwd: cliRoot });
  // the bundle's own `serve`, started as a script given on the command line (its workers must still start)
  const script = `const { main } = await import(${JSON.stringify(join(outdir, 'main.mjs'))}); process.exitCode = await main(['serve', '--port', '0', '--data', ${JSON.stringify(dataDir)}]);`;
  const started = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, DATABASE_URL: '', PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = started;
  let out = '';
  url = await new Promise<string>((resolve, reject) => {
    started.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    started.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    started.once('exit', (code) => reject(new Error(`the bundled serve exited with ${code}:\n${out}`)));
  });
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  rmSync(outdir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the bundled `trailmap serve`', () => {
  it('renders picture exports in its worker pool (the worker module is found beside the sources) and stops cleanly', async () => {
    const signIn = await fetch(`${url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo@trailmap.local', password: 'trailmap-demo' }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const ws = (await (await fetch(`${url}/api/workspaces`, { headers: { cookie } })).json()).workspaces[0]
      .id;
    const { journeys } = await (
      await fetch(`${url}/api/workspaces/${ws}/journeys`, { headers: { cookie } })
    ).json();
    const exportUrl = `${url}/api/workspaces/${ws}/journeys/${journeys[0].id}/export`;
    const png = await fetch(`${exportUrl}?format=png`, { headers: { cookie } });
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await png.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const pdf = await fetch(`${exportUrl}?format=pdf`, { headers: { cookie } });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');

    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child!.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});
