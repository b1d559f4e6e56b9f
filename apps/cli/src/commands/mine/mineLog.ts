import { basename } from 'node:path';
import {
  buildMineReport,
  discoverDfg,
  getStartEnd,
  getStepTimes,
  getVariants,
  importLog,
  openEventStore,
  type LogFormat,
  type MineInput,
  type MineReport as EngineReport,
  type ProgressListener,
} from '@trailmap/analytics';
import type { ProcessMapSelection } from '@trailmap/viz';
import { selectReportProcessMap } from './selectReportProcessMap.js';

export type {
  ChannelSummary,
  ImportedLog,
  LogCaseNotion as CaseNotion,
  LogFormat,
  MineInput,
  NpsFigure,
  SatisfactionFigures,
  ScoreFigure,
} from '@trailmap/analytics';
export { detectLogFormat, topChannelCount, topVariantCount } from '@trailmap/analytics';

/** What `trailmap mine` reports; the HTML report also draws the process map (never part of the JSON). */
export interface MineReport extends EngineReport {
  processMap?: ProcessMapSelection;
}

/**
 * Imports the log into an in-memory store and runs the mining queries. With `processMap` (the HTML report)
 * it also selects the process map at the default sliders, from every variant (exact hidden shares).
 */
export async function mineLog(
  input: MineInput,
  format: LogFormat,
  onProgress?: ProgressListener,
  options: { processMap?: boolean } = {},
): Promise<MineReport> {
  const store = await openEventStore();
  try {
    const imported = await importLog(store, 'log', input, format, onProgress);
    const scope = { dataset: 'log' };
    const report: MineReport = await buildMineReport(store, scope, basename(input.file), imported);
    if (!options.processMap) return report;
    const [steps, dfg, startEnd, variants] = await Promise.all([
      getStepTimes(store, scope),
      discoverDfg(store, scope),
      getStartEnd(store, scope),
      getVariants(store, scope),
    ]);
    return {
      ...report,
      processMap: selectReportProcessMap({ steps, dfg, startEnd, variants: variants.variants }),
    };
  } finally {
    store.close();
  }
}
