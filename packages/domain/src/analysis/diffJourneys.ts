import type { Channel } from '../channels.js';
import type { PhaseId, TouchpointId } from '../ids.js';
import { touchpointsInJourneyOrder, touchpointsInPhase } from '../records/JourneyMap.js';
import type { JourneyMap } from '../records/JourneyMap.js';
import type { Phase } from '../records/Phase.js';
import type { Touchpoint } from '../records/Touchpoint.js';
import { normaliseName } from './normaliseName.js';

/** The user-edited touchpoint fields that a diff compares, in this order. */
export const DIFFED_TOUCHPOINT_FIELDS = [
  'title',
  'channel',
  'customerAction',
  'thinksFeels',
  'emotion',
  'expectation',
  'experience',
  'expectedSecondsToNext',
  'owningDepartment',
  'backstageNotes',
  'evidence',
] as const;
export type DiffedTouchpointField = (typeof DIFFED_TOUCHPOINT_FIELDS)[number];

/**
 * One changed field. `phase` is a move to another phase (values: before and after phase ids); `position`
 * is a change of place within the phase, measured among the touchpoints that are in that phase on both
 * sides (values: 0-based rank), so an insertion or removal elsewhere does not move anyone.
 */
export interface TouchpointFieldChange {
  field: DiffedTouchpointField | 'phase' | 'position';
  before: string | number | null;
  after: string | number | null;
}

export type TouchpointMatch = 'id' | 'title-channel' | 'title';
export type PhaseMatch = 'id' | 'position' | 'name';

export interface TouchpointRef {
  touchpointId: TouchpointId;
  phaseId: PhaseId;
  title: string;
  channel: Channel;
}

export interface TouchpointChange {
  beforeTouchpointId: TouchpointId;
  afterTouchpointId: TouchpointId;
  /** The after-map title. */
  title: string;
  matchedBy: TouchpointMatch;
  changes: TouchpointFieldChange[];
}

export interface PhaseDiff {
  beforePhaseId: PhaseId | null;
  afterPhaseId: PhaseId | null;
  /** The after-map name, or the before-map name for a removed phase. */
  name: string;
  status: 'kept' | 'added' | 'removed';
  /** How a kept phase was matched; null for an added or removed one. */
  matchedBy: PhaseMatch | null;
  /** True when a kept phase's name differs (even in case or spaces only). */
  renamed: boolean;
  beforeTouchpointCount: number;
  afterTouchpointCount: number;
  /** null where that side has no touchpoints in the phase (or no such phase). */
  beforeMeanEmotion: number | null;
  afterMeanEmotion: number | null;
  /** after − before; null when either side is null. */
  meanEmotionDelta: number | null;
}

export interface JourneyDiff {
  /** Touchpoints only in the after map, in its journey order. */
  added: TouchpointRef[];
  /** Touchpoints only in the before map, in its journey order. */
  removed: TouchpointRef[];
  /** Matched touchpoints with at least one change, in the after map's journey order. */
  changed: TouchpointChange[];
  /** Matched touchpoints with no change at all. */
  unchangedCount: number;
  /** Union of both maps' phases: the after-map order, then the removed ones in before-map order. */
  phases: PhaseDiff[];
  beforeMeanEmotion: number | null;
  afterMeanEmotion: number | null;
  meanEmotionDelta: number | null;
}

type MapContent = Pick<JourneyMap, 'phases' | 'touchpoints'>;

/**
 * Pairs the phases of two maps. Related maps (sharing at least one phase id: a desired version, a
 * duplicate) pair by id, and the phases left over by name (case- and whitespace-insensitive). Unrelated maps
 * (built apart, say then and now from one phase model) pair by position — the i-th phase of one with the
 * i-th of the other, so a renamed phase keeps its place — when both have as many phases; else by name, and
 * the phases then left over by position when as many are left on both sides. A phase without a partner is
 * added or removed.
 */
