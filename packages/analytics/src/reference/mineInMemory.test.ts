import { describe, expect, test } from 'vitest';
import type { ImportRow } from '../import/types.js';
import { runMiningCaseSuite } from '../testing/mining.case.js';
import { mineInMemory } from './mineInMemory.js';

runMiningCaseSuite('the in-memory reference', (rows) => {
  const mined = mineInMemory(rows);
  return Promise.resolve({
    summarizeLog: async () => mined.summarizeLog(),
    discoverDfg: async () => mined.discoverDfg(),
    getVariants: async () => mined.getVariants(),
    getStartEnd: async () => mined.getStartEnd(),
    getStepTimes: async () => mined.getStepTimes(),
    getCaseDurations: async () => mined.getCaseDurations(),
    close: () => undefined,
  });
});

const row = (caseId: string, activity: string, tsMs: number): ImportRow => ({
  eventId: `${caseId}/${activity}/${tsMs}`,
  caseId,
  customerId: null,
  anonymousId: null,
  tsMs,
  startTsMs: null,
  activity,
  channel: null,
  source: 'test',
  properties: null,
  nps: null,
  csat: null,
  ces: null,
});

describe('mineInMemory', () => {
  test('mineInMemory(rows).discoverDfg() orders equal timestamps by arrival', () => {
    const rows = [row('c', 'b', 1000), row('c', 'a', 0), row('c', 'c', 1000)];
    expect(mineInMemory(rows).discoverDfg()).toEqual([
      { from: 'a', to: 'b', count: 1, meanSeconds: 1, medianSeconds: 1 },
      { from: 'b', to: 'c', count: 1, meanSeconds: 0, medianSeconds: 0 },
    ]);
  });

  test('mineInMemory(rows).discoverDfg() counts self-loops and averages the middle pair for the median', () => {
    const rows = [row('x', 'a', 0), row('x', 'a', 2000), row('y', 'a', 0), row('y', 'a', 4000)];
    expect(mineInMemory(rows).discoverDfg()).toEqual([
      { from: 'a', to: 'a', count: 2, meanSeconds: 3, medianSeconds: 3 },
    ]);
  });
});
