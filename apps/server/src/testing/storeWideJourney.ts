import type { Store } from '@trailmap/db';
import {
  addTouchpoint,
  CHANNELS,
  createJourneyContent,
  journeyMetaSchema,
  touchpointFieldsSchema,
  type JourneyContent,
  type JourneyMap,
  type WorkspaceId,
} from '@trailmap/domain';

/** A See–Think–Do–Care–Love map with `touchpoints` cards side by side over its phases, every field filled. */
export function buildWideJourneyContent(touchpoints: number): JourneyContent {
  let content = createJourneyContent('see-think-do-care-love');
  for (let i = 0; i < touchpoints; i++) {
    const phase = content.phases[Math.floor((i * content.phases.length) / touchpoints)]!;
    const fields = touchpointFieldsSchema.parse({
      phaseId: phase.id,
      title: `Step ${i + 1}: the customer does something`,
      channel: CHANNELS[i % CHANNELS.length],
      customerAction: 'Opens the page, reads, compares and decides what to do next',
      thinksFeels: 'Is this what I was looking for? I hope it is quick.',
      emotion: (i % 7) - 3,
      expectation: 1 + (i % 10),
      experience: 1 + ((i * 3) % 10),
      owningDepartment: 'Customer service',
      evidence: 'research',
    });
    content = addTouchpoint(content, fields).content;
  }
  return content;
}

/** Stores such a map in a workspace. */
export function storeWideJourney(
  store: Store,
  workspaceId: WorkspaceId,
  title: string,
  touchpoints: number,
): Promise<JourneyMap> {
  return store.journeys.create(workspaceId, {
    ...journeyMetaSchema.parse({ title }),
    ...buildWideJourneyContent(touchpoints),
  });
}
