import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@trailmap/db/testing';
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

/** Runs a short trailmap command to its end and returns its exit code and output. */
function runCli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

async function signInDemo(url: string): Promise<Response> {
  return fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'demo@trailmap.local', password: 'trailmap-demo' }),
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

  it('answers /api/health (versions only when signed in) and serves /api/docs and /', async () => {
    expect(await (await fetch(`${server!.url}/api/health`)).json()).toEqual({ status: 'ok' });
    const cookie = (await signInDemo(server!.url)).headers.get('set-cookie')!.split(';')[0]!;
    const health = await (await fetch(`${server!.url}/api/health`, { headers: { cookie } })).json();
    expect(health.stores.workspace.engine).toBe('pglite');
    expect(health.stores.events.version).toMatch(/^v1\.\d+/);
    const docs = await fetch(`${server!.url}/api/docs`);
    expect(docs.status).toBe(200);
    const root = await fetch(`${server!.url}/`);
    expect(root.status).toBe(200);
    expect(root.headers.get('content-type')).toContain('text/html');
  });

  it('lets the demo account sign in and list the demo journeys', async () => {
    const signIn = await signInDemo(server!.url);
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
    // two datasets ready to explore: the receipt log of the samples and a generated retail log
    const datasets = (
      await (await fetch(`${server!.url}/api/workspaces/${ws}/datasets`, { headers: { cookie } })).json()
    ).datasets as { name: string; status: string; events: number; cases: number }[];
    expect(datasets.map((d) => [d.name, d.status]).sort()).toEqual([
      ['Permit applications (receipt log)', 'ready'],
      ['Shoe shop journeys (generated)', 'ready'],
    ]);
    expect(datasets.find((d) => d.name.startsWith('Permit'))).toMatchObject({ events: 8577, cases: 1434 });
    expect(datasets.find((d) => d.name.startsWith('Shoe'))?.events).toBe(60_000);
  });

  it('stops cleanly on SIGTERM; `trailmap demo` then restores a demo journey that was deleted', async () => {
    const signIn = await signInDemo(server!.url);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const ws = (await (await fetch(`${server!.url}/api/workspaces`, { headers: { cookie } })).json())
      .workspaces[0].id;
    const list = (
      await (await fetch(`${server!.url}/api/workspaces/${ws}/journeys`, { headers: { cookie } })).json()
    ).journeys;
    const deleted = await fetch(`${server!.url}/api/workspaces/${ws}/journeys/${list[0].id}`, {
      method: 'DELETE',
      headers: { cookie, origin: server!.url },
    });
    expect(deleted.status).toBe(204);
    expect(await stop(server)).toBe(0);

    const reset = await runCli(['demo', '--data', dataDir]);
    expect(reset.code).toBe(0);
    expect(reset.output).toContain('demo workspace is reset');

    server = await startCli(['--data', dataDir, '--no-demo']);
    expect(server.output()).not.toContain('Demo mode');
    const again = await signInDemo(server.url);
    const cookie2 = again.headers.get('set-cookie')!.split(';')[0]!;
    const ws2 = (await (await fetch(`${server.url}/api/workspaces`, { headers: { cookie: cookie2 } })).json())
      .workspaces[0].id;
    const journeys = (
      await (
        await fetch(`${server.url}/api/workspaces/${ws2}/journeys`, { headers: { cookie: cookie2 } })
      ).json()
    ).journeys;
    expect(journeys).toHaveLength(2);
  }, 120_000);
});

describe('trailmap serve with DATABASE_URL (PostgreSQL)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'trailmap-cli-pg-'));
  let server: Started | undefined;
  let drop: (() => Promise<void>) | undefined;

  afterAll(async () => {
    await stop(server);
    await drop?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps workspace content in PostgreSQL and has no demo account', async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    server = await startCli(['--data', dataDir], { DATABASE_URL: database.databaseUrl });
    expect(server.output()).toContain('PostgreSQL (DATABASE_URL)');
    expect(server.output()).not.toContain('Demo mode');
    expect(server.output()).toContain('Sign-up: by invite link');
    expect((await signInDemo(server.url)).status).toBe(401);
    // The first user of the empty install signs up and becomes its admin; the next needs an invite link.
    const signUp = (email: string) =>
      fetch(`${server!.url}/api/auth/sign-up`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server!.url },
        body: JSON.stringify({ email, password: 'correct horse battery' }),
      });
    const first = await signUp('admin@example.com');
    expect(first.status).toBe(201);
    expect((await first.json()).user.isAdmin).toBe(true);
    expect((await signUp('walk.in@example.com')).status).toBe(403);
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    const health = await (await fetch(`${server.url}/api/health`, { headers: { cookie } })).json();
    expect(health.stores.workspace.engine).toBe('postgres');
    expect(await stop(server)).toBe(0);
  }, 90_000);

  it('trailmap demo refuses to run against DATABASE_URL', async () => {
    const result = await runCli(['demo'], { DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/postgres' });
    expect(result.code).toBe(2);
    expect(result.output).toContain('embedded storage only');
  });
});