export function matchPhases(
  before: readonly Phase[],
  after: readonly Phase[],
): Map<PhaseId, { after: Phase; by: PhaseMatch }> {
  const match = new Map<PhaseId, { after: Phase; by: PhaseMatch }>();
  const taken = new Set<PhaseId>();
  const pair = (b: Phase, a: Phase, by: PhaseMatch) => {
    match.set(b.id, { after: a, by });
    taken.add(a.id);
  };
  const afterById = new Map<string, Phase>(after.map((p) => [p.id, p]));
  for (const b of before) {
    const a = afterById.get(b.id);
    if (a) pair(b, a, 'id');
  }
  const leftBefore = () => before.filter((b) => !match.has(b.id));
  const leftAfter = () => after.filter((a) => !taken.has(a.id));
  const byPosition = () => {
    const [b, a] = [leftBefore(), leftAfter()];
    if (b.length !== a.length) return false;
    b.forEach((phase, i) => pair(phase, a[i]!, 'position'));
    return true;
  };
  const byName = () => {
    for (const b of leftBefore()) {
      const key = normaliseName(b.name);
      const a = leftAfter().find((q) => normaliseName(q.name) === key);
      if (a) pair(b, a, 'name');
    }
  };
  if (match.size > 0) {
    // related maps (a desired version, a duplicate): a phase without its id on the other side was added or
    // removed there, unless one of the same name was
    byName();
    return match;
  }
  if (!byPosition()) {
    byName();
    byPosition();
  }
  return match;
}

/**
 * Differences between two maps: current vs desired, or then vs now. Phases pair as `matchPhases` says
 * (by id, else by position or name). Touchpoints match by id; else by normalised title + channel within
 * matched phases; else by normalised title alone (anywhere); within each rule, in journey order. So two
 * maps built independently (different ids) still diff by title.
 */
