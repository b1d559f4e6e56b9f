import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importCsvFile, openEventStore, type EventStore } from '@trailmap/analytics';
import { writeGeneratedEvents } from '@trailmap/generate';

/** What a reusable store directory was built from (`store.json` beside the CSV and the database). */
export interface StoreInfo {
  events: number;
  seed: number;
  generateSeconds: number;
  importSeconds: number;
}

/** Runs `task`, timing it and sampling the process's peak resident memory (every 50 ms). */
export async function timeTask<T>(
  task: () => Promise<T>,
): Promise<{ seconds: number; result: T; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const start = performance.now();
  try {
    const result = await task();
    return { seconds: (performance.now() - start) / 1000, result, peakRssMb: Math.round(peak / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}

/**
 * A store of `events` generated retail events (dataset `retail`, seed `seed`) in `dir`: generates the CSV and
 * imports it unless `dir/store.json` says that was done for these options (then the store is reused).
 */
export async function prepareRetailStore(
  dir: string,
  events: number,
  seed: number,
  options: { memoryLimit?: string } = {},
): Promise<{ store: EventStore; info: StoreInfo; reused: boolean }> {
  const infoPath = join(dir, 'store.json');
  const dbPath = join(dir, 'events.duckdb');
  const open = () =>
    openEventStore({ path: dbPath, ...(options.memoryLimit ? { memoryLimit: options.memoryLimit } : {}) });
  if (existsSync(infoPath) && existsSync(dbPath)) {
    const info = JSON.parse(readFileSync(infoPath, 'utf8')) as StoreInfo;
    if (info.events !== events || info.seed !== seed)
      throw new Error(
        `${dir} holds ${info.events} events of seed ${info.seed}, not ${events} of seed ${seed}: use another --store`,
      );
    process.stderr.write(`reusing ${dbPath}\n`);
    return { store: await open(), info, reused: true };
  }
  mkdirSync(dir, { recursive: true });
  rmSync(dbPath, { force: true });
  rmSync(`${dbPath}.wal`, { force: true });
  const csv = join(dir, 'retail.csv');
  process.stderr.write(`generating ${events.toLocaleString('en')} events…\n`);
  const generated = await timeTask(() => writeGeneratedEvents({ events, seed, format: 'csv', out: csv }));
  const store = await open();
  process.stderr.write('importing…\n');
  const imported = await timeTask(() => importCsvFile(store, 'retail', csv));
  await store.connection.run('CHECKPOINT');
  const info: StoreInfo = {
    events,
    seed,
    generateSeconds: Number(generated.seconds.toFixed(1)),
    importSeconds: Number(imported.seconds.toFixed(1)),
  };
  writeFileSync(infoPath, `${JSON.stringify(info, null, 2)}\n`);
  return { store, info, reused: false };
}

/** The options of a benchmark on the generated retail store: `--events N --seed N --store DIR --runs N`. */
export interface RetailBenchArgs {
  events: number;
  seed: number;
  runs: number;
  /** Where the generated CSV and the store live; a fresh temporary folder unless `--store` names one. */
  dir: string;
  /** Whether `dir` is the benchmark's own temporary folder (removed at the end). */
  temporary: boolean;
  /** The 1-minute load average at the start, as printed. */
  load: string;
}

/** Reads a retail-store benchmark's command line (`name` names its temporary folder). */
export function readRetailBenchArgs(name: string): RetailBenchArgs {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '10000000' },
      seed: { type: 'string', default: '1' },
      store: { type: 'string' },
      runs: { type: 'string', default: '3' },
    },
  });
  const dir = values.store ?? mkdtempSync(join(tmpdir(), `trailmap-bench-${name}-`));
  mkdirSync(dir, { recursive: true });
  return {
    events: Number(values.events),
    seed: Number(values.seed),
    runs: Math.max(1, Number(values.runs)),
    dir,
    temporary: values.store === undefined,
    load: loadavg()[0]!.toFixed(2),
  };
}
