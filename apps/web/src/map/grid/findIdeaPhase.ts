import { findIdeaPhaseId, type Idea } from '@trailmap/domain';
import type { MapView } from '../mapDoc.js';

/**
 * The phase column an idea sits in: its own phase, else that of the first touchpoint or pain point it
 * answers, else the first phase (an idea for the whole journey).
 */
export function findIdeaPhase(
  view: Pick<MapView, 'phases' | 'touchpoints' | 'painPoints'>,
  idea: Idea,
): string | null {
  return findIdeaPhaseId(view, idea);
}
