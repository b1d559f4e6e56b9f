import type { DatasetMapping } from '@trailmap/domain';
import type { MineInput } from '../mine/importLog.js';

/**
 * The `trailmap mine` input a dataset mapping stands for, so that a file imported through the app and the
 * same file mined with the equivalent flags give the same events (and the same report).
 */
export function toMineInput(path: string, mapping: DatasetMapping): MineInput {
  const { columns, caseNotion } = mapping;
  return {
    file: path,
    ...(columns.case !== undefined && caseNotion.kind === 'column' ? { caseColumn: columns.case } : {}),
    ...(columns.activity !== undefined ? { activityColumn: columns.activity } : {}),
    ...(columns.timestamp !== undefined ? { timestampColumn: columns.timestamp } : {}),
    ...(columns.nps !== undefined ? { npsColumn: columns.nps } : {}),
    ...(columns.csat !== undefined ? { csatColumn: columns.csat } : {}),
    ...(columns.ces !== undefined ? { cesColumn: columns.ces } : {}),
    ...(columns.customer !== undefined ? { customerColumn: columns.customer } : {}),
    ...(columns.channel !== undefined ? { channelColumn: columns.channel } : {}),
    ...(mapping.classifier ? { classifier: mapping.classifier } : {}),
    ...(mapping.objectType ? { objectType: mapping.objectType } : {}),
    ...(caseNotion.kind === 'inactivity' ? { gapSeconds: caseNotion.gapSeconds } : {}),
    ...(caseNotion.kind === 'startEnd' ? { startEnd: { start: caseNotion.start, end: caseNotion.end } } : {}),
    ...(mapping.stitching ? { sharedKeys: mapping.stitching.sharedKeys } : {}),
  };
}
