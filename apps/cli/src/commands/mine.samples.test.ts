import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Runs a command in the repository root as a user would type it; resolves with its exit code and output. */
function runInRoot(
  command: string,
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('trailmap mine on the samples (a real process)', () => {
  test('`npx trailmap mine samples/receipt.csv` in the repository root prints the summary with its citation', async () => {
    const { code, stdout, stderr } = await runInRoot(npx, [
      '--no-install',
      'trailmap',
      'mine',
      'samples/receipt.csv',
    ]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('receipt.csv: 1,434 cases, 8,577 events');
    expect(stdout).toContain('Buijs, J.C.A.M.');
    expect(stderr).toContain('100%');
  }, 120_000);
});
