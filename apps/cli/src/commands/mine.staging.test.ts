import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/trailmap.mjs', import.meta.url));
const samples = fileURLToPath(new URL('../../../../samples/', import.meta.url));
// the OS temp dir of the started commands (TMPDIR): where their in-memory stores stage
const temp = mkdtempSync(join(tmpdir(), 'trailmap-mine-temp-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const stagingFolders = (): string[] =>
  readdirSync(temp).filter((name) => name.startsWith('trailmap-staging-'));

/** Starts `trailmap mine …` as a real process whose OS temp dir is `temp`. */
function startMine(args: string[]) {
  const child = spawn(process.execPath, [bin, 'mine', ...args], {
    env: { ...process.env, TMPDIR: temp },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.once('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, exited };
}

/** Polls until `find` returns a value; fails when `exited` settles first (the state was never reached). */
async function waitFor<T>(find: () => T | undefined, exited: Promise<unknown>): Promise<T> {
  let ended = false;
  void exited.then(() => (ended = true));
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (ended) throw new Error('the command ended before reaching the state waited for');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('trailmap mine: staging folders (real processes)', () => {
  test('trailmap mine killed mid-import leaves its staging folder, and the next trailmap mine removes it', async () => {
    const killed = startMine([`${samples}bpic2012.xes.gz`, '--format', 'json']);
    const prefix = `trailmap-staging-${killed.child.pid}-`;
    // mid-import: the XES fast path has written a batch into its folder
    const folder = await waitFor(() => {
      const name = stagingFolders().find((entry) => entry.startsWith(prefix));
      if (name === undefined) return undefined;
      const batches = readdirSync(join(temp, name)).filter((file) => file.startsWith('events-'));
      return batches.length > 0 ? join(temp, name) : undefined;
    }, killed.exited);
    killed.child.kill('SIGKILL');
    expect(await killed.exited).toMatchObject({ code: null, signal: 'SIGKILL' });
    expect(existsSync(folder)).toBe(true);

    const next = startMine([`${samples}running-example.xes`, '--format', 'json']);
    const { code, stderr } = await next.exited;
    expect(code, stderr).toBe(0);
    expect(existsSync(folder)).toBe(false);
    expect(stagingFolders()).toEqual([]);
  }, 120_000);
});
