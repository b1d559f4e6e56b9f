import { spawn, spawnSync } from 'node:child_process';
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
  test('`npx trailmap mine samples/receipt.csv --channel case:channel` prints the summary, the channels and the citation, and nothing on a stderr that is no terminal', async () => {
    const { code, stdout, stderr } = await runInRoot(npx, [
      '--no-install',
      'trailmap',
      'mine',
      'samples/receipt.csv',
      '--channel',
      'case:channel',
    ]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('receipt.csv: 1,434 cases, 8,577 events');
    expect(stdout).toContain('Channels (5 in all): cases that passed each, their events\n');
    expect(stdout).toMatch(/\n {5}1,250 {5}7,478 {2}Internet\n/);
    expect(stdout).toContain('Buijs, J.C.A.M.');
    expect(stderr).toBe('');
  }, 120_000);

  test('`npx trailmap mine samples/ocel20_example.jsonocel` mines the OCEL sample on its Invoice objects', async () => {
    const { code, stdout, stderr } = await runInRoot(npx, [
      '--no-install',
      'trailmap',
      'mine',
      'samples/ocel20_example.jsonocel',
    ]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('ocel20_example.jsonocel: 3 cases, 9 events, 5 activities');
    expect(stdout).toContain('case notion: object type "Invoice"');
    expect(stdout).toContain('4 events without a case id');
    expect(stderr).toBe('');
  }, 120_000);

  const hasScript = spawnSync('script', ['--version']).status === 0;
  test.skipIf(!hasScript)(
    '`trailmap mine` on a terminal (under script) redraws one progress line as wide as the terminal',
    async () => {
      // script(1) runs the command on a pseudo-terminal of 50 columns; stdout and stderr both reach it
      const command = 'stty cols 50 && node apps/cli/bin/trailmap.mjs mine samples/bpic2012.xes.gz';
      const { code, stdout } = await runInRoot('script', ['-qec', command, '/dev/null']);
      expect(code, stdout).toBe(0);
      const progress = stdout.slice(0, stdout.indexOf('bpic2012.xes.gz: 13,087 cases'));
      const draws = progress.split('\r').filter((draw) => draw.trim() !== '');
      expect(draws.length).toBeGreaterThan(0);
      // each draw starts with a carriage return and is 49 characters wide; the terminal shows \n as \r\n
      for (const draw of draws) expect(draw).toHaveLength(49);
      expect(draws.at(-1)).toMatch(/^\[#+\] 100% {2}262,200 events$/);
      expect(progress.startsWith('\r[')).toBe(true);
      expect(progress.endsWith('events\r\n')).toBe(true);
      expect(progress.split('\n')).toHaveLength(2);
    },
    120_000,
  );
});
