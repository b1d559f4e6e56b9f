import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The id of a process that ran and ended (a short-lived child, reaped): no process runs under it now. */
export function findEndedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', () => (child.pid === undefined ? reject(new Error('no pid')) : resolve(child.pid)));
  });
}

/** Makes a staging folder as `createStagingDir` names it, for process `pid`, with a batch file inside. */
export function plantStagingDir(root: string, pid: number, suffix = 'a1b2c3'): string {
  const dir = join(root, `trailmap-staging-${pid}-${suffix}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'events-1.txt'), 'staged rows');
  return dir;
}
