import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stagingDirPrefix } from './createStagingDir.js';

const stagingDirName = new RegExp(`^${stagingDirPrefix}(\\d+)-[0-9A-Za-z]+$`);

/** Whether a process with this id runs (one of another user counts: it cannot be signalled, but it runs). */
function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the staging folders under `root` (`createStagingDir`) whose process no longer runs — what an
 * import killed mid-way left behind. Folders of running processes, this one included, stay; a folder that
 * cannot be removed (another user's) is left alone. Returns the removed paths.
 */
export function removeStaleStagingDirs(root: string): string[] {
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const match = stagingDirName.exec(entry.name);
    if (!match || !entry.isDirectory()) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || isProcessAlive(pid)) continue;
    const path = join(root, entry.name);
    try {
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // another user's folder, or one another process is removing right now
    }
  }
  return removed;
}