export function diffJourneys(before: MapContent, after: MapContent): JourneyDiff {
  const beforeOrder = touchpointsInJourneyOrder(before.phases, before.touchpoints);
  const afterOrder = touchpointsInJourneyOrder(after.phases, after.touchpoints);

  const phaseMatch = matchPhases(before.phases, after.phases);

  // Touchpoints: by id, then title + channel within matched phases, then title alone.
  const partnerOf = new Map<Touchpoint, { after: Touchpoint; by: TouchpointMatch }>();
  const taken = new Set<Touchpoint>();
  const pair = (b: Touchpoint, a: Touchpoint, by: TouchpointMatch) => {
    partnerOf.set(b, { after: a, by });
    taken.add(a);
  };
  const afterById = new Map<string, Touchpoint>(afterOrder.map((t) => [t.id, t]));
  for (const b of beforeOrder) {
    const a = afterById.get(b.id);
    if (a) pair(b, a, 'id');
  }
  const matchPass = (
    by: TouchpointMatch,
    keyOfBefore: (t: Touchpoint) => string | null,
    keyOfAfter: (t: Touchpoint) => string,
  ) => {
    const queues = new Map<string, Touchpoint[]>();
    for (const a of afterOrder) {
      if (taken.has(a)) continue;
      const key = keyOfAfter(a);
      const queue = queues.get(key);
      if (queue) queue.push(a);
      else queues.set(key, [a]);
    }
    for (const b of beforeOrder) {
      if (partnerOf.has(b)) continue;
      const key = keyOfBefore(b);
      if (key === null) continue;
      const a = queues.get(key)?.shift();
      if (a) pair(b, a, by);
    }
  };
  matchPass(
    'title-channel',
    (b) => {
      const target = phaseMatch.get(b.phaseId);
      return target ? JSON.stringify([target.after.id, b.channel, normaliseName(b.title)]) : null;
    },
    (a) => JSON.stringify([a.phaseId, a.channel, normaliseName(a.title)]),
  );
  matchPass(
    'title',
    (b) => normaliseName(b.title),
    (a) => normaliseName(a.title),
  );

  // Positions within a phase, among the touchpoints that stay in the same (matched) phase on both sides.
  const stays = (b: Touchpoint, a: Touchpoint) => phaseMatch.get(b.phaseId)?.after.id === a.phaseId;
  const beforeRank = new Map<Touchpoint, number>();
  for (const phase of before.phases) {
    let rank = 0;
    for (const b of touchpointsInPhase(before.touchpoints, phase.id)) {
      const partner = partnerOf.get(b);
      if (partner && stays(b, partner.after)) beforeRank.set(b, rank++);
    }
  }
  const staysAfter = new Set<Touchpoint>();
  for (const [b, { after: a }] of partnerOf) if (stays(b, a)) staysAfter.add(a);
  const afterRank = new Map<Touchpoint, number>();
  for (const phase of after.phases) {
    let rank = 0;
    for (const a of touchpointsInPhase(after.touchpoints, phase.id))
      if (staysAfter.has(a)) afterRank.set(a, rank++);
  }

  const changedByAfter = new Map<Touchpoint, TouchpointChange>();
  let unchangedCount = 0;
  for (const [b, { after: a, by }] of partnerOf) {
    const changes: TouchpointFieldChange[] = [];
    if (!stays(b, a)) changes.push({ field: 'phase', before: b.phaseId, after: a.phaseId });
    else {
      const rankBefore = beforeRank.get(b) ?? null;
      const rankAfter = afterRank.get(a) ?? null;
      if (rankBefore !== rankAfter) changes.push({ field: 'position', before: rankBefore, after: rankAfter });
    }
    for (const field of DIFFED_TOUCHPOINT_FIELDS) {
      if (b[field] !== a[field]) changes.push({ field, before: b[field], after: a[field] });
    }
    if (changes.length === 0) unchangedCount++;
    else
      changedByAfter.set(a, {
        beforeTouchpointId: b.id,
        afterTouchpointId: a.id,
        title: a.title,
        matchedBy: by,
        changes,
      });
  }
  const changed = afterOrder.flatMap((a) => {
    const change = changedByAfter.get(a);
    return change ? [change] : [];
  });

  const ref = (t: Touchpoint): TouchpointRef => ({
    touchpointId: t.id,
    phaseId: t.phaseId,
    title: t.title,
    channel: t.channel,
  });
  const added = afterOrder.filter((a) => !taken.has(a)).map(ref);
  const removed = beforeOrder.filter((b) => !partnerOf.has(b)).map(ref);

  // Per phase: after-map order, then the removed phases.
  const beforeOfAfter = new Map<PhaseId, { before: Phase; by: PhaseMatch }>();
  for (const p of before.phases) {
    const m = phaseMatch.get(p.id);
    if (m) beforeOfAfter.set(m.after.id, { before: p, by: m.by });
  }
  const emotionsIn = (map: MapContent, phase: Phase | undefined) =>
    phase ? touchpointsInPhase(map.touchpoints, phase.id).map((t) => t.emotion) : [];
  const phaseDiff = (b: Phase | undefined, a: Phase | undefined, by: PhaseMatch | null): PhaseDiff => {
    const beforeEmotions = emotionsIn(before, b);
    const afterEmotions = emotionsIn(after, a);
    const beforeMean = meanOf(beforeEmotions);
    const afterMean = meanOf(afterEmotions);
    return {
      beforePhaseId: b?.id ?? null,
      afterPhaseId: a?.id ?? null,
      name: a?.name ?? b?.name ?? '',
      status: a && b ? 'kept' : a ? 'added' : 'removed',
      matchedBy: by,
      renamed: a !== undefined && b !== undefined && a.name !== b.name,
      beforeTouchpointCount: beforeEmotions.length,
      afterTouchpointCount: afterEmotions.length,
      beforeMeanEmotion: beforeMean,
      afterMeanEmotion: afterMean,
      meanEmotionDelta: deltaOf(beforeMean, afterMean),
    };
  };
  const phases: PhaseDiff[] = [
    ...after.phases.map((a) => {
      const m = beforeOfAfter.get(a.id);
      return phaseDiff(m?.before, a, m?.by ?? null);
    }),
    ...before.phases.filter((b) => !phaseMatch.has(b.id)).map((b) => phaseDiff(b, undefined, null)),
  ];

  const beforeMeanEmotion = meanOf(beforeOrder.map((t) => t.emotion));
  const afterMeanEmotion = meanOf(afterOrder.map((t) => t.emotion));
  return {
    added,
    removed,
    changed,
    unchangedCount,
    phases,
    beforeMeanEmotion,
    afterMeanEmotion,
    meanEmotionDelta: deltaOf(beforeMeanEmotion, afterMeanEmotion),
  };
}

function meanOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function deltaOf(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : after - before;
}
