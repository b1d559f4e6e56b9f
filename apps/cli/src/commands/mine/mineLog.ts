import { basename } from 'node:path';
import {
  buildMineReport,
  importLog,
  openEventStore,
  type LogFormat,
  type MineInput,
  type MineReport,
  type ProgressListener,
} from '@trailmap/analytics';

export type {
  ChannelSummary,
  ImportedLog,
  LogCaseNotion as CaseNotion,
  LogFormat,
  MineInput,
  MineReport,
  NpsFigure,
  SatisfactionFigures,
  ScoreFigure,
} from '@trailmap/analytics';
export { detectLogFormat, topChannelCount, topVariantCount } from '@trailmap/analytics';

/** Imports the log into an in-memory store and runs the mining queries. */
export async function mineLog(
  input: MineInput,
  format: LogFormat,
  onProgress?: ProgressListener,
): Promise<MineReport> {
  const store = await openEventStore();
  try {
    const imported = await importLog(store, 'log', input, format, onProgress);
    return await buildMineReport(store, { dataset: 'log' }, basename(input.file), imported);
  } finally {
    store.close();
  }
}
