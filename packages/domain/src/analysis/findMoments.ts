import type { PhaseId, TouchpointId } from '../ids.js';
import { touchpointsInJourneyOrder } from '../records/JourneyMap.js';
import type { JourneyMap } from '../records/JourneyMap.js';

export type MomentKind = 'wow' | 'pain';

export interface FindMomentsOptions {
  /** WOW when experience − expectation ≥ this many score points (default 2: expect 7, get 9). Must be > 0. */
  wowMargin?: number;
  /** Pain point when experience − expectation ≤ −this many score points (default 1: below expectation). Must be > 0. */
  painMargin?: number;
}

export const DEFAULT_WOW_MARGIN = 2;
export const DEFAULT_PAIN_MARGIN = 1;

export interface Moment {
  touchpointId: TouchpointId;
  phaseId: PhaseId;
  kind: MomentKind;
  /** experience − expectation, in score points (−9..+9). */
  gap: number;
  expectation: number;
  experience: number;
}

export interface MomentsResult {
  /** WOW moments and pain points, in journey order. */
  moments: Moment[];
  wowCount: number;
  painCount: number;
  /** Touchpoints with both expectation and experience known (judged, whatever the outcome). */
  judgedCount: number;
  /** Touchpoints with expectation or experience unknown (null): not judged. */
  unjudgedCount: number;
}

/**
 * WOW moments and pain points from expectation vs experience per touchpoint (method §1.4).
 * A touchpoint whose experience meets its expectation exactly is neither; a null score is not judged.
 * Throws a RangeError when a margin is not a finite number > 0.
 */
export function findMoments(
  map: Pick<JourneyMap, 'phases' | 'touchpoints'>,
  options: FindMomentsOptions = {},
): MomentsResult {
  const wowMargin = options.wowMargin ?? DEFAULT_WOW_MARGIN;
  const painMargin = options.painMargin ?? DEFAULT_PAIN_MARGIN;
  for (const [name, value] of [
    ['wowMargin', wowMargin],
    ['painMargin', painMargin],
  ] as const) {
    if (!Number.isFinite(value) || value <= 0)
      throw new RangeError(`${name} must be a number > 0, got ${value}`);
  }

  const result: MomentsResult = { moments: [], wowCount: 0, painCount: 0, judgedCount: 0, unjudgedCount: 0 };
  for (const t of touchpointsInJourneyOrder(map.phases, map.touchpoints)) {
    if (t.expectation === null || t.experience === null) {
      result.unjudgedCount++;
      continue;
    }
    result.judgedCount++;
    const gap = t.experience - t.expectation;
    const kind: MomentKind | null = gap >= wowMargin ? 'wow' : gap <= -painMargin ? 'pain' : null;
    if (kind === null) continue;
    if (kind === 'wow') result.wowCount++;
    else result.painCount++;
    result.moments.push({
      touchpointId: t.id,
      phaseId: t.phaseId,
      kind,
      gap,
      expectation: t.expectation,
      experience: t.experience,
    });
  }
  return result;
}
