import type { JourneyDiff, TouchpointChange } from '@trailmap/domain';

export type CardMark =
  | { kind: 'added' }
  | { kind: 'removed' }
  | { kind: 'changed'; change: TouchpointChange }
  | { kind: 'unchanged' };

export interface CardMarks {
  /** By touchpoint id of the before map: removed, changed or unchanged. */
  before: Map<string, CardMark>;
  /** By touchpoint id of the after map: added, changed or unchanged. */
  after: Map<string, CardMark>;
}

/** What each card of either map is in the comparison; a card missing from a map is unchanged. */
export function buildCardMarks(diff: JourneyDiff): CardMarks {
  const before = new Map<string, CardMark>();
  const after = new Map<string, CardMark>();
  for (const ref of diff.removed) before.set(ref.touchpointId, { kind: 'removed' });
  for (const ref of diff.added) after.set(ref.touchpointId, { kind: 'added' });
  for (const change of diff.changed) {
    before.set(change.beforeTouchpointId, { kind: 'changed', change });
    after.set(change.afterTouchpointId, { kind: 'changed', change });
  }
  return { before, after };
}

/** The mark of one card, unchanged when the diff does not mention it. */
export function getCardMark(marks: Map<string, CardMark>, touchpointId: string): CardMark {
  return marks.get(touchpointId) ?? { kind: 'unchanged' };
}
