import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ImportRow } from '../import/types.js';
import type { CaseDurations } from '../queries/getCaseDurations.js';
import type { DfgEdge } from '../queries/discoverDfg.js';
import type { LogSummary } from '../queries/getLogSummary.js';
import type { StartEndResult } from '../queries/getStartEnd.js';
import type { StepTime } from '../queries/getStepTimes.js';
import type { VariantsResult } from '../queries/getVariants.js';
import { mineInMemory } from '../reference/mineInMemory.js';
import { generateTiedLog } from './generateTiedLog.js';
import { loadLogRows, samplesDir } from './loadLogRows.js';

/** What both implementations (DuckDB engine, in-memory reference) answer for one log. */
export interface MiningEngine {
  summarizeLog(): Promise<LogSummary>;
  discoverDfg(): Promise<DfgEdge[]>;
  getVariants(): Promise<VariantsResult>;
  getStartEnd(): Promise<StartEndResult>;
  getStepTimes(): Promise<StepTime[]>;
  getCaseDurations(): Promise<CaseDurations>;
  close(): void;
}

export type CreateMiningEngine = (rows: readonly ImportRow[]) => Promise<MiningEngine>;

interface KnownLog {
  name: string;
  load: () => Promise<ImportRow[]>;
  known: { cases: number; events: number; activities?: number; edges?: number; variants?: number };
}

const fromSamples = (file: string) => () => loadLogRows(`${samplesDir}${file}`);

/** The logs of the suite with the numbers known for them (README of the data folder, pm4py). */
export const knownLogs: KnownLog[] = [
  {
    name: 'running-example.xes',
    load: fromSamples('running-example.xes'),
    known: { cases: 6, events: 42, activities: 8, edges: 16 },
  },
  { name: 'receipt.csv', load: fromSamples('receipt.csv'), known: { cases: 1434, events: 8577 } },
  { name: 'helpdesk.xes.gz', load: fromSamples('helpdesk.xes.gz'), known: { cases: 4580, events: 21348 } },
  {
    name: 'bpic2012.xes.gz',
    load: fromSamples('bpic2012.xes.gz'),
    known: { cases: 13087, events: 262200, activities: 24, edges: 125, variants: 4366 },
  },
  {
    name: 'roadtraffic100traces.csv',
    load: fromSamples('roadtraffic100traces.csv'),
    known: { cases: 100, events: 390 },
  },
  {
    name: 'generated with timestamp ties',
    load: () => Promise.resolve(generateTiedLog({ cases: 400, seed: 7 })),
    known: { cases: 400, events: generateTiedLog({ cases: 400, seed: 7 }).length },
  },
];

/** Rounds every number to 10 significant digits so float summation order cannot matter. */
function canonical<T>(value: T): T {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(10)) : v)),
  ) as T;
}

/** The shared case suite: every implementation must give the known numbers and the reference's answers. */
export function runMiningCaseSuite(implementation: string, createEngine: CreateMiningEngine): void {
  describe.each(knownLogs)(`${implementation} on $name`, (log) => {
    let engine: MiningEngine;
    let reference: ReturnType<typeof mineInMemory>;
    beforeAll(async () => {
      const rows = await log.load();
      reference = mineInMemory(rows);
      engine = await createEngine(rows);
    });
    afterAll(() => engine?.close());

    test('summarizeLog() gives the known numbers', async () => {
      const summary = await engine.summarizeLog();
      expect(summary.cases).toBe(log.known.cases);
      expect(summary.events).toBe(log.known.events);
      if (log.known.activities !== undefined) expect(summary.activities).toBe(log.known.activities);
      expect(summary).toEqual(reference.summarizeLog());
    });

    test('discoverDfg() matches the reference edge by edge', async () => {
      const dfg = await engine.discoverDfg();
      if (log.known.edges !== undefined) expect(dfg).toHaveLength(log.known.edges);
      expect(canonical(dfg)).toEqual(canonical(reference.discoverDfg()));
    });

    test('getVariants() matches the reference', async () => {
      const variants = await engine.getVariants();
      if (log.known.variants !== undefined) expect(variants.total).toBe(log.known.variants);
      expect(variants.cases).toBe(log.known.cases);
      expect(canonical(variants)).toEqual(canonical(reference.getVariants()));
    });

    test('getStartEnd() matches the reference', async () => {
      const startEnd = await engine.getStartEnd();
      const startCases = startEnd.startActivities.reduce((sum, a) => sum + a.cases, 0);
      expect(startCases).toBe(log.known.cases);
      expect(startEnd).toEqual(reference.getStartEnd());
    });

    test('getStepTimes() matches the reference', async () => {
      expect(canonical(await engine.getStepTimes())).toEqual(canonical(reference.getStepTimes()));
    });

    test('getCaseDurations() matches the reference', async () => {
      const durations = await engine.getCaseDurations();
      expect(durations.cases).toBe(log.known.cases);
      expect(canonical(durations)).toEqual(canonical(reference.getCaseDurations()));
    });
  });
}
