import type { Channel, ChannelBreak } from '@trailmap/domain';

/** For each channel, the phases where it breaks off (missing between its first and last phase). */
export function findBreakPhases(breaks: readonly ChannelBreak[]): Map<Channel, Set<string>> {
  return new Map(breaks.map((b) => [b.channel, new Set<string>(b.missingPhaseIds)]));
}
