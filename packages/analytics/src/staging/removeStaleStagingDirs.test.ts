import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findEndedPid, plantStagingDir } from '../testing/plantStagingDirs.js';
import { createStagingDir } from './createStagingDir.js';
import { removeStaleStagingDirs } from './removeStaleStagingDirs.js';

const roots: string[] = [];
const makeRoot = (): string => {
  roots.push(mkdtempSync(join(tmpdir(), 'trailmap-staging-test-')));
  return roots[roots.length - 1] as string;
};
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('createStagingDir', () => {
  test('createStagingDir(root) makes a fresh folder under root named for this process', () => {
    const root = makeRoot();
    const first = createStagingDir(root);
    const second = createStagingDir(root);
    expect(first).not.toBe(second);
    for (const dir of [first, second]) {
      expect(existsSync(dir)).toBe(true);
      expect(basename(dir)).toMatch(new RegExp(`^trailmap-staging-${process.pid}-[0-9a-f]{12}$`));
    }
  });
});

describe('removeStaleStagingDirs', () => {
  test('removeStaleStagingDirs(root) removes the folders of ended processes and keeps those of running ones', async () => {
    const root = makeRoot();
    const running = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    await new Promise((resolve) => running.once('spawn', resolve));
    const runningPid = running.pid as number;
    const endedPid = await findEndedPid();
    const stale = plantStagingDir(root, endedPid);
    const ofRunning = plantStagingDir(root, runningPid);
    const own = plantStagingDir(root, process.pid);
    const unrelated = join(root, 'trailmap-staging-notes');
    mkdirSync(unrelated);
    const aFile = join(root, `trailmap-staging-${endedPid}-f00d`);
    writeFileSync(aFile, 'not a folder');
    try {
      expect(removeStaleStagingDirs(root)).toEqual([stale]);
      expect(existsSync(stale)).toBe(false);
      for (const kept of [ofRunning, own, unrelated, aFile]) expect(existsSync(kept)).toBe(true);
    } finally {
      const ended = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await ended;
    }
    // once that process has ended too, its folder goes as well
    expect(removeStaleStagingDirs(root)).toEqual([ofRunning]);
    expect(existsSync(own)).toBe(true);
  });

  test('removeStaleStagingDirs(a folder that does not exist) removes nothing', () => {
    expect(removeStaleStagingDirs(join(tmpdir(), 'trailmap-no-such-folder', 'x'))).toEqual([]);
  });
});
