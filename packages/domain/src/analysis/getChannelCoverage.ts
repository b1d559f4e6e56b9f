import { CHANNELS } from '../channels.js';
import type { Channel } from '../channels.js';
import type { PhaseId } from '../ids.js';
import { touchpointsInPhase } from '../records/JourneyMap.js';
import type { JourneyMap } from '../records/JourneyMap.js';

export interface ChannelCount {
  channel: Channel;
  touchpointCount: number;
}

/** A column of the matrix: one phase, the channels serving it (CHANNELS order) with their touchpoint counts. */
export interface PhaseCoverage {
  phaseId: PhaseId;
  touchpointCount: number;
  channels: ChannelCount[];
}

/** A row of the matrix: one channel used on the map. */
export interface ChannelPhases {
  channel: Channel;
  touchpointCount: number;
  /** The phases it serves, in map order. */
  phaseIds: PhaseId[];
  /** Touchpoints of this channel per phase, aligned with the map's `phases` (0 where it is absent). */
  touchpointCountsByPhase: number[];
}

/** A channel that disappears in the middle of the journey and comes back (or not) later. */
export interface ChannelBreak {
  channel: Channel;
  firstPhaseId: PhaseId;
  lastPhaseId: PhaseId;
  /** Phases strictly between its first and last phase where it has no touchpoint, in map order. */
  missingPhaseIds: PhaseId[];
}

export interface ChannelCoverage {
  /** Every phase, in map order. */
  phases: PhaseCoverage[];
  /** Only channels with at least one touchpoint, in CHANNELS order. */
  channels: ChannelPhases[];
  /** Phases with no touchpoint at all, in map order. */
  gaps: PhaseId[];
  /** Channels with at least one missing phase between their first and last, in CHANNELS order. */
  breaks: ChannelBreak[];
}

/**
 * The channels × phases matrix of a map: which channels serve which phase, the phases without any
 * touchpoint (gaps), and the channels that do not line up (breaks). A gap phase lying between a channel's
 * first and last phase is also a break of that channel. Touchpoints whose channel is not in CHANNELS or
 * whose phase is not on the map are ignored.
 */
export function getChannelCoverage(map: Pick<JourneyMap, 'phases' | 'touchpoints'>): ChannelCoverage {
  const known = new Set<string>(CHANNELS);
  const countsByPhase = map.phases.map((phase) => {
    const counts = new Map<Channel, number>();
    for (const t of touchpointsInPhase(map.touchpoints, phase.id)) {
      if (!known.has(t.channel)) continue;
      counts.set(t.channel, (counts.get(t.channel) ?? 0) + 1);
    }
    return counts;
  });

  const phases: PhaseCoverage[] = map.phases.map((phase, i) => {
    const counts = countsByPhase[i] ?? new Map<Channel, number>();
    const channels = CHANNELS.filter((c) => counts.has(c)).map((channel) => ({
      channel,
      touchpointCount: counts.get(channel) ?? 0,
    }));
    return { phaseId: phase.id, touchpointCount: sum(channels.map((c) => c.touchpointCount)), channels };
  });

  const channels: ChannelPhases[] = [];
  const breaks: ChannelBreak[] = [];
  for (const channel of CHANNELS) {
    const touchpointCountsByPhase = countsByPhase.map((counts) => counts.get(channel) ?? 0);
    const servedIndexes = touchpointCountsByPhase.flatMap((n, i) => (n > 0 ? [i] : []));
    const first = servedIndexes[0];
    const last = servedIndexes[servedIndexes.length - 1];
    if (first === undefined || last === undefined) continue;
    channels.push({
      channel,
      touchpointCount: sum(touchpointCountsByPhase),
      phaseIds: servedIndexes.map((i) => phaseIdAt(map, i)),
      touchpointCountsByPhase,
    });
    const missingPhaseIds: PhaseId[] = [];
    for (let i = first + 1; i < last; i++)
      if (touchpointCountsByPhase[i] === 0) missingPhaseIds.push(phaseIdAt(map, i));
    if (missingPhaseIds.length > 0)
      breaks.push({
        channel,
        firstPhaseId: phaseIdAt(map, first),
        lastPhaseId: phaseIdAt(map, last),
        missingPhaseIds,
      });
  }

  const gaps = phases.filter((p) => p.touchpointCount === 0).map((p) => p.phaseId);
  return { phases, channels, gaps, breaks };
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

function phaseIdAt(map: Pick<JourneyMap, 'phases'>, index: number): PhaseId {
  const phase = map.phases[index];
  if (!phase) throw new Error(`no phase at index ${index}`);
  return phase.id;
}
