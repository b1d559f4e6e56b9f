// The Trailmap benchmark (`npm run bench`): prints a table and writes bench/results.json. Not a test.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { ScenarioResult } from './scenarios.js';

interface Row {
  measure: string;
  value: string;
  target: string;
  baseline: string;
  ratio: string;
  peakMemoryMb: number | null;
  note: string;
}

const root = new URL('..', import.meta.url).pathname;
const data = new URL('../samples/', import.meta.url).pathname;

function runScenario(name: string): ScenarioResult & { peakMemoryMb: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/runScenario.ts', name], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop() as string) as ScenarioResult & { peakMemoryMb: number };
}

/** Wall time of `trailmap mine --format json` on bpic2012, as the median of three runs (and their range). */
function timeMine(): { seconds: number; runs: number[]; ok: boolean } {
  // measure the command as `npm start` / `npm run build` leave it: bundled (bin/trailmap.mjs runs it)
  execFileSync(process.execPath, ['apps/cli/scripts/bundleCli.mjs'], { cwd: root, stdio: 'ignore' });
  const runs: number[] = [];
  let ok = true;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const child = spawnSync(
      process.execPath,
      ['apps/cli/bin/trailmap.mjs', 'mine', `${data}bpic2012.xes.gz`, '--format', 'json'],
      { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    runs.push((performance.now() - start) / 1000);
    ok &&=
      child.status === 0 && (JSON.parse(child.stdout) as { log: { events: number } }).log.events === 262_200;
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { seconds: sorted[1] as number, runs, ok };
}

const rate = (events: number, s: number): string => `${Math.round(events / s).toLocaleString('en')} ev/s`;
const rows: Row[] = [];

const mine = timeMine();
rows.push({
  measure: 'trailmap mine --format json, bpic2012.xes.gz (process wall time)',
  value: `${mine.seconds.toFixed(2)} s`,
  target: '≤ 1.5 s',
  baseline: '—',
  ratio: '—',
  peakMemoryMb: null,
  note: mine.ok
    ? `262,200 events; median of 3 runs (${mine.runs.map((r) => r.toFixed(2)).join(', ')} s)`
    : 'FAILED',
});

const xes = runScenario('xes-import');
rows.push({
  measure: 'XES import (parse + load), bpic2012.xes.gz',
  value: rate(xes.events, xes.engineSeconds),
  target: '≥ 300,000 ev/s',
  baseline: '—',
  ratio: '—',
  peakMemoryMb: xes.peakMemoryMb,
  note: `${xes.engineSeconds.toFixed(2)} s; ${xes.note ?? ''}`,
});

for (const [name, label] of [
  ['csv-import', 'CSV import, importCsvFile (DuckDB read_csv staged + checked), 1 M generated events'],
  ['csv-stream-import', 'CSV import, parseCsv (papaparse) + importEvents (appender), 1 M generated events'],
  [
    'parquet-import',
    'Parquet import, importParquetFile (read_parquet staged + checked), 1 M generated events',
  ],
  ['parquet-stream-import', 'Parquet import, parseParquet + importEvents (appender), 1 M generated events'],
] as const) {
  const r = runScenario(name);
  rows.push({
    measure: label,
    value: rate(r.events, r.engineSeconds),
    target: '≥ 2,000,000 ev/s',
    baseline: r.baselineSeconds ? `${rate(r.events, r.baselineSeconds)} (DuckDB read_*)` : '—',
    ratio: r.baselineSeconds ? `${(r.engineSeconds / r.baselineSeconds).toFixed(1)}×` : '—',
    peakMemoryMb: r.peakMemoryMb,
    note: `${r.engineSeconds.toFixed(2)} s`,
  });
}

const q = runScenario('queries');
rows.push({
  measure: 'discoverDfg + getVariants + 5-step getFunnel, 10 M generated events',
  value: `${q.engineSeconds.toFixed(2)} s`,
  target: '≤ 6 s, ≤ 2.5 GB',
  baseline: q.baselineSeconds ? `${q.baselineSeconds.toFixed(2)} s (hand SQL)` : '—',
  ratio: q.baselineSeconds ? `${(q.engineSeconds / q.baselineSeconds).toFixed(2)}×` : '—',
  peakMemoryMb: q.peakMemoryMb,
  note: q.note ?? '',
});

const machine = {
  nproc: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  duckdb: execFileSync(
    process.execPath,
    ['-e', "console.log(require('@duckdb/node-api/package.json').version)"],
    { cwd: root, encoding: 'utf8' },
  ).trim(),
  date: new Date().toISOString(),
};

const header = ['measure', 'value', 'target', 'baseline', 'engine/baseline', 'peak RSS', 'note'];
const table = [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map(
    (r) =>
      `| ${r.measure} | ${r.value} | ${r.target} | ${r.baseline} | ${r.ratio} | ${r.peakMemoryMb === null ? '—' : `${Math.round(r.peakMemoryMb)} MB`} | ${r.note} |`,
  ),
].join('\n');
process.stdout.write(`${table}\n\nmachine: ${JSON.stringify(machine)}\n`);
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify({ machine, rows }, null, 2)}\n`);
