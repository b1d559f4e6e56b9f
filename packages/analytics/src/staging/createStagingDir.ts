import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every staging folder's name starts so; then the owning process id, a dash and a random part. */
export const stagingDirPrefix = 'trailmap-staging-';

/**
 * A fresh staging folder path under `root`, named for this process (`trailmap-staging-<pid>-<random>`), not
 * created: for a tool that creates it only when it needs it (DuckDB's spill directory).
 */
export function nameStagingDir(root: string): string {
  return join(root, `${stagingDirPrefix}${process.pid}-${randomBytes(6).toString('hex')}`);
}

/**
 * Creates a staging folder under `root` (which must exist) for files an import writes and removes when it
 * ends. Its name carries this process's id, so that the folders a killed process left behind are found and
 * removed at the next start (`removeStaleStagingDirs`).
 */
export function createStagingDir(root: string): string {
  const dir = nameStagingDir(root);
  mkdirSync(dir);
  return dir;
}
