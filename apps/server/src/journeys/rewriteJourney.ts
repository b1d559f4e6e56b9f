import type { Store } from '@trailmap/db';
import type { JourneyMap, WorkspaceId } from '@trailmap/domain';
import { conflict } from '../http/errors.js';
import type { MetaAndContent } from './mutateJourney.js';

/** How often a map that keeps changing is read again before the change gives up (409). */
const ATTEMPTS = 5;

/**
 * Rewrites a stored map as part of a larger change (unlinking a deleted counterpart, dropping a deleted
 * persona): read, change, compare-and-set on its version. An edit that lands in between is read again
 * and kept, instead of the rewrite being skipped and the map left pointing at something gone. `change`
 * returns null when the map needs nothing.
 */
export async function rewriteJourney(
  store: Store,
  workspaceId: WorkspaceId,
  journeyId: JourneyMap['id'],
  change: (current: JourneyMap) => MetaAndContent | null,
): Promise<void> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const current = await store.journeys.get(workspaceId, journeyId);
    if (!current) return;
    const next = change(current);
    if (!next) return;
    const result = await store.journeys.update(workspaceId, journeyId, current.version, next);
    if (result.ok || result.reason === 'not-found') return;
  }
  throw conflict('busy', 'a map this change touches keeps changing; try again');
}
