import type { DatasetMapping } from '@trailmap/domain';
import { parseDuration } from '../mine/parseDuration.js';

/** The mapping flags of `trailmap import` (the same names as `trailmap mine`'s). */
export interface MappingFlags {
  case?: string;
  activity?: string;
  timestamp?: string;
  customer?: string;
  channel?: string;
  nps?: string;
  csat?: string;
  ces?: string;
  classifier?: string;
  'object-type'?: string;
  gap?: string;
  start?: string;
  end?: string;
  'shared-keys'?: string;
}

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The dataset mapping the flags stand for (`datasetMappingSchema` of the API), or the problem with them. */
export function buildMapping(
  flags: MappingFlags,
): { mapping: Partial<DatasetMapping> } | { problem: string } {
  const columns = Object.fromEntries(
    (['case', 'activity', 'timestamp', 'customer', 'channel', 'nps', 'csat', 'ces'] as const)
      .filter((key) => flags[key] !== undefined)
      .map((key) => [key, flags[key]]),
  );
  if ((flags.start === undefined) !== (flags.end === undefined))
    return { problem: '--start and --end go together (a journey from a start to an end activity)' };
  if (flags.gap !== undefined && flags.start !== undefined)
    return { problem: 'give --gap or --start/--end, not both' };
  let caseNotion: DatasetMapping['caseNotion'] | undefined;
  if (flags.gap !== undefined) {
    const seconds = parseDuration(flags.gap);
    if (seconds === null)
      return { problem: `--gap must be a duration such as 30m or 30d, got "${flags.gap}"` };
    caseNotion = { kind: 'inactivity', gapSeconds: Math.round(seconds) };
  } else if (flags.start !== undefined && flags.end !== undefined) {
    caseNotion = { kind: 'startEnd', start: list(flags.start), end: list(flags.end) };
  }
  return {
    mapping: {
      ...(Object.keys(columns).length ? { columns } : {}),
      ...(flags.classifier ? { classifier: list(flags.classifier) } : {}),
      ...(flags['object-type'] ? { objectType: flags['object-type'] } : {}),
      ...(caseNotion ? { caseNotion } : {}),
      ...(flags['shared-keys'] ? { stitching: { sharedKeys: list(flags['shared-keys']) } } : {}),
    },
  };
}
