import {
  addTouchpoint,
  createJourneyContent,
  touchpointFieldsSchema,
  type JourneyContent,
  type TouchpointFields,
} from '@trailmap/domain';
import type { MapView } from './mapDoc.js';

type CardSpec = Partial<Omit<TouchpointFields, 'phaseId'>> & { title: string };

/** A See–Think–Do–Care–Love map for tests, with the given cards per phase (by phase index). */
export function buildTestMap(cardsPerPhase: CardSpec[][], state: MapView['state'] = 'current'): MapView {
  let content: JourneyContent = createJourneyContent('see-think-do-care-love');
  cardsPerPhase.forEach((cards, p) => {
    for (const card of cards) {
      const fields = touchpointFieldsSchema.parse({
        channel: 'web',
        ...card,
        phaseId: content.phases[p]!.id,
      });
      content = addTouchpoint(content, fields).content;
    }
  });
  return { ...content, state, title: 'Test journey', goal: '', personaIds: [] };
}
