import type { Store } from '@trailmap/db';
import type { JourneyContent, JourneyMap, WorkspaceId } from '@trailmap/domain';
import { generateJourneyMap } from '@trailmap/generate';

/** The content of a See–Think–Do–Care–Love map with `touchpoints` cards over its phases, every field filled. */
export function buildWideJourneyContent(touchpoints: number): JourneyContent {
  return generateJourneyMap({ touchpoints }).content;
}

/** Stores such a map, titled `title`, in a workspace. */
export function storeWideJourney(
  store: Store,
  workspaceId: WorkspaceId,
  title: string,
  touchpoints: number,
): Promise<JourneyMap> {
  const { meta, content } = generateJourneyMap({ touchpoints, title });
  return store.journeys.create(workspaceId, { ...meta, ...content });
}
