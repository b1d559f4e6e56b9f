import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/trailmap.mjs', import.meta.url));

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts `trailmap serve` as a real process on a free port and waits for its banner. */
function startCli(args: string[], env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
    env: { ...process.env, DATABASE_URL: '', PORT: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner within 60 s:\n${out}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => out });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`trailmap serve exited with ${code}:\n${out}`));
    });
  });
}

function stop(started: Started | undefined): Promise<number | null> {
  if (!started || started.child.exitCode !== null) return Promise.resolve(started?.child.exitCode ?? null);
  return new Promise((resolve) => {
    started.child.once('exit', (code) => resolve(code));
    started.child.kill('SIGTERM');
  });
}

describe('trailmap serve (a real process on embedded storage)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'trailmap-cli-'));
  let server: Started | undefined;

  beforeAll(async () => {
    server = await startCli(['--data', dataDir]);
  }, 90_000);
  afterAll(async () => {
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints a banner naming the demo account', () => {
    expect(server!.output()).toContain(
      'Demo mode: sign in as demo@trailmap.local with password trailmap-demo',
    );
  });

  it('answers /api/health with both store versions and serves /api/docs and /', async () => {
    const health = await (await fetch(`${server!.url}/api/health`)).json();
    expect(health.stores.workspace.engine).toBe('pglite');
    expect(health.stores.events.version).toMatch(/^v1\.\d+/);
    const docs = await fetch(`${server!.url}/api/docs`);
    expect(docs.status).toBe(200);
    expect(await (await fetch(`${server!.url}/`)).text()).toContain('/api/docs');
  });

  it('lets the demo account sign in and list the demo journeys', async () => {
    const signIn = await fetch(`${server!.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'demo@trailmap.local', password: 'trailmap-demo' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const workspaces = await (await fetch(`${server!.url}/api/workspaces`, { headers: { cookie } })).json();
    const ws = workspaces.workspaces[0].id;
    const journeys = await (
      await fetch(`${server!.url}/api/workspaces/${ws}/journeys`, { headers: { cookie } })
    ).json();
    expect(journeys.journeys.map((j: { title: string }) => j.title).sort()).toEqual([
      'Buying shoes — now',
      'Buying shoes — then',
    ]);
  });

  it('stops cleanly on SIGTERM and keeps its data for the next start', async () => {
    expect(await stop(server)).toBe(0);
    server = await startCli(['--data', dataDir, '--no-demo']);
    expect(server.output()).not.toContain('Demo mode');
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
  }, 90_000);
});
