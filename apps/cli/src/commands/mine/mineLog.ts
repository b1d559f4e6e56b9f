import { basename } from 'node:path';
import { openEventStore, type ProgressListener } from '@trailmap/analytics';
import { buildMineReport, type MineReport } from './buildMineReport.js';
import type { LogFormat } from './detectLogFormat.js';
import { importLog, type MineInput } from './importLog.js';

export type { LogFormat } from './detectLogFormat.js';
export { detectLogFormat } from './detectLogFormat.js';
export type { CaseNotion, ImportedLog, MineInput } from './importLog.js';
export type {
  ChannelSummary,
  MineReport,
  NpsFigure,
  SatisfactionFigures,
  ScoreFigure,
} from './buildMineReport.js';
export { topChannelCount, topVariantCount } from './buildMineReport.js';

/** Imports the log into an in-memory store and runs the mining queries. */
export async function mineLog(
  input: MineInput,
  format: LogFormat,
  onProgress?: ProgressListener,
): Promise<MineReport> {
  const store = await openEventStore();
  try {
    const imported = await importLog(store, input, format, onProgress);
    return await buildMineReport(store, { dataset: 'log' }, basename(input.file), imported);
  } finally {
    store.close();
  }
}
