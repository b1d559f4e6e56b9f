import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const cliRoot = new URL('..', import.meta.url).pathname;
const data = new URL('../../../samples/', import.meta.url).pathname;
// inside the repository, so that the bundle's external packages resolve from node_modules as in dist/
const outdir = mkdtempSync(join(cliRoot, 'dist-test-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string> = {}): string =>
  execFileSync(process.execPath, args, {
    cwd: cliRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 24,
  });

describe('bundleCli', () => {
  test('the bundled command mines a log exactly as the sources do (SQL files found beside the sources)', async () => {
    const printed = run(['scripts/bundleCli.mjs', '--outdir', outdir]);
    expect(printed).toMatch(/bundled the trailmap command: \d+ sources/);
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as { inputs: string[] };
    expect(
      manifest.inputs.some((input) => input.endsWith('packages/analytics/src/queries/discoverDfg.ts')),
    ).toBe(true);
    const log = `${data}running-example.xes`;
    const script = `const { main } = await import(${JSON.stringify(join(outdir, 'main.mjs'))}); process.exitCode = await main(['mine', ${JSON.stringify(log)}, '--format', 'json']);`;
    const bundled = JSON.parse(run(['--input-type=module', '-e', script])) as Record<string, unknown>;
    const fromSources = JSON.parse(
      run(['bin/trailmap.mjs', 'mine', log, '--format', 'json'], { TRAILMAP_CLI_SOURCES: '1' }),
    ) as Record<string, unknown>;
    expect(bundled).toEqual(fromSources);
    expect(bundled.log).toMatchObject({ cases: 6, events: 42 });
  });

  test('the bundled command generates the same log as the sources, Parquet included, without bench/', () => {
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as { inputs: string[] };
    expect(manifest.inputs.some((input) => input.endsWith('packages/generate/src/generateJourney.ts'))).toBe(
      true,
    );
    const repoPath = (input: string): string => input.replace(/^(\.\.\/)+/, '');
    expect(manifest.inputs.map(repoPath).filter((input) => input.startsWith('bench/'))).toEqual([]);
    const generate = (format: string, out: string): string[] => [
      'generate',
      '--events',
      '2000',
      '--seed',
      '5',
      '--format',
      format,
      '--out',
      out,
    ];
    const bundledCsv = join(outdir, 'bundled.csv');
    const bundledParquet = join(outdir, 'bundled.parquet');
    const script = `const { main } = await import(${JSON.stringify(join(outdir, 'main.mjs'))});
      process.exitCode = (await main(${JSON.stringify(generate('csv', bundledCsv))})) || (await main(${JSON.stringify(generate('parquet', bundledParquet))}));`;
    expect(run(['--input-type=module', '-e', script])).toMatch(/2000 events written to .*bundled\.parquet/);
    const sourcesCsv = join(outdir, 'sources.csv');
    run(['bin/trailmap.mjs', ...generate('csv', sourcesCsv)], { TRAILMAP_CLI_SOURCES: '1' });
    const csv = readFileSync(bundledCsv);
    expect(csv.toString('utf8').split('\n')).toHaveLength(1 + 2000 + 1);
    expect(csv.equals(readFileSync(sourcesCsv))).toBe(true);
    const parquet = readFileSync(bundledParquet);
    expect([parquet.subarray(0, 4).toString(), parquet.subarray(-4).toString()]).toEqual(['PAR1', 'PAR1']);
  });

  test('isBundleCurrent(dist) turns false when a source is newer than the bundle', async () => {
    const { isBundleCurrent } = (await import(
      new URL('../bin/isBundleCurrent.mjs', import.meta.url).href
    )) as {
      isBundleCurrent: (dist: URL) => boolean;
    };
    const dist = pathToFileURL(`${outdir}/`);
    expect(isBundleCurrent(dist)).toBe(true);
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as {
      builtAt: number;
      inputs: string[];
    };
    const source = join(outdir, manifest.inputs[0] as string);
    const { atime, mtime } = statSync(source);
    const later = new Date(manifest.builtAt + 60_000);
    utimesSync(source, later, later);
    try {
      expect(isBundleCurrent(dist)).toBe(false);
    } finally {
      utimesSync(source, atime, mtime);
    }
    expect(isBundleCurrent(dist)).toBe(true);
    expect(isBundleCurrent(pathToFileURL(`${join(outdir, 'missing')}/`))).toBe(false);
  });
});
