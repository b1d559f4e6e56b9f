import type { Idea } from '@trailmap/domain';
import type { MapView } from '../mapDoc.js';

/**
 * The phase column an idea sits in: its own phase, else that of the touchpoint or pain point it answers,
 * else the first phase (an idea for the whole journey).
 */
export function findIdeaPhase(
  view: Pick<MapView, 'phases' | 'touchpoints' | 'painPoints'>,
  idea: Idea,
): string | null {
  if (idea.phaseId) return idea.phaseId;
  const touchpoint = idea.touchpointId ? view.touchpoints.find((t) => t.id === idea.touchpointId) : undefined;
  if (touchpoint) return touchpoint.phaseId;
  const painPoint = idea.painPointId ? view.painPoints.find((p) => p.id === idea.painPointId) : undefined;
  if (painPoint) return painPoint.phaseId;
  return view.phases[0]?.id ?? null;
}
