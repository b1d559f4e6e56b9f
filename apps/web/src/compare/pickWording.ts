import type { JourneyState } from '@trailmap/domain';

/**
 * How the two sides of a comparison are called: a current map against its desired version reads
 * "current vs desired" (or the other way round); two maps in the same state read "then vs now".
 */
export type CompareWording = 'currentDesired' | 'desiredCurrent' | 'thenNow';

export function pickWording(beforeState: JourneyState, afterState: JourneyState): CompareWording {
  if (beforeState === 'current' && afterState === 'desired') return 'currentDesired';
  if (beforeState === 'desired' && afterState === 'current') return 'desiredCurrent';
  return 'thenNow';
}

/** The i18n keys (namespace `compare`) of the before and after side's short name, e.g. "Then" / "Now". */
export function sideLabelKeys(wording: CompareWording): { before: string; after: string } {
  switch (wording) {
    case 'currentDesired':
      return { before: 'side.current', after: 'side.desired' };
    case 'desiredCurrent':
      return { before: 'side.desired', after: 'side.current' };
    case 'thenNow':
      return { before: 'side.then', after: 'side.now' };
  }
}
