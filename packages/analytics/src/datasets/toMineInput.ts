import type { DatasetMapping } from '@trailmap/domain';
import type { MineInput } from '../mine/importLog.js';

/**
 * The `trailmap mine` input a dataset mapping stands for, so that a file imported through the app and the
 * same file mined with the equivalent flags give the same events (and the same report).
 */
export function toMineInput(path: string, mapping: DatasetMapping): MineInput {
  const { columns, caseNotion } = mapping;
  const named = (value: string | null | undefined) => (typeof value === 'string' ? value : undefined);
  const tabular = Object.fromEntries(
    Object.entries(columns).filter(
      ([field, value]) => value !== undefined && (field !== 'case' || caseNotion.kind === 'column'),
    ),
  );
  const one = (key: keyof MineInput, value: string | null | undefined) =>
    named(value) ? { [key]: value } : {};
  return {
    file: path,
    ...(caseNotion.kind === 'column' ? one('caseColumn', columns.case) : {}),
    ...one('activityColumn', columns.activity),
    ...one('timestampColumn', columns.timestamp),
    ...one('npsColumn', columns.nps),
    ...one('csatColumn', columns.csat),
    ...one('cesColumn', columns.ces),
    ...one('customerColumn', columns.customer),
    ...one('channelColumn', columns.channel),
    ...(Object.keys(tabular).length ? { columns: tabular } : {}),
    ...(mapping.delimiter ? { delimiter: mapping.delimiter } : {}),
    ...(mapping.classifier ? { classifier: mapping.classifier } : {}),
    ...(mapping.objectType ? { objectType: mapping.objectType } : {}),
    ...(caseNotion.kind === 'inactivity' ? { gapSeconds: caseNotion.gapSeconds } : {}),
    ...(caseNotion.kind === 'startEnd' ? { startEnd: { start: caseNotion.start, end: caseNotion.end } } : {}),
    ...(mapping.stitching ? { sharedKeys: mapping.stitching.sharedKeys } : {}),
  };
}
