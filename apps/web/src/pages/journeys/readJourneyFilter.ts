import { JOURNEY_STATES, type JourneyState } from '@trailmap/domain';
import type { JourneyFilter } from './journeysApi.js';

/** The list filter from the page URL (`?persona=…&state=current`); unknown values are ignored. */
export function readJourneyFilter(params: URLSearchParams): JourneyFilter {
  const personaId = params.get('persona') ?? '';
  const state = params.get('state') ?? '';
  return {
    ...(personaId ? { personaId } : {}),
    ...((JOURNEY_STATES as readonly string[]).includes(state) ? { state: state as JourneyState } : {}),
  };
}
