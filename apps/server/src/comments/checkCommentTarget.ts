import type { CommentTarget, JourneyMap } from '@trailmap/domain';
import { HttpError } from '../http/errors.js';

const LABEL: Record<CommentTarget['kind'], string> = {
  touchpoint: 'touchpoint',
  phase: 'phase',
  painPoint: 'pain point',
  idea: 'idea',
};

/** A new thread's card or phase must be on the map: else 404 naming it (nothing is written). */
export function checkCommentTarget(journey: JourneyMap, target: CommentTarget): void {
  const on =
    target.kind === 'touchpoint'
      ? journey.touchpoints
      : target.kind === 'phase'
        ? journey.phases
        : target.kind === 'painPoint'
          ? journey.painPoints
          : journey.ideas;
  if (!on.some((item) => item.id === target.id))
    throw new HttpError(404, 'not-found', `${LABEL[target.kind]} ${target.id} not found on this map`);
}
